"""The PostgreSQL backend: full-text search in the archive's own database, in its own table.

For an archive that already runs on PostgreSQL and wants no index directory to keep: the queue,
commands and pages work as with Whoosh. Every search runs under a statement_timeout (the time
budget); the writer lock is a PostgreSQL advisory lock, so it holds across machines too.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial

from django.conf import settings
from django.db import DatabaseError, connection, transaction

from statements.models import sample_of
from statements.search import query_syntax
from statements.search.analysis import fold_text, words_of
from statements.search.conditions import SearchCondition
from statements.search.documents import IndexedDocument
from statements.search.errors import QueryError
from statements.search.highlighting import mark_text
from statements.search.polling import keep_trying
from statements.search.query_syntax import FIELD_WEIGHTS
from statements.search.postgres_counts import Share, facet_counts, grouped_counts, share_for
from statements.search.postgres_query import CompiledQuery, compile_query, tsquery_sql
from statements.search.postgres_schema import (
    CONFIG, DOCUMENT_SQL, TABLE, WORDS_SQL, WORDS_TABLE, ensure_schema, index_sql, table_sql,
)
from statements.search.requests import FACETS, FacetList, SearchPage, SearchRequest, order_facet

SEARCH_TIME_LIMIT_MS = 300
LOCK_TIMEOUT = 0.25  # seconds a web request tries for the writer lock before leaving its entries queued
WRITER_LOCK_KEY = 0x49_4E_44_58
INSERT_BATCH = 2000
# Relevance ranks at most this many matches, the newest: ts_rank_cd reads each ranked match's whole
# tsvector, which for a common word at 100k statements took longer than the time budget. Matches past
# them follow, newest first (docs/search.md, "PostgreSQL at 100k").
RANK_CANDIDATES = 2000
# ts_rank_cd weights for labels D (context), C (title), B (speaker), A (text): query_syntax.FIELD_WEIGHTS.
RANK_WEIGHTS = "{" + ", ".join(str(FIELD_WEIGHTS[f]) for f in ("context", "title", "speaker", "text")) + "}"
_ORDER = {
    "newest": "said_on DESC NULLS LAST, statement_id DESC",
    "oldest": "said_on ASC NULLS LAST, statement_id ASC",
}
_INSERT = f"""
    INSERT INTO {{table}} (statement_id, said_on, speaker_slug, country, outlet, kind, conflicts, content_hash,
                         sample, document, words)
    VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, {DOCUMENT_SQL}, {WORDS_SQL})
