"""An HTML page's title, date, outlet and author as a reader sees them, from what trafilatura found and
what the page says about itself.

- Title: the visible headline (the first <h1> of three words or more that is not the site's name; a
  "Section | Headline" h1 gives its longest piece), else the <title>/og:title with the site's name
  stripped ("Headline - Outlet", "Headline | Section | Outlet").
- Date: htmldate's (through trafilatura: the original date before a modified one, as the page shows
  it), corrected by page_dates (a UTC time in the publisher's zone, a modification date nobody is shown),
  else the publication time the page declares (article:published_time, schema.org datePublished).
- Outlet: one per registrable domain; named from KNOWN_OUTLETS (a known outlet's site on another country's
  domain is its edition: "National Geographic UK"), else the site's own name (og:site_name, the JSON-LD
  publisher, application-name) cleaned of taglines and ".com" and of a city or slogan added to the name its
  domain spells ("KXAN Austin" → "KXAN"), else the name the <title> ends with, else the domain as the page
  writes it ("Breaking Belize News"), else the domain; spelled as the page's visible text spells it.
- Author: people only, as written on the page ("R.C. Baker", not "R C Baker"), several joined with ", ";
  outlets, agencies, "Staff" and sentences ("Jane Doe is a reporter") are not authors.
Measured on shared/realnews/en against tests/data/realnews/metadata.json: benchmarks/realnews_pages.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from statements.extraction.html_meta import ld_items, meta_tags, parse_html
from statements.extraction.page_dates import publication_day

# Outlets whose sites name themselves in ways an archive should not show (all capitals, a domain, a
# tagline, an abbreviation), by registrable domain. Sites not listed are named by what they call themselves.
KNOWN_OUTLETS = {
    "aa.com.tr": "Anadolu Agency", "aljazeera.com": "Al Jazeera", "apnews.com": "Associated Press",
    "afp.com": "AFP", "axios.com": "Axios", "bbc.co.uk": "BBC News", "bbc.com": "BBC News",
    "bloomberg.com": "Bloomberg", "cbsnews.com": "CBS News", "cnn.com": "CNN", "dw.com": "Deutsche Welle",
    "euronews.com": "Euronews", "france24.com": "France 24", "ft.com": "Financial Times",
    "independent.co.uk": "The Independent", "kyivindependent.com": "The Kyiv Independent",
    "latimes.com": "Los Angeles Times", "msn.com": "MSN", "nature.com": "Nature", "nbcnews.com": "NBC News",
    "nytimes.com": "The New York Times", "politico.com": "Politico", "politico.eu": "Politico Europe",
    "reuters.com": "Reuters", "rferl.org": "Radio Free Europe/Radio Liberty", "ria.ru": "RIA Novosti",
    "salon.com": "Salon", "tass.com": "TASS", "tass.ru": "TASS", "telegraph.co.uk": "The Telegraph",
    "theguardian.com": "The Guardian", "timesofisrael.com": "The Times of Israel", "vice.com": "VICE",
    "washingtonpost.com": "The Washington Post", "wired.com": "WIRED", "wsj.com": "The Wall Street Journal",
    "xinhuanet.com": "Xinhua", "news.cn": "Xinhua", "yna.co.kr": "Yonhap",
    "abcnews.go.com": "ABC News", "aljazeera.net": "Al Jazeera", "ap.org": "Associated Press",
    "armenpress.am": "Armenpress", "foxnews.com": "Fox News", "haaretz.com": "Haaretz", "interfax.ru": "Interfax",
    "lemonde.fr": "Le Monde", "npr.org": "NPR", "rt.com": "RT", "theintercept.com": "The Intercept",
    "nationalgeographic.com": "National Geographic", "huffpost.com": "HuffPost",
    "businessinsider.com": "Business Insider",
}
# What a country-code domain's edition of a known outlet is called after ("HuffPost UK").
_COUNTRIES = {"uk": "UK", "au": "Australia", "ca": "Canada", "in": "India", "nz": "New Zealand", "ie": "Ireland",
              "za": "South Africa", "sg": "Singapore", "de": "Germany", "fr": "France", "es": "Spain", "it": "Italy"}
# Words that make a name a news outlet's ("Times", "News"), spelled as outlets write them; a station's call sign.
_MEDIA_WORDS = {word.lower(): word for word in (
    "News Times Post Herald Guardian Observer Tribune Journal Gazette Star Sun Mail Express Chronicle Standard "
    "Telegraph Independent Record Examiner Courier Press Daily Today TV Radio Online Weekly Review Globe Dispatch "
    "Bulletin Monitor Reporter Leader Mirror Register Sentinel Inquirer Enquirer Argus Advocate Beacon Channel"
).split()}
_MEDIA_OR_NUMBER = {*_MEDIA_WORDS, ""}  # a word's letters without its digits: "7News", a channel "11"
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
# Bylines that name no person: agencies, desks, the outlet itself.
_NOT_PEOPLE = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?:staff|editorial(?: staff| team| desk)?|news (?:desk|service reports?)|web desk|"
    r"newsroom|wires?|agencies|admin(?:istrator)?|reuters|afp|ap|associated press|dpa|efe|ians|pti|ani|tass|xinhua|"
    r"[a-z]*team)$",
    re.I,
)
# og:site_name values that are a platform's or a section's word, not the outlet's name.
_NOT_SITE_NAMES = {"hosted", "home", "homepage", "news", "article", "articles", "website", "blog", "index"}
_SEPARATORS = re.compile(r"\s+[|–—\-:·•»]\s+|\s+::\s+")
_MONTH_TAIL = re.compile(
    r"\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b.*$", re.I
)
_SENTENCE = re.compile(r"\s+(?:is|was|has|covers|writes|reports|joined)\s+.*$", re.I)
_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\.?\s?){1,3}[A-Z][\w'’-]+")
_MIN_HEADLINE_WORDS = 3
_MAX_HEADLINE_WORDS = 40


@dataclass(frozen=True)
class PageMeta:
    title: str
    published_on: date | None
    outlet: str
    author: str


def page_meta(html: str, *, title: str, site_name: str, author: str, url: str, published_on: date | None) -> PageMeta:
    """Refine what the extractor found (title, site_name, author, published_on) with the page's own markup."""
    doc = parse_html(html)
    metas = meta_tags(doc) if doc is not None else {}
    url = url or metas.get("og:url", "")
    head_title = title or metas.get("og:title", "")
    shown, reader = visible_text(doc), visible_text(doc, comments=False)
    site_name = site_name or _declared_site_name(doc, metas)
    outlet = outlet_name(site_name, url, _title_tag(doc) or head_title, shown)
    headline = _headline(doc, outlet) if doc is not None else ""
    return PageMeta(
        title=headline or strip_site_name(head_title, outlet, site_name),
        published_on=publication_day(doc, metas, published_on, shown),
        outlet=outlet,
        author=clean_author(_as_written(author, doc, shown, reader), outlet, site_name)
        or (clean_author(_byline(doc, metas) or _emailed_byline(doc, reader), outlet, site_name) if doc is not None
            else ""),
    )


