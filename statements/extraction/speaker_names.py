"""Splitting a speaker phrase into the person's name and their role, with lexicons, never a model:
"President Vladimir Putin of Russia" → ("Vladimir Putin", "President of Russia"); telling names from titles,
organisations and places ("Kremlin spokesman", "Artsvik Minasyan of the Armenia Alliance").
"""

from __future__ import annotations

import re
from functools import lru_cache

from statements.extraction.alias_index import strip_determiner
from statements.extraction.countries import country_of
from statements.extraction.cues import (
    COMPANY_SUFFIXES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    IMPERATIVES,
    KNOWN_ORGANISATIONS,
    ORG_NOUNS,
    PEOPLE_PLURALS,
    PERSON_ROLE_NOUNS,
    ROLE_ACRONYMS,
    ROLE_MODIFIERS,
    ROLE_WORD_SYNONYMS,
    UNNAMED_HEADS,
)
from statements.extraction.genders import first_name_gender
from statements.extraction.keys import name_key
from statements.extraction.speaker_guard import region_names
from statements.extraction.appositions import CLAUSE_OPENERS
from statements.extraction.noun_phrases import NAME_PARTICLES, is_particle_name, is_possessive
from statements.text import NAME_STYLES, peerage_name

PLURAL_HEADS = frozenset(
    "officials leaders diplomats sources ministers members representatives analysts experts residents witnesses "
    "deputies lawmakers aides negotiators observers activists counterparts authorities unions".split()
) | GROUP_NOUNS | PEOPLE_PLURALS


# Dates that run into a speaker phrase ("John Rankin Thursday said"); "May", "March" and "August" are names too.
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february april june july september october "
    "november december".split()
)


# A footnote number run into the last word of a sentence: "according to Iowa Starting Line.2"
_FOOTNOTE = re.compile(r"(?<=[a-z])\.\d{1,2}$")


# a comma that is not inside a number ("1,000 Nigerian citizens")
_LISTING_COMMA = re.compile(r",(?!\d{3}\b)|(?<!\d),")
# "Around 1,000 Nigerian citizens": an estimate's adverb before a number is no name
_ABOUT = frozenset("around about nearly almost some roughly approximately over more fewer at least up to".split())


def clean_words(text: str) -> list[str]:
    words = [_FOOTNOTE.sub("", w) for w in _LISTING_COMMA.sub(" ", text).split()
             if w and w.lower().strip(".") not in _DATE_WORDS]
    if len(words) > 1 and any(w.isupper() and len(w) >= 5 for w in words):
        # "THE PHILIPPINE Coast Guard said", a paragraph's opening words in capitals: a country's word as written
        words = [w.title() if w.isupper() and len(w) >= 5 and country_of(w.title()) else w for w in words]
    while words and (words[0].lower() in DETERMINERS and not (len(words) > 2 and words[1] == "of")  # "One of the…"
                     # (not "Justice Department", "Judge Advocate General's Corps": a title naming a body)
                     # ("the judge" alone is the role: nothing follows the title)
                     or words[0].lower() in HONORIFICS and len(words) > 1 and words[1].lower() not in ORG_NOUNS
                     or words[0].lower() in _ABOUT and len(words) > 2 and words[1][:1].isdigit()
                     or words[0].lower() in IMPERATIVES and len(words) > 2
                     or words[0] in ("in", "by", "on", "at")) and not (  # "(published Wednesday) in Nature"
            len(words) == 2 and words[0].lower() in NAME_STYLES):  # "Lord Cameron": a peer's style is the name
        words.pop(0)
    while len(words) > 1 and words[-1] in _LEFT_BY_A_DATE:
        words.pop()  # "A Cook County judge on (Thursday)", "a nurse who worked there until (last year)"
    return words


_LEFT_BY_A_DATE = frozenset("on in at by until since before after during from".split())


