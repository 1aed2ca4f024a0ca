"""How each database is steered to read a list: the one place for query-planner strategy.

A list means what statements.research.filters says (the FilterSet: which statements a filter keeps).
How its SQL is written so that the planner reads the right index lives here, as explicit plan objects
that callers pass to `StatementFilter.narrowed_without(..., plan=...)`: the rows are the same whatever
the plan, only the query's shape differs. Each shape has a query-shape or EXPLAIN test
(tests/research/test_list_queries.py, tests/research/test_plans.py); the figures behind them are in
docs/performance.md ("Query plans").

- lists.py: `ListPlan`, how a list's filters are written (both databases): a conflict's tags by
  `EXISTS`, `id + 0 IN` or `id IN`; an outlet by `EXISTS` or a join; the kind tested per row; the
  sample cut inside the filters; every status counted, for "all minus the rejected".
- counting.py: counts of public statements as every statement minus the rejected ones.
- sqlite.py: what only SQLite needs: `INDEXED BY` when reading a sample, and the cost model that
  decides when a list's sample is read from the sample index.
- id_lists.py: `pk__among=ids`, a long list of ids as one value: `json_each` on SQLite, `= ANY` on
  PostgreSQL.
- A search whose index is a table of the database (PostgreSQL) is no list of ids but a condition of
  the query (`ListPlan.matching`, statements.search.conditions), its sample cut inside it.
"""

from statements.research.plans.counting import grouped_counts, public_counts
from statements.research.plans.lists import (
    COUNTING, DATE_ORDER_PAGE, EVERY_STATUS, LIST, ListPlan,
)
from statements.research.plans.sqlite import checked_elsewhere, faster_by_index, read_rows

__all__ = [
    "COUNTING", "DATE_ORDER_PAGE", "EVERY_STATUS", "LIST", "ListPlan",
    "checked_elsewhere", "faster_by_index", "grouped_counts", "public_counts", "read_rows",
]
