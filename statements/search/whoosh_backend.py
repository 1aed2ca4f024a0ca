"""The Whoosh search backend: batched writes under one writer lock, timed searches that return ids."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
import time

from datetime import date, datetime

from django.conf import settings
from whoosh import query as wq
from whoosh import sorting
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.query.qcore import QueryError as WhooshQueryError

from statements.search import whoosh_store
from statements.search.documents import IndexedDocument
from statements.search.errors import QueryError
from statements.search.requests import FACETS, FacetList, SearchPage, SearchRequest, order_facet
from statements.search.whoosh_facets import facet_table
from statements.search.whoosh_filters import AllowedTimeLimitCollector, filter_docnums
from statements.search.whoosh_highlight import highlight_texts
from statements.search.whoosh_query import parse_query
from statements.search.whoosh_sample import Matches, sampled_matches
from statements.search.whoosh_schema import whoosh_fields

# Every search gets this long; past it the researcher is asked to narrow the search rather than shown
# a silently incomplete (and, for relevance order, arbitrary) part of the results.
SEARCH_TIME_LIMIT = 0.3  # seconds
# A web request that finds the writer busy gives up after this long and leaves its entries queued.
LOCK_TIMEOUT = 0.25  # seconds
# Whoosh's own index lock: only the holder of the archive's writer lock opens a writer, so this
# only waits out a writer that a crashed process left behind.
WHOOSH_LOCK_TIMEOUT = 5.0
# Memory for the writer's posting pool before it spills a run to disk: a full queue batch stays in
# memory; a full rebuild spills a few runs and merges them.
BATCH_LIMIT_MB = 128
REBUILD_LIMIT_MB = 256

_DATE_ORDER = {
    # Undated statements last in both orders, ties by id, as in StatementQuerySet.newest_first/oldest_first.
    "newest": sorting.MultiFacet([
        sorting.FieldFacet("undated"), sorting.FieldFacet("said_on", reverse=True), sorting.FieldFacet("id", reverse=True),
    ]),
    "oldest": sorting.MultiFacet([
        sorting.FieldFacet("undated"), sorting.FieldFacet("said_on"), sorting.FieldFacet("id"),
    ]),
}


def _too_slow() -> QueryError:
    return QueryError(
        f"The search took too long (over {SEARCH_TIME_LIMIT * 1000:.0f} ms): make it more specific, "
        "for example with more words, a speaker:, conflict: or date: filter."
    )


def request_filter(request: SearchRequest) -> wq.Query | None:
    """The list filters of `request` as one Whoosh query (None if there are none): any of the values
    of a key, every key."""
    parts = []
    for fieldname, values in (
        ("speaker_slug", request.speakers), ("conflict", request.conflicts), ("kind", request.kinds),
        ("outlet", request.outlets), ("country", request.countries),
    ):
        if values:
            terms = [wq.Term(fieldname, value.lower()) for value in values]
            parts.append(terms[0] if len(terms) == 1 else wq.Or(terms))
    if request.date_after or request.date_before:
        parts.append(wq.DateRange("said_on", _day(request.date_after), _day(request.date_before)))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _narrowed(searcher, parsed: wq.Query | None, request: SearchRequest, deadline: float) -> tuple[wq.Query, frozenset | None]:
    """The query to run and the documents it may match (None: any). Words narrowed by filters run alone,
    their matches kept if they are among the filters' documents (whoosh_filters: one set per filter and
    index commit, reused by later searches), instead of stepping a filter's postings beside the words':
    a kind is a third of the archive, and intersecting it in Python cost more than the words themselves."""
    filters = request_filter(request)
    if parsed is None:
        return filters or wq.Every(), None
    if filters is None:
        return parsed, None
    try:
        return parsed, filter_docnums(searcher, filters, deadline)
    except TimeLimit:
        raise _too_slow() from None


def _sampled(searcher, narrowed: tuple[wq.Query, frozenset | None], limit: int, deadline: float) -> Matches:
    try:
        return sampled_matches(searcher, *narrowed, limit, deadline)
    except TimeLimit:
        raise _too_slow() from None
    except WhooshQueryError as error:
        raise QueryError(f"The search could not be run: {error}.") from None


def _day(value: date | None) -> datetime | None:
    return datetime(value.year, value.month, value.day) if value else None


class WhooshBackend:
    name = "whoosh"

    def search_condition(self, q: str) -> None:
        return None  # its index is no table of the database: the list gets ids (search_ids)

    def rank_order(self, q: str, ids: Sequence[int]) -> list[int]:
        raise NotImplementedError("only a backend that gives a search_condition ranks a list's ids")

    def search_ids(self, q: str, *, sort: str, limit: int | None) -> list[int]:
        parsed = parse_query(q)
        if parsed is None or limit == 0:
            return []
        searcher = whoosh_store.searcher()
        collector = searcher.collector(limit=limit, sortedby=_DATE_ORDER.get(sort))
        timed = TimeLimitCollector(collector, timelimit=SEARCH_TIME_LIMIT, use_alarm=False)  # alarms: main thread only
        try:
            searcher.search_with_collector(parsed, timed)
        except TimeLimit:
            raise _too_slow() from None
        except WhooshQueryError as error:
            raise QueryError(f"The search could not be run: {error}.") from None
        docnums = [docnum for docnum, _ in timed.results().items()]
        if not docnums:
            return []  # also: an index with no segment yet has no column to read
        ids = searcher.reader().column_reader("id")
        return [ids[docnum] for docnum in docnums]

    def search_page(self, q: str, request: SearchRequest, facet_lists: Sequence[FacetList] = ()) -> SearchPage:
        parsed = parse_query(q) if q else None
        if q and parsed is None:
            return SearchPage(ids=[], total=0, facets={facet: [] for each in facet_lists for facet in each.facets})
        searcher = whoosh_store.searcher()
        started = time.monotonic()
        deadline = started + SEARCH_TIME_LIMIT
        narrowed = _narrowed(searcher, parsed, request, deadline)
        # Two passes: the page alone is scored (a top-N collector skips blocks that cannot make it), and
        # the matches are listed unscored for the total and the facets, which is far cheaper than
        # scoring every match of a common word.
        page = []
        if request.limit:
            sortedby = _DATE_ORDER.get(request.sort) or (None if parsed is not None else _DATE_ORDER["newest"])
            page = self._collect(
                searcher, narrowed[0], started, limit=request.offset + request.limit, sortedby=sortedby, allowed=narrowed[1]
            )
        # The total and the facets: every match below the exact limit; above it an even sample of the
        # matches, its counts scaled up and the page told they are estimates (whoosh_sample).
        limit = settings.ARCHIVE_FACET_EXACT_LIMIT  # the list pages' limit (statements.research.estimates)
        matched = _sampled(searcher, narrowed, limit, deadline)
        table = facet_table(searcher) if page or facet_lists else None
        ids = [table.ids[docnum] for docnum in page[request.offset :]] if table else []
        facets = {}
        estimated = matched.estimated
        for each in facet_lists:
            counted = (
                matched if each.own
                else _sampled(searcher, _narrowed(searcher, parsed, each.request, deadline), limit, deadline)
            )
            estimated = estimated or counted.estimated
            for facet in each.facets:
                facets[facet] = order_facet(facet, counted.scaled(table.count(facet, counted.docnums)))
        return SearchPage(
            ids=ids, total=matched.total, facets={f: facets[f] for f in FACETS if f in facets}, estimated=estimated,
        )

    def _collect(self, searcher, query, started: float, *, limit=None, sortedby=None, allowed=None) -> list[int]:
        remaining = SEARCH_TIME_LIMIT - (time.monotonic() - started)
        if remaining <= 0:
            raise _too_slow()
        collector = searcher.collector(limit=limit, sortedby=sortedby)
        timed = AllowedTimeLimitCollector(collector, timelimit=remaining, allowed=allowed)
        try:
            searcher.search_with_collector(query, timed)
        except TimeLimit:
            raise _too_slow() from None
        except WhooshQueryError as error:
            raise QueryError(f"The search could not be run: {error}.") from None
        return [docnum for docnum, _ in timed.results().items()]

    def unknown_words(self, words: Sequence[str]) -> list[str]:
        reader = whoosh_store.searcher().reader()
        return [word for word in words if not reader.frequency("words", word) and not reader.frequency("speaker", word)]

    def vocabulary_near(self, word: str) -> list[tuple[str, int]]:
        """Indexed words (statement text and speaker names) sharing the first letter of `word` and
        about its length, with their document frequencies: the candidates for "did you mean"."""
        reader = whoosh_store.searcher().reader()
        found: dict[str, int] = {}
        for fieldname in ("words", "speaker"):
            for btext in reader.expand_prefix(fieldname, word[:1]):
                candidate = btext.decode("utf-8") if isinstance(btext, bytes) else btext
                if abs(len(candidate) - len(word)) <= 2:
                    found[candidate] = max(found.get(candidate, 0), reader.doc_frequency(fieldname, candidate))
        return list(found.items())

    def highlight(self, q: str, texts: Mapping[int, str]) -> dict[int, str]:
        return highlight_texts(parse_query(q), texts, whoosh_store.searcher().reader())

    @contextmanager
    def writer_lock(self, *, wait: bool) -> Iterator[bool]:
        with whoosh_store.writer_lock(wait=wait, timeout=LOCK_TIMEOUT) as held:
            yield held

    def replace_documents(self, statement_ids: Sequence[int], documents: Iterable[IndexedDocument]) -> None:
        _, ix = whoosh_store.open_current()
        writer = ix.writer(timeout=WHOOSH_LOCK_TIMEOUT, procs=1, limitmb=BATCH_LIMIT_MB)
        try:
            # One searcher for the whole batch (the writer closes it): delete_by_term without one opens a
            # searcher per call, which is what makes update_document per row so slow.
            searcher = writer.searcher()
            for statement_id in statement_ids:
                writer.delete_by_term("id", statement_id, searcher=searcher)
            for document in documents:
                writer.add_document(**whoosh_fields(document))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def rebuild(self, documents: Iterable[IndexedDocument]) -> int:
        root = whoosh_store.index_root()
        generation, ix = whoosh_store.create_generation(root)
        writer = ix.writer(timeout=WHOOSH_LOCK_TIMEOUT, procs=1, limitmb=REBUILD_LIMIT_MB)
        count = 0
        try:
            for document in documents:
                writer.add_document(**whoosh_fields(document))
                count += 1
        except BaseException:
            writer.cancel()
            whoosh_store.discard_generation(root, generation)
            raise
        writer.commit()
        whoosh_store.switch_to(root, generation)
        return count

    def indexed_hashes(self) -> dict[int, str]:
        _, ix = whoosh_store.open_current()
        hashes: dict[int, str] = {}
        with ix.searcher() as searcher:
            for _, stored in searcher.reader().iter_docs():
                statement_id = stored["id"]
                # An id indexed twice is wrong whatever its hashes: "" never equals a real one.
                hashes[statement_id] = "" if statement_id in hashes else stored["content_hash"]
        return hashes
