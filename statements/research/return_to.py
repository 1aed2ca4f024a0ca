"""The list a reader came to a statement from: lists link their statements with ?from=<the list's own path
and query>, and the statement page offers the way back. Only a path of this site's list pages is
accepted (resolved against its own URLs), so a crafted link can never send a reader elsewhere."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.urls import Resolver404, resolve

MAX_LENGTH = 2000
# The pages that list statements, and how the way back to each reads.
RETURN_LABELS = {
    "home": "Back to the home page",
    "statement-list": "Back to the list",
    "speaker-detail": "Back to the speaker’s statements",
    "conflict-detail": "Back to the conflict’s statements",
    "saved-search": "Back to the saved search",
    "compare": "Back to the comparison",
}


def list_to_return_to(value: str) -> tuple[str, str] | None:
    """(path, label) of the list page `value` names, or None when it names none of this site's lists."""
    if not value or len(value) > MAX_LENGTH or not value.startswith("/") or value.startswith("//"):
        return None
    if "\\" in value or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return None
    try:
        match = resolve(parts.path)
    except Resolver404:
        return None
    label = RETURN_LABELS.get(match.url_name)
    return (value, label) if label else None