"""


class PostgresBackend:
    name = "postgres"

    def __init__(self):
        if connection.vendor != "postgresql":
            from django.core.exceptions import ImproperlyConfigured

            raise ImproperlyConfigured("ARCHIVE_SEARCH_BACKEND=postgres needs a PostgreSQL DATABASE_URL.")

    # Searching

    def search_ids(self, q: str, *, sort: str, limit: int | None) -> list[int]:
        if limit == 0:
            return []
        compiled = _compile(q)
        if compiled is None:
            return []
        where, params = _where(compiled, None)
        with _time_budget() as budget:
            return _page_ids(budget, compiled, where, params, sort, 0, limit)

    def search_condition(self, q: str) -> SearchCondition | None:
        compiled = _compile(q)
        if compiled is None:
            return None  # nothing to match: search_ids gives no ids
        ensure_schema()
        where, params = _where(compiled, None)
        return SearchCondition(
            f"SELECT statement_id FROM {TABLE} WHERE {where}", tuple(params), _list_budget,
            counter=partial(_count_matches, compiled), lister=partial(_newest_matches, compiled),
        )

    def rank_order(self, q: str, ids: Sequence[int]) -> list[int]:
        """The first RANK_CANDIDATES of `ids` (the newest matches of the list) ranked as _page_ids ranks
        them, then the rest as given (newest first)."""
        ids = list(ids)
        compiled = _compile(q)
        if compiled is None or not compiled.rank or len(ids) < 2:
            return ids
        with _time_budget() as budget:
            ranked = [row[0] for row in budget.execute(
                f"SELECT statement_id FROM {TABLE} WHERE statement_id = ANY(%s::bigint[]) "
                f"ORDER BY ts_rank_cd('{RANK_WEIGHTS}', document, {tsquery_sql()}, 1) DESC, {_ORDER['newest']}",
                [ids[:RANK_CANDIDATES], compiled.rank],
            ).fetchall()]
        return ranked + ids[RANK_CANDIDATES:]

    def search_page(self, q: str, request: SearchRequest, facet_lists: Sequence[FacetList] = ()) -> SearchPage:
        compiled = _compile(q) if q else None
        if q and compiled is None:
            return SearchPage(ids=[], total=0, facets={facet: [] for each in facet_lists for facet in each.facets})
        where, params = _where(compiled, request)
        # Past the exact limit, the total and facets are counted over an even share (postgres_counts).
        limit = settings.ARCHIVE_FACET_EXACT_LIMIT  # the list pages' limit (statements.research.estimates)
        with _time_budget() as budget:
            ids = _page_ids(budget, compiled, where, params, request.sort, request.offset, request.limit)
            share = share_for(budget, where, params, limit)
            estimated = share.estimated
            total, counts = None, {}
            for each in facet_lists:
                if each.own:  # with the total, in the same pass
                    total, own_counts = facet_counts(budget, where, params, list(each.facets), share)
                    counts.update(own_counts)
                else:
                    list_where, list_params = _where(compiled, each.request)
                    list_share = share_for(budget, list_where, list_params, limit)
                    estimated = estimated or list_share.estimated
                    counts.update(facet_counts(budget, list_where, list_params, list(each.facets), list_share)[1])
            if total is None:
                total = facet_counts(budget, where, params, [], share)[0]
        return SearchPage(
            ids=ids, total=total, facets={f: order_facet(f, counts[f]) for f in FACETS if f in counts},
            estimated=estimated,
        )

    def unknown_words(self, words: Sequence[str]) -> list[str]:
        ensure_schema()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT word FROM {WORDS_TABLE} WHERE word = ANY(%s)", [list(words)])
            known = {row[0] for row in cursor.fetchall()}
        return [word for word in words if word not in known]

    def vocabulary_near(self, word: str) -> list[tuple[str, int]]:
        ensure_schema()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT word FROM {WORDS_TABLE} WHERE left(word, 1) = %s AND length(word) BETWEEN %s AND %s",
                [word[:1], len(word) - 2, len(word) + 2],
            )
            # The vocabulary keeps no frequencies: ties between equally close words go alphabetically.
            return [(row[0], 1) for row in cursor.fetchall()]

    def highlight(self, q: str, texts: Mapping[int, str]) -> dict[int, str]:
        compiled = _compile(q)
        if compiled is None or not (compiled.words or compiled.prefixes):
            return {key: mark_text(text, lambda word: False) for key, text in texts.items()}
        tokens = sorted({word for text in texts.values() for word in words_of(text)})
        with connection.cursor() as cursor:
            # The same stemmer as the index, so "negotiation" marks "Negotiations".
            cursor.execute(
                f"SELECT w, coalesce((ts_lexize('{CONFIG}_stem', w))[1], w) FROM unnest(%s::text[]) AS w",
                [tokens + compiled.words],
            )
            stems = dict(cursor.fetchall())
        wanted = {stems.get(word, word) for word in compiled.words}
        prefixes = tuple(compiled.prefixes)

        def matches(word: str) -> bool:
            return stems.get(word, word) in wanted or (bool(prefixes) and word.startswith(prefixes))

        return {key: mark_text(text, matches) for key, text in texts.items()}

    # Writing

    @contextmanager
    def writer_lock(self, *, wait: bool) -> Iterator[bool]:
        with connection.cursor() as cursor:
            if wait:
                cursor.execute("SELECT pg_advisory_lock(%s)", [WRITER_LOCK_KEY])
                held = True
            else:

                def attempt() -> bool:
                    cursor.execute("SELECT pg_try_advisory_lock(%s)", [WRITER_LOCK_KEY])
                    return cursor.fetchone()[0]

                held = keep_trying(attempt, timeout=LOCK_TIMEOUT)
        try:
            yield held
        finally:
            if held:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [WRITER_LOCK_KEY])

    def replace_documents(self, statement_ids: Sequence[int], documents: Iterable[IndexedDocument]) -> None:
        ensure_schema()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE statement_id = ANY(%s)", [list(statement_ids)])
            _insert(cursor, TABLE, documents)

    def rebuild(self, documents: Iterable[IndexedDocument]) -> int:
        """Fill a new table beside the live one, index it, then swap the two in one transaction:
        searches read the old table until the commit."""
        ensure_schema()
        building = f"{TABLE}_building"
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {building}")  # left by a rebuild that died
            cursor.execute(table_sql(building))
        count = 0
        try:
            with connection.cursor() as cursor:
                batch = []
                for document in documents:
                    batch.append(document)
                    if len(batch) == INSERT_BATCH:
                        count += _insert(cursor, building, batch)
                        batch = []
                count += _insert(cursor, building, batch)
                # The rows newest first: relevance ranks the newest matches (RANK_CANDIDATES), found by
                # walking the date index, which then reads consecutive pages instead of one page a row.
                cursor.execute(f"CREATE INDEX {building}_clustering ON {building} ({_ORDER['newest']})")
                cursor.execute(f"CLUSTER {building} USING {building}_clustering")
                cursor.execute(f"DROP INDEX {building}_clustering")
                # Indexes after the rows: one bulk build is much faster than maintaining them per row.
                for sql in index_sql(building):
                    cursor.execute(sql)
                # Statistics now, not at autovacuum's leisure: without them the planner guesses that a
                # common word matches 500 rows. Outside a transaction a VACUUM also marks the pages
                # all-visible, so a count of words alone is read from the GIN index without the rows.
                cursor.execute(f"{'ANALYZE' if connection.in_atomic_block else 'VACUUM (ANALYZE)'} {building}")
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f"DROP TABLE {TABLE}")
                cursor.execute(f"ALTER TABLE {building} RENAME TO {TABLE}")
                cursor.execute(f"ALTER INDEX {building}_pkey RENAME TO {TABLE}_pkey")
        except BaseException:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP TABLE IF EXISTS {building}")
            raise
        return count

    def indexed_hashes(self) -> dict[int, str]:
        ensure_schema()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT statement_id, content_hash FROM {TABLE}")
            return dict(cursor.fetchall())


def _compile(q: str) -> CompiledQuery | None:
    node = query_syntax.parse(q)
    return compile_query(node) if node is not None else None


def _where(compiled: CompiledQuery | None, request: SearchRequest | None) -> tuple[str, list]:
    parts, params = [], []
    if compiled is not None:
        parts.append(f"({compiled.where})")
        params.extend(compiled.params)
    if request is not None:
        for column, values in (("speaker_slug", request.speakers), ("kind", request.kinds),
                               ("outlet", request.outlets), ("country", request.countries)):
            if values:
                parts.append(f"{column} = ANY(%s)")
                params.append(list(values))
        if request.conflicts:
            parts.append("conflicts && %s::text[]")
            params.append(list(request.conflicts))
        if request.date_after:
            parts.append("said_on >= %s")
            params.append(request.date_after)
        if request.date_before:
            parts.append("said_on <= %s")
            params.append(request.date_before)
    return " AND ".join(parts) or "TRUE", params


def _count_matches(compiled: CompiledQuery, filters: SearchRequest, facets, sample_below: int | None):
    """SearchCondition.count: the matches of `compiled` that `filters` keep, within the sample buckets below
    `sample_below` (all of them when None), counted in the table, not scaled."""
    where, params = (Share() if sample_below is None else Share(sample_below)).narrowed(*_where(compiled, filters))
    with _time_budget() as budget:
        return grouped_counts(budget, where, params, list(facets))


def _newest_matches(compiled: CompiledQuery, filters: SearchRequest, limit: int) -> list[int]:
    """SearchCondition.newest: the first `limit` matches of `compiled` that `filters` keep, newest first."""
    where, params = _where(compiled, filters)
    with _time_budget() as budget:
        return _in_date_order(budget, where, params, _ORDER["newest"], 0, limit)


def _page_ids(budget: _Budget, compiled, where, params, sort, offset, limit) -> list[int]:
    """The ids of the page: in date order, or by relevance among the RANK_CANDIDATES newest matches
    followed by the other matches newest first."""
    if compiled is None or not compiled.rank or sort != "relevance":
        return _in_date_order(budget, where, params, _ORDER.get(sort, _ORDER["newest"]), offset, limit)
    ids = []
    if offset < RANK_CANDIDATES:
        ranked = RANK_CANDIDATES - offset if limit is None else min(limit, RANK_CANDIDATES - offset)
        # The candidates are found first (by the date index or the words' GIN, as the planner sees fit)
        # as row addresses, so that sorting them by date carries no tsvectors; then only they are read
        # again (a TID scan) and ranked.
        ids = [row[0] for row in budget.execute(
            f"WITH candidates AS MATERIALIZED (SELECT ctid AS address FROM {TABLE} WHERE {where} "
            f"ORDER BY {_ORDER['newest']} LIMIT %s) "
            f"SELECT statement_id FROM {TABLE} WHERE ctid = ANY(ARRAY(SELECT address FROM candidates)) "
            f"ORDER BY ts_rank_cd('{RANK_WEIGHTS}', document, {tsquery_sql()}, 1) DESC, {_ORDER['newest']} "
            f"LIMIT %s OFFSET %s",
            [*params, RANK_CANDIDATES, compiled.rank, ranked, offset],
        ).fetchall()]
        if len(ids) < ranked or (limit is not None and len(ids) == limit):
            return ids  # every match was a candidate, or the page is full
    rest = None if limit is None else limit - len(ids)
    return ids + _in_date_order(budget, where, params, _ORDER["newest"], max(offset, RANK_CANDIDATES), rest)


def _in_date_order(budget: _Budget, where, params, order, offset, limit) -> list[int]:
    sql = f"SELECT statement_id FROM {TABLE} WHERE {where} ORDER BY {order}"
    page_params = []
    if limit is not None:
        sql += " LIMIT %s"
        page_params.append(limit)
    if offset:
        sql += " OFFSET %s"
        page_params.append(offset)
    return [row[0] for row in budget.execute(sql, params + page_params).fetchall()]


class _Budget:
    """Runs a search's statements with what is left of its one time budget as their statement_timeout."""

    def __init__(self, cursor):
        self.cursor = cursor
        self.deadline = time.monotonic() + SEARCH_TIME_LIMIT_MS / 1000

    def execute(self, sql: str, params: list):
        left_ms = int((self.deadline - time.monotonic()) * 1000)
        if left_ms <= 0:
            raise _too_slow()
        self.cursor.execute("SELECT set_config('statement_timeout', %s, true)", [str(left_ms)])
        self.cursor.execute(sql, params)
        return self.cursor


