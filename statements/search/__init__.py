"""Full-text search over public statements: the index is derived data, the database the truth.

Changes reach the index through an outbox (statements.models.IndexQueueEntry) drained by one writer
after commit; searches return ids, rows come from the database. Only this package imports whoosh,
tantivy or knows the postgres backend's table.

The list page's API
-------------------

    from statements.search import QueryError, SearchRequest, search_page, suggest, highlight

    page = search_page(SearchRequest(
        q="ceasefire speaker:peskov",            # the query language (query_syntax.py); "" lists everything
        speakers=["dmitry-peskov"], conflicts=[], kinds=["direct"], outlets=[], countries=[],
        date_after=date(2023, 1, 1), date_before=None,   # inclusive
        sort="relevance",                        # or "newest" / "oldest" (undated last in both)
        offset=0, limit=20,                      # the page; offset at most requests.MAX_OFFSET
        facets=True,                             # count facets over every match
    ))
    page.ids      # [statement id, ...] for this page, in order: load the rows with in_bulk
    page.total    # every match of query and filters
    page.facets   # {"speaker": [("dmitry-peskov", 23), ...], "conflict": [...], "year": [("2023", 40), ...],
                  #  "outlet": [...], "kind": [("direct", 12), ...]}  (only with facets=True)

- Filters combine as on the page: any of the values of one key, every key.
- A facet counts over the query and every filter except its own, as on the page: the one rule of
  statements.facet_lists (the year facet leaves out the dates when they pick a year or a month).
- Values: slugs for speaker, conflict and outlet; "2023" for year; kind as stored. Most frequent first
  (years newest first), at most requests.FACET_VALUES each.
- search_page raises QueryError (str() is a short message for the researcher: show it) for a query
  that cannot be parsed, is too costly (bare *, deep nesting, too long) or runs out of its time
  budget; ValueError for a bad sort, offset or limit (the caller's bug, not the researcher's).
- suggest(q) -> a corrected query ("zaharova" -> "zakharova") when q found nothing and a correction
  finds something, else None.
- highlight(q, statements) -> {id: escaped HTML with <mark>} for the page shown.
- search_ids(q, sort=, limit=) is kept for existing callers.
- search_condition(q) -> a SearchCondition (search.conditions: `.matches()` is a Q of the statements
  the search matches, `.budget()` the search's time budget for the queries carrying it) when the index
  is a table of the archive's database (postgres), else None: then use search_ids. rank_order(q, ids)
  puts such a list's ids, newest first, in relevance order. `condition.count(filters, facets,
  sample_below=)` counts the matches a SearchRequest's filters keep, and their facets, in the index table.
- index_in_step() -> whether every committed change has reached the index (the outbox is empty).
"""

from statements.search.errors import QueryError
from statements.search.maintenance import IndexReport, reindex, verify_index
from statements.search.queue import index_in_step, process_index_queue, queue_statements, schedule_index_update
from statements.search.requests import FACETS, SearchPage, SearchRequest
from statements.search.conditions import SearchCondition
from statements.search.searching import highlight, rank_order, search_condition, search_ids, search_page, suggest

__all__ = [
    "FACETS",
    "IndexReport",
    "QueryError",
    "SearchCondition",
    "SearchPage",
    "SearchRequest",
    "highlight",
    "index_in_step",
    "process_index_queue",
    "queue_statements",
    "rank_order",
    "reindex",
    "schedule_index_update",
    "search_condition",
    "search_ids",
    "search_page",
    "suggest",
    "verify_index",
]
