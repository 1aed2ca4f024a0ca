"""A person's gender where their first name makes it plain, from the gender-guesser package's name lexicon
(about 40,000 first names by country; an optional dependency: without it, first names tell nothing).

Used only to keep "she said" from going to the last-named man: a name the lexicon calls androgynous or does not
know gives no gender, and honorifics and roles ("Ms", "the spokeswoman") are read before it (speakers.py).
"""

from __future__ import annotations

from functools import lru_cache

_ANSWERS = {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}


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
    return _ANSWERS.get(detector.get_gender(first_name.split("-")[0]), "")

