"""Open redirects and injection through the query string.

Every redirect the archive answers (a saved search just stored, a list URL made canonical, a speaker's old
slug, the admin's login and logout `next`, a missing trailing slash) is tried with the classic
off-site spellings: none may send the browser to another host or to a non-http(s) scheme. And no query
value reaches an ORM keyword or an ordering except through the FilterSet's declared keys and choices.
"""

from __future__ import annotations

import json
from urllib.parse import quote, urlsplit

import pytest
from django.contrib.auth.models import User

from statements.models import SavedSearch, Speaker, SpeakerRedirect
from tests.factories import make_conflict, make_statement

pytestmark = pytest.mark.django_db

REDIRECT_PAYLOADS = [
    "//evil.example", "///evil.example", "////evil.example/", "https://evil.example", "http://evil.example/x",
    "http:evil.example", "https:/evil.example", "\\\\evil.example", "/\\evil.example", "\\/evil.example",
    "/%2F%2Fevil.example", "%2F%2Fevil.example", "//evil.example%2F@testserver", "https://testserver@evil.example",
    "https://evil.example#@testserver", "https://evil.example?@testserver", "//evil%E3%80%82example",
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", " //evil.example",
    "\t//evil.example", "/\t/evil.example", "https:\\\\evil.example", "ht\ttps://evil.example", "/%09/evil.example",
    "/%5Cevil.example", "//evil.example:80", "//[::1]@evil.example", "http://0x7f.1/", "//evil.example%23@testserver",
    "https://testserver.evil.example", "//testserver.evil.example", "//%65vil.example", "/%0d%0aLocation:%20//evil.example",
    "\r\nLocation: https://evil.example", "vbscript:msgbox(1)", "//evil.example/%2e%2e/", "/ /evil.example",
]


def assert_stays_on_site(response, context: str) -> None:
    if response.status_code not in (301, 302, 303, 307, 308):
        return
    location = response.headers["Location"]
    assert "\n" not in location and "\r" not in location, f"{context}: header split {location!r}"
    # What a browser does with it: control characters and spaces dropped, backslashes read as slashes.
    seen = "".join(ch for ch in location if ch > " ").replace("\\", "/")
    parts = urlsplit(seen)
    assert parts.scheme in ("", "http", "https"), f"{context}: {location!r}"
    assert parts.netloc in ("", "testserver"), f"{context}: off-site redirect to {location!r}"
    assert not seen.startswith("//"), f"{context}: protocol-relative redirect {location!r}"


def test_the_payload_list_is_at_least_30_long():
    assert len(REDIRECT_PAYLOADS) >= 30


@pytest.fixture
def staff(db):
    return User.objects.create_superuser("curator", "c@example.org", "a-long-test-password-1")


@pytest.mark.parametrize("payload", REDIRECT_PAYLOADS)
def test_admin_login_next_never_leaves_the_site(client, staff, payload):
    response = client.post(
        "/admin/login/?next=" + quote(payload, safe=""),
        {"username": "curator", "password": "a-long-test-password-1", "next": payload},
    )
    assert response.status_code == 302
    assert_stays_on_site(response, f"login next={payload!r}")
    response = client.get("/admin/login/?next=" + quote(payload, safe=""))
    assert_stays_on_site(response, f"logged-in login next={payload!r}")
    response = client.post("/admin/logout/?next=" + quote(payload, safe=""), {"next": payload})
    assert_stays_on_site(response, f"logout next={payload!r}")


@pytest.mark.parametrize("payload", REDIRECT_PAYLOADS)
def test_saving_a_search_redirects_to_its_own_page(client, payload):
    response = client.post("/s/?next=" + quote(payload, safe=""), {"name": payload, "query": "", "next": payload})
    assert response.status_code == 302
    assert_stays_on_site(response, f"save next={payload!r}")
    assert response.headers["Location"].startswith("/s/")