def _too_slow() -> QueryError:
    return QueryError(
        f"The search took too long (over {SEARCH_TIME_LIMIT_MS} ms): make it more specific, "
        "for example with more words, a speaker:, conflict: or date: filter."
    )


@contextmanager
def _time_budget():
    """A _Budget whose statements are cancelled past the search's budget, as a QueryError for the researcher."""
    ensure_schema()
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            # Local to the transaction; restored by hand too, since a view may run inside a longer one.
            cursor.execute("SELECT current_setting('statement_timeout'), current_setting('enable_seqscan')")
            before, seqscan = cursor.fetchone()
            # The planner prices a row's @@ at one operator, about a page read, and then reads the whole
            # table rather than a common word's GIN entries: a search of "peace" with a kind filter, 250
            # ms instead of 30 at 100k statements. Every search here can use an index.
            cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
            yield _Budget(cursor)
            cursor.execute(
                "SELECT set_config('statement_timeout', %s, true), set_config('enable_seqscan', %s, true)",
                [before, seqscan],
            )
    except DatabaseError as error:
        if getattr(error.__cause__, "sqlstate", None) == "57014":  # query_canceled
            raise _too_slow() from None
        raise


@contextmanager
def _list_budget():
    """Each statement run inside (a list's queries that carry a search_condition) under the search's
    budget, as a QueryError for the researcher when one runs out of it."""
    nested = connection.in_atomic_block  # else the setting ends with this block's own transaction
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT current_setting('statement_timeout'), set_config('statement_timeout', %s, true)",
                    [str(SEARCH_TIME_LIMIT_MS)],
                )
                before = cursor.fetchone()[0]
            yield
            if nested:  # restored by hand: a view may run inside a longer transaction
                with connection.cursor() as cursor:
                    cursor.execute("SELECT set_config('statement_timeout', %s, true)", [before])
    except DatabaseError as error:
        if getattr(error.__cause__, "sqlstate", None) == "57014":  # query_canceled
            raise _too_slow() from None
        raise


def _insert(cursor, table: str, documents: Iterable[IndexedDocument]) -> int:
    rows, words = [], set()
    for document in documents:
        body, names = fold_text(document.text), fold_text(document.speaker_words)
        rows.append((
            document.id, document.said_on, document.speaker_slug, document.country, document.outlet,
            document.kind, list(document.conflicts), document.content_hash(), sample_of(document.id),
            body, names, fold_text(document.title), fold_text(document.context), body,
        ))
        words.update(body.split())
        words.update(names.split())
    if rows:
        cursor.executemany(_INSERT.format(table=table), rows)
        cursor.execute(
            f"INSERT INTO {WORDS_TABLE} (word) SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING",
            [sorted(word for word in words if word.isalpha())],
        )
    return len(rows)