# What opens the words after a phrase's head: a complement ("of", "for"), what a source is known by ("familiar",
# "accredited"), a relative or a participle ("who", "speaking", "watching the talks")
_COMPLEMENT_OPENERS = frozenset(
    "of for from at to in on familiar close briefed involved privy aware accredited who speaking with watching "
    "following tracking monitoring attending covering using atop".split()
)


def head_word(words: list[str]) -> str:
    """The phrase's head noun: the last word before any "of"/"for" complement."""
    lows = [w.lower() for w in words]
    for index, low in enumerate(lows):
        if low in _COMPLEMENT_OPENERS and index > 0:  # ("the House committee on China": a committee)
            return lows[index - 1].removesuffix("’s").removesuffix("'s")
    return lows[-1].removesuffix("’s").removesuffix("'s")


# Party labels written before a name ("Democrat Bernie Sanders", "Republican Donald Trump"): a role, not a first
# name; only labels that are nobody's name ("Green", "Liberal" and "Independent" can be).
_PARTY_LABELS = frozenset("democrat republican democratic gop labour tory".split())


PLACE_ADJECTIVE_ENDINGS = ("-based", "-born", "-backed", "-led", "-owned", "-run", "-linked", "-aligned", "-allied",
                           "-funded", "-installed", "-appointed", "-controlled", "-held")