def outlet_name(site_name: str, url: str, title: str = "", shown: str = "") -> str:
    """The outlet's name for a page at `url` whose site calls itself `site_name`, whose <title> is `title` and
    whose visible text is `shown` (optional: it only decides how a name is spelled)."""
    domain = registrable_domain(url)
    if domain in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[domain]
    label = domain.split(".")[0]
    name = _clean_site_name(site_name, title)
    if name and not _looks_like_domain(name):
        return _edition(name, domain) or _as_shown(_fit_to_domain(name, label), shown)
    from_title = _site_from_title(title)
    if from_title:
        return _as_shown(_fit_to_domain(from_title, label), shown)
    # A bare address ("Salon.com", "tribune242.com"): the name the page writes it as ("Breaking Belize News"
    # for breakingbelizenews.com), else its name part, else the domain itself.
    return _as_shown(label, shown, any_case=True) or (
        re.sub(r"(?i)^www\.|\.(?:com|net|org|co\.uk)$", "", name) if name else domain)


def _fit_to_domain(name: str, label: str) -> str:
    """A site name that adds a city or a slogan to the name its domain spells: "KXAN Austin" (kxan.com) →
    "KXAN", "St. Lucia Times News" (stluciatimes.com) → "St. Lucia Times", "ABC7 San Francisco"
    (abc7news.com) → "ABC7 News". Only a call sign or a name ending in a word such as "Times" loses its
    tail: "Sky News" (sky.com) and "Deseret News" (deseret.com) stay as they are."""
    words = name.split()
    if not label or _key(name) in (label, "the" + label):
        return name
    for cut in range(1, len(words)):
        lead, tail = " ".join(words[:cut]), words[cut:]
        key = _key(lead)
        tail_is_media = all(re.sub(r"\d+", "", _key(word)) in _MEDIA_OR_NUMBER for word in tail)  # "7News", "11"
        if key == label and (_CALL_SIGN.fullmatch(lead) and not tail_is_media or _key(words[cut - 1]) in _MEDIA_WORDS):
            return lead
        rest = label[len(key):]
        if len(key) >= 3 and label.startswith(key) and rest in _MEDIA_WORDS and not tail_is_media:
            return f"{lead} {_MEDIA_WORDS[rest]}"
    return name


