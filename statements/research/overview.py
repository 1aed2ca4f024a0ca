"""The archive at a glance, as the home page shows it: how many statements, speakers, articles and
conflicts; each conflict with its statements; the most quoted speakers; the latest statements.

Counted once per data generation (statements.web.generation) and kept as plain values (numbers, slugs,
names, ids), so that a warm home page reads one cache entry and the ten latest statements by id.
Only what the public sees counts: a rejected statement neither lists nor counts.
"""

from __future__ import annotations

from statements.web.generation import cached
from statements.models import Article, Conflict, Speaker, Statement
from statements.research.public_counts import public_counts

LATEST = 10
TOP_SPEAKERS = 10
MANY_IDS = 500


def archive_overview() -> dict:
    """{"counts": {...}, "conflicts": [{"slug", "name", "count"}] by name, "top_speakers": [...] most
    quoted first, "latest": [statement id, ...] newest first}."""
    return cached("overview", (LATEST, TOP_SPEAKERS), compute_overview)


def most_quoted_speakers(limit: int) -> list[dict]:
    """The `limit` speakers with most public statements, ties by name (the compare page's choices)."""
    return cached("most-quoted", (limit,), lambda: _top_speakers(_by_speaker(), limit))


def _by_speaker() -> dict[int | None, int]:
    """Public statements per speaker id (None: unattributed), counted once per generation for both users."""
    # Grouped on the bare column, read in order from the speaker index alone (120 ms at 1M statements;
    # grouping on an expression, "speaker_id + 0", sorted all of them: 430–680 ms).
    return cached("speaker-counts", (), lambda: {
        key[0]: n for key, n in public_counts(Statement.objects.all(), "speaker_id").items()
    })


def compute_overview() -> dict:
    by_speaker = _by_speaker()
    by_conflict = {key[0]: n for key, n in public_counts(Statement.conflicts.through.objects, "conflict_id",
                                                          statement="statement_id").items()}
    conflicts = [
        {"slug": slug, "name": name, "count": by_conflict.get(pk, 0)}
        for pk, slug, name in Conflict.objects.order_by("name", "pk").values_list("pk", "slug", "name")
    ]
    return {
        "counts": {
            "statements": sum(by_speaker.values()),  # the unattributed ones too, under the key None
            "speakers": Speaker.objects.count(),
            "articles": Article.objects.count(),
            "conflicts": len(conflicts),
        },
        "conflicts": conflicts,
        "top_speakers": _top_speakers(by_speaker, TOP_SPEAKERS),
        "latest": list(Statement.objects.public().newest_first().values_list("pk", flat=True)[:LATEST]),
    }


def _top_speakers(counts: dict[int | None, int], limit: int) -> list[dict]:
    """The `limit` speakers with most statements, ties by name; names read only for the contenders."""
    counts = {pk: n for pk, n in counts.items() if pk is not None}  # None: the unattributed ones
    if not counts:
        return []
    least = sorted(counts.values(), reverse=True)[:limit][-1]
    contenders = {pk for pk, n in counts.items() if n >= least}
    names = Speaker.objects.values_list("pk", "slug", "name")
    # Many speakers may tie for the last place (one statement each in a small archive): past a few
    # hundred ids, reading every speaker's name beats an IN list longer than SQLite accepts.
    rows = [row for row in (names.filter(pk__in=contenders) if len(contenders) <= MANY_IDS else names) if row[0] in contenders]
    ranked = sorted(rows, key=lambda row: (-counts[row[0]], row[2], row[1]))[:limit]
    return [{"slug": slug, "name": name, "count": counts[pk]} for pk, slug, name in ranked]
