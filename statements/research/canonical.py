"""One spelling for every list query, so that a saved search, a cited URL and a feed of the same list agree.

The canonical form: the contract's keys in a fixed order (q, speaker, conflict, kind, outlet, country,
date_after, date_before, status, unnamed, sort), empty values dropped, surrounding spaces trimmed, repeated values of a
key de-duplicated and sorted (speaker=b&speaker=a lists what speaker=a&speaker=b lists), a sort that
is the default anyway dropped, and a speaker's old slug (kept after a merge or rename) replaced by the
current one. Unknown keys stay, after the known ones, so the page can still name them; the position
in the list (page, cursor) and the format come last, as given.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode

from django.http import QueryDict

from statements.models import SpeakerRedirect

LIST_KEYS = (
    "q", "speaker", "conflict", "kind", "outlet", "country", "date_after", "date_before", "status", "unnamed", "sort",
)
MULTI_VALUED = frozenset({"speaker", "conflict", "kind", "outlet", "country", "status"})
POSITION_KEYS = ("page", "cursor")
FORMAT_KEY = "format"
TRAILING_KEYS = (*POSITION_KEYS, FORMAT_KEY)


def canonical_params(
    params: QueryDict, *, drop: Iterable[str] = (), keep_order: bool = False, resolve_speakers: bool = True
) -> QueryDict:
    """`params` in canonical form (see the module docstring), without the keys in `drop`.

    keep_order keeps repeated values in the order given (the compare page shows speakers left to right).
    resolve_speakers=False skips the database lookup of old slugs, for a query built from current ones.
    """
    dropped = set(drop)
    result = QueryDict(mutable=True)
    for key in LIST_KEYS:
        if key in dropped:
            continue
        values = [value.strip() for value in params.getlist(key) if value.strip()]
        if not values:
            continue
        if key in MULTI_VALUED:
            values = list(dict.fromkeys(values)) if keep_order else sorted(set(values))
        else:
            values = values[-1:]  # a form field reads the last value given
        result.setlist(key, values)
    if resolve_speakers and "speaker" in result:
        result.setlist("speaker", current_speaker_slugs(result.getlist("speaker"), keep_order=keep_order))
    if result.get("sort") == default_sort(result):
        del result["sort"]
    if result.get("unnamed") == "include":  # the default: the same list spelled one way
        del result["unnamed"]
    for key in sorted(set(params) - set(LIST_KEYS) - set(TRAILING_KEYS) - dropped):
        result.setlist(key, params.getlist(key))
    for key in TRAILING_KEYS:
        if key not in dropped and any(params.getlist(key)):
            result.setlist(key, [value for value in params.getlist(key) if value])
    return result


def list_query(params: QueryDict, *, drop: Iterable[str] = ()) -> QueryDict:
    """What identifies the list itself: the canonical query without page, cursor and format.

    For queries whose speaker slugs are current already (a page's own query, values read from the
    database): no lookup, so a page can build a link per facet value without a query per link.
    """
    return canonical_params(params, drop={*drop, *TRAILING_KEYS}, resolve_speakers=False)


def toggled(query: QueryDict, key: str, value: str) -> str:
    """The query string of list_query(query) with `value` of the multi-valued `key` added, or removed if
    it is there, for a `query` that list_query gave: only that key's values change, so the rest is not
    put in canonical form again (a facet builds one such link per value shown, 100-300 on a list page).
    """
    values = query.getlist(key)
    changed = [v for v in values if v != value] if value in values else sorted([*values, value])
    pairs, placed = [], False
    for name in query:
        if not placed and (name == key or name not in LIST_KEYS or LIST_KEYS.index(name) > LIST_KEYS.index(key)):
            pairs.extend((key, v) for v in changed)
            placed = True
        if name != key:
            pairs.extend((name, v) for v in query.getlist(name))
    if not placed:
        pairs.extend((key, v) for v in changed)
    return urlencode(pairs)


def default_sort(params: QueryDict) -> str:
    return "relevance" if params.get("q", "").strip() else "newest"


def current_speaker_slugs(slugs: list[str], *, keep_order: bool = False) -> list[str]:
    """Each slug, or the slug of the speaker it now belongs to when it is an old one."""
    # A NUL cannot reach PostgreSQL (DataError); such a value is refused by the FilterSet instead.
    lookup = [slug for slug in slugs if "\x00" not in slug]
    moved = dict(
        SpeakerRedirect.objects.filter(old_slug__in=lookup).values_list("old_slug", "speaker__slug")
    )
    current = [moved.get(slug, slug) for slug in slugs]
    return list(dict.fromkeys(current)) if keep_order else sorted(set(current))


def non_canonical(query_string: str, params: QueryDict, **options) -> str | None:
    """The canonical query string when `query_string` is spelled otherwise, else None.

    Compared as decoded key/value pairs, not as text: a browser may percent-encode differently from
    Django, and comparing text could then redirect forever.
    """
    canonical = canonical_params(params, **options)
    given = parse_qsl(query_string, keep_blank_values=True)
    wanted = [(key, value) for key in canonical for value in canonical.getlist(key)]
    return None if given == wanted else canonical.urlencode()


def with_query(path: str, query: QueryDict) -> str:
    """`path` with `query` appended, and no dangling "?" when the query is empty."""
    return link(path, query.urlencode())


def link(path: str, query_string: str) -> str:
    return f"{path}?{query_string}" if query_string else path
