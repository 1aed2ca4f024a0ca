"""A person's gender where their first name makes it plain, from the gender-guesser package's name lexicon
(about 40,000 first names by country; an optional dependency: without it, first names tell nothing).

Used only to keep "she said" from going to the last-named man: a name the lexicon calls androgynous or does not
know gives no gender, and honorifics and roles ("Ms", "the spokeswoman") are read before it (speakers.py).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ANSWERS = {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}
_SURE = frozenset({"male", "female"})


@lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as detector  # loads its lexicon once (~0.4 s)
    except ImportError:  # pragma: no cover - the package is optional
        return None
    return detector.Detector(case_sensitive=False)


@lru_cache(maxsize=16384)
def first_name_gender(first_name: str) -> str:
    """"male", "female" or "" for a first name ("Lynda" → "female", "Jo" → "")."""
    detector = _detector()
    if detector is None or len(first_name) < 2 or not first_name[:1].isupper() or "." in first_name:
        return ""
    return _ANSWERS.get(detector.get_gender(_spelling(first_name.split("-")[0])), "")


def _spelling(name: str) -> str:
    """The lexicon's spelling of a first name news copy wrote without its accents ("Joaquin" → "Joaquín")."""
    return name if name.lower() in _detector().names else _accented().get(name.lower(), name)


@lru_cache(maxsize=1)
def _accented() -> dict[str, str]:
    names: dict[str, str] = {}
    for name in _detector().names:
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if plain != name:
            names.setdefault(plain, name)
    return names



# gender-guesser's own country names, for the countries the gazetteer names otherwise
_COUNTRIES = {
    "united kingdom": "great_britain", "united states": "usa", "netherlands": "the_netherlands",
    "czech republic": "czech_republic", "türkiye": "turkey", "south korea": "korea", "north korea": "korea",
    "switzerland": "swiss", "bosnia and herzegovina": "bosniaand", "north macedonia": "macedonia",
    "kazakhstan": "the_stans", "uzbekistan": "the_stans", "kyrgyzstan": "the_stans", "tajikistan": "the_stans",
    "turkmenistan": "the_stans", "saudi arabia": "arabia", "united arab emirates": "arabia", "qatar": "arabia",
    "egypt": "arabia", "jordan": "arabia", "lebanon": "arabia", "iraq": "arabia", "syria": "arabia",
    "kuwait": "arabia", "oman": "arabia", "bahrain": "arabia", "yemen": "arabia", "palestine": "arabia",
    # the lexicon's South Asian names are India's; Urdu and Bengali given names are largely the same names
    "pakistan": "india", "bangladesh": "india",
}


@lru_cache(maxsize=16384)
def pronoun_gender(first_name: str, country: str = "") -> str:
    """The gender "he" or "she" may rely on: only the lexicon's sure answers, for names of three letters or more.
    "Sasha" (mostly male) and "Di" (female in the lexicon, also a Chinese given name of either sex) say nothing;
    recency and the article's own words (honorifics, roles) decide for them (speaker_memory.py). `country` (the
    gazetteer's, where it knows the speaker) asks the lexicon about that country's use of the name."""
    detector = _detector()
    if detector is None or len(first_name) < 3 or not first_name[:1].isupper() or "." in first_name:
        return ""
    low = country.lower()
    place = _COUNTRIES.get(low, low.replace(" ", "_"))
    name = _spelling(first_name.split("-")[0])
    if place in detector.COUNTRIES:
        answer = detector.get_gender(name, place)
        return _ANSWERS[answer] if answer in _SURE else ""
    answer = detector.get_gender(name)
    if answer not in _SURE:
        return ""
    # "Rand" (Rand Paul) and "Jean" are women's names in the lexicon at large, men's or women's in English: where
    # American or British use leans the other way, the name says nothing
    other = {_ANSWERS.get(detector.get_gender(name, place)) for place in ("usa", "great_britain")}
    return "" if ({"male", "female"} - {_ANSWERS[answer]}) & other else _ANSWERS[answer]
