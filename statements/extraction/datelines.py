"""Datelines that open a story's first paragraph ("WASHINGTON (Reuters) -", "Beijing, March 14 (Xinhua) --",
"ISLAMABAD, Nov 10 (APP):"): the place, date and agency of the report, never part of a statement or its frame."""

from __future__ import annotations

import re

from statements.extraction.countries import capitals, country_of
from statements.extraction.keys import name_key
from statements.text import CAPITAL

# A place in capitals, with its region, its agency and a dash or a colon
_CAPITALS = re.compile(
    # ("RAMALLAH, West Bank —", "HEBRON, occupied West Bank —", "KHAN YOUNIS, Gaza Strip (AP) —")
    rf"(?:[{CAPITAL}][{CAPITAL} .'’/-]{{2,}}(?:,\s*(?:occupied\s+)?[A-Z][\w.]*\.?(?:\s+[A-Z][\w.]*){{0,2}}"
    r"(?:\s+\d{1,2})?)?\s*"
    r"(?:\([^)]{1,40}\))?\s*[-–—]+\s*"
    r"|[A-Z][A-Z .'’-]{2,},\s*[A-Z][a-z]+\.?\s*\d{1,2}\.?\s*/[A-Za-z -]+/\.?\s*"
    r"|[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)?:\s+)"  # "ISLAMABAD: Pakistan on Monday …" (Dawn, Times of India)
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WORD = r"[A-Z][A-Za-z'’.-]+"
# Agency and regional datelines, the place in capitals or in title case: "Addis Ababa, March 14, 2025 (ENA) -",
# "KATHMANDU, Sept 29:", "New Delhi, Nov 10 (PTI) Eknath Shinde …", "Tehran, IRNA --", "DUBAI //", "Manila –"
_AGENCY_STYLE = re.compile(
    rf"(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})(?:,\s*{_WORD}(?:\s+{_WORD}){{0,2}})??"
    rf"(?:,?\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?))?"
    rf"(?:,?\s*(?P<agency>\([A-Za-z][A-Za-z .&-]{{1,30}}\)|[A-Z]{{2,8}}\b))?"
    r"(?:\s*(?:--|[-–—]|//|:)\s+|(?<=\))\s+(?=[A-Z])|(?<=\))\s*(?:--|[-–—])(?=[A-Z]))"  # ("Tokyo (Jiji Press)—The")
)
# A dateline the sentence splitter cut at its full stop ("ASTANA. KAZINFORM - …")
CUT_DATELINE = re.compile(r"[A-Z][A-Z'’-]+\.\s*")


def dateline_end(text: str, opening: int) -> int | None:
    """Where the dateline opening a paragraph at `opening` ends, or None when the paragraph opens with none."""
    found = _CAPITALS.match(text, opening)
    if found is not None:
        return found.end()
    found = _AGENCY_STYLE.match(text, opening)
    if found is None or not text[found.end() : found.end() + 1].isupper():
        return None
    place = found.group("place")
    # (a title-case place needs a date, an agency or a known place: "Pashinyan: “…”" is no dateline)
    if found.group("date") or found.group("agency") or place.isupper() or capitals().get(name_key(place)) or (
            country_of(place)):
        return found.end()
    return None
