"""Acronyms an article spells out: in brackets after the name ("Rapid Support Forces (RSF)"), or by initials of a
name it wrote without them ("HCSO" after "the Harris County Sheriff's Office"). `ArticleNames.acronym` asks here and
remembers the answers.
"""

from __future__ import annotations

import re

from statements.extraction.countries import country_of
from statements.extraction.cues import MONTHS, WEEKDAYS
from statements.text import CAPITAL

_CAP = f"[{CAPITAL}]"
# "Rapid Support Forces (RSF)", "Médecins Sans Frontières (MSF)".
_ACRONYM = re.compile(
    rf"((?:{_CAP}[\w’'-]*\s+(?:(?:of|for|the|and|on|in|sans|de|du|des|la|le|al)\s+)*){{1,8}})"
    rf"\(({_CAP}[A-Za-z]{{1,7}})\)"
)
_CONNECTORS = frozenset("of for the and on in sans de du des la le al".split())
_CAPITALISED_RUN = re.compile(rf"(?<![\w’'-]){_CAP}[\w’'-]*(?:\s+(?:(?:of|and|for|the|on)\s+)?{_CAP}[\w’'-]*)+")


def bracketed_acronyms(text: str) -> dict[str, str]:
    """"Rapid Support Forces (RSF)": each acronym the article gives in brackets, and the name before it."""
    acronyms: dict[str, str] = {}
    for match in _ACRONYM.finditer(text):
        words, acronym = match.group(1).split(), match.group(2)
        for begin in range(len(words)):
            if words[begin].lower() in _CONNECTORS:
                continue
            initials = "".join(w[0] for w in words[begin:] if w[:1].isupper())
            if initials.upper() == acronym.upper():
                acronyms.setdefault(acronym, " ".join(words[begin:]))
                break
    return acronyms


def spelled_out(text: str, acronym: str) -> str | None:
    """"HCSO" after "the Harris County Sheriff's Office" (never given in brackets): the capitalised name the
    article wrote whose initials are the acronym's letters."""
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return None
    size = len(acronym)
    for match in _CAPITALISED_RUN.finditer(text):
        written = match.group().split()
        capitals = [at for at, word in enumerate(written) if word.lower() not in _CONNECTORS]
        for begin in range(len(capitals) - size + 1):  # "the Dade County Fire Department on Thursday"
            if "".join(written[at][0] for at in capitals[begin : begin + size]).upper() == acronym.upper():
                first, last = capitals[begin], capitals[begin + size - 1] + 1
                # "the Chinese Center for Disease Control and Prevention" for "CDC": the country before the
                # letters and an "and" part after them belong to the name
                if first > 0 and country_of(written[first - 1]) and written[first - 1][-2:] not in ("’s", "'s"):
                    first -= 1
                if written[last : last + 1] == ["and"] and len(written) == last + 2 and (
                        written[-1].lower() not in WEEKDAYS and written[-1].lower() not in MONTHS):
                    last += 2
                name = " ".join(written[first:last])
                return name.removesuffix("’s").removesuffix("'s")  # "Chief Executive Women’s census"
    return None