def test_canonical_and_slug_redirects_never_leave_the_site(client):
    conflict = make_conflict(name="Kosovo Serbia", slug="kosovo-serbia")
    statement = make_statement(text="Peace now.", conflicts=[conflict])
    speaker = statement.speaker
    SpeakerRedirect.objects.create(old_slug="old-name", speaker=speaker)
    saved = SavedSearch.objects.create(key="abcdefgh", name="Peace", query_string="q=peace")
    pages = ["/statements/", f"/speakers/{speaker.slug}/", "/speakers/old-name/", f"/conflicts/{conflict.slug}/",
             "/compare/", "/statements/feed/", f"/s/{saved.key}/"]
    redirects = 0
    for payload in REDIRECT_PAYLOADS:
        encoded = quote(payload, safe="")
        for page in pages:
            # Non-canonical spellings (a repeated key, unsorted values, a default sort) force the redirect.
            for query in (f"q={encoded}&q={encoded}", f"next={encoded}&q=peace", f"speaker=b&speaker={encoded}",
                          f"q=peace&sort=relevance&url={encoded}", f"{encoded}={encoded}"):
                response = client.get(f"{page}?{query}")
                assert response.status_code < 500, f"{page}?{query}"
                redirects += response.status_code in (301, 302)
                assert_stays_on_site(response, f"{page}?{query}")
    assert redirects > len(REDIRECT_PAYLOADS)  # the redirects were really exercised


@pytest.mark.parametrize("payload", REDIRECT_PAYLOADS)
def test_paths_that_look_like_other_hosts_are_not_redirected_there(client, payload):
    # APPEND_SLASH redirects a path without its trailing slash: a path of //evil.example must not
    # become a protocol-relative Location.
    for path in (payload, "/" + payload, "/statements" + payload, payload + "/statements"):
        response = client.get("/", PATH_INFO=path.replace("\r", "").replace("\n", ""))
        assert response.status_code < 500, repr(path)
        assert_stays_on_site(response, f"path {path!r}")


class TestOrmAllowlists:
    """The query string reaches the ORM only through the FilterSet's declared keys, lookups and choices."""

    @pytest.fixture
    def archive(self, db):
        make_statement(text="Peace now.")
        return make_statement(text="War later.")

    @pytest.mark.parametrize("query", [
        "sort=-id", "sort=speaker__name", "sort=article__raw_text", "sort=?", "sort=pk); DROP TABLE x;--",
        "kind=direct' OR '1'='1", "speaker=x' OR 1=1--", "date_after=2024-01-01' OR 1=1",
        "outlet=../../etc", "country=%00", "date_before=99999-01-01", "date_after=2024-13-45",
    ])
    def test_values_outside_the_choices_are_refused_with_a_message(self, client, archive, query):
        response = client.get(f"/statements/?{query}", follow=True)
        assert response.status_code == 400
        assert b"Statement number" not in response.content and b"War later" not in response.content
        refused = client.get(f"/statements/?{query}&format=json", follow=True)
        assert refused.status_code == 400 and "errors" in json_of(refused)

    @pytest.mark.parametrize("key", [
        "speaker__password", "article__raw_text__regex", "order_by", "o", "ordering", "pk__in", "id__gt",
        "speaker__user__password__startswith", "__class__", "text__regex",
    ])
    def test_unknown_keys_are_not_lookups(self, client, archive, key):
        response = client.get("/statements/", {key: "zzz-nothing-matches", "format": "json"}, follow=True)
        assert response.status_code < 500
        if response.status_code == 200:
            assert json_of(response)["count"] == 2  # ignored (and named on the page), never a filter or an order

    @pytest.mark.parametrize("lookup", [
        "article__raw_text__regex=.*", "speaker__name__startswith=S", "text__regex=(a+)+$", "o=-999",
        "o=1.2.3.4.5.6.7.8.9.10", "status__in=rejected", "article__outlet__name__contains=x",
    ])
    def test_admin_change_lists_accept_only_their_declared_lookups(self, client, archive, staff, lookup):
        client.force_login(staff)
        response = client.get(f"/admin/statements/statement/?{lookup}")
        assert response.status_code in (200, 302, 400), lookup
        assert response.status_code < 500
        if lookup.startswith(("article__raw_text", "speaker__name", "article__outlet")):
            # Lookups across relations that are not list filters: refused (400) or dropped (302 to ?e=1).
            assert response.status_code in (302, 400), lookup


def json_of(response) -> dict:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return json.loads(body)


def test_speakers_keep_their_slugs_through_hostile_names(db):
    speaker = Speaker.objects.create(name="<script>alert(1)</script>", slug="script-alert")
    assert speaker.get_absolute_url() == "/speakers/script-alert/"
