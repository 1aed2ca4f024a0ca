"""Inputs that point at the web: a URL, an RSS/Atom feed (every entry's link fetched), a sitemap or
sitemap index (every page's URL fetched, child sitemaps followed to a limited depth), a list page (every
link on it to a story of the same site fetched).

Fetching goes through the context (statements.ingest.fetch: the address checks, caps and timeouts);
a URL that fails is an outcome with its reason, and the rest of the feed or sitemap still goes in.
"""

from __future__ import annotations

from collections.abc import Iterator

from statements.ingest.documents import Document, IngestOutcome, Provenance

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _fetched(url: str, context):
    """The response for `url`, or the failed outcome that says why there is none."""
    from statements.ingest.fetch import FetchError

    try:
        fetched = context.get(url)
    except FetchError as error:
        return IngestOutcome(url, "failed", reason=str(error))
    if fetched.status != 200:
        return IngestOutcome(url, "failed", reason=f"HTTP {fetched.status} from {fetched.final_url}")
    return fetched


def read_url(url: str, context, *, meta: dict | None = None, fmt: str | None = None) -> Iterator[Document | IngestOutcome]:
    """The page, feed or sitemap at `url` (what it is decided by its content type, else its bytes)."""
    from statements.ingest.readers import read_bytes

    fetched = _fetched(url, context)
    if isinstance(fetched, IngestOutcome):
        yield fetched
        return
    provenance = Provenance(
        url=url, final_url=fetched.final_url, status=fetched.status, fetched_at=fetched.fetched_at,
        raw=fetched.body, content_type=fetched.headers.get("content-type", ""),
    )
    if fmt is None and fetched.content_type in ("text/html", "application/xhtml+xml"):
        fmt = "html"
    yield from read_bytes(
        url, fetched.body, context, fmt=fmt, http_charset=fetched.charset, provenance=provenance,
        meta={"url": fetched.final_url, **(meta or {})},
    )


def read_feed(name: str, data: bytes, context) -> Iterator[Document | IngestOutcome]:
    """Every entry of an RSS or Atom feed, its link fetched as a page."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield IngestOutcome(name, "failed", reason=f"not a readable feed ({feed.get('bozo_exception')})")
        return
    for number, entry in enumerate(feed.entries[: context.max_urls], start=1):
        link = entry.get("link") or ""
        if not link.startswith(("http://", "https://")):
            yield IngestOutcome(f"{name}#{number}", "failed", reason="feed entry without an http(s) link")
            continue
        yield from read_url(link, context, fmt="html")


def read_sitemap(name: str, data: bytes, context, depth: int = 0) -> Iterator[Document | IngestOutcome]:
    """Every page a sitemap lists; a sitemap index's sitemaps are read in turn, up to context.sitemap_depth."""
    try:
        kind, locations = sitemap_locations(data)
    except ValueError as error:
        yield IngestOutcome(name, "failed", reason=str(error))
        return
    for location in locations[: context.max_urls]:
        if kind == "page":
            yield from read_url(location, context, fmt="html")
        elif depth + 1 >= context.sitemap_depth:
            yield IngestOutcome(location, "skipped", reason=f"sitemap nested deeper than {context.sitemap_depth}")
        else:
            yield from _read_child_sitemap(location, context, depth + 1)


def _read_child_sitemap(url: str, context, depth: int) -> Iterator[Document | IngestOutcome]:
    import gzip

    fetched = _fetched(url, context)
    if isinstance(fetched, IngestOutcome):
        yield fetched
        return
    body = fetched.body
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as a file, not as Content-Encoding
        body = gzip.decompress(body)
    yield from read_sitemap(url, body, context, depth)


def read_list_page(url: str, data: bytes, context, *, http_charset: str = "") -> Iterator[Document | IngestOutcome]:
    """Every story a list page (a section front, a press-release index) links to on its own site: links
    whose URL looks like a story's (statements.extraction.page_type.looks_like_story_url), in page order."""
    for link in story_links(url, data, http_charset=http_charset)[: context.max_urls]:
        yield from read_url(link, context, fmt="html")


def story_links(url: str, data: bytes, *, http_charset: str = "") -> list[str]:
    from urllib.parse import urljoin, urldefrag

    from statements.extraction.decode import decode_bytes
    from statements.extraction.html_meta import parse_html
    from statements.extraction.page_meta import registrable_domain
    from statements.extraction.page_type import looks_like_story_url

    doc = parse_html(decode_bytes(data, http_charset=http_charset).text)
    if doc is None:
        return []
    site = registrable_domain(url)
    links = []
    for anchor in doc.iter("a"):
        href = urldefrag(urljoin(url, (anchor.get("href") or "").strip()))[0]
        if href.startswith(("http://", "https://")) and registrable_domain(href) == site and href != url \
                and looks_like_story_url(href):
            links.append(href)
    return list(dict.fromkeys(links))


def sitemap_locations(data: bytes) -> tuple[str, list[str]]:
    """("page", page URLs) for a urlset, ("sitemap", sitemap URLs) for a sitemap index."""
    from lxml import etree

    # No entities, no network, no huge trees: a sitemap is data from a stranger.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ValueError(f"not a readable sitemap ({error})") from None
    tag = etree.QName(root).localname
    if tag not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap (root element <{tag}>)")
    locations = [
        (element.text or "").strip()
        for element in root.iter()
        if isinstance(element.tag, str) and etree.QName(element).localname == "loc"
    ]
    return ("page" if tag == "urlset" else "sitemap"), [loc for loc in locations if loc.startswith(("http://", "https://"))]
