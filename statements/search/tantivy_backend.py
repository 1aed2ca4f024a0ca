"""The Tantivy backend: an embedded engine in Rust, for archives past what Whoosh answers in time.

Same queue, commands and behaviour as the Whoosh backend; the index lives under
ARCHIVE_INDEX_DIR/tantivy/. Tantivy cannot interrupt a running search, so the time budget is kept
by refusing costly queries up front (query_guards, query_syntax) and measured in benchmarks/search.py;
a search that still overran is reported to the log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from rapidfuzz.distance import Levenshtein
from tantivy import Occur, Order, Query

from statements.search import query_syntax, tantivy_store
from statements.search.documents import IndexedDocument
from statements.search.highlighting import mark_text
from statements.search.requests import FACET_VALUES, FACETS, FacetList, SearchPage, SearchRequest, order_facet
from statements.search.tantivy_query import Translated, analyse, date_range_query, translate
from statements.search.tantivy_schema import SCHEMA, tantivy_document

logger = logging.getLogger(__name__)

SEARCH_TIME_LIMIT = 0.3  # seconds: past it a search is logged (it cannot be stopped midway)
LOCK_TIMEOUT = 0.25
BATCH_HEAP = 64_000_000
REBUILD_HEAP = 256_000_000
REBUILD_THREADS = 2
FACET_FIELDS = {"speaker": "speaker_slug", "conflict": "conflict", "year": "year", "outlet": "outlet", "kind": "kind"}
_ORDER = {"newest": ("newest", Order.Desc), "oldest": ("oldest", Order.Asc)}
_MATCH_ALL = 1 << 31  # "every match" as a limit


class TantivyBackend:
    name = "tantivy"

    def search_condition(self, q: str) -> None:
        return None  # its index is no table of the database: the list gets ids (search_ids)

    def rank_order(self, q: str, ids: Sequence[int]) -> list[int]:
        raise NotImplementedError("only a backend that gives a search_condition ranks a list's ids")

    def search_ids(self, q: str, *, sort: str, limit: int | None) -> list[int]:
        if limit == 0:
            return []
        node = query_syntax.parse(q)
        if node is None:
            return []
        searcher = tantivy_store.current_index().searcher()
        if not searcher.num_docs:
            return []
        return _ids(searcher, translate(node).query, sort, 0, min(limit or searcher.num_docs, searcher.num_docs))

    def search_page(self, q: str, request: SearchRequest, facet_lists: Sequence[FacetList] = ()) -> SearchPage:
        started = time.monotonic()
        node = query_syntax.parse(q) if q else None
        if q and node is None:
            return SearchPage(ids=[], total=0, facets={facet: [] for each in facet_lists for facet in each.facets})
        searcher = tantivy_store.current_index().searcher()
        words = translate(node).query if node is not None else None
        query = _with_filters(words, request)
        if request.limit:
            result = searcher.search(query, request.limit, count=True, offset=request.offset, **_sort(request.sort, words))
            total = result.count
            ids = searcher.fast_field_values("id", [address for _, address in result.hits]) if result.hits else []
        else:
            ids, total = [], searcher.search(query, 1, count=True).count
        facets = {}
        for each in facet_lists:
            counted = query if each.own else _with_filters(words, each.request)
            facets.update(_facets(searcher, counted, list(each.facets)))
        elapsed = time.monotonic() - started
        if elapsed > SEARCH_TIME_LIMIT:
            logger.warning("tantivy search over budget (%.0f ms): %r", elapsed * 1000, q)
        return SearchPage(ids=list(ids), total=total, facets={f: facets[f] for f in FACETS if f in facets})

    def unknown_words(self, words: Sequence[str]) -> list[str]:
        searcher = tantivy_store.current_index().searcher()
        return [w for w in words if not searcher.doc_freq("words", w) and not searcher.doc_freq("speaker", w)]

    def vocabulary_near(self, word: str) -> list[tuple[str, int]]:
        searcher = tantivy_store.current_index().searcher()
        found: dict[str, int] = {}
        for field in ("words", "speaker"):
            for term, frequency in searcher.terms_with_prefix(field, word[:1]):
                if abs(len(term) - len(word)) <= 2:
                    found[term] = max(found.get(term, 0), frequency)
        return list(found.items())

    def highlight(self, q: str, texts: Mapping[int, str]) -> dict[int, str]:
        node = query_syntax.parse(q)
        wanted = translate(node) if node is not None else Translated(query=Query.empty_query())
        return {key: mark_text(text, _matcher(wanted)) for key, text in texts.items()}

    @contextmanager
    def writer_lock(self, *, wait: bool) -> Iterator[bool]:
        with tantivy_store.writer_lock(wait=wait, timeout=LOCK_TIMEOUT) as held:
            yield held

    def replace_documents(self, statement_ids: Sequence[int], documents: Iterable[IndexedDocument]) -> None:
        index = tantivy_store.current_index()
        writer = index.writer(BATCH_HEAP, 1)
        try:
            if statement_ids:
                # By query: delete_documents_by_term types a Python int as i64, which never equals the u64 id.
                writer.delete_documents_by_query(Query.term_set_query(SCHEMA, "id", list(statement_ids)))
            for document in documents:
                writer.add_document(tantivy_document(document))
        except BaseException:
            writer.rollback()
            writer.wait_merging_threads()
            raise
        writer.commit()
        writer.wait_merging_threads()  # releases Tantivy's own writer lock for the next batch

    def rebuild(self, documents: Iterable[IndexedDocument]) -> int:
        root = tantivy_store.index_root()
        generation, index = tantivy_store.create_generation(root)
        writer = index.writer(REBUILD_HEAP, REBUILD_THREADS)
        count = 0
        try:
            for document in documents:
                writer.add_document(tantivy_document(document))
                count += 1
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            tantivy_store.discard_generation(root, generation)
            raise
        tantivy_store.switch_to(root, generation)
        return count

    def indexed_hashes(self) -> dict[int, str]:
        searcher = tantivy_store.current_index().searcher()
        hashes: dict[int, str] = {}
        if not searcher.num_docs:
            return hashes
        for _, address in searcher.search(Query.all_query(), searcher.num_docs).hits:
            stored = searcher.doc(address)
            statement_id = stored["id"][0]
            hashes[statement_id] = "" if statement_id in hashes else stored["content_hash"][0]
        return hashes


def _with_filters(words: Query | None, request: SearchRequest) -> Query:
    clauses = [(Occur.Must, words)] if words is not None else []
    for field, values in (("speaker_slug", request.speakers), ("conflict", request.conflicts),
                          ("kind", request.kinds), ("outlet", request.outlets),
                          ("country", [value.lower() for value in request.countries])):
        if values:
            # A constant score of 0: filters narrow, the words alone rank.
            clauses.append((Occur.Must, Query.const_score_query(Query.term_set_query(SCHEMA, field, values), 0.0)))
    if request.date_after or request.date_before:
        dates = date_range_query(request.date_after, request.date_before)
        clauses.append((Occur.Must, Query.const_score_query(dates, 0.0)))
    if not clauses:
        return Query.all_query()
    return clauses[0][1] if len(clauses) == 1 and words is not None else Query.boolean_query(clauses)


def _sort(sort: str, words: Query | None) -> dict:
    if sort == "relevance" and words is not None:
        return {}
    field, order = _ORDER.get(sort, _ORDER["newest"])
    return {"order_by_field": field, "order": order}


def _ids(searcher, query: Query, sort: str, offset: int, limit: int) -> list[int]:
    result = searcher.search(query, limit, count=False, offset=offset, **_sort(sort, query))
    return list(searcher.fast_field_values("id", [address for _, address in result.hits])) if result.hits else []


def _facets(searcher, query: Query, facets: list[str]) -> dict[str, list[tuple[str, int]]]:
    if not facets:
        return {}
    # segment_size: every value of every segment is counted, so the counts are exact, not Tantivy's
    # default per-segment top-N estimate.
    spec = {
        facet: {"terms": {"field": FACET_FIELDS[facet], "size": FACET_VALUES, "segment_size": 65_000}}
        for facet in facets
    }
    result = searcher.aggregate(query, spec)
    return {
        facet: order_facet(facet, {str(bucket["key"]): bucket["doc_count"] for bucket in result[facet]["buckets"]})
        for facet in facets
    }


def _matcher(wanted: Translated):
    prefixes = tuple(wanted.prefixes)
    stems: dict[str, str] = {}

    def matches(word: str) -> bool:
        if word not in stems:
            stems[word] = next(iter(analyse(word, True)), "")
        if stems[word] in wanted.stems or (prefixes and word.startswith(prefixes)):
            return True
        return any(Levenshtein.distance(word, fuzzy, score_cutoff=edits) <= edits for fuzzy, edits in wanted.fuzzy)

    return matches

