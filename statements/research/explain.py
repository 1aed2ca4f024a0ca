"""Why a search or a filter names nothing: values that are no speaker, conflict, outlet or kind of the
archive, each with the ones the researcher may have meant.

Read from the database, not the index: the names, slugs and roles are the truth, and a prefixed value
of the query language (speaker:, conflict:, outlet:, kind:) and a filter of the list (?speaker=) are
looked up alike, so a wrong one is explained the same way wherever it was typed.
"""

from __future__ import annotations

from django.db.models import Q

from statements.models import Conflict, Outlet, Speaker, SpeakerAlias, SpeakerRole, StatementKind
from statements.search import QueryError
from statements.search.query_guards import clean_query
from statements.search.query_syntax import Match, parse, walk
from statements.text import normalise_name

MAX_SUGGESTIONS = 3


def speakers_like(value: str) -> tuple[bool, list[Speaker]]:
    """Whether some speaker is `value` (its slug, or a word of a name, alias or role, as speaker: means),
    and the speakers `value` may have meant: the slug or a name holding it."""
    slug = value.strip().lower()
    words = normalise_name(value.replace("-", " "))
    if not words:
        return False, []
    named = set(SpeakerAlias.objects.filter(normalised__contains=words).values_list("speaker_id", flat=True))
    named |= set(SpeakerRole.objects.filter(title__icontains=words).values_list("speaker_id", flat=True))
    candidates = list(
        Speaker.objects.filter(Q(slug__contains=slug) | Q(name__icontains=words) | Q(pk__in=named)).prefetch_related(
            "aliases", "roles"
        )[:50]
    )
    wanted = words.split()

    def is_it(speaker: Speaker) -> bool:
        if speaker.slug == slug:
            return True
        names = [speaker.name, *(a.name for a in speaker.aliases.all()), *(r.title for r in speaker.roles.all())]
        return len(wanted) == 1 and any(wanted[0] in normalise_name(name).split() for name in names)

    exact = any(is_it(speaker) for speaker in candidates)
    return exact, candidates[:MAX_SUGGESTIONS]


def conflicts_like(value: str) -> tuple[bool, list[Conflict]]:
    """Whether `value` is a conflict's slug, and the conflicts it may have meant (a slug holding it, or
    the word in a name, alias or place)."""
    slug = value.strip().lower()
    word = normalise_name(value.replace("-", " "))
    conflicts = list(Conflict.objects.all())  # a few dozen
    if any(conflict.slug == slug for conflict in conflicts):
        return True, []

    def mentions(conflict: Conflict) -> bool:
        terms = [conflict.name, *conflict.keyword_list(), *conflict.place_list()]
        return bool(word) and (slug in conflict.slug or any(word in normalise_name(term) for term in terms))

    return False, [conflict for conflict in conflicts if mentions(conflict)][:MAX_SUGGESTIONS]


def outlets_like(value: str) -> tuple[bool, list[Outlet]]:
    slug = value.strip().lower()
    if Outlet.objects.filter(slug=slug).exists():
        return True, []
    word = normalise_name(value.replace("-", " "))
    if not word:
        return False, []
    return False, list(Outlet.objects.filter(Q(slug__contains=slug) | Q(name__icontains=word))[:MAX_SUGGESTIONS])


LOOKUPS = {"speaker": speakers_like, "conflict": conflicts_like, "outlet": outlets_like}


def unknown_in_query(q: str) -> list[str]:
    """A message for each speaker:, conflict:, outlet: or kind: value of the search that names nothing
    in the archive, with what it may have meant. Empty for a query that cannot be parsed (its own
    error says why) or names only what exists."""
    try:
        node = parse(clean_query(q))
    except QueryError:
        return []
    if node is None:
        return []
    messages = []
    for leaf, _ in walk(node):
        if not isinstance(leaf, Match):
            continue
        field = "speaker" if leaf.field == "speaker_slug" else leaf.field
        message = _unknown_value(field, leaf.value)
        if message and message not in messages:
            messages.append(message)
    return messages


def _unknown_value(field: str, value: str) -> str | None:
    if field == "kind":
        if value in StatementKind.values:
            return None
        return f"kind:{value} is not a kind of statement: write kind:direct, kind:indirect or kind:mixed."
    exact, candidates = LOOKUPS[field](value)
    if exact:
        return None
    what = {
        "speaker": f"no speaker's slug, name, alias or role is “{value}”",
        "conflict": f"no conflict has the slug “{value}” (conflicts are named by slug, such as conflict:kosovo-serbia)",
        "outlet": f"no outlet has the slug “{value}”",
    }[field]
    message = f"{field}:{value} matches nothing: {what}."
    if candidates:
        message += " Did you mean " + " or ".join(f"{field}:{c.slug} ({c.name})" for c in candidates) + "?"
    return message


def unknown_slugs(key: str, values: list[str]) -> list[tuple[str, list]]:
    """(value, [what it may have meant]) for each of `values` of the filter `key` (speaker, conflict,
    outlet) that is no slug of the archive: ?speaker=peskov -> [("peskov", [Dmitry Peskov])]."""
    if key not in LOOKUPS:
        return []
    model = {"speaker": Speaker, "conflict": Conflict, "outlet": Outlet}[key]
    known = set(model.objects.filter(slug__in=values).values_list("slug", flat=True))
    return [(value, LOOKUPS[key](value)[1]) for value in values if value not in known]
