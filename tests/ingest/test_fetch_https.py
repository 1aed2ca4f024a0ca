"""The fetcher over real TLS: a local HTTPS server (http.server wrapped in ssl) with a certificate from a
throwaway authority that trustme makes, serving real saved pages. The authority is trusted only when
ARCHIVE_FETCH_CA_BUNDLE names it, as a corporate proxy's would be."""

import ssl

import pytest
import trustme

from statements.ingest.fetch import FetchError, fetch, policy_from_settings, tls_context
from statements.ingest.store import Overrides, ingest_paths
from statements.models import Article, PageCapture
from tests.ingest.page_server import PageServer, realnews

TELEGRAPH = realnews("telegraph-plumber-jailed.html")
TRIBUNE = realnews("tribune242-shootings.html")


@pytest.fixture(scope="module")
def authority():
    return trustme.CA()


@pytest.fixture
def https_server(authority):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server = PageServer(tls=context).start()
    yield server
    server.stop()


@pytest.fixture
def trusted(authority, tmp_path, settings):
    """The fetcher trusts the test authority (through the setting) and may reach loopback."""
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    settings.ARCHIVE_FETCH_CA_BUNDLE = str(bundle)
    settings.ARCHIVE_FETCH_ALLOW_PRIVATE = ["127.0.0.1/32"]
    return bundle


def test_a_page_is_fetched_over_https(https_server, trusted):
    url = https_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    assert url.startswith("https://127.0.0.1:")

    fetched = fetch(url)

    assert (fetched.status, fetched.final_url, fetched.body) == (200, url, TELEGRAPH)
    assert https_server.requests[0][1]["user-agent"].startswith("statement-archive/")


def test_the_system_authorities_are_still_trusted_beside_the_bundle(trusted):
    system = ssl.create_default_context()

    together = tls_context(str(trusted))

    assert len(together.get_ca_certs()) == len(system.get_ca_certs()) + 1
    assert together.verify_mode == ssl.CERT_REQUIRED and together.check_hostname


@pytest.mark.django_db
def test_a_certificate_the_fetcher_does_not_trust_is_refused_and_nothing_is_written(
        gazetteer, https_server, settings):
    settings.ARCHIVE_FETCH_ALLOW_PRIVATE = ["127.0.0.1/32"]
    settings.ARCHIVE_FETCH_CA_BUNDLE = ""
    url = https_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)

    with pytest.raises(FetchError, match=r"TLS certificate is not trusted \(.*\).*ARCHIVE_FETCH_CA_BUNDLE"):
        fetch(url)
    (outcome,) = ingest_paths([url], Overrides())

    assert outcome.status == "failed" and "not trusted" in outcome.reason
    assert Article.objects.count() == 0 and PageCapture.objects.count() == 0
    assert https_server.requests == []  # refused in the handshake: no request was ever sent


def test_a_certificate_for_another_name_is_refused(authority, trusted):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("news.example.org").configure_cert(context)
    server = PageServer(tls=context).start()
    try:
        url = server.page("/story", TELEGRAPH)
        with pytest.raises(FetchError, match="TLS certificate is for another name .*news.example.org"):
            fetch(url)
    finally:
        server.stop()


def test_a_bundle_that_cannot_be_read_is_a_clear_error(https_server, tmp_path, settings):
    settings.ARCHIVE_FETCH_ALLOW_PRIVATE = ["127.0.0.1/32"]
    (tmp_path / "broken.pem").write_text("not a certificate")
    settings.ARCHIVE_FETCH_CA_BUNDLE = str(tmp_path / "broken.pem")

    with pytest.raises(FetchError, match="ARCHIVE_FETCH_CA_BUNDLE .*broken.pem: not a readable PEM file"):
        fetch(https_server.page("/story", TELEGRAPH))


@pytest.mark.django_db
def test_a_redirect_from_http_to_https_is_followed_and_the_page_stored(gazetteer, page_server, https_server, trusted):
    target = https_server.page("/news/two-more-gunned-down", TRIBUNE)
    start = page_server.route("/news/two-more-gunned-down", lambda _r: (301, {"Location": target}, b""))

    fetched = fetch(start)
    assert (fetched.final_url, fetched.redirects, fetched.body) == (target, (start,), TRIBUNE)

    (outcome,) = ingest_paths([start], Overrides())
    assert outcome.status == "added"
    capture = Article.objects.get().capture
    assert (capture.url, capture.final_url, capture.http_status) == (start, target, 200)
    assert capture.raw() == TRIBUNE


def test_the_private_address_guard_applies_to_https(https_server, trusted, settings):
    settings.ARCHIVE_FETCH_ALLOW_PRIVATE = []
    url = https_server.page("/story", TELEGRAPH)

    with pytest.raises(FetchError, match="127.0.0.1, a private, loopback or link-local address: refused"):
        fetch(url)
    with pytest.raises(FetchError, match="loopback"):
        fetch(url.replace("127.0.0.1", "localhost"))
    assert https_server.requests == []
    assert policy_from_settings().ca_bundle == str(trusted)
