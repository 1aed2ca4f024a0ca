"""Security headers on every HTML page, error pages that never show a stack trace, CSRF on every change."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.test import Client
from django.urls import path

from archive import urls as archive_urls

from statements.models import SavedSearch
from tests.factories import make_conflict, make_statement

pytestmark = pytest.mark.django_db

TRACE_MARKERS = ("Traceback", "File \"", "django/core", "site-packages", "Exception Value", "DEBUG = True")


def _boom(request):
    raise RuntimeError("secret internal detail 7f3a")


def _suspicious(request):
    raise SuspiciousOperation("tampered")


def _forbidden(request):
    raise PermissionDenied


urlpatterns = [
    path("boom/", _boom),
    path("suspicious/", _suspicious),
    path("forbidden/", _forbidden),
    *archive_urls.urlpatterns,
]


@pytest.fixture
def archive(db):
    conflict = make_conflict(name="Kosovo Serbia", slug="kosovo-serbia")
    statement = make_statement(text="We want lasting peace in the region.", conflicts=[conflict])
    saved = SavedSearch.objects.create(key="abcdefgh", name="Peace", query_string="q=peace")
    return {"statement": statement, "conflict": conflict, "saved": saved}


def html_pages(archive) -> list[str]:
    statement = archive["statement"]
    return [
        "/", "/statements/", "/statements/?q=peace", "/statements/?q=*", "/statements/?speaker=nobody",
        f"/statements/{statement.pk}/", f"/articles/{statement.article_id}/",
        f"/speakers/{statement.speaker.slug}/", f"/conflicts/{archive['conflict'].slug}/",
        "/compare/", "/help/search/", f"/s/{archive['saved'].key}/", "/admin/login/", "/no-such-page/",
        "/statements/999999999/",
    ]


def assert_security_headers(response, url: str) -> None:
    csp = response.headers.get("Content-Security-Policy", "")
    assert csp, f"{url}: no Content-Security-Policy"
    directives = {part.split()[0]: part.split()[1:] for part in csp.split(";") if part.strip()}
    script_src = directives.get("script-src", directives.get("default-src"))
    assert script_src and "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src, f"{url}: {csp}"
    assert directives.get("object-src") == ["'none'"], f"{url}: {csp}"
    assert directives.get("frame-ancestors") == ["'none'"], f"{url}: {csp}"
    assert directives.get("base-uri") == ["'none'"], f"{url}: {csp}"
    assert response.headers.get("X-Frame-Options") == "DENY", url
    assert response.headers.get("X-Content-Type-Options") == "nosniff", url
    assert response.headers.get("Referrer-Policy") == "same-origin", url


def test_every_html_page_carries_the_security_headers(client, archive):
    for url in html_pages(archive):
        response = client.get(url)
        assert response["Content-Type"].startswith("text/html"), url
        assert_security_headers(response, url)


def test_admin_pages_carry_the_security_headers(client, archive):
    staff = User.objects.create_superuser("curator", "c@example.org", "a-long-test-password-1")
    client.force_login(staff)
    for url in ["/admin/", "/admin/statements/statement/", f"/admin/statements/statement/{archive['statement'].pk}/change/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_security_headers(response, url)


def test_no_page_has_an_inline_script_or_event_handler(client, archive):
    staff = User.objects.create_superuser("curator", "c@example.org", "a-long-test-password-1")
    pages = html_pages(archive)
    client.force_login(staff)
    pages += ["/admin/", "/admin/statements/statement/", f"/admin/statements/statement/{archive['statement'].pk}/change/"]
    from lxml import html as lxml_html

    for url in pages:
        response = client.get(url, follow=True)
        tree = lxml_html.fromstring(response.content)
        for script in tree.iter("script"):
            assert script.get("src"), f"{url}: inline <script> would be blocked by the CSP"
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            handlers = [name for name in element.attrib if name.lower().startswith("on")]
            assert not handlers, f"{url}: {element.tag} has {handlers}, which the CSP blocks"


@pytest.mark.urls("tests.web.test_security_headers")
@pytest.mark.parametrize(
    ("url", "status", "heading"),
    [("/boom/", 500, "Something went wrong"), ("/suspicious/", 400, "Bad request"),
     ("/forbidden/", 403, "Not allowed"), ("/nothing-here/", 404, "Page not found")],
)
def test_error_pages_are_the_archives_own_and_show_no_trace(settings, url, status, heading):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)
    response = client.get(url)
    assert response.status_code == status
    body = response.content.decode()
    assert heading in body
    assert "secret internal detail" not in body and "tampered" not in body
    for marker in TRACE_MARKERS:
        assert marker not in body, f"{url} shows {marker!r}"
    assert response.headers.get("X-Content-Type-Options") == "nosniff"


def test_an_unknown_host_gets_a_400_page_without_a_trace(client):
    response = client.get("/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400
    for marker in TRACE_MARKERS:
        assert marker not in response.content.decode()


def test_the_429_page_says_when_to_come_back(client, settings):
    settings.ARCHIVE_RATE_LIMIT = 2
    statuses = [client.get("/help/search/", REMOTE_ADDR="203.0.113.9").status_code for _ in range(4)]
    assert statuses[-1] == 429
    response = client.get("/help/search/", REMOTE_ADDR="203.0.113.9")
    assert int(response["Retry-After"]) >= 1
    assert "Too many requests" in response.content.decode()
    assert_security_headers(response, "429")


class TestCsrf:
    """Every state change needs the CSRF token: a forged cross-site form is refused with 403."""

    @pytest.fixture
    def strict(self):
        return Client(enforce_csrf_checks=True)

    def test_saving_a_search_needs_the_token(self, strict):
        response = strict.post("/s/", {"name": "forged", "query": "q=peace"})
        assert response.status_code == 403
        assert not SavedSearch.objects.filter(name="forged").exists()

    def test_saving_a_search_works_with_the_token(self, strict):
        page = strict.get("/statements/")
        token = page.cookies["csrftoken"].value if "csrftoken" in page.cookies else None
        if token is None:  # the list page may not render the form; any page with {% csrf_token %} sets it
            pytest.skip("the list page sets no CSRF cookie")
        response = strict.post("/s/", {"name": "real", "query": "", "csrfmiddlewaretoken": token})
        assert response.status_code == 302

    def test_admin_login_needs_the_token(self, strict):
        User.objects.create_superuser("curator", "c@example.org", "a-long-test-password-1")
        response = strict.post("/admin/login/", {"username": "curator", "password": "a-long-test-password-1"})
        assert response.status_code == 403
        assert "_auth_user_id" not in strict.session

    def test_admin_changes_need_the_token(self, strict, archive):
        staff = User.objects.create_superuser("curator", "c@example.org", "a-long-test-password-1")
        strict.force_login(staff)
        statement = archive["statement"]
        for url, data in [
            (f"/admin/statements/statement/{statement.pk}/delete/", {"post": "yes"}),
            ("/admin/statements/statement/", {"action": "delete_selected", "_selected_action": [statement.pk], "post": "yes"}),
            (f"/admin/statements/statement/{statement.pk}/change/", {"text": "forged"}),
            ("/admin/logout/", {}),
        ]:
            response = strict.post(url, data)
            assert response.status_code == 403, url
        statement.refresh_from_db()
        assert statement.text == "We want lasting peace in the region."

    def test_no_page_changes_anything_on_get(self, client, archive):
        before = SavedSearch.objects.count()
        client.get("/s/", {"name": "by-get", "query": "q=peace"})
        assert SavedSearch.objects.count() == before
