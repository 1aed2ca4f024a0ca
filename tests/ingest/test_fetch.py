"""The fetcher against a real HTTP server on loopback serving real saved pages."""

import gzip
import time

import brotli
import pytest

from statements.extraction.decode import decode_bytes
from statements.ingest.fetch import FetchError, FetchPolicy, address_allowed, fetch, policy_from_settings
from tests.ingest.page_server import realnews

TELEGRAPH = realnews("telegraph-plumber-jailed.html")


def test_a_page_is_fetched_with_the_declared_user_agent(page_server):
    url = page_server.page("/story", TELEGRAPH)

    fetched = fetch(url)

    assert (fetched.status, fetched.final_url, fetched.body) == (200, url, TELEGRAPH)
    assert page_server.requests[0][1]["user-agent"].startswith("statement-archive/")


def test_a_redirect_chain_is_followed_and_a_long_one_refused(page_server):
    for n in range(1, 8):
        page_server.route(f"/hop{n}", lambda _r, n=n: (302 if n % 2 else 301, {"Location": f"/hop{n - 1}"}, b""))
    page_server.page("/hop0", TELEGRAPH)

    fetched = fetch(page_server.url("/hop3"))
    assert fetched.final_url == page_server.url("/hop0") and fetched.body == TELEGRAPH
    assert len(fetched.redirects) == 3

    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(page_server.url("/hop7"))


def test_a_server_that_does_not_answer_in_time_is_a_timeout(page_server):
    def slow(_request):
        time.sleep(2)
        return 200, {"Content-Type": "text/html"}, TELEGRAPH

    page_server.route("/slow", slow)
    policy = FetchPolicy(read_timeout=0.5, allow_private=True)

    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(page_server.url("/slow"), policy)
    assert time.monotonic() - started < 2


def test_a_huge_page_stops_at_the_size_cap(page_server):
    huge = TELEGRAPH * 30  # 3 MB of real page
    page_server.page("/huge", huge)
    policy = FetchPolicy(max_bytes=1_000_000, allow_private=True)

    with pytest.raises(FetchError, match="size cap of 1,000,000"):
        fetch(page_server.url("/huge"), policy)
    assert fetch(page_server.url("/huge"), FetchPolicy(max_bytes=4_000_000, allow_private=True)).body == huge


def test_a_compressed_body_is_decoded_and_a_compression_bomb_capped(page_server):
    page_server.page("/gzip", gzip.compress(TELEGRAPH), **{"Content-Encoding": "gzip"})
    page_server.page("/br", brotli.compress(TELEGRAPH), **{"Content-Encoding": "br"})
    page_server.page("/bomb", gzip.compress(b" " * 50_000_000), **{"Content-Encoding": "gzip"})

    assert fetch(page_server.url("/gzip")).body == TELEGRAPH
    assert fetch(page_server.url("/br")).body == TELEGRAPH
    with pytest.raises(FetchError, match="size cap"):
        fetch(page_server.url("/bomb"), FetchPolicy(max_bytes=5_000_000, allow_private=True))


def test_the_http_charset_of_a_windows_1251_page_decodes_it(page_server):
    # The Russian page re-encoded as windows-1251; only the HTTP header says so (its meta still says utf-8).
    page = realnews("ru-football-ua-podolski.html").decode("utf-8").encode("cp1251", errors="xmlcharrefreplace")
    url = page_server.page("/ru", page, content_type="text/html; charset=windows-1251")

    fetched = fetch(url)
    decoded = decode_bytes(fetched.body, http_charset=fetched.charset)

    assert fetched.charset == "windows-1251"
    assert (decoded.encoding, decoded.source, decoded.replaced) == ("cp1251", "http", 0)
    assert "Подольски завершил карьеру в сборной" in decoded.text


def test_loopback_and_private_addresses_are_refused_unless_allowed(page_server, settings):
    url = page_server.page("/story", TELEGRAPH)
    settings.ARCHIVE_FETCH_ALLOW_PRIVATE = False

    with pytest.raises(FetchError, match="127.0.0.1, a private, loopback or link-local address: refused"):
        fetch(url)
    # After DNS resolution: a name that resolves to loopback is refused the same way.
    with pytest.raises(FetchError, match="localhost resolves to .*refused"):
        fetch(url.replace("127.0.0.1", "localhost"))
    assert page_server.requests == []  # nothing was sent


def test_every_redirect_hop_is_checked(page_server):
    # Loopback 127.0.0.1 is allowed for this test, 127.0.0.2 is not: a public-looking first hop must not be
    # able to bounce the fetcher onto an address the policy refuses.
    page_server.route("/away", lambda _r: (302, {"Location": "http://127.0.0.2:9/admin"}, b""))

    with pytest.raises(FetchError, match="127.0.0.2.*refused"):
        fetch(page_server.url("/away"))


@pytest.mark.parametrize("address", ["10.0.0.1", "192.168.1.1", "172.16.0.1", "169.254.169.254", "::1",
                                     "fe80::1", "::ffff:127.0.0.1", "100.64.0.1", "0.0.0.0", "224.0.0.1"])
def test_non_public_addresses_are_not_allowed(address):
    assert not address_allowed(address, False)


def test_public_addresses_are_allowed():
    assert address_allowed("93.184.215.14", False) and address_allowed("2606:4700::1111", False)


def test_only_http_urls_are_fetched():
    with pytest.raises(FetchError, match="only http"):
        fetch("file:///etc/passwd", FetchPolicy())
    with pytest.raises(FetchError, match="only http"):
        fetch("ftp://example.org/x", FetchPolicy())


def test_the_setting_builds_the_policy(settings):
    settings.ARCHIVE_FETCH_ALLOW_PRIVATE = ["10.0.0.0/8"]
    assert policy_from_settings().allow_private == ("10.0.0.0/8",)
    settings.ARCHIVE_FETCH_ALLOW_PRIVATE = False
    assert policy_from_settings().allow_private is False
