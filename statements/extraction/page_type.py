"""Is an HTML page a news article, or a home page, list page, forum thread or encyclopedia entry?

Pages that are not articles still have text and quotes (a home page's teasers, a forum's posts) and would
be stored as articles with invented statements, so ingest refuses them with the reason. The rules, in
order, each one a thing a site says about itself:
1. encyclopedia: MediaWiki pages, Wikipedia hosts;
2. forum: forum software (generator), schema.org DiscussionForumPosting / QAPage, forum hosts and paths;
3. home page: the page's URL (given, else canonical / og:url) is a site root;
4. article: og:type article / story, a schema.org *Article / *BlogPosting, or a published-time meta;
5. list page: many teaser cards (<article> elements);
6. article: its URL looks like a story's (a slug of words, a date, a long id);
7. list page: its text is mostly link text;
8. otherwise an article only if the page is a bare document (saved text with hardly any links, no nav).
Measured on realnews (docs/ingest.md): all 56 articles accepted, all 4 non-articles refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from statements.extraction.html_meta import ld_items, ld_types, meta_tags, parse_html

ARTICLE = "article"

_ARTICLE_OG_TYPES = {"article", "story", "news", "blog", "newsarticle"}
_ARTICLE_LD = re.compile(r"(?:Article|BlogPosting|LiveBlogPosting|Report)$")
_FORUM_LD = {"DiscussionForumPosting", "QAPage", "Question"}
_FORUM_GENERATORS = re.compile(r"phpbb|vbulletin|discourse|xenforo|mybb|invision|simple machines|flarum|nodebb", re.I)
_FORUM_HOSTS = ("reddit.com", "news.ycombinator.com", "stackoverflow.com", "stackexchange.com", "quora.com")
_FORUM_PATH = re.compile(r"/(?:forums?|threads?|board|topic)/|viewtopic\.php|showthread\.php", re.I)
_ENCYCLOPEDIA_HOSTS = ("wikipedia.org", "wikimedia.org", "britannica.com", "fandom.com")
_ROOT_PATHS = re.compile(r"^/?(?:index\.\w+|home|default\.\w+|[a-z]{2}(?:-[a-z]{2})?)?/?$", re.I)
_PUBLISHED_META = re.compile(r"^(?:article:published_time|datePublished|pubdate|publishdate|date|dc\.date\.issued|sailthru\.date)$", re.I)
# A story URL: a slug of three or more words, a /yyyy/mm/ date, or a numeric id of five digits or more.
_STORY_PATH = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){2,}|/(?:19|20)\d\d/\d{1,2}/|\d{5,}", re.I)
_MIN_TEASER_CARDS = 8
_MAX_LINK_SHARE = 0.6
_BARE_DOCUMENT_LINKS = 20


@dataclass(frozen=True)
class PageType:
    kind: str  # article / home / list / forum / encyclopedia
    reason: str  # why, in words a curator reads in the ingest summary

    @property
    def is_article(self) -> bool:
        return self.kind == ARTICLE


def classify_page(html: str, url: str = "") -> PageType:
    """What kind of page `html` is; `url` is where it was fetched from ("" if unknown)."""
    doc = parse_html(html)
    if doc is None:
        return PageType(ARTICLE, "unparseable; left to the extractor")
    metas = meta_tags(doc)
    ld_types = _ld_types(doc)
    page_url = url or _canonical(doc, metas)
    host, path = _host_path(page_url)
    generator = metas.get("generator", "")

    if "mediawiki" in generator.lower() or host.endswith(_ENCYCLOPEDIA_HOSTS):
        return PageType("encyclopedia", f"an encyclopedia page ({generator or host})")
    if (
        _FORUM_GENERATORS.search(generator)
        or ld_types & _FORUM_LD
        or host.endswith(_FORUM_HOSTS)
        or _FORUM_PATH.search(path)
    ):
        return PageType("forum", f"a forum or Q&A thread ({host or generator or 'schema.org'})")
    if page_url and _ROOT_PATHS.match(path) and not urlsplit(page_url).query:
        return PageType("home", f"a site's home page ({page_url})")
    og_type = metas.get("og:type", "").lower()
    if og_type in _ARTICLE_OG_TYPES or any(_ARTICLE_LD.search(t) for t in ld_types) or _has_published_time(metas):
        return PageType(ARTICLE, "marked up as an article")
    cards = len(doc.xpath("//article"))
    if cards >= _MIN_TEASER_CARDS:
        return PageType("list", f"a list page ({cards} teaser cards, no article markup)")
    if page_url and _STORY_PATH.search(path):
        # Before the link share: a short story on a heavy page (football.ua: 79% links) is still a story.
        return PageType(ARTICLE, "its URL looks like a story's")
    share, links = _link_share(doc)
    if share > _MAX_LINK_SHARE:
        return PageType("list", f"a list or index page ({share:.0%} of its text is links)")
    if links < _BARE_DOCUMENT_LINKS and not doc.xpath("//nav"):
        return PageType(ARTICLE, "a bare document")
    return PageType("list", "no article markup, and neither its URL nor its layout is an article's")


def looks_like_story_url(url: str) -> bool:
    """A URL whose path names one story: a slug of three or more words, a /yyyy/mm/ date, or a long id."""
    _host, path = _host_path(url)
    return bool(path) and not _ROOT_PATHS.match(path) and bool(_STORY_PATH.search(path))


def _has_published_time(metas: dict[str, str]) -> bool:
    return any(_PUBLISHED_META.match(key) and value for key, value in metas.items())


def _ld_types(doc) -> set[str]:
    """Every schema.org @type named in the page's JSON-LD blocks."""
    return {kind for item in ld_items(doc) for kind in ld_types(item)}


def _canonical(doc, metas: dict[str, str]) -> str:
    for link in doc.xpath('//link[@rel="canonical"]'):
        href = (link.get("href") or "").strip()
        if href.startswith(("http://", "https://")):
            return href
    og_url = metas.get("og:url", "")
    return og_url if og_url.startswith(("http://", "https://")) else ""


def _host_path(url: str) -> tuple[str, str]:
    try:
        parts = urlsplit(url)
    except ValueError:
        return "", ""
    return (parts.hostname or "").lower(), parts.path or "/"


def _link_share(doc) -> tuple[float, int]:
    """The share of the body's visible text that is link text, and the number of links."""
    body = doc.find("body")
    if body is None:
        return 0.0, 0
    for junk in body.xpath(".//script|.//style|.//noscript"):
        junk.drop_tree()
    total = len("".join(body.text_content().split()))
    links = body.xpath(".//a")
    linked = sum(len("".join(a.text_content().split())) for a in links)
    return (linked / total if total else 0.0), len(links)
