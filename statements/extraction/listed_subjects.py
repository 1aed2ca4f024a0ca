"""Subjects that list or qualify several parties, found for mentions.py: "The United States, France, and Britain
condemned" (the list whole), a list a participle governs inside an apposition ("The G7 Foreign Ministers, representing
Canada, France and Italy, have issued"), "Countries bordering Belarus" (the people or states, not the object).
"""

from __future__ import annotations

import re

from statements.extraction.countries import country_of
from statements.extraction.cues import PEOPLE_PLURALS
from statements.extraction.noun_phrases import Mention, Token, collect_backward

PREPOSITIONS = frozenset("in at on from to with by for of near outside inside across".split())
STATE_PLURALS = frozenset("countries states nations governments powers".split())  # ("Western powers")
_OBJECT_THEN_NAME = re.compile(r"(?:a|an)\s+[a-z][\w-]*\s+and\s+(?=[A-Z])")
# "Countries bordering Belarus have warned", "Residents living near the plant said": plural people or states with a
# participle whose object the subject finder reached first
_PLURAL_AND_PARTICIPLE = re.compile(r"(?<![\w’'-])(?:[A-Za-z][\w’'-]*\s+){0,2}?(?P<head>[A-Za-z]+s)\s+[a-z]+ing\s+"
                                    r"(?:(?:near|in|at|to|on|from|the|of)\s+){0,2}$")


def listed_subject(masked: str, floor: int, tokens: list[Token], mention: Mention) -> Mention:
    """"The United States, France and Britain condemned": the list, not its last two members."""
    index = next(i for i, token in enumerate(tokens) if token.start == mention.start)
    object_then_name = _OBJECT_THEN_NAME.match(mention.text)
    if object_then_name is not None and index > 0 and tokens[index - 1].text.islower():
        # "Neither Kasich nor Rubio has won a state and Cruz strongly suggested": the object of the clause before,
        # then the next clause's subject
        at = mention.start + object_then_name.end()
        return Mention(masked[at : mention.end], at, mention.end, mention.apposition)
    start = mention.start
    serial = after_serial_and(tokens, mention)
    if serial:
        index -= 1  # "Egypt, Qatar, and the United States": the comma before the last "and" is the list's too
    items = 1
    while index >= 2 and tokens[index - 1].text == ",":
        item = collect_backward(tokens[: index - 1])
        if item is None or " " in item.text.strip() and len(item.text.split()) > 4 or not item.text[:1].isupper():
            break
        at = next(i for i, token in enumerate(tokens) if token.start == item.start)
        if at > 0 and tokens[at - 1].low in PREPOSITIONS:
            break  # "In Tel Aviv, the Hostages and Missing Families Forum said": a setting, no item of a list
        start = item.start
        items += 1
        index = at
    if start == mention.start or serial and items < 3:
        return mention  # ("The talks ended on Monday, and Russia said": two clauses, no list)
    return Mention(masked[start : mention.end], start, mention.end, mention.apposition)


def after_serial_and(tokens: list[Token], mention: Mention) -> bool:
    """Whether `mention` follows the ", and" that closes a list ("France, Germany, and Britain")."""
    index = next(i for i, token in enumerate(tokens) if token.start == mention.start)
    return index >= 2 and tokens[index - 1].low == "and" and tokens[index - 2].text == ","


def countries_listed(masked: str, floor: int, tokens: list[Token], mention: Mention) -> Mention:
    """"The United States, Britain and Norway, known as the Troika, welcomed": a list of countries before an
    apposition is the subject whole (other lists keep their last two names: "Minister of Industry, Investment and
    Commerce, Aubyn Hill,")."""
    listed = listed_subject(masked, floor, tokens, mention)
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", re.sub(r"^[Tt]he\s+", "", listed.text))
    return listed if all(country_of(item) for item in items) else mention


def bordering(masked: str, floor: int, mention: Mention) -> Mention:
    """"Countries bordering Belarus" for a subject finder that stopped at "Belarus"."""
    found = _PLURAL_AND_PARTICIPLE.search(masked, max(floor, mention.start - 60), mention.start)
    if found is None or found["head"].lower() not in PEOPLE_PLURALS | STATE_PLURALS:
        return mention
    return Mention(masked[found.start() : mention.end], found.start(), mention.end)


def listed_object(tokens: list[Token], head: Mention) -> bool:
    """Whether `head`, ending `tokens`, is an item of a list that a participle or a preposition governs
    ("representing Canada, France": France)."""
    at = next((i for i, t in enumerate(tokens) if t.start == head.start), 0)
    while at >= 2 and tokens[at - 1].text == ",":
        item = collect_backward(tokens[: at - 1])
        if item is None or not item.text[:1].isupper():
            return False
        at = next((i for i, t in enumerate(tokens) if t.start == item.start), 0)
    word = tokens[at - 1] if at else None
    return word is not None and word.is_word and word.text.islower() and (
        word.low.endswith("ing") or word.low in PREPOSITIONS)
