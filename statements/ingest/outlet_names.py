"""Which outlet a page belongs to: one outlet per registrable domain (edition.cnn.com and cnn.com are CNN),
named from a small table of known outlets, else from the site's own name when it is one, else the domain.

Pages give their site name in many shapes ("WSVN 7News | Miami News, Weather, Sports", "Hosted", the page's
own headline); the table names the outlets whose pages are ingested most.
"""

from __future__ import annotations

import re

from courlan import extract_domain

from statements.text import normalise_name

KNOWN_OUTLETS = {
    "aa.com.tr": "Anadolu Agency", "abcnews.go.com": "ABC News", "afp.com": "AFP", "aljazeera.com": "Al Jazeera",
    "aljazeera.net": "Al Jazeera", "apnews.com": "Associated Press", "ap.org": "Associated Press",
    "armenpress.am": "Armenpress", "axios.com": "Axios", "bbc.co.uk": "BBC News", "bbc.com": "BBC News",
    "bloomberg.com": "Bloomberg", "cbsnews.com": "CBS News", "cnn.com": "CNN", "dw.com": "Deutsche Welle",
    "euronews.com": "Euronews", "foxnews.com": "Fox News", "france24.com": "France 24",
    "ft.com": "Financial Times", "haaretz.com": "Haaretz", "independent.co.uk": "The Independent",
    "interfax.ru": "Interfax", "kyivindependent.com": "The Kyiv Independent", "latimes.com": "Los Angeles Times",
    "lemonde.fr": "Le Monde", "msn.com": "MSN", "nbcnews.com": "NBC News", "npr.org": "NPR",
    "nytimes.com": "The New York Times", "politico.com": "Politico", "politico.eu": "Politico Europe",
    "reuters.com": "Reuters", "ria.ru": "RIA Novosti", "rt.com": "RT", "tass.com": "TASS", "tass.ru": "TASS",
    "telegraph.co.uk": "The Telegraph", "theguardian.com": "The Guardian", "theintercept.com": "The Intercept",
    "timesofisrael.com": "The Times of Israel", "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal", "xinhuanet.com": "Xinhua", "news.cn": "Xinhua",
}
# Site names that name no outlet: hosting platforms' and templates' defaults.
_NOT_NAMES = frozenset({"hosted", "home", "homepage", "news", "latest news", "index", "article", "untitled"})
_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def registrable_domain(url: str) -> str:
    """"https://edition.cnn.com/x" → "cnn.com"; "" for no URL or a host without a public suffix."""
    try:
        return extract_domain(url) or "" if url else ""
    except ValueError:
        return ""


def outlet_name(domain: str, site_name: str = "", title: str = "") -> str:
    """The outlet's name: the known table's, else the site's own name (its first part, when it is not the
    page's headline or a platform's default), else the domain."""
    if domain in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[domain]
    own = _SEPARATORS.split(site_name.strip())[0].strip() if site_name.strip() else ""
    key = normalise_name(own)
    if own and key not in _NOT_NAMES and len(own) <= 60 and not normalise_name(title).startswith(key):
        return own
    return domain
