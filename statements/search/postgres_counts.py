"""The PostgreSQL backend's total and facets: over every match, or above the exact limit over an even share.

Counting a facet reads every match's row; a common word matches tens of thousands at 100k statements.
As the list pages do past ARCHIVE_FACET_EXACT_LIMIT (statements.research.estimates), a big match list is
counted over the rows of the sample buckets below `buckets` (the `sample` column, Statement.sample of the
row's statement: an even share of any list, the same one on every request until the data changes) and
each count scaled up; SearchPage.estimated says so. The share is found through the sample index beside
the words' GIN index, so its cost follows the share's size, not the list's.

How big the list is, is itself estimated first from a pilot: the share holding about a quarter of the
limit's number of rows of the whole table, as the list pages' pilot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from statements.models import SAMPLE_BUCKETS
from statements.search.postgres_schema import TABLE

BUCKETS = SAMPLE_BUCKETS
_COLUMNS = {"speaker": "speaker_slug", "outlet": "outlet", "kind": "kind",
            "year": "coalesce(extract(year FROM said_on)::int::text, '')"}


@dataclass(frozen=True)
class Share:
    """The sample buckets below `buckets` (all of them: every match, exact counts)."""

    buckets: int = BUCKETS

    @property
    def estimated(self) -> bool:
        return self.buckets < BUCKETS

    def narrowed(self, where: str, params: list) -> tuple[str, list]:
        if not self.estimated:
            return where, params
        return f"{where} AND sample < %s", [*params, self.buckets]

    def scaled(self, n: int) -> int:
        return n if not self.estimated else round(n * BUCKETS / self.buckets)


def share_for(budget, where: str, params: list, limit: int) -> Share:
    """Every match when there are at most about `limit` (0: always every match), else the share holding
    about `limit` of them."""
    if not limit:
        return Share()
    rows = budget.execute("SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)", [TABLE]).fetchone()[0]
    if rows is None or rows <= limit:  # never analysed (-1), or too small to be bigger than the limit
        return Share()
    pilot = Share(max(1, math.ceil(BUCKETS * limit / 4 / rows)))
    if not pilot.estimated:
        return Share()
    sql, sql_params = pilot.narrowed(where, params)
    estimate = pilot.scaled(budget.execute(f"SELECT count(*) FROM {TABLE} WHERE {sql}", sql_params).fetchone()[0])
    if estimate <= limit:
        return Share()
    return Share(min(BUCKETS, max(pilot.buckets, math.ceil(BUCKETS * limit / estimate))))


def facet_counts(
    budget, where: str, params: list, facets: list[str], share: Share, *, with_total: bool = False,
) -> tuple[int | None, dict[str, dict[str, int]]]:
    """Counts of `facets` over the rows `where` keeps within `share`, scaled, and their total (None unless
    `with_total`)."""
    where, params = share.narrowed(where, params)
    counts: dict[str, dict[str, int]] = {}
    total = None
    plain = [f for f in facets if f != "conflict"]
    if plain or with_total:
        # One pass for every single-valued facet and the total: GROUPING SETS (...), () .
        sets = ", ".join(f"({_COLUMNS[f]})" for f in plain)
        select = ", ".join(f"{_COLUMNS[f]}, GROUPING({_COLUMNS[f]})" for f in plain)
        rows = budget.execute(
            f"SELECT {select}{', ' if select else ''}count(*) FROM {TABLE} WHERE {where} "
            f"GROUP BY GROUPING SETS ({sets}{', ' if sets else ''}())",
            params,
        ).fetchall()
        for facet in plain:
            counts[facet] = {}
        for row in rows:
            n = share.scaled(row[-1])
            grouped = [facet for i, facet in enumerate(plain) if row[2 * i + 1] == 0]
            if not grouped:
                total = n
            else:
                facet = grouped[0]
                counts[facet][row[2 * plain.index(facet)]] = n
    if "conflict" in facets:
        counts["conflict"] = {slug: share.scaled(n) for slug, n in budget.execute(
            f"SELECT slug, count(*) FROM {TABLE}, unnest(conflicts) AS slug WHERE {where} GROUP BY slug", params
        ).fetchall()}
    return total, counts
