"""How an organisation speaker is named and told from a person: a capitalised name ending in a body's noun
("Joint Chiefs of Staff"), the gazetteer's pattern for looking it up ("Armenian Foreign
Ministry"), the article's own wording for one the gazetteer does not know ("Brazil's Foreign Ministry"), and the
author behind a document or the institution behind its members ("a statement from the ministry",
"analysts at the Institute for the Study of War").
"""

from __future__ import annotations

from statements.extraction.countries import capitals, country_of, demonyms
from statements.extraction.article_names import ArticleNames
from statements.extraction.cues import (
    AUTHORED_NOUNS,
    COMPANY_SUFFIXES,
    DOCUMENT_NOUNS,
    KNOWN_ORGANISATIONS,
    NAME_HEADS,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
)
from statements.extraction.genders import first_name_gender
from statements.extraction.keys import name_key
from statements.extraction.noun_phrases import is_possessive
from statements.extraction.speaker_names import PLURAL_HEADS, clean_words, head_word, split_name

_SMALL_WORDS = frozenset("of the for and to on in at".split())
_MINISTRY_OF = {"foreign affairs": "Foreign", "defence": "Defence", "defense": "Defense", "internal affairs": "Interior"}


# Documents an issuer puts out under its own name, and words that say which kind they are ("Joint", "Final")
_ISSUED_DOCUMENTS = frozenset("statement release readout communique communiqué".split())
_DOCUMENT_KINDS = frozenset("joint final official new press draft".split())


def author_of_document(words: list[str]) -> list[str]:
    """"statement from the Azerbaijani Foreign Ministry" → the ministry; "the ministry's statement" → ministry."""
    lows = [w.lower() for w in words]
    for index, low in enumerate(lows):
        if (low in DOCUMENT_NOUNS or low in AUTHORED_NOUNS) and words[index].islower():  # not "Institute for the Study of War"
            after = lows[index + 1 : index + 2]
            if after and after[0] in ("from", "by", "of", "issued"):
                return clean_words(" ".join(words[index + 2 :]))
            if index > 0 and is_possessive(words[index - 1]):
                owner = words[:index]
                owner[-1] = owner[-1].removesuffix("’s").removesuffix("'s").rstrip("’'")
                return owner
            if 0 < index <= 3 and index == len(words) - 1 and low in _ISSUED_DOCUMENTS and all(
                    w[:1].isupper() and w.lower() not in _DOCUMENT_KINDS for w in words[:index]):
                return words[:index]  # "the Taliban statement said", "a Kremlin readout": the issuer's
    return words


# The legal forms closing a company's name, the short ones too ("Volkswagen AG", "Toyota Motor Corp")
_LEGAL_FORMS = COMPANY_SUFFIXES | frozenset("ag sa nv spa group holdings".split())


def without_home_country(words: list[str]) -> list[str]:
    """"France’s TotalEnergies", "Canada’s Critical Elements Lithium", "Japan's Toyota Motor Corp": a company's own
    name, without its country's possessive; a body of the state keeps it ("Russia’s U.N. Mission", "Ukraine's
    General Staff", "Mexico’s National Statistics Institute")."""
    if len(words) > 1 and words[0].endswith(("’s", "'s")) and country_of(words[0][:-2]) and words[1][:1].isupper() \
            and not country_of(" ".join(words[1:])) and (
                words[-1].rstrip(".").lower() in _LEGAL_FORMS or not any(w.lower() in ORG_NOUNS for w in words)):
        return words[1:]
    return words


def company_name(words: list[str], names: ArticleNames) -> str:
    """"Microsoft Corp" as written; "Microsoft" → "Microsoft Corp" when the article names the company so and no
    person it names in full with a given name is called so ("Dell" with "Tom Dell" stays a person)."""
    if len(words) >= 2 and words[-1].lower().rstrip(".") in COMPANY_SUFFIXES and words[0][:1].isupper():
        lows = [w.lower() for w in words]
        if "of" in lows[1:3] and first_name_gender(words[0]):
            return ""  # "David Watt of Rosenberg Research & Associates Inc.": a person and the firm that employs him
        return " ".join(words)
    if not all(w[:1].isupper() for w in words) or len(words) > 3:
        return ""
    full = names.company(" ".join(words))
    person = names.full_person_name(words[0]) if full is not None and len(words) == 1 else None
    if full is None or person is not None and first_name_gender(person.split()[0]):
        return ""
    return full


