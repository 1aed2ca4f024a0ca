"""Pages of a statement list that stay fast however deep they go.

A date-sorted list is paged by keyset: the Next link carries a cursor, the date and id of the last
statement shown (`cursor=after.2023-09-19.1234`), and the next page is the rows past it in the sort
order, read through the (said_on, id) index, never an OFFSET that grows with the page number. Previous
links carry `cursor=before.<first row>`. `page` stays what the query-string contract says it is: alone
it is a page number (read with OFFSET, fine for the first pages people type in); beside a cursor it
only labels the page.

A relevance-ranked search is already a list of ids in memory; its pages are slices of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from django.db.models import F, Q, QuerySet
from django.http import QueryDict

NEWEST, OLDEST = "newest", "oldest"
UNDATED = "undated"


class PageError(ValueError):
    """The requested page is not a page of this list; the message says what would be."""


@dataclass(frozen=True)
class Cursor:
    direction: str  # "after" the row (the next page) or "before" it (the previous page)
    said_on: date | None
    pk: int

    def encode(self) -> str:
        day = self.said_on.isoformat() if self.said_on else UNDATED
        return f"{self.direction}.{day}.{self.pk}"

    @classmethod
    def parse(cls, text: str) -> Cursor:
        try:
            direction, day, pk = text.split(".")
            if direction not in ("after", "before"):
                raise ValueError(direction)
            return cls(direction, None if day == UNDATED else date.fromisoformat(day), int(pk))
        except ValueError:
            raise PageError(
                f"cursor={text} is not a position in this list; follow the page links, or use page=N."
            ) from None

    @classmethod
    def of(cls, direction: str, statement) -> Cursor:
        return cls(direction, statement.said_on, statement.pk)


@dataclass
class ResultPage:
    """One page of a list, with the query strings of its neighbours (None where there is none)."""

    object_list: list
    number: int
    count: int
    page_size: int
    next_query: str | None = None
    previous_query: str | None = None
    first_query: str | None = None
    estimated: bool = False  # `count` (and so num_pages) is an estimate: "about"

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / self.page_size))

    @property
    def has_other_pages(self) -> bool:
        return bool(self.next_query or self.previous_query)

    @property
    def has_next(self) -> bool:
        return self.next_query is not None

    @property
    def has_previous(self) -> bool:
        return self.previous_query is not None

    @property
    def start_index(self) -> int:
        return (self.number - 1) * self.page_size + 1 if self.object_list else 0

    @property
    def end_index(self) -> int:
        return self.start_index + len(self.object_list) - 1 if self.object_list else 0


def page_number(page_param: str | None) -> int:
    if page_param in (None, ""):
        return 1
    try:
        number = int(page_param)
    except ValueError:
        raise PageError(f"page={page_param} is not a page number; use a whole number such as 2.") from None
    if number < 1:
        raise PageError(f"There is no page {number}: pages are numbered from 1.")
    return number


def _check_in_range(number: int, count: int, page_size: int) -> None:
    pages = max(1, math.ceil(count / page_size))
    if number > pages:
        shown = "1 page" if pages == 1 else f"pages 1 to {pages}"
        raise PageError(f"There is no page {number}: this list has {shown}.")


def paginate_ids(ids: list[int], params: QueryDict, page_size: int) -> ResultPage:
    """A page of a ranked id list (object_list holds ids; the caller loads the rows)."""
    if params.get("cursor"):
        raise PageError("cursor= only works with a date sort (newest or oldest); use page=N for best matches.")
    number = page_number(params.get("page"))
    _check_in_range(number, len(ids), page_size)
    start = (number - 1) * page_size
    page = ResultPage(ids[start : start + page_size], number, len(ids), page_size)
    if start + page_size < len(ids):
        page.next_query = _query(params, page=number + 1)
    if number > 1:
        page.previous_query = _query(params, page=number - 1)
        page.first_query = _query(params)
    return page


def paginate_by_date(
    queryset: QuerySet, order: str, params: QueryDict, page_size: int, *, count: int | None = None,
    estimated: bool = False,
) -> ResultPage:
    """A page of a queryset in `order` (newest or oldest, undated last), by cursor when one is given.

    `count` is the queryset's count when the caller knows it already (a cached one): counting every
    match costs more than reading a page of them. An `estimated` count does not refuse page numbers
    past it: a page past the end is empty.
    """
    if count is None:
        count = queryset.count()
    raw_cursor = params.get("cursor")
    if raw_cursor:
        cursor = Cursor.parse(raw_cursor)
        number = page_number(params.get("page")) if params.get("page") else None
        rows = _rows_from(queryset, order, cursor, page_size + 1)
    else:
        cursor = None
        number = page_number(params.get("page"))
        if not estimated:
            _check_in_range(number, count, page_size)
        start = (number - 1) * page_size
        rows = list(_ordered(queryset, order)[start : start + page_size + 1])
    more_on_this_side = len(rows) > page_size
    if cursor and cursor.direction == "before":
        rows = rows[-page_size:] if more_on_this_side else rows
    else:
        rows = rows[:page_size]
    if number is None:  # a hand-made or shortened URL: work out where the page starts
        number = _rows_before(queryset, order, rows[0]) // page_size + 1 if rows else 1
    page = ResultPage(rows, number, count, page_size, estimated=estimated)
    has_next = more_on_this_side if not cursor or cursor.direction == "after" else bool(rows)
    has_previous = number > 1 if not cursor or cursor.direction == "after" else more_on_this_side
    if rows and has_next:
        page.next_query = _query(params, page=number + 1, cursor=Cursor.of("after", rows[-1]).encode())
    if rows and has_previous:
        previous = number - 1
        page.previous_query = (
            _query(params) if previous <= 1
            else _query(params, page=previous, cursor=Cursor.of("before", rows[0]).encode())
        )
        page.first_query = _query(params)
    return page


def _ordered(queryset: QuerySet, order: str) -> QuerySet:
    if order == OLDEST:
        return queryset.order_by(F("said_on").asc(nulls_last=True), "id")
    return queryset.order_by(F("said_on").desc(nulls_last=True), "-id")


def _rows_from(queryset: QuerySet, order: str, cursor: Cursor, limit: int) -> list:
    descending = order != OLDEST
    if cursor.direction == "after":
        return list(_ordered(queryset.filter(_after(cursor, descending)), order)[:limit])
    # Rows before the cursor, nearest first: read backwards, then put back in page order.
    backwards = queryset.filter(_before(cursor, descending)).order_by(
        F("said_on").asc(nulls_first=True) if descending else F("said_on").desc(nulls_first=True),
        "id" if descending else "-id",
    )
    return list(reversed(list(backwards[:limit])))


def _after(cursor: Cursor, descending: bool) -> Q:
    """Rows that come after the cursor's row in the sort order (undated rows come last, by id)."""
    id_past = Q(id__lt=cursor.pk) if descending else Q(id__gt=cursor.pk)
    if cursor.said_on is None:
        return Q(said_on__isnull=True) & id_past
    date_past = Q(said_on__lt=cursor.said_on) if descending else Q(said_on__gt=cursor.said_on)
    return date_past | (Q(said_on=cursor.said_on) & id_past) | Q(said_on__isnull=True)


def _before(cursor: Cursor, descending: bool) -> Q:
    id_before = Q(id__gt=cursor.pk) if descending else Q(id__lt=cursor.pk)
    if cursor.said_on is None:
        return Q(said_on__isnull=False) | (Q(said_on__isnull=True) & id_before)
    date_before = Q(said_on__gt=cursor.said_on) if descending else Q(said_on__lt=cursor.said_on)
    return date_before | (Q(said_on=cursor.said_on) & id_before)


def _rows_before(queryset: QuerySet, order: str, row) -> int:
    return queryset.filter(_before(Cursor.of("before", row), order != OLDEST)).count()


def _query(params: QueryDict, **position) -> str:
    """`params` with the position replaced: the query string of another page of the same list."""
    query = params.copy()
    for key in ("page", "cursor"):
        query.pop(key, None)
    for key, value in position.items():
        query[key] = str(value)
    if "format" in query:  # page links lead to pages, not to exports
        del query["format"]
    return "?" + query.urlencode() if query else "?"
