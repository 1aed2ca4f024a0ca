"""Whether two names give one person's given name: "Bill" and "Hillary" are two Clintons, "Joe" and "Joseph",
"Bill" and "William" or an initial may be one; a gazetteer person's namesake gives a first name none of its aliases
has ("Tigran Grigoryan" is not Armen Grigoryan).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from statements.extraction.keys import name_key
from statements.extraction.types import GazetteerSpeaker


def first_names_differ(words: list[str], known: list[str]) -> bool:
    """Two full names with one surname whose given names start differently ("Bill" and "Hillary"); "Joe" and
    "Joseph", or an initial, may be one person."""
    if len(words) < 2 or len(known) < 2 or words == known[-len(words):] or known == words[-len(known):]:
        return False  # "Abu Hatab" is "Walid Abu Hatab"
    given, other = words[0], known[0]
    if len(given) < 2 or len(other) < 2 or _nickname(given, other):
        return False  # an initial, or "Bill" and "William"
    if given[0] != other[0]:
        return True
    # one initial letter: "Joe" and "Joseph" may be one person, "Jerry" and "John" are two
    return given[:2] != other[:2] and len(given.rstrip(".")) > 1 and len(other.rstrip(".")) > 1


# Short forms of given names that share no first two letters with the long form
_NICKNAMES = {
    "jim": "james", "jimmy": "james", "tom": "thomas", "bill": "william", "billy": "william", "bob": "robert",
    "bobby": "robert", "dick": "richard", "ted": "edward", "teddy": "edward", "chuck": "charles", "jack": "john",
    "hank": "henry", "peggy": "margaret", "betty": "elizabeth", "liz": "elizabeth", "beth": "elizabeth",
    "jerry": "gerald", "sandy": "alexandra", "sasha": "alexander", "ned": "edward", "polly": "mary",
}


def _nickname(given: str, other: str) -> bool:
    return _NICKNAMES.get(given) == other or _NICKNAMES.get(other) == given


def other_given_name(speaker: GazetteerSpeaker, name: str) -> bool:
    """Whether `name` gives a first name, or a surname, that none of the speaker's full-name aliases has (a
    namesake: "Michelle Obama" is not Barack; "Anwar Gargash" is not the "Anwar" of Anwar Ibrahim)."""
    keys = name_key(name).split()
    if len(keys) < 2:
        return False
    names = [name_key(alias).split() for alias in (speaker.name, *speaker.aliases)]
    given = {word for words in names for word in words[:-1]}
    if given and all(fuzz.ratio(keys[0], known) < 75 for known in given):
        return True
    every = {word for words in names for word in words}
    return all(fuzz.ratio(keys[-1], known) < 75 for known in every)