# People around a body who do not speak for it: "Veterans of Ireland’s diplomatic service", "critics of the bank",
# "Some members of Congress have suggested …" (members speak for themselves; its spokesman for the body)
_OUTSIDERS = frozenset("veterans survivors relatives families critics opponents victims parents friends fans members "
                       "supporters".split())


def institution_of_members(words: list[str]) -> list[str]:
    """"Analysts at the Institute for the Study of War" → the institute: unnamed members speak for it."""
    lows = [w.lower() for w in words]
    if len(lows) > 2 and lows[0] in PLURAL_HEADS and lows[0] not in _OUTSIDERS and lows[1] in (
            "at", "from", "of", "in"):
        rest = clean_words(" ".join(words[2:]))
        named = any(w.lower() in ORG_NOUNS or w.lower() in KNOWN_ORGANISATIONS or (w.isupper() and len(w) > 1) for w in rest)
        place = country_of(" ".join(rest)) or capitals().get(name_key(" ".join(rest)))
        if rest and rest[0][:1].isupper() and named and not place:
            return rest  # not "analysts in Islamabad": a place is where they are, not whom they speak for
    return []


def canonical_organisation(words: list[str]) -> str:
    """"Ukraine's energy ministry" → "Ukrainian Energy Ministry"; "Ministry of Foreign Affairs of Armenia" →
    "Armenian Foreign Ministry": the gazetteer's naming pattern, so that names match its aliases. Only for
    looking up: an organisation the gazetteer does not know keeps the article's wording (`written_organisation`)."""
    words = list(words)
    country = None
    if len(words) > 2 and words[-2].lower() == "of" and country_of(words[-1]):
        country = country_of(words[-1])
        words = words[:-2]
    elif placed := ministry_in_capital(words):  # "the Foreign Ministry in Juba" → "South Sudanese Foreign Ministry"
        country, words = placed, words[:-2]
    elif words and is_possessive(words[0]) and country_of(words[0]):
        country = country_of(words[0])
        words = words[1:]
    owner, words = _owner_and_proper_name(words)
    country = country or (country_of(owner) if owner else None)  # "South Korea's Defense Ministry" → "South Korean …"
    text = " ".join(words)
    low = text.lower()
    if low.startswith("ministry of "):
        field_name = low.removeprefix("ministry of ")
        text = f"{_MINISTRY_OF.get(field_name, title_case(field_name))} Ministry"
    if country:
        text = f"{demonyms().get(country, country)} {text}"
    return title_case(text)


def ministry_in_capital(words: list[str]) -> str | None:
    """The country of "… Ministry in <capital or country>" ("the Commerce Ministry in Beijing": China's); None for
    other bodies, whose place may be part of the name ("the American Institute in Taiwan")."""
    if len(words) >= 4 and words[-2] == "in" and words[-3].lower() == "ministry":
        return capitals().get(name_key(words[-1])) or country_of(words[-1])
    return None


def written_organisation(words: list[str]) -> str:
    """An organisation the gazetteer does not know, as the article names it ("Brazil's Foreign Ministry",
    "Qatar's Ministry of Foreign Affairs"), except that an owner which is not a country drops before a proper
    name of its own ("the Chinese military's Eastern Theater Command" → "Eastern Theater Command") and an
    acronym after a common noun is the name ("the UN peacekeeping mission MONUSCO" → "MONUSCO")."""
    owner, owned = _owner_and_proper_name(list(words))
    if owner and country_of(owner):
        owned = list(words)
    if len(owned) >= 2 and owned[-1].isupper() and len(owned[-1]) > 1 and owned[-2].lower() in ORG_NOUNS and owned[-2].islower():
        return owned[-1]  # "the UN peacekeeping mission MONUSCO", "the rebel group M23": the acronym is its name
    text = " ".join(owned)
    return text[:1].upper() + text[1:] if text[:1].islower() and not is_possessive(owned[0]) else text


# Irregular plurals of people, whose possessive is part of a body's name, never its owner
_PEOPLE_IN_NAMES = frozenset("women men children people".split())