def _edition(name: str, domain: str) -> str:
    """A known outlet's site on another country's domain, calling itself by the outlet's name, is that
    outlet's national edition: "National Geographic" on nationalgeographic.co.uk → "National Geographic UK"
    (the store files one outlet per domain, so the editions need names of their own)."""
    country = domain.rsplit(".", 1)[-1]
    if len(country) != 2 or not any(_key(name) == _key(known) for known in KNOWN_OUTLETS.values()):
        return ""
    label = domain.split(".")[0]
    if not any(known.split(".")[0] == label for known in KNOWN_OUTLETS):
        return ""
    return f"{name} {_COUNTRIES.get(country, country.upper())}"


def _as_shown(name: str, shown: str, *, any_case: bool = False) -> str:
    """`name` spelled as the page's visible text writes it: "Cork Beo" (the site's metadata) is "CorkBeo" on
    the page. The same letters, spaced or dotted otherwise; with `any_case`, a domain's label
    ("breakingbelizenews") as capitalised words ("Breaking Belize News"). `name` itself when the page writes
    it so, or writes it no other way ("" with `any_case`)."""
    letters = [c for c in name if c.isalnum()]
    if not shown or len(letters) < 3:
        return "" if any_case else name
    if not any_case and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", shown):
        return name
    pattern = r"[\s.'’&-]{0,2}".join(re.escape(c) for c in letters)
    found = Counter(
        match.group(0) for match in re.finditer(rf"(?<![\w@#]){pattern}(?!\w)", shown, re.I if any_case else 0)
        if not any_case or (match.group(0)[:1].isupper() and " " in match.group(0))
    )
    if not found:
        return "" if any_case else name
    return found.most_common(1)[0][0]


def visible_text(doc, *, comments: bool = True) -> str:
    """The text of the page's body a reader sees (no scripts or styles), whitespace collapsed; without
    `comments`, not the comment sections either (an element whose class or id says "comment" and that does
    not hold the headline: some sites mark the whole page "comments-open")."""
    body = doc.find("body") if doc is not None else None
    if body is None:
        return ""
    from lxml import etree

    parts, hidden = [], None  # the element whose content is not shown, while inside it
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""  # "" for <!-- comments --> and the like
        if event == "start":
            if hidden is None and (tag in ("", "script", "style", "noscript") or not comments and _is_comments(element)):
                hidden = element
            elif hidden is None and element.text:
                parts.append(element.text)
            continue
        if hidden is element:
            hidden = None
        if hidden is None and element.tail and element is not body:
            parts.append(element.tail)
    return " ".join(" ".join(parts).split())


def _is_comments(element) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return "comment" in names and element.find(".//h1") is None


def _declared_site_name(doc, metas: dict[str, str]) -> str:
    """The site's name when the extractor found none: the publisher in JSON-LD, else application-name."""
    if doc is not None:
        for item in ld_items(doc):
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and publisher["name"].strip():
                return publisher["name"].strip()
    return metas.get("application-name", "")


