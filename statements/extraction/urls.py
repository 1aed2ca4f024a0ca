"""One URL per article: the canonical form ingest stores and looks duplicates up by.

courlan's strict normalisation (lower-case host, default port dropped, tracking and presentation
parameters such as utm_*, fbclid, ?csv, ?amp removed, query sorted) plus what it leaves: the fragment
and the AMP variants of a page's path ("/story/amp/", "/story.amp.html"), and a trailing slash. One known loss: strict mode
keeps only parameters it knows to identify pages (id, p, page, …), so CMS pages told apart by other
parameters (Joomla's view=) collapse onto one URL.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

_AMP_SEGMENT = re.compile(r"/amp/?$", re.I)
_AMP_SUFFIX = re.compile(r"\.amp(\.html?)$", re.I)


def canonical_url(url: str) -> str:
    """The canonical form of `url`; "" for what is not an http(s) URL."""
    url = (url or "").strip()
    if not url.lower().startswith(("http://", "https://")):
        return ""
    from courlan import normalize_url

    try:
        normalised = normalize_url(url, strict=True)
        parts = urlsplit(normalised)
    except (ValueError, AttributeError):
        return ""
    # "/story/" and "/story" are one page on every news site seen; the slash-less form is kept.
    path = _AMP_SUFFIX.sub(r"\1", _AMP_SEGMENT.sub("", parts.path)).rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))
