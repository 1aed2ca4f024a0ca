"""The archive's query language parsed into a small tree that any backend can translate.

The Whoosh backend has its own parser (Whoosh's, configured in whoosh_query); the other backends
translate this tree, so the language is written down once for them:

    words                      every word must match (AND is implied)
    "exact phrase"             words next to each other, in order
    AND  OR  NOT  -word  +word ( )
    speaker:peskov speaker:dmitry-peskov conflict:kosovo-serbia outlet:tass kind:direct title:summit
    context:kosovo             a word of the statement's paragraph or of its conflicts' names and places
    date:2023  date:2023-09  date:2023-09-05  date:[2023-01 to 2023-06]  date:[2023-06 to]
    demarcat*                  a trailing wildcard (at least two letters before it)
    zakharova~  zakharova~2    a fuzzy word (one or two edits)

The input is already cleaned and length- and nesting-checked (query_guards). Errors are QueryError
with a message saying what to change.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from statements.search.errors import QueryError

DATE_HELP = "write a date as date:2023, date:2023-09, date:2023-09-05 or date:[2023-01 to 2023-06]"
TEXT_FIELDS = ("text", "context", "speaker", "title")  # a word's field; None means all of them (unprefixed)
# How much a match of an unprefixed word in each field weighs, in every backend: the statement's own
# words most; then its context (paragraph; conflicts' names, aliases and places: IndexedDocument.context)
# and its speaker's names and roles; the article's title least. A statement that says the word ranks
# above one found only by what surrounds it.
FIELD_WEIGHTS = {"text": 1.0, "speaker": 0.5, "context": 0.4, "title": 0.25}
FILTER_FIELDS = ("conflict", "outlet", "kind")
FIELDS = TEXT_FIELDS + FILTER_FIELDS + ("date",)
MAX_FUZZY_EDITS = 2
MIN_FUZZY_LENGTH = 3
MIN_WILDCARD_PREFIX = 2
MAX_TERMS = 30


@dataclass(frozen=True)
class Word:
    field: str | None
    text: str


@dataclass(frozen=True)
class Phrase:
    field: str | None
    text: str  # the words inside the quotes, as typed


@dataclass(frozen=True)
class Prefix:
    field: str | None
    text: str  # before the *


@dataclass(frozen=True)
class Fuzzy:
    field: str | None
    text: str
    edits: int


@dataclass(frozen=True)
class Match:
    """A filter field equal to a value: conflict, outlet or kind slugs, or a speaker's slug."""

    field: str  # conflict, outlet, kind, speaker_slug
    value: str


@dataclass(frozen=True)
class DateRange:
    start: date | None
    end: date | None  # inclusive


@dataclass(frozen=True)
class And:
    children: tuple


@dataclass(frozen=True)
class Or:
    children: tuple


@dataclass(frozen=True)
class Not:
    child: object