def registrable_domain(url: str) -> str:
    """"cnn.com" for https://edition.cnn.com/…, "guardian.co.tt" for https://www.guardian.co.tt/…"""
    if not url:
        return ""
    try:
        host = urlsplit(url.strip()).netloc.rpartition("@")[2].lower()
    except ValueError:
        return ""
    return _host_domain(host) if host else _host_domain(url)


@lru_cache(maxsize=4096)
def _host_domain(host_or_url: str) -> str:
    # courlan looks the suffix up in its public-suffix list: milliseconds a call, so once per host.
    from courlan import extract_domain

    url = host_or_url if "/" in host_or_url else f"https://{host_or_url}/"
    try:
        return (extract_domain(url) or "").lower()
    except (ValueError, AttributeError):
        return ""


def strip_site_name(title: str, outlet: str, site_name: str = "") -> str:
    """"Headline - Outlet" → "Headline"; "Headline | DW | 19.01.2020" → "Headline"."""
    title = " ".join((title or "").split())
    names = {_key(outlet), _key(site_name)} - {""}
    while separators := list(_SEPARATORS.finditer(title)):
        last = separators[-1]
        tail = _key(title[last.end():])
        names_site = any(tail == n or (len(tail) >= 2 and (tail in n or n in tail)) for n in names)
        if not (names_site or re.fullmatch(r"[\d./-]+", title[last.end():])) or last.start() == 0:
            break
        title = title[: last.start()]
    return title


def clean_author(author: str, outlet: str = "", site_name: str = "") -> str:
    """People named in a byline, joined with ", "; "" when the byline names none."""
    names = []
    for part in re.split(r"\s*;\s*|\s*,\s*|\s+and\s+|\s*&\s*|\s*/\s*", author or ""):
        part = _SENTENCE.sub("", part.strip())
        part = re.sub(r"^(?:by|written by)\s+", "", part, flags=re.I).strip(" ,|-")
        if not part or _NOT_PEOPLE.match(part) or _names_outlet(part, outlet, site_name):
            continue
        if part.isupper() and len(part) > 3:
            part = part.title()
        if len(part.split()) > 5 or not re.search(r"[A-Za-zÀ-ÿ]", part):
            continue
        names.append(part)
    return ", ".join(dict.fromkeys(names))


def _names_outlet(part: str, outlet: str, site_name: str) -> bool:
    """"CBS News", "CBS News February" (an outlet with a month stuck on), "The Local", the site's domain."""
    key = _key(_MONTH_TAIL.sub("", part))
    names = {_key(outlet), _key(site_name), _key(outlet.removeprefix("The "))} - {""}
    if key in names or any(name and (name in key or key in name) and len(key) > 2 for name in names):
        return True
    return bool(re.search(r"\b(?:news|times|post|press|media|tv|radio|agency|newspaper|journal|the local)\b", part, re.I)) \
        and not re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b", _MONTH_TAIL.sub("", part).replace("News", ""))


def _as_written(author: str, doc, shown: str, reader: str) -> str:
    """The byline's names as the page writes them (trafilatura drops dots: "Perry Bacon Jr", "R C Baker"),
    without the names a reader does not see as bylines: a name shown only in the comments (a commenter's),
    and a name only in the page's data (a JSON-LD Person) beside names the page does show."""
    if not author or doc is None:
        return author
    body = doc.find("body")
    everything = " ".join(body.text_content().split()) if body is not None else ""  # scripts included
    seen, unseen = [], []
    for name in re.split(r"\s*;\s*", author):
        tokens = name.split()
        if not tokens:
            continue
        if _written(tokens, reader):
            seen.append(_written(tokens, reader))
        elif not _written(tokens, shown):  # shown only in the comments: not a byline at all
            written = _written(tokens, everything)
            unseen.append(written if written and _key(written) == _key(name) else name)
    return "; ".join(seen or unseen)


def _written(tokens: list[str], text: str) -> str:
    """The name of these tokens as `text` writes it (dots and spacing), "" when it does not."""
    if len(tokens) > 6:
        return ""
    match = re.search(r"\b" + r"\.?\s*".join(re.escape(t) for t in tokens) + r"\.?", text, re.I)
    return match.group(0) if match and _key(match.group(0)) == _key(" ".join(tokens)) else ""