def _owner_and_proper_name(words: list[str]) -> tuple[str, list[str]]:
    """("the Chinese military", ["Eastern", "Theater", "Command"]): a possessive owner before a capitalised
    organisation name; ("", words) when there is none."""
    for index in range(len(words) - 2, -1, -1):
        owned = words[index + 1 :]
        # "Citizens’ … Trust", "the Fiji Women's Rights Movement", "Save the Children's Fund": people in the name
        plural_in_name = words[index][:1].isupper() and (words[index].endswith(("s’", "s'")) or words[index].lower(
            ).removesuffix("’s").removesuffix("'s") in _PEOPLE_IN_NAMES)
        if (is_possessive(words[index]) and not plural_in_name and len(owned) >= 2 and all(w[:1].isupper() for w in owned)
                and owned[-1].lower() in ORG_NOUNS and not country_of(owned[0])):
            return " ".join(words[: index + 1]).removesuffix("’s").removesuffix("'s"), owned
    return "", words


def title_case(text: str) -> str:
    return " ".join(
        w if (w[:1].isupper() or w.lower() in _SMALL_WORDS and i) else w[:1].upper() + w[1:]
        for i, w in enumerate(text.split())
    )


def proper_name(words: list[str]) -> bool:
    """"Serbian List", "Joint Chiefs of Staff": two or more words, every content word capitalised."""
    content = [w for w in words if w.lower() not in ("of", "for", "and", "the", "on", "a")]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def named_organisation(words: list[str]) -> bool:
    """"Joint Chiefs of Staff", "South Korea's Defense Ministry": a capitalised name ending in an
    organisation noun names the organisation, and its capitalised words are not a person's name."""
    last = words[-1].lower() if words else ""
    if len(words) >= 3 and proper_name(words) and (words[1] == "the" or any(
            w.lower() in ("without", "against") for w in words[1:-1])):
        return True  # "Doctors Without Borders", "Save the Children", "Mothers Against Drunk Driving": no one's name
    if len(words) >= 3 and words[-1].isupper() and country_of(words[-1]):
        return named_organisation(words[:-1])  # "Amnesty International USA": a body's national section
    return (
        # (or its head before "for", "of" or "in": "the Syrian Observatory for Human Rights", "Centre for Strategic
        # Studies", "the Florida Division of Emergency Management", "the … Data Center in Boulder")
        (last in ORG_NOUNS or last in NAME_HEADS or any(w in ("for", "of", "in") for w in words[1:]) and (
            head_word(words) in ORG_NOUNS or head_word(words) in NAME_HEADS))
        and last != "side" and proper_name(words[: words.index("in")] if "in" in words[1:]
                                           # "the UK Maritime Trade Operations agency": a name, then its kind
                                           else words[:-1] if len(words) > 3 and words[-1].islower() else words)
        and head_word(words) not in PERSON_ROLE_NOUNS
        # (a role noun naming the body's rank is no person: "the Premier League")
        and not any(w.lower() in PERSON_ROLE_NOUNS for w in words if not (len(words) == 2 and w is words[0]))
        and not _person_of(words)
    )


def office_of_place(words: list[str]) -> bool:
    """"the Franklin County coroner's office", "the Cook County sheriff's department": a place's official's office,
    an organisation (not a person "Franklin County" whose role is "coroner's office")."""
    return (len(words) > 2 and words[-1] in ORG_NOUNS and words[-2].islower() and is_possessive(words[-2])
            and words[0][:1].isupper()) or (
        # "Tigray's interim administration", "North Kivu's provincial government": a region's body
        len(words) > 2 and words[-1] in ORG_NOUNS and is_possessive(words[0]) and words[0][:1].isupper()
        and all(word.islower() and word.isalpha() for word in words[1:]) and country_of(words[0]) is None
        and not first_name_gender(words[0].removesuffix("’s").removesuffix("'s")))


def generic_body(words: list[str]) -> bool:
    """"the commission", "committee", in lower case: a body the article named ("the Commission on Presidential
    Debates"), never the gazetteer's "the Commission" (European)."""
    return bool(words) and words[-1] in ORG_NOUNS and all(w.lower() == "the" for w in words[:-1])


def _person_of(words: list[str]) -> bool:
    """"Artsvik Minasyan of the Armenia Alliance": a person's name before "of" is a member, not the party."""
    lows = [w.lower() for w in words]
    if "of" not in lows or lows.index("of") < 2:
        return False
    before = words[: lows.index("of")]
    # (not "the Royal College of Emergency Medicine": a body's head noun before "of")
    return before[-1].lower() not in NAME_HEADS and split_name(before)[0] == " ".join(before)