Node = Word | Phrase | Prefix | Fuzzy | Match | DateRange | And | Or | Not

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<open>\()
    | (?P<close>\))
    | (?P<field>[A-Za-z_]+):(?=\S)
    | (?P<phrase>"[^"]*"?)
    | (?P<range>\[[^\]]*\]?)
    | (?P<word>[^\s()"]+)
    )""",
    re.VERBOSE,
)
_FUZZY = re.compile(r"^(?P<text>.+?)~(?P<edits>\d*)$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse(q: str) -> Node | None:
    """The tree for `q`, or None when nothing searchable is left (only punctuation, say)."""
    node = _parse_tree(q, strict=True)
    if node is not None:
        _check(node)
    return node


def check_structure(q: str) -> None:
    """Refuse, with what was not understood, what no backend can search: an unmatched bracket, AND / OR /
    NOT with nothing on one side, a search that only excludes. The Whoosh backend runs this before its
    own parser, which would quietly drop such parts; the words themselves are left to each backend."""
    node = _parse_tree(q, strict=False)
    if node is not None:
        _check_positive(node)


def _parse_tree(q: str, *, strict: bool):
    tokens = _tokens(q)
    parser = _Parser(tokens, strict=strict)
    node = parser.parse_or()
    if parser.position < len(tokens):
        raise QueryError("The search has a “)” without a matching “(”: remove it or add the opening one.")
    return _simplify(node)


def _operator_error(operator: str) -> QueryError:
    where = "after it" if operator == "NOT" else "on each side"
    example = "ceasefire NOT sanctions" if operator == "NOT" else f"ceasefire {operator} truce"
    return QueryError(f"“{operator}” needs a word {where}, as in {example}: add one or remove the {operator}.")


def _tokens(q: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    while position < len(q):
        if q[position:].isspace():
            break
        match = _TOKEN.match(q, position)
        if not match or match.end() == position:
            raise QueryError("The search could not be understood: check its quotes, brackets and operators.")
        kind = match.lastgroup
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens, *, strict: bool = True):
        self.tokens = tokens
        self.position = 0
        # Not strict: only the structure matters (check_structure), any word or field value is a leaf.
        self.strict = strict

    def peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else (None, None)

    def take(self):
        token = self.peek()
        self.position += 1
        return token

    def parse_or(self):
        children = [self.parse_and()]
        while self.peek() == ("word", "OR"):
            self.take()
            children.append(self.parse_and())
        if len(children) > 1 and any(child == And(()) for child in children):
            raise _operator_error("OR")
        return Or(tuple(children)) if len(children) > 1 else children[0]

    def parse_and(self):
        children = []
        while True:
            kind, value = self.peek()
            if kind is None or kind == "close" or (kind, value) == ("word", "OR"):
                break
            if (kind, value) == ("word", "AND"):
                self.take()
                following = self.peek()
                if not children or following[0] in (None, "close") or following in (("word", "OR"), ("word", "AND")):
                    raise _operator_error("AND")
                continue
            children.append(self.parse_unary())
        return And(tuple(children))

    def parse_unary(self):
        kind, value = self.peek()
        if (kind, value) == ("word", "NOT"):
            self.take()
            following = self.peek()
            if following[0] in (None, "close") or following in (("word", "OR"), ("word", "AND")):
                raise _operator_error("NOT")
            return Not(self.parse_unary())
        if kind == "word" and value.startswith("-") and len(value) > 1:
            self.tokens[self.position] = ("word", value[1:])
            return Not(self.parse_unary())
        if kind == "word" and value.startswith("+") and len(value) > 1:
            self.tokens[self.position] = ("word", value[1:])
        return self.parse_atom()

    def parse_atom(self):
        kind, value = self.take()
        if kind == "open":
            node = self.parse_or()
            if self.take()[0] != "close":
                raise QueryError("The search has a “(” without a matching “)”: close it or remove it.")
            return node
        if kind == "field":
            return self.parse_field(value.lower()) if self.strict else self.lenient_field(value.lower())
        if not self.strict and kind in ("phrase", "word", "range"):
            return Word(None, value)
        if kind == "phrase":
            return _phrase(None, value)
        if kind == "word":
            return _word(None, value)
        if kind == "range":
            raise QueryError(f"Ranges work on dates only: {DATE_HELP}.")
        raise QueryError("The search could not be understood: check its quotes, brackets and operators.")

    def lenient_field(self, name):
        kind, value = self.peek()
        if kind == "open":  # speaker:(peskov OR zakharova)
            self.take()
            node = self.parse_or()
            if self.take()[0] != "close":
                raise QueryError("The search has a “(” without a matching “)”: close it or remove it.")
            return node
        if kind in ("word", "phrase", "range"):
            self.take()
            return Match(name, value)
        return Word(None, name)

    def parse_field(self, name):
        if name == "said_on":
            name = "date"
        if name not in FIELDS:
            # Not a field the archive has ("ukraine:" in pasted text, "http://..."): the words as typed.
            kind, value = self.peek()
            if kind in ("word", "phrase"):
                self.take()
                return Phrase(None, f"{name} {_strip_quotes(value) if kind == 'phrase' else value}")
            return Word(None, name)
        kind, value = self.take()
        if kind == "open":  # speaker:(peskov OR zakharova)
            node = self.parse_or()
            if self.take()[0] != "close":
                raise QueryError("The search has a “(” without a matching “)”: close it or remove it.")
            return _with_field(node, name)
        if name == "date":
            if kind == "range":
                return _date_range(value)
            if kind == "word":
                return _date(value)
            raise QueryError(f"“{value}” is not a date: {DATE_HELP}.")
        if kind == "phrase":
            return _phrase(name, value) if name in TEXT_FIELDS else Match(name, _strip_quotes(value).strip().lower())
        if kind != "word":
            raise QueryError(f"“{name}:” needs a value after it, such as {name}:{_EXAMPLES.get(name, 'word')}.")
        return _field_word(name, value)


_EXAMPLES = {"speaker": "peskov", "conflict": "kosovo-serbia", "outlet": "tass", "kind": "direct", "title": "summit"}


def _field_word(name: str, value: str) -> Node:
    if name in FILTER_FIELDS:
        return Match(name, value.lower())
    if name == "speaker" and "-" in value and not value.endswith(("*", "~")) and "~" not in value:
        # speaker:dmitry-peskov is a slug, speaker:peskov a word of one of the names.
        return Or((Match("speaker_slug", value.lower()), _word("speaker", value)))
    if name == "speaker" and not value.endswith("*") and "~" not in value:
        return Or((Match("speaker_slug", value.lower()), _word("speaker", value)))
    return _word(name, value)


def _with_field(node, name):
    if isinstance(node, Word):
        return _field_word(name, node.text) if name in FILTER_FIELDS + ("speaker",) else Word(name, node.text)
    if isinstance(node, Phrase):
        return Phrase(name, node.text)
    if isinstance(node, Prefix):
        return Prefix(name, node.text)
    if isinstance(node, Fuzzy):
        return Fuzzy(name, node.text, node.edits)
    if isinstance(node, (And, Or)):
        return type(node)(tuple(_with_field(child, name) for child in node.children))
    if isinstance(node, Not):
        return Not(_with_field(node.child, name))
    return node


def _strip_quotes(value: str) -> str:
    return value[1:-1] if len(value) > 1 and value.endswith('"') else value[1:]


def _phrase(name, value):
    return Phrase(name, _strip_quotes(value))


def _word(name, value):
    fuzzy = _FUZZY.match(value)
    if fuzzy:
        edits = int(fuzzy.group("edits") or 1)
        text = fuzzy.group("text")
        if edits > MAX_FUZZY_EDITS:
            raise QueryError(f"Fuzzy matching allows at most {MAX_FUZZY_EDITS} edits: write {text}~{MAX_FUZZY_EDITS}.")
        if len(text) < MIN_FUZZY_LENGTH:
            raise QueryError(f"Fuzzy matching (~) needs a word of at least {MIN_FUZZY_LENGTH} letters.")
        return Fuzzy(name, text, edits)
    if value == "*":
        raise QueryError("A search for everything (*) is not allowed: add a word, or use the filters instead.")
    if "*" in value or "?" in value:
        if value[0] in "*?":
            raise QueryError(f"A word cannot start with a wildcard (“{value}”): put * or ? after some letters.")
        first = min(i for i in (value.find("*"), value.find("?")) if i >= 0)
        if first < MIN_WILDCARD_PREFIX:
            raise QueryError(
                f"A wildcard needs at least {MIN_WILDCARD_PREFIX} letters before it (“{value}” would match too much)."
            )
        if first != len(value) - 1 or value[-1] != "*":
            raise QueryError(f"Only a trailing * is available with this search engine: write {value[:first]}*.")
        return Prefix(name, value[:-1])
    return Word(name, value)


def _date(value: str) -> DateRange:
    start, end = _period(value)
    return DateRange(start, end)


def _period(value: str) -> tuple[date, date]:
    match = _DATE.match(value.strip())
    if not match:
        raise QueryError(f"“{value}” is not a date: {DATE_HELP}.")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if day:
            return date(year, month, day), date(year, month, day)
        if month:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise QueryError(f"“{value}” is not a date: {DATE_HELP}.") from None


def _date_range(value: str) -> DateRange:
    inner = value.strip("[]").strip()
    parts = re.split(r"\s+to\s+|\s+to$|^to\s+", inner, flags=re.IGNORECASE)
    if len(parts) != 2 or not any(part.strip() for part in parts):
        raise QueryError(f"“{value}” is not a date range: {DATE_HELP}.")
    first, last = (part.strip() for part in parts)
    try:
        start = _period(first)[0] if first else None
        end = _period(last)[1] if last else None
    except QueryError:
        raise QueryError(f"“{value}” is not a date range: {DATE_HELP}.") from None
    if start and end and start > end:
        raise QueryError(f"The date range {value} ends before it starts.")
    return DateRange(start, end)


def _simplify(node):
    """Drop empty groups, unwrap groups of one; None when nothing is left."""
    if isinstance(node, (And, Or)):
        children = tuple(c for c in (_simplify(child) for child in node.children) if c is not None)
        if not children:
            return None
        return children[0] if len(children) == 1 else type(node)(children)
    if isinstance(node, Not):
        child = _simplify(node.child)
        return None if child is None else Not(child)
    return node


def _check(node) -> None:
    if sum(1 for _ in walk(node)) > MAX_TERMS:
        raise QueryError("The search has too many words and filters: remove some.")
    _check_positive(node)


def _check_positive(node) -> None:
    if not any(not negated for _, negated in walk(node)):
        excluded = " ".join(_shown(leaf) for leaf, _ in walk(node))
        raise QueryError(
            f"The search only says what to leave out ({excluded}), not what to find: add a word to find, "
            "as in “ceasefire -peacekeepers”, or list statements with the filters."
        )


def _shown(leaf) -> str:
    text = getattr(leaf, "text", None) or getattr(leaf, "value", None)
    return str(text) if text else "a date"


def walk(node, negated: bool = False):
    """Every leaf of the tree, with whether it sits under a NOT."""
    if isinstance(node, (And, Or)):
        for child in node.children:
            yield from walk(child, negated)
    elif isinstance(node, Not):
        yield from walk(node.child, not negated)
    else:
        yield node, negated
