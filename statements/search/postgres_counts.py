"""The PostgreSQL backend's total and facets: over every match, or above the exact limit over an even share.

Counting a facet reads every match's row; a common word matches tens of thousands at 100k statements.
As the list pages do past ARCHIVE_FACET_EXACT_LIMIT (statements.research.estimates), a big match list is
counted over the rows of the sample buckets below `buckets`, about ESTIMATE_ROWS of them (the `sample`
column, Statement.sample of the row's statement: an even share of any list, the same one on every request
until the data changes) and each count scaled up; SearchPage.estimated says so. The share is found
through the sample index beside the words' GIN index, so its cost follows the share's size, not the list's.

How big the list is, is itself estimated first: by the planner's statistics (planned_rows, no row read)
when they put it far below the limit, else by counting a pilot share of about PILOT_ROWS rows of the table.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from statements.models import SAMPLE_BUCKETS
from statements.search.postgres_schema import TABLE

BUCKETS = SAMPLE_BUCKETS
# How many matches an estimate counts: a quarter of the list pages' default limit (10,000), as reading
# that many rows for the facets took 50-100 ms at 100k statements, a search's whole budget with the page.
ESTIMATE_ROWS = 2500
# The pilot counts the matches among about this many rows of the table (at least one bucket).
PILOT_ROWS = 2000
# The planner's estimate of a list with filters can be a few times too low (a speaker's statements about
# a word it talks of more than others, at 100k statements: 9,900 for 22,200): a list it puts below the
# limit divided by this is counted whole without a pilot.
PLANNER_ERROR = 4
# What each facet groups: its column of the table, or an expression of it ('' for no date).
FACET_COLUMNS = {
    "speaker": "speaker_slug", "outlet": "outlet", "kind": "kind", "country": "country", "conflict": "conflicts",
    "year": "coalesce(extract(year FROM said_on)::int::text, '')",
    "month": "coalesce(to_char(said_on, 'YYYY-MM'), '')",
}


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
    about ESTIMATE_ROWS of them (or `limit`, if smaller)."""
    if not limit or planned_rows(budget, where, params) <= limit / PLANNER_ERROR:
        return Share()
    rows = budget.execute("SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)", [TABLE]).fetchone()[0]
    pilot = Share(max(1, math.ceil(BUCKETS * PILOT_ROWS / max(rows or 0, 1))))
    if not pilot.estimated:  # a small table: counted whole
        return Share()
    sql, sql_params = pilot.narrowed(where, params)
    estimate = pilot.scaled(budget.execute(f"SELECT count(*) FROM {TABLE} WHERE {sql}", sql_params).fetchone()[0])
    if estimate <= limit:
        return Share()
    return Share(min(BUCKETS, max(pilot.buckets, math.ceil(BUCKETS * min(limit, ESTIMATE_ROWS) / estimate))))


def planned_rows(budget, where: str, params: list) -> float:
    """How many rows the planner expects `where` to keep: from the table's statistics (ANALYZE: the words'
    frequencies among them), without reading a row. Most searches stop here, as a pilot count reads the
    words' whole posting list again (10-15 ms for a common word at 100k statements)."""
    plan = budget.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {TABLE} WHERE {where}", params).fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return plan[0]["Plan"]["Plan Rows"]


def facet_counts(
    budget, where: str, params: list, facets: list[str], share: Share,
) -> tuple[int, dict[str, dict[str, int]]]:
    """The total of the rows `where` keeps within `share`, and counts of `facets` over them, both scaled."""
    where, params = share.narrowed(where, params)
    total, counts = grouped_counts(budget, where, params, facets)
    return share.scaled(total), {facet: {value: share.scaled(n) for value, n in by_value.items()}
                                 for facet, by_value in counts.items()}


def grouped_counts(budget, where: str, params: list, facets: list[str]) -> tuple[int, dict[str, dict[str, int]]]:
    """How many rows `where` keeps, and how many of them hold each value of each of `facets` (FACET_COLUMNS).

    One pass over the rows, one hash table per facet (GROUPING SETS), so a few hundred groups come back
    whatever the number of rows: grouped by every facet at once, each row was nearly a group of its own,
    and sending 10,000 of them to Python cost more than reading the rows. The conflicts are grouped as
    the row's array and the arrays split here."""
    columns = [FACET_COLUMNS[facet] for facet in facets]
    if not columns:
        return budget.execute(f"SELECT count(*) FROM {TABLE} WHERE {where}", params).fetchone()[0], {}
    listed = ", ".join(columns)
    rows = budget.execute(
        f"SELECT GROUPING({listed}), {listed}, count(*) FROM {TABLE} WHERE {where} "
        f"GROUP BY GROUPING SETS ({', '.join(f'({column})' for column in columns)}, ())",
        params,
    ).fetchall()
    counts: dict[str, dict[str, int]] = {facet: {} for facet in facets}
    total = 0
    for mask, *values, n in rows:
        if mask == (1 << len(facets)) - 1:  # the empty set: every row
            total = n
            continue
        # GROUPING's bit for a column is 0 in the set grouped by it; the first column is the highest bit.
        index = next(i for i in range(len(facets)) if not mask & (1 << (len(facets) - 1 - i)))
        facet, value = facets[index], values[index]
        for one in value if facet == "conflict" else (value,):
            counts[facet][one] = counts[facet].get(one, 0) + n
    return total, counts
