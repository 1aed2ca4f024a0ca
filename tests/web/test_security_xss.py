"""XSS: hostile text in every field that reaches HTML, rendered on every surface, must stay text.

tests/data/xss_payloads.txt holds the payloads (>= 200). Each one goes into a statement's text, its
speaker's name, its outlet's name, its article's URL and title, a saved search's name, and the search box
(echoed back on the page). Two checks:

- structure (every payload, every surface, through Django's test client): the page rendered with the
  payloads has exactly the elements it has when every hostile value is replaced by plain text of the
  same rows (0 injected elements), no on* attribute, and no link or source that is not http(s), relative
  or a fragment (0 non-http(s) links);
- execution (real headless Chromium, the CSP in force): alert/confirm/prompt hooked before any page
  script runs, and every CSP violation counted. The pages that carry every payload at once (the list,
  the search results with snippets, the admin change lists) load in the browser, plus a sample of the
  one-object pages; 0 calls and 0 violations.

The one-object pages (statement, article, speaker, saved search, admin change forms) are checked for
every 3rd payload on SQLite and every 10th on PostgreSQL, each against the same page about a plain
"twin" row; the aggregate pages carry every payload on both databases. Rendering does not depend on the
database, so the two runs together keep the suite's time in bounds without losing a field or surface.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import User
from django.db import connection
from lxml import html as lxml_html

from statements.models import SavedSearch
from statements.search import process_index_queue
from tests.factories import make_article, make_outlet, make_speaker, make_statement

PAYLOADS_FILE = Path(__file__).resolve().parents[1] / "data" / "xss_payloads.txt"
MARKER = "peacemarker"
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "background", "poster", "srcset", "codebase", "cite"}
SAFE_SCHEMES = {"http", "https", ""}
ATOM = "{http://www.w3.org/2005/Atom}"


def load_payloads() -> list[str]:
    lines = PAYLOADS_FILE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("# ")]


PAYLOADS = load_payloads()


def test_the_corpus_has_at_least_200_payloads():
    assert len(PAYLOADS) >= 200
    assert len(set(PAYLOADS)) == len(PAYLOADS)


def per_object_payloads() -> list[int]:
    step = 3 if connection.vendor == "sqlite" else 10
    return list(range(0, len(PAYLOADS), step))


def hostile_fields(index: int, payload: str) -> dict[str, str]:
    return {
        "text": f"{MARKER} n{index} {payload}",  # the number keeps fingerprints apart ("other reports")
        "speaker": payload[:200],
        "outlet": payload[:200],
        "url": payload[:1000],
        "title": payload[:500],
        "saved": " ".join(payload.split())[:200],
    }


def plain_fields(index: int, payload: str) -> dict[str, str]:
    return {key: f"{MARKER} n{index} plain" if key == "text" else f"plain {key} {index}" for key in hostile_fields(index, payload)}


def build_archive(fields_for) -> list[dict]:
    rows = build_rows([(index, fields_for(index, payload)) for index, payload in enumerate(PAYLOADS)])
    process_index_queue(wait=True)
    return rows


def build_rows(numbered_fields) -> list[dict]:
    rows = []
    for index, fields in numbered_fields:
        outlet = make_outlet(name=fields["outlet"])
        body = f"The minister spoke.\n“{fields['text']}”, the minister said.\nTalks go on."
        article = make_article(body=body, raw_text=body, url=fields["url"], title=fields["title"], outlet=outlet)
        statement = make_statement(text=fields["text"], article=article, speaker=make_speaker(name=fields["speaker"]),
                                   speaker_mention=fields["speaker"][:300], cue="said")
        # Its own statement only: the saved-search page lists what it saved, not the whole archive.
        saved = SavedSearch.objects.create(key=f"x{index:07d}", name=fields["saved"],
                                           query_string=f"q=n{index}")
        rows.append({"statement": statement.pk, "article": article.pk, "speaker": statement.speaker.slug,
                     "outlet": outlet.pk, "saved": saved.key, "speaker_pk": statement.speaker.pk})
    return rows


ADMIN_LISTS = ["statement", "speaker", "outlet", "article", "savedsearch", "statementtoreview"]
ADMIN_PER_PAGE = 100  # Django's default list_per_page


def aggregate_pages(rows: int = len(PAYLOADS)) -> list[str]:
    """Pages that between them show every payload: the lists, and every page of each admin change list."""
    pages = ["/statements/", f"/statements/?q={MARKER}", "/"]
    for model in ADMIN_LISTS:
        pages += [f"/admin/statements/{model}/?p={page}" for page in range(1, -(-rows // ADMIN_PER_PAGE) + 1)]
    return pages


def object_pages(row: dict) -> list[str]:
    return [
        f"/statements/{row['statement']}/", f"/articles/{row['article']}/", f"/speakers/{row['speaker']}/",
        f"/s/{row['saved']}/", f"/admin/statements/statement/{row['statement']}/change/",
        f"/admin/statements/speaker/{row['speaker_pk']}/change/",
    ]


def tree_of(response):
    assert response.status_code < 500, response.status_code
    return lxml_html.fromstring(response.content or b"<html></html>")


def dangerous_parts(tree) -> list[str]:
    """on* attributes, javascript:/data: (any non-http) URLs, srcdoc and script-ish styles."""
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        src = element.get("src") or ""
        if element.tag == "script" and not (src.startswith("/") and not src.startswith("//")):
            found.append(f"<script src={element.get('src')!r}>")
        if element.tag in {"iframe", "object", "embed", "applet", "frame", "frameset", "base", "isindex", "keygen"}:
            found.append(f"<{element.tag}>")
        if element.tag == "meta" and element.get("http-equiv", "").lower() == "refresh":
            found.append("<meta http-equiv=refresh>")
        for name, value in element.attrib.items():
            lowered = name.lower()
            if lowered.startswith("on") or lowered == "srcdoc":
                found.append(f"<{element.tag} {name}=...>")
            if lowered in URL_ATTRIBUTES:
                cleaned = "".join(ch for ch in value if ch > " ").lower()
                scheme = urlsplit(cleaned).scheme if ":" in cleaned.split("/")[0] else ""
                if scheme not in SAFE_SCHEMES:
                    found.append(f"<{element.tag} {name}={value[:40]!r}>")
            if lowered == "style" and any(bad in value.lower() for bad in ("javascript", "expression", "url(")):
                found.append(f"<{element.tag} style={value[:40]!r}>")
    return found


def structure(tree) -> Counter:
    return Counter(element.tag for element in tree.iter() if isinstance(element.tag, str))


@pytest.fixture
def staff_client(client, db):
    staff = User.objects.create_superuser("curator", "c@example.org", "a-long-test-password-1")
    client.force_login(staff)
    return client


@pytest.mark.django_db
def test_no_payload_injects_an_element_or_a_link_on_any_surface(staff_client, settings):
    settings.ARCHIVE_PAGE_SIZE = 1000  # every payload on one list page
    rows = build_archive(hostile_fields)
    # The twin: one more row of each kind holding plain text. A page about a hostile row must have
    # exactly the elements of the same page about the twin.
    twin = build_rows([(len(PAYLOADS), plain_fields(len(PAYLOADS), ""))])[0]
    process_index_queue(wait=True)
    problems = []
    for url in aggregate_pages(len(PAYLOADS) + 1):
        problems += [f"{url}: {part}" for part in dangerous_parts(tree_of(staff_client.get(url)))]
    twin_pages = object_pages(twin)
    expected = [structure(tree_of(staff_client.get(url))) for url in twin_pages]
    for index in per_object_payloads():
        for url, plain in zip(object_pages(rows[index]), expected):
            tree = tree_of(staff_client.get(url))
            problems += [f"{url} [{PAYLOADS[index]!r}]: {part}" for part in dangerous_parts(tree)]
            hostile = structure(tree)
            if hostile != plain:
                problems.append(f"{url} [{PAYLOADS[index]!r}]: extra {dict(hostile - plain)}, missing {dict(plain - hostile)}")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.django_db
def test_an_echoed_query_never_becomes_markup(client):
    make_statement(text=f"{MARKER} is a word in the archive.")
    process_index_queue(wait=True)
    problems = []
    for index in per_object_payloads():
        for url, params in (("/statements/", {"q": PAYLOADS[index]}), ("/compare/", {"q": PAYLOADS[index]}),
                            ("/statements/", {"q": MARKER, "country": PAYLOADS[index]})):
            response = client.get(url, params, follow=True)
            tree = tree_of(response)
            problems += [f"{url} q={PAYLOADS[index]!r}: {part}" for part in dangerous_parts(tree)]
            tags = set(structure(tree))
            for injected in {"img", "svg", "iframe", "object", "embed", "math", "xss", "x", "marquee", "video", "audio",
                             "details", "template", "plaintext", "bdo", "frameset", "style", "body"} & tags - BASELINE_TAGS:
                problems.append(f"{url} q={PAYLOADS[index]!r}: <{injected}>")
    assert not problems, "\n".join(problems[:40])


# Tags the plain pages use (the list page's own markup); a payload tag outside them is injected.
BASELINE_TAGS = {"html", "head", "body", "meta", "title", "link", "style", "svg"}


@pytest.mark.django_db
def test_saved_search_names_stay_text_in_the_save_form_errors(client):
    for index in per_object_payloads()[:50]:
        response = client.post("/s/", {"name": PAYLOADS[index], "query": PAYLOADS[index]})
        assert response.status_code in (302, 400)
        if response.status_code == 400:
            assert not dangerous_parts(tree_of(response))


@pytest.mark.django_db
def test_feeds_are_well_formed_and_hold_payloads_as_text(client):
    rows = build_archive(hostile_fields)
    for url in [f"/statements/feed/?q={MARKER}", "/statements/feed/", f"/s/{rows[0]['saved']}/feed/"]:
        response = client.get(url)
        assert response.status_code == 200
        document = ElementTree.fromstring(response.content)  # well-formed XML despite every payload
        for element in document.iter():
            assert element.tag.startswith(ATOM), f"{url}: foreign element {element.tag}"
            for name, value in element.attrib.items():
                if name == "href":
                    assert urlsplit(value).scheme in {"http", "https"}, f"{url}: link {value!r}"


@pytest.mark.django_db
def test_feed_summaries_declared_html_carry_no_markup_from_the_data(client):
    build_archive(hostile_fields)
    document = ElementTree.fromstring(client.get("/statements/feed/").content)
    problems = []
    for summary in document.iter(f"{ATOM}summary"):
        if summary.get("type") == "html":
            fragment = lxml_html.fragment_fromstring(summary.text or "", create_parent="div")
            children = [element.tag for element in fragment.iter() if isinstance(element.tag, str)][1:]
            if children:
                problems.append(f"{children} from {summary.text[:60]!r}")
    assert not problems, "\n".join(problems[:20])


HOOK = """
window.__xss = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = function () { window.__xss.push(name + ':' + Array.from(arguments).join(',')); };
}
document.addEventListener('securitypolicyviolation', function (e) {
  window.__xss.push('csp:' + e.violatedDirective + ':' + (e.blockedURI || 'inline'));
});
"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_no_payload_runs_in_chromium(browser, live_server, settings, client):
    settings.ARCHIVE_PAGE_SIZE = 1000
    rows = build_archive(hostile_fields)
    staff = User.objects.create_superuser("curator", "c@example.org", "a-long-test-password-1")
    client.force_login(staff)
    hook = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    try:
        browser.get(live_server.url + "/help/search/")
        browser.add_cookie({"name": "sessionid", "value": client.cookies["sessionid"].value, "path": "/"})
        browser.execute_script("alert('probe')")  # the hook is in place and records calls
        assert browser.execute_script("return window.__xss") == ["alert:probe"]
        sample = list(range(0, len(PAYLOADS), max(1, len(PAYLOADS) // 8)))
        pages = aggregate_pages() + [url for i in sample for url in object_pages(rows[i])]
        pages += [f"/statements/?q={PAYLOADS[i].replace('#', '%23').replace('&', '%26')}" for i in sample]
        fired = []
        for url in pages:
            browser.get(live_server.url + url)
            events = browser.execute_script("return window.__xss || []")
            fired += [f"{url}: {event}" for event in events]
        assert browser.execute_script("return Array.isArray(window.__xss)"), "the hook did not load"
        assert not fired, "\n".join(fired[:40])
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": hook["identifier"]})
        browser.delete_all_cookies()