def _emailed_byline(doc, reader: str) -> str:
    """A byline in the article's first lines written as a name and that person's address ("PETER
    CHRISTOPHER peter.christopher@guardian.co.tt"): some papers print no byline element, only this."""
    text = reader.replace("\xad", "")  # soft hyphens ("PE\xadTER")
    h1 = next((" ".join(h.text_content().split()) for h in doc.iter("h1")), "")
    start = text.find(h1) if h1 else -1
    if start < 0:
        return ""
    for match in re.finditer(r"\b([a-z]{2,})[._]([a-z]{2,})@[\w-]+(?:\.[\w-]+)+", text[start:start + 1500], re.I):
        before = text[start:start + match.start()]
        first, last = map(re.escape, match.groups())
        if name := re.search(rf"(?i)\b{first}\s+(?:[A-Z]\.?\s+)?{last}\W*$", before):
            return name.group(0).strip(" ,:;-")
    return ""


def _byline(doc, metas: dict[str, str]) -> str:
    """A byline the extractor missed: an element marked as the byline or author (class, data-testid,
    itemprop, rel; a link in it first), a labelled field ("Author Ben Knight"), or a description opening
    "By Jane Doe:"; only a name of two to four capitalised words."""
    candidates = []
    for element in doc.xpath(
        '//*[@rel="author" or @itemprop="author" or contains(@class, "byline") or contains(@data-testid, "byline")'
        ' or contains(@class, "author-name")]'
    ):
        candidates += [" ".join(link.text_content().split()) for link in element.iter("a")]
        candidates.append(" ".join(element.text_content().split()))
    for label in doc.xpath('//*[normalize-space(text())="Author" or normalize-space(text())="Author:"]'):
        candidates.append(" ".join((label.tail or "").split()))  # <strong>Author</strong> Ben Knight
    for key in ("og:description", "description", "twitter:description"):
        if match := re.match(r"By ([^:,.;]{3,60})[:,]", metas.get(key, "")):
            candidates.append(match.group(1))
    for text in candidates:
        text = re.sub(r"^(?:by|written by)\s+", "", text, flags=re.I).strip()
        if _NAME.fullmatch(text):
            return text
    return ""


def _headline(doc, outlet: str) -> str:
    for h1 in doc.iter("h1"):
        text = " ".join(h1.text_content().split())
        if " | " in text:
            text = max(text.split(" | "), key=len).strip()
        words = len(text.split())
        if _MIN_HEADLINE_WORDS <= words <= _MAX_HEADLINE_WORDS and _key(text) != _key(outlet):
            return text
    return ""


def _title_tag(doc) -> str:
    if doc is None:
        return ""
    found = doc.find(".//title")
    return " ".join((found.text_content() if found is not None else "").split())


def _clean_site_name(site_name: str, title: str) -> str:
    name = " ".join((site_name or "").split())
    if not name or _key(name) == _key(title) or _key(name) in _NOT_SITE_NAMES:
        return ""  # some sites put the headline, or a word of their CMS, in og:site_name
    name = _SEPARATORS.split(name)[0].strip()  # "The Tico Times | Costa Rica News | Travel" → "The Tico Times"
    if re.search(r"(?i)\bwww\.|\.(?:com|net|org)\b", name) and not _looks_like_domain(name):
        return ""  # a tagline naming the site's address ("Belize News and Opinion on www.….com")
    if name.isupper() and len(name) > 5 and " " not in name:
        return ""  # "POLITICO"-style shouting with no table entry: the title's site name is better
    return name


def _site_from_title(title: str) -> str:
    """"Headline - Trinidad Guardian" → "Trinidad Guardian" (a short last piece with a capital)."""
    pieces = _SEPARATORS.split(" ".join((title or "").split()))
    if len(pieces) < 2:
        return ""
    last = pieces[-1].strip()
    return last if 1 <= len(last.split()) <= 5 and last[:1].isupper() and not _looks_like_domain(last) else ""


def _looks_like_domain(name: str) -> bool:
    return bool(re.fullmatch(r"(?i)(?:www\.)?[\w-]+(?:\.[\w-]+)+", name.strip()))


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", "", (text or "").lower())