@lru_cache(maxsize=8192)
def _is_descriptor_word(word: str) -> bool:
    low = word.lower().removesuffix("’s").removesuffix("'s")
    return (
        low in PERSON_ROLE_NOUNS
        or low in _PARTY_LABELS
        # "Commissioner-General", "ex-president" (but "Man-yin", "Yuk-man": Cantonese given names, "man" no role)
        or ("-" in low and any(part in PERSON_ROLE_NOUNS and len(part) > 3 for part in low.split("-")))
        or low.endswith(PLACE_ADJECTIVE_ENDINGS)  # "One Washington-based trade expert", "a Kremlin-backed group"
        or low.endswith("-year-old")  # "Thirteen-year-old Aminu Abdullahi said": an age opening the sentence
        or low in ROLE_MODIFIERS
        or low in ORG_NOUNS
        or low in DOCUMENT_NOUNS
        or low in GROUP_NOUNS
        or low in HONORIFICS
        or low in KNOWN_ORGANISATIONS and (len(low) > 3 or word.removesuffix("’s").removesuffix("'s").isupper())
        # ("UN", "UN’s", but "Kim Jong Un")
        or low.rstrip(".") in COMPANY_SUFFIXES
        or country_of(word) is not None
        or name_key(word) in region_names()  # "Massachusetts Joshua Levy": the state, not a first name
        # acronyms, not initials ("J.", "J.C. Chandor"; "U.S." and "U.N." are known above)
        or (word.isupper() and sum(ch.isalpha() for ch in word) > 1 and not _initials(word))
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_PLACE_INITIALS = frozenset("d.c. l.a. n.y. n.j. s.f. u.k. u.s. u.a.e.".split())


def _initials(word: str) -> bool:
    """"J.C.", "T.J.": a person's initials; "U.N.", "E.U.", "D.C." are an organisation's or a place's."""
    low = word.lower()
    return bool(_INITIALS.fullmatch(word)) and low not in _PLACE_INITIALS and low.replace(".", "") not in \
        KNOWN_ORGANISATIONS


def is_name_word(word: str) -> bool:
    return (word[:1].isupper() and not _is_descriptor_word(word)) or is_particle_name(word)


def is_role_phrase(text: str) -> bool:
    """"Assistant to the President of Azerbaijan", "Head of the Presidential Administration": a capitalised
    title without a person's name in it, which can describe the person named next to it."""
    words = text.split()
    if not 1 < len(words) <= 10 or not words[0][:1].isupper():
        return False
    head = head_word(words)
    return (head in PERSON_ROLE_NOUNS or head in ROLE_WORD_SYNONYMS) and not split_name(words)[0]


_EXAMPLES = frozenset("including such like among especially notably".split())
_OTHER_PARTIES = ("as well as ", "along with ", "together with ", "alongside ", "and ", "plus ")


def describes(apposition: str) -> bool:
    """", Russia's formal ally," / ", Josep Borrell," describe the subject; ", which has fought since April 2023,"
    is a clause about it, and its capitalised words are not the subject's name."""
    first = apposition.split(maxsplit=1)[0].lower() if apposition.strip() else ""
    # (", including the Asbury Park Press,": examples of the subject, not its name; ", as well as the Qatari prime
    # minister,": another party)
    return bool(first) and first not in CLAUSE_OPENERS and first not in _EXAMPLES and not apposition.lower().lstrip(
        ).startswith(_OTHER_PARTIES)


# Where a subject spoke, written between it and its verb without commas ("The BGMEA in a statement urged")
_IN_A_STATEMENT = re.compile(r"\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|release|post|"
                             r"message|letter|interview|speech|address)$")


def without_channel(text: str) -> str:
    """"The BGMEA in a statement" → "The BGMEA": the body, not where it spoke."""
    channel = _IN_A_STATEMENT.search(text)
    return text[: channel.start()] if channel is not None and channel.start() > 0 else text


def split_name(words: list[str]) -> tuple[str, str]:
    """("Vladimir Putin", "President of Russia") from "President Vladimir Putin of Russia"; ("", phrase) if no name."""
    return _split_name(tuple(words))


@lru_cache(maxsize=16384)
def _split_name(words: tuple[str, ...]) -> tuple[str, str]:
    initials = next((i for i, word in enumerate(words[:-1]) if _UNDOTTED_INITIALS.fullmatch(word)
                     and words[i + 1][1:2].islower() and not first_name_gender(words[i + 1])
                     and word.lower() not in KNOWN_ORGANISATIONS and country_of(word) is None
                     and word.lower() not in ROLE_ACRONYMS and word.lower() not in _TITLE_ACRONYMS), None)
    if initials is not None:
        # "Gov. JB Pritzker", "JD Vance": initials written without full stops open the given name
        dotted = ".".join(words[initials]) + "."
        name, role = _split_name(words[:initials] + (dotted,) + words[initials + 1 :])
        return name.replace(dotted, words[initials], 1), role.replace(dotted, words[initials], 1)
    peerage = peerage_name(" ".join(words))
    if peerage:
        return peerage, ""  # "the Duchess of Sussex", "Meghan, Duchess of Sussex": the style is the name
    if len(words) >= 3 and words[-1] in ("MP", "MEP") and all(w[:1].isupper() for w in words[:-1]):
        name, role = _split_name(words[:-1])  # "Stephen Flynn MP": the member's letters after the name
        return (name, f"{role} {words[-1]}".strip()) if name else ("", " ".join(words))
    run = _speaker_run(words, _name_runs(words))
    if run is None:
        return "", " ".join(words)
    begin, end = _name_bounds(words, *run)
    if end == len(words) - 1 and words[end].lower() in HONORIFICS and words[end][-1].isalpha() and end > begin:
        end += 1  # "Amrita Sen", "Hun Sen": a title's abbreviation after the name is a surname (a title goes first)
    name_words = [w.removesuffix("’s").removesuffix("'s") if is_possessive(w) else w for w in words[begin:end]]
    if end < len(words) and is_possessive(words[end - 1]) and country_of(" ".join(name_words)):
        return "", " ".join(words)  # "North Korea’s vice defense minister": a country's office, not Mr North Korea
    role_words = words[:begin] + words[end:]
    return " ".join(name_words), " ".join(role_words).strip()


_UNDOTTED_INITIALS = re.compile(r"[A-Z]{2}")
# Two-letter titles written before a name ("MK Mansour Abbas", "IG Garg", "Ravens GM Ozzie Newsome"), never initials
_TITLE_ACRONYMS = frozenset("mk ig gm mp pm cm dg sp md vp dc ag ds di ps".split())


def _name_runs(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The runs of name words that may be a person's name: not a capitalised word qualifying a role or an
    organisation ("Kremlin spokesman"), not the name of an organisation ("Institute for the Study of War")."""
    runs: list[tuple[int, int]] = []
    index = 0
    in_org_name = False  # "Institute for the Study of War": capitalised words after an organisation noun
    while index < len(words):
        low = words[index].lower()
        if words[index][:1].isupper() and low in ORG_NOUNS:
            in_org_name = True
        elif not (words[index][:1].isupper() or low in ("of", "for", "the", "and", "on")):
            in_org_name = False
        if not (is_name_word(words[index]) or _place_given_name(words, index)) or (
                index > 0 and words[index - 1].lower() == "of" and _org_run(words, index)):
            index += 1
            continue
        if words[index].lower() in _PLACE_PREFIXES and index + 1 < len(words) and region_word(words[index + 1]):
            index += 2  # "Inner Mongolia health authority", "Northern Ireland police": a place, no one's name
            continue
        end = _run_end(words, index + 1 if _place_given_name(words, index) else index)
        if index > 1 and words[index - 1] == "for" and words[index - 2].lower() in PERSON_ROLE_NOUNS:
            # "High Commissioner for Human Rights (Volker Türk)": the office's portfolio; a name only from a given
            # name on ("Commissioner for Human Rights Dunja Mijatovic")
            given = next((at for at in range(index, end - 1) if first_name_gender(words[at])), None)
            if given is None:
                index = end
                continue
            index = given
        if end - index == 1 and _plural_member(words[index]):
            index = end  # "Virginia Democrats", "House Republicans": a party's members; "Christian Democrats" a party
            continue
        if end < len(words) and words[end][:1].isupper() and words[end].lower() in _BODY_NAME_ENDS:
            # "an Associated Press journalist", "the John Smith Foundation", "Homeland Security Investigations": a
            # body's name, to its last capitalised word
            index = end + 1
            while index < len(words) and is_name_word(words[index]) and not first_name_gender(words[index]):
                index += 1  # (not "Senior Executives Association President Bill Valdez": a role, then a name)
            continue
        # After an organisation noun single capitalised words continue its name ("Study of War");
        # two or more are a person ("Ministry of Foreign Affairs Maria Zakharova").
        if not _qualifies(words, index, end) and (not in_org_name or end - index >= 2):
            runs.append((index, end))
        index = end
    return runs


# Capitalised words that end a body's name when they follow a capitalised run ("Associated Press", "Smith Foundation")
_BODY_NAME_ENDS = ORG_NOUNS | {"press"}
# Words that make a region of the country or state after them ("Inner Mongolia", "Western Australia")
_PLACE_PREFIXES = frozenset("inner outer northern southern eastern western north south east west upper lower central "
                            "greater".split())


def _run_end(words: tuple[str, ...], index: int) -> int:
    """Where the run of name words starting at `index` ends ("von der Leyen" and "Wayne King" included)."""
    end = index
    while end < len(words) and (
        is_name_word(words[end])
        or (_particles_then_name(words, end) and end > index)
        # "Wayne King", "Billie Jean King", "Martin Luther King": a role noun ending the phrase after a given name
        or (index < end <= index + 2 and words[end][:1].isupper() and words[end].lower() in PERSON_ROLE_NOUNS
            and first_name_gender(words[index]) and end + 1 == len(words))
        or (end > index and _place_surname(words, end))
    ):
        end += 1
    return end


def region_word(word: str) -> bool:
    """A country, its demonym or a US state ("Jordan", "American", "Georgia"): a qualifier before a name, unless
    it is itself part of the name (`_place_given_name`, `_place_surname`)."""
    return word[:1].isupper() and (country_of(word) is not None or name_key(word) in region_names())


def _place_given_name(words: tuple[str, ...], index: int) -> bool:
    """"Georgia Smith", "Chad Johnson": a place that is also a given name opens a two-word name when a name word
    ends the phrase after it ("Georgia Gov. Brian Kemp", "Virginia Democrats" keep the place a qualifier)."""
    return (index + 2 == len(words) and region_word(words[index]) and bool(first_name_gender(words[index]))
            and is_name_word(words[index + 1]) and not _plural_member(words[index + 1]))


def _plural_member(word: str) -> bool:
    """"Democrats", "Republicans", "Tories": a party's members, whom a place before them qualifies."""
    low = word.lower()
    return low.endswith("s") and (low[:-1] in _PARTY_LABELS or low.removesuffix("ies") + "y" in _PARTY_LABELS)


def _place_surname(words: tuple[str, ...], at: int) -> bool:
    """"Jim Jordan", "Denzel Washington": a place after a known given name, ending the run, is a surname."""
    return (region_word(words[at]) and bool(first_name_gender(words[at - 1])) and is_name_word(words[at - 1])
            and (at + 1 == len(words) or not is_name_word(words[at + 1])))


# Nouns a capitalised word before them qualifies: "Nato official", "a Weibo user", "Gaza Health Ministry"
_QUALIFIED_HEADS = PERSON_ROLE_NOUNS | GROUP_NOUNS | ORG_NOUNS | UNNAMED_HEADS


def _qualifies(words: tuple[str, ...], index: int, end: int) -> bool:
    """Whether the run words[index:end] qualifies the noun after it rather than naming a person: "Nato official",
    "Kremlin spokesman", "Gaza Health Ministry", "Human rights groups"."""
    if end < len(words) and (words[end].lower() in _QUALIFIED_HEADS
                             or words[end].lower().rstrip(".") in COMPANY_SUFFIXES):
        return True
    if end - index != 1:
        return False
    after = end  # "Gaza Health Ministry": one capitalised word, modifiers, an organisation noun
    while after < len(words) and words[after].lower() in ROLE_MODIFIERS:
        after += 1
    if after > end and after < len(words) and words[after].lower() in ORG_NOUNS:
        return True
    after = end  # "the Kurdish nationalist leader", "the Bosnian Serb hardline leader": lower-case modifiers, then
    while after < len(words) and after - end < 2 and words[after].islower() and (  # the role ending the phrase
            words[after] not in PERSON_ROLE_NOUNS):
        after += 1
    if after > end and after == len(words) - 1 and words[after] in PERSON_ROLE_NOUNS:
        return True
    if index != 0:
        return False
    after = end  # "Human rights groups": lower-case modifiers, then a plural group noun ending the phrase
    while after < len(words) and after - end < 2 and words[after].islower() and words[after] not in GROUP_NOUNS:
        after += 1
    return after > end and after == len(words) - 1 and words[after] in GROUP_NOUNS


def _speaker_run(words: tuple[str, ...], runs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The run that names the speaker: the last one not after a preposition ("Artsvik Minasian of the opposition
    Hayastan bloc", "a doctor at the South Hospital in El Fasher": those names are a party's, a place's)."""
    if not runs:
        return None
    free = [run for run in runs if not _after_preposition(words, run[0])]
    if len(free) > 1 and not any(first_name_gender(w) for w in words[free[-1][0] : free[-1][1]]):
        # "Premier David Eby of British Columbia": the run with a given name, not the place's last word
        named = [run for run in free if run[1] - run[0] >= 2 and first_name_gender(words[run[0]])]
        if named:
            return named[-1]
    if free:
        return free[-1]
    if not any(w[:1].isupper() and w.lower() in PERSON_ROLE_NOUNS and not _plural_people(w)
               for w in words[: runs[0][0]]):
        # lower-case role head ("a doctor at …"): the names are all places; "Aides to Mr. Rubio": people of his
        return None
    return runs[-1]


def _plural_people(word: str) -> bool:
    """"Aides", "Allies", "Friends": people around someone, never a title before a name."""
    low = word.lower()
    return low in ("allies", "people") or low.endswith("s") and low[:-1] in PERSON_ROLE_NOUNS


def _name_bounds(words: tuple[str, ...], begin: int, end: int) -> tuple[int, int]:
    """The person's name within the run words[begin:end]: without a possessive owner or an office before it, with
    a royal style."""
    # "… Officer of Good Price Martha Lane": the run may open inside the organisation's capitalised name
    opening = begin
    while opening > 0 and words[opening - 1][:1].isupper():
        opening -= 1
    complement = _after_preposition(words, opening)
    # "Al Jazeera’s Hani Mahmoud", "DW's Nick Connolly": a possessive owner is not part of the person's name
    begin = next((i + 1 for i in range(end - 2, begin - 1, -1) if is_possessive(words[i])), begin)
    begin = _full_name_start(words, begin, end, complement)
    return _with_royal_style(words, begin, end)


def _with_royal_style(words: tuple[str, ...], begin: int, end: int) -> tuple[int, int]:
    """"Prince Harry", "Queen Elizabeth II", "Pope Francis", "Lord Cameron": a royal or peer's style and a single name
    (and a regnal number) are the name; the style before a full name stays a role ("Crown Prince Mohammed bin
    Salman")."""
    if end - begin != 1 or begin == 0:
        return begin, end
    style = words[begin - 1]
    if style[:1].isupper() and style.lower() in NAME_STYLES:
        begin -= 1
        if end < len(words) and re.fullmatch(r"[IVXL]+", words[end].rstrip(".,")):
            end += 1
    return begin, end


# "Supervisor", "Councilmember", "Trustee", "Alderman": the endings of agent and office nouns, which the
# given names of the first-name lexicon do not have before another given name ("Abiy Ahmed", "Shah Mahmood").
# (not "-man" after "h" or "i": "Abdirahman", "Suleiman")
_ROLE_ENDING = re.compile(r"(?:[a-z]{3}(?:or|er|ee|ist)|[a-z](?:(?<![hi])man|woman|member|person))$")


def _particles_then_name(words: list[str], at: int) -> bool:
    """"von der Leyen", "de la Fuente": lower-case particles from `at` up to a name word."""
    end = at
    while end < len(words) and words[end] in NAME_PARTICLES:
        end += 1
    return end > at and end < len(words) and is_name_word(words[end])


def _full_name_start(words: list[str], begin: int, end: int, after_preposition: bool) -> int:
    """Where the person's name starts in the run words[begin:end]: at a given name the lexicon knows
    followed by a surname, when the capitalised words before it are an office ("Supervisor Alfredo Lin",
    "Councilmember Jo Park") or, after "<role> of", the organisation's name ("Chief Executive of Blue Harbor
    Foods Debra Lane")."""
    for given in range(begin + 1, end - 1):
        if not first_name_gender(words[given]):
            continue
        before = words[begin:given]
        if any(first_name_gender(w) for w in before):
            return begin  # "Mary Anne Smith": given names all along
        if after_preposition or all(_ROLE_ENDING.search(w) for w in before):
            # "… Employees President J. David Cox Sr.": an initial before the given name is the name's
            return given - 1 if given > begin and re.fullmatch(r"[A-Z]\.", words[given - 1]) else given
        return begin
    if after_preposition and end - begin >= 3:
        # "Minister of Emergency Situations Boobek Azhikeev": no given name the lexicon knows, so the name is the
        # two words the office's name ends with (not a person "Situations Boobek Azhikeev"), with a middle initial
        # ("Secretary of State Antony J. Blinken")
        return end - 3 if re.fullmatch(r"[A-Z]\.", words[end - 2]) else end - 2
    return begin


def _after_preposition(words: list[str], index: int) -> bool:
    """Whether the word before position `index` (past determiners and modifiers) is a preposition."""
    index -= 1
    while index >= 0 and (words[index].lower() in DETERMINERS or words[index].lower() in ROLE_MODIFIERS
                          and words[index][:1].islower() or words[index].lower() in HONORIFICS):
        index -= 1
    if index >= 1 and words[index].lower() in ("and", "&") and words[index - 1][:1].isupper():
        # "Minister for European and Euro-Atlantic Integration Olha Stefanishyna": the field's second half
        while index >= 1 and words[index - 1][:1].isupper():
            index -= 1
        return _after_preposition(words, index)
    return index >= 0 and words[index].lower() in ("of", "at", "in", "from", "with", "for", "near", "outside", "to")


def _org_run(words: list[str], index: int) -> bool:
    """"of Foreign Affairs", "of the Russian Ministry": capitalised words that are an organisation's name."""
    end = index
    while end < len(words) and words[end][:1].isupper():
        end += 1
    return any(w.lower() in ORG_NOUNS for w in words[index:end])


def surname_title(mention: str, name: str) -> str:
    """"Judge Berman", "Sen. Graham", "President Obama": the capitalised title right before a lone surname."""
    words = mention.split()
    if len(words) < 2 or words[-1] != name or not name.isalpha() or not name[:1].isupper():
        return ""
    title = words[-2]
    known = title.lower() in HONORIFICS or title.lower() in PERSON_ROLE_NOUNS
    return title if title[:1].isupper() and known else ""


# "the Armenian FM", "the Head of State": the roles as titles spell them
ROLE_SYNONYMS = (
    (" fm ", " foreign minister "), (" pm ", " prime minister "), (" head of state ", " president "),
    (" head of government ", " prime minister "), (" top diplomat ", " foreign minister "),
    (" chief diplomat ", " foreign minister "),
)


def expand_role(words: list[str]) -> list[str]:
    text = " " + " ".join(words).lower() + " "
    for short, full in ROLE_SYNONYMS:
        if short in text:
            text = text.replace(short, full)
            return text.split()
    return words


def someone_elses(keys: list[str], begin: int, end: int) -> bool:
    """Whether the name at keys[begin:end] is someone other than the speaker the phrase names: "Zelensky's chief of
    staff" (a possessive), "adviser to President Aliyev" (after a role and a preposition)."""
    possessive = end < len(keys) - 1 and keys[end] == "s"
    # "a Trump aide", "one Clinton adviser": the name qualifies the role that ends the phrase
    qualifier = end < len(keys) and keys[-1] in PERSON_ROLE_NOUNS and all(
        k in PERSON_ROLE_NOUNS or k in ROLE_MODIFIERS for k in keys[end:])
    before = begin
    while before > 1 and keys[before - 1] in HONORIFICS:
        before -= 1  # "aides to Mr. Rubio"
    # "aides to Mr. Rubio", "people close to Trump", "those around Trump": his people, not him
    after_preposition = before > 0 and keys[before - 1] in ("for", "to", "of", "around") and any(
        k in PERSON_ROLE_NOUNS or k in UNNAMED_HEADS or k == "those" for k in keys[:before]
    )
    return possessive or qualifier or after_preposition


def unnamed_described(phrase: str) -> str:
    """How an unnamed source is described: as the article writes it, without a leading "the"."""
    return strip_determiner(phrase.strip())


def unnamed_description(mention: str) -> str:
    """An unnamed source as the article describes it, in the form `unnamed_described` gives every unnamed source:
    "An Egyptian official briefed on the talks" → "Egyptian official briefed on the talks"; "Officials say"
    opening a sentence → "officials"."""
    words = clean_words(mention)
    if words and (words[0].lower() in UNNAMED_HEADS | GROUP_NOUNS or words[0].lower() in ROLE_MODIFIERS
                  or words[0].lower() in DETERMINERS) and (
            words[0].lower().rstrip("s") not in _PARTY_LABELS  # "Republican" keeps its capital
            and not words[0][1:2].isupper()  # and "MPs", "MEPs" theirs
            # and "A Justice Department official" its name
            and not (len(words) > 1 and words[1][:1].isupper() and words[1].lower() in ORG_NOUNS)):
        words[0] = words[0].lower()
    return unnamed_described(" ".join(words))
