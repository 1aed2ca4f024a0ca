"""Finding the speaker phrase next to a cue verb, without a parser.

A speaker phrase is a run of capitalised words, role / organisation nouns and connectors ("the head of
Armenia's National Security Council Armen Grigoryan"), or a pronoun. The scanners work on the masked
sentence (quote contents hidden) and skip what news copy puts between subject and verb: adverbs,
time phrases ("on Tuesday") and appositions ("Armenia, Russia's formal ally, denied").
"""

from __future__ import annotations

import re

from statements.extraction.clause_words import BE_FORMS, COMMON_VERBS, SUBORDINATORS
from statements.extraction.countries import nationality_adjective
from statements.extraction.genders import first_name_gender
from statements.extraction.cues import (
    DETERMINERS,
    FINITE_CUES,
    GROUP_NOUNS,
    NP_CONNECTORS,
    ORG_NOUNS,
    PASSIVE_AT_END,
    PEOPLE_PLURALS,
    PERSON_ROLE_NOUNS,
    SKIPPABLE_BEFORE_VERB,
    SOME_OF_THEM,
    SOURCE_KNOWLEDGE,
    TIME_PHRASE_AT_END,
)
from statements.extraction.appositions import subject_with_apposition, unclosed_apposition
from statements.extraction.described_people import (
    PEOPLE_AROUND_END,
    PEOPLE_OF,
    opening_plural_described,
    person_at_place,
    source_with_relative,
    subject_with_postmodifier,
)
from statements.extraction.listed_subjects import after_serial_and, bordering, listed_subject
from statements.extraction.noun_phrases import (
    FUNCTION_WORDS,
    NOUN_WORDS,
    Mention,
    Token,
    collect_backward,
    is_possessive,
    tokenize,
)

_LAST_WORD = re.compile(r"[^\W\d_]+$")
_NEGATIONS = frozenset("not never n't".split())


# "Warren quickly accused", "Varga flatly denied": a lower-case adverb between the subject and its verb (not "Italy")
ADVERB = re.compile(r"[a-z]{3,}ly")
# How far a scanner looks from its cue: longer than any speaker phrase with its apposition.
SCAN_LIMIT = 400


# "Rep. Tomas Nowak (D-Ohio) said", and AP style "Rep. Tomas Nowak, D-Ohio, said" / "Sen. Lena Holm, R-S.C., said";
# "Zhu Fenglian (朱鳳蓮) said": the name in its own script (or an age, "(42)"), in brackets without a Latin letter
_PARTY_AND_STATE = re.compile(
    r"\s*(?:\([A-Z]-?[\w.’' -]{0,24}\)|\([A-Z]{2,6}[-/][A-Z]{2}\)|\([^A-Za-z()]{1,24}\)"
    r"|,\s*[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,)\s*$")  # (and Brazil's party and state: "(PL-RJ)", "(PSOL/SP)";
# and Israel's parties: "MK Mansour Abbas (Ra’am)", "(Hadash-Ta’al)")


_DEGREE_BEFORE = re.compile(r"(?<![\w’'-])(?:more|most|less|very|so)\s+$")


def _skippable(word: str) -> bool:
    """A word between a subject and its verb ("Peskov also said"); not "daily", the paper ("The conservative daily
    warns")."""
    low = word.lower()
    # (nor a noun that ends like an adverb: "The family said", "The assembly said")
    return low in SKIPPABLE_BEFORE_VERB or ADVERB.fullmatch(word) is not None and low not in ("daily", "weekly") and (
        low not in NOUN_WORDS)


def _strip_before_verb(masked: str, floor: int, end: int) -> int:
    """Move `end` left over adverbs and time phrases that sit between a subject and its verb."""
    while True:
        segment = masked[floor:end].rstrip()
        # (the segment is right-stripped: "(D-Ohio)" or ", R-S.C.," must end it, else the search cannot match)
        party = _PARTY_AND_STATE.search(segment[-30:]) if segment.endswith((")", ",")) else None
        if party is not None:
            end = floor + len(segment) - len(party.group())
            continue
        # Only the tail can hold what we skip; searching all of a long segment for an end-anchored phrase is slow.
        tail_start = max(len(segment) - 48, 0)
        tail = segment[tail_start:]
        match = TIME_PHRASE_AT_END.search(tail)
        if match and tail_start + match.start() > 0:
            end = floor + tail_start + match.start()
            continue
        last = _LAST_WORD.search(tail)
        if last and _skippable(last.group()):
            end = floor + tail_start + last.start()
            before = _DEGREE_BEFORE.search(masked, max(floor, end - 8), end) if ADVERB.fullmatch(last.group()) else None
            if before is not None:
                end = before.start()  # "Trump more recently has said": the degree word goes with its adverb
            continue
        return floor + len(segment)


def subject_before(masked: str, floor: int, cue_start: int) -> Mention | None:
    """The speaker phrase ending just before the cue at `cue_start` (searching no further left than floor).
    Memoised for the article being extracted: the frame rules ask it about the same cue again and again."""
    global _subjects
    text, found = _subjects
    if text is not masked:
        # one slot, replaced whole (text and its answers together), so that threads never share answers
        found = {}
        _subjects = (masked, found)
    key = (floor, cue_start)
    if key not in found:
        mention = _first_conjunct(masked, floor, _subject_before(masked, floor, cue_start))
        if mention is not None and mention.text.rsplit(None, 1)[-1].lower() in ("and", "or", "but"):
            mention = None  # "Yousaf wished MSPs from other parties well and acknowledged": a second verb, no subject
        found[key] = mention
    return found[key]


def _first_conjunct(masked: str, floor: int, mention: Mention | None) -> Mention | None:
    """"Aleksandar Vucic, president of neighbouring Serbia, and Viktor Orban condemned": the first named, as
    conjoined speakers are credited, when an apposition stands between the two."""
    first = _APPOSED_FIRST.search(masked, max(floor, mention.start - 140), mention.start) if (
        mention is not None and masked.endswith("and ", floor, mention.start)) else None
    if first is None or not first_name_gender(first.group("first").split()[-2]):
        return mention
    return Mention(first.group("first"), first.start("first"), first.end("first"))


# A first conjunct named, then its apposition, then ", and": "Aleksandar Vucic, president of Serbia, and …"
_APPOSED_FIRST = re.compile(r"(?<![\w’'-])(?P<first>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}),\s+[^,;:~“”\"]{3,80}?,"
                            r"\s+and\s+$")


_subjects: tuple[str, dict[tuple[int, int], Mention | None]] = ("", {})
# What an unnamed source is known by, just before the noun that ends the phrase ("accredited to the", "from a small")
_KNOWN_BY = re.compile(r"\s(?:" + SOURCE_KNOWLEDGE + r"|from\s+an?|of\s+(?:an?|one|two|three|several))\s+"
                       r"(?:[\w’'-]+\s+){0,3}$")
# "… in the West African nation of Karanga", "… in the Andean country of Peru": where the subject is
_IN_THE_COUNTRY_OF = re.compile(r"\s+in\s+the\s+(?:[\w-]+\s+){0,3}(?:nation|country|state|republic|kingdom|"
                                r"island|enclave|province|region|city|town|village|port)\s+of\s+[A-Z][\w’'-]*"
                                r"(?:\s+[A-Z][\w’'-]*)?\s*$")  # ("Witnesses in the northern city of Rasht")
# A UN expert named by the mandate: "The UN special rapporteur on torture", "the special rapporteur on human rights in
# Iran"
_RAPPORTEUR = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa])\s+(?:(?:[A-Z][\w.-]*|independent|special)\s+){0,3}"
                         r"(?:rapporteur|expert)s?\s+(?:on|for)\s+[^,;:~“”\"]{2,80}?\s*$")
# A summit's or a meeting's document: "The final communique of the G7 summit", "the declaration adopted at the talks"
_DOCUMENT_OF_EVENT = re.compile(
    r"(?<![\w’'-])(?P<document>(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}?(?:communiqu[eé]|declaration|statement|"
    r"conclusions|draft|document|resolution))\s+(?:of|from|at|(?:issued|adopted|released)\s+(?:at|after|by))\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:summit|meeting|talks|conference|session|gathering|forum)"
    r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s*$")  # ("… summit in Rome")


# A sentence's opening setting up to its place or occasion: "In northern Israel", "After PMQs"
_FRONTED_SETTING = re.compile(r"\s*(?:In|At|After|Before|During|On|Following|Under|Amid|Speaking\s+(?:at|after|in))"
                              r"\s[^,;:~“”\"]{1,60}")
# "Diplomats said … One said …": one of a group just quoted, as the clause's whole subject
_ONE_OF_THEM = re.compile(r"(?<![\w’'-])(?:[Oo]ne|[Aa]nother)(?:\s+of\s+(?:them|those))?(?=\s*$)")
_SOME_OF_THEM = re.compile(rf"(?<![\w’'-])(?:{SOME_OF_THEM.pattern})(?=\s*$)")
# "Bush and his rivals for the Republican nomination have said", "Cruz and his allies in the Senate said": the
# named person with the people around them (not "Senate")
_WITH_ALLIES = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+and\s+(?:his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:allies|rivals|aides|advisers|advisors|supporters|colleagues|backers|lawyers|attorneys|deputies|opponents|"
    r"team|campaign|family)(?:\s+(?:in|on|for|at|from|of|within)\s+[^,;:~“”\"]{1,60}?)?\s*$"
)


# "The independent Sage group of science advisers said": the body speaks, its members are its complement.
_BODY_OF = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+|[a-z][\w’'-]*\s+){0,3}?(?:group|panel|team|coalition|committee"
                      r"|council|board|body|network|alliance|association)\s+of\s+(?:[a-z][\w-]*\s+){0,2}$")
# "… and other rights groups", "… and others": the words between a named speaker and the rest of the list
_AND_OTHER = re.compile(r"\s+and\s+(?P<other>other\s+(?:[a-z][\w’'-]*\s+){0,3})?$")
_NUMBERED = re.compile(r"No\.?\s+\d")  # "A No 10 spokesman", "No. 10": Downing Street, not nobody
_NOBODY = frozenset("neither no none nobody nor".split())
_SEEN_BY = re.compile(r"\s(?:seen|obtained|reviewed|viewed)\s+by\s+(?:the\s+|The\s+)?$")
_ASKED_BY = re.compile(r"(?<![\w’'-])(?:[\w-]+\s+){0,2}?[a-zA-Z]+s\s+"
                       r"(?:interviewed|surveyed|polled|consulted|contacted)\s+by\s+(?:the\s+|The\s+)?$")
# A statement posted on its issuer's website: "A brief statement on the Kremlin’s website"
_DOCUMENT_ON_SITE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+){0,2}(?:statement|notice|post|readout|"
                               r"message)\s+(?:posted\s+)?on\s+(?:the\s+)?"
                               r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
                               r"[’']s\s+(?:official\s+)?(?:website|web\s+site|site)\s*$")


def named_before_others(masked: str, floor: int, mention: Mention | None) -> Mention | None:
    """"The UN and other aid organisations have condemned", "Britain and others said": the one named speaks."""
    joined = _AND_OTHER.search(masked, max(floor, mention.start - 40), mention.start) if mention else None
    if joined is not None and (mention.text.split()[0].lower() in ("other", "others") or joined.group("other")):
        return collect_backward(tokenize(masked[floor : joined.start()], floor)) or mention
    return mention


def _subject_before(masked: str, floor: int, cue_start: int) -> Mention | None:
    floor = max(floor, cue_start - SCAN_LIMIT)  # no speaker phrase is longer; long sentences cost tokens
    if PASSIVE_AT_END.search(masked, max(floor, cue_start - 24), cue_start):
        return None  # "a woman who was reported missing", "he was told": a passive, its subject no speaker
    verb_at = cue_start
    while True:
        window = max(floor, verb_at - 40)
        segment_end = len(masked[window:verb_at].rstrip()) + window
        last = _LAST_WORD.search(masked, max(floor, segment_end - 24), segment_end)
        if last is None or not _skippable(last.group()):
            break
        verb_at = last.start()
    if masked[max(floor, verb_at - 40) : verb_at].rstrip().endswith((",", ",”", ',"')):
        # "Zelenskiy, speaking in New York on Tuesday, accused" / "Lai, who took office on Monday, has called":
        # the apposition goes before any time phrase is stripped, or "on Tuesday," would leave "New York".
        aside = masked.rfind(", including ", max(floor, verb_at - 160), verb_at)
        if aside > floor and "," not in masked[floor:aside] and not any(
                mark in masked[aside:verb_at] for mark in ";:~“”\""):
            # "Opponents of the plan, including trade unions, churches and left-leaning parties, argued": examples
            # set off after the subject, whatever commas they hold; the subject is the phrase before them (not
            # after an apposition: "UiPath, one of the players with 10,000 customers, including Uber, …, announced")
            return _subject_before(masked, floor, aside)
        who = masked.rfind(", who ", max(floor, verb_at - 200), verb_at)
        if who > floor and "," in masked[floor:who] and masked.count(",", who + 1, verb_at) == 1 and not any(
                mark in masked[floor:verb_at] for mark in ";:~“”\""):
            # "Kimberly Branscome, a partner at Kirkland & Ellis in Los Angeles, who was lead defense counsel, called":
            # a description, then a relative clause; the subject is before both
            found = _subject_before(masked, floor, who)
            if found is not None and not masked[floor : found.start].strip(" “”\"~,.!?"):
                return found  # (only the phrase opening the clause: not "director of …" after "Prof Gavin Yamey,")
        tokens = tokenize(masked[floor:verb_at], floor)
        if len(tokens) > 2 and tokens[-1].text in ("”", '"') and tokens[-2].text == ",":
            tokens = tokens[:-2] + [tokens[-1], tokens[-2]]  # "Kerry Washington, the star of “Scandal,” said"
        found = subject_with_apposition(masked, floor, tokens)
        if found is not None and found.apposition and _FRONTED_SETTING.fullmatch(masked, floor, found.end):
            # "In northern Israel, the mayor of Metula, David Azoulay, said", "At Prime Minister's Questions, the
            # Leader of the Opposition, Kemi Badenoch, asked": the setting's place is no subject; the apposition is
            role, _, name = found.apposition.rpartition(", ")
            at = masked.find(found.apposition, found.end)
            found = Mention(role, at, at + len(role), name) if role else Mention(name, at, at + len(name))
        if found is not None and found.text.islower() and " " not in found.text and found.text in ORG_NOUNS:
            # "The AU observation mission, led by Joyce Banda, said": the body with the words that name it (only
            # before who leads or makes it up: HELDOUT18 lost a right speaker with every other apposition)
            if found.apposition.split()[0] in ("led", "headed", "chaired", "run", "made", "based", "set"):
                owned = _owned_organisation(masked, floor, Mention(found.text, found.start, found.end))
                found = Mention(owned.text, owned.start, owned.end, found.apposition)
        if found is not None:
            return found
    end = _strip_before_verb(masked, floor, cue_start)
    site = _DOCUMENT_ON_SITE.search(masked, max(floor, end - 120), end) if "site" in masked[max(floor, end - 20):end] \
        else None
    if site is not None:  # "A brief statement on the Kremlin’s website said": the Kremlin
        return Mention(site["owner"], site.start("owner"), site.end("owner"))
    unclosed = unclosed_apposition(masked, floor, end)
    if unclosed is not None:
        return unclosed
    if " and " in masked[max(floor, end - 160) : end]:
        allies = _WITH_ALLIES.search(masked, max(floor, end - 160), end)
        if allies is not None:
            text = allies.group().rstrip()
            return Mention(text, allies.start(), allies.start() + len(text))
    source = source_with_relative(masked, floor, end)
    if source is not None:
        return source
    one = _ONE_OF_THEM.search(masked, max(floor, end - 20), end)
    if one is not None and not masked[floor : one.start()].strip(" ,“”\""):
        return Mention(one.group(), one.start(), one.end())  # "One said …", "“…,” one of them said"
    some = _SOME_OF_THEM.search(masked, max(floor, end - 40), end)
    if some is not None and not masked[floor : some.start()].strip(" ,“”\""):
        return Mention(some.group(), some.start(), some.end())
    if masked.find(" of ", max(floor, end - 70), end) > 0 or masked.find(" at ", max(floor, end - 70), end) > 0:
        document = _DOCUMENT_OF_EVENT.search(masked, max(floor, end - 90), end)
        if document is not None:  # "The final communique of the summit said": the document speaks, not the summit
            return Mention(document.group("document"), document.start("document"), document.end("document"))
        country = _IN_THE_COUNTRY_OF.search(masked, max(floor, end - 80), end)
        if country is not None and country.start() > floor:
            # "Mutinous soldiers in the West African nation of Karanga announced": the soldiers, not the country
            # (described by the place: "Witnesses in the northern city of Rasht")
            subject = subject_before(masked, floor, country.start())
            if subject is not None and subject.text.split()[-1].lower() in PEOPLE_PLURALS:
                place_end = country.start() + len(country.group().rstrip())
                return Mention(masked[subject.start : place_end], subject.start, place_end)
            return subject
    window = max(floor, end - 110)
    if masked.find("apporteur", window, end) > 0 or masked.find(" expert", window, end) > 0:
        rapporteur = _RAPPORTEUR.search(masked, window, end)
        if rapporteur is not None:  # "The special rapporteur on human rights in Iran said": the expert, not Iran
            text = rapporteur.group().rstrip()
            return Mention(text, rapporteur.start(), rapporteur.start() + len(text))
    tokens = tokenize(masked[floor:end], floor)
    if not tokens:
        return None
    last = tokens[-1]
    if last.low in _NEGATIONS or last.low.endswith("n't") or last.low == "to" or last.low in BE_FORMS:
        return None  # negated, infinitive ("declined to say") or passive ("it was announced")
    if not last.is_word and last.text == ",":
        return subject_with_apposition(masked, floor, tokens)
    mention = named_before_others(masked, floor, collect_backward(tokens))
    if mention is not None and not mention.text.lower().startswith(("his ", "her ", "their ")) and _KNOWN_BY.search(
            masked, max(floor, mention.start - 50), mention.start):
        # "A diplomat accredited to the IAEA", "A negotiator from a small island state": the source, not what it
        # is known by (but "sources close to her campaign" speak for it, below)
        described = subject_with_postmodifier(masked, floor, end)
        if described is not None and described.start < mention.start and described.end >= mention.end:
            mention = described
    if mention is not None and mention.text.split()[0].lower() in _NOBODY and not _NUMBERED.match(mention.text):
        return None  # "Neither campaign responded", "No one from the campaign said": nobody spoke
    if mention is not None and mention.text[:1].islower() and mention.text.split()[-1].lower() in PERSON_ROLE_NOUNS:
        body = _BODY_OF.search(masked, max(floor, mention.start - 60), mention.start)
        if body is not None and any(w[:1].isupper() for w in body.group().split()):
            return Mention(masked[body.start() : mention.end], body.start(), mention.end)
    if mention is not None and not mention.text.lower().startswith(("his ", "her ", "their ")):
        around = PEOPLE_AROUND_END.search(masked, max(floor, mention.start - 40), mention.start)
        if around is not None:  # "People close to Trump say": his people (but "sources close to her campaign": it)
            mention = Mention(masked[around.start() : mention.end], around.start(), mention.end)
    if mention is not None:
        mention = opening_plural_described(masked, floor, person_at_place(masked, floor, bordering(masked, floor,
                                                                                                  mention)))
        seen = _SEEN_BY.search(masked, max(floor, mention.start - 30), mention.start)
        if seen is not None:  # "intelligence reports seen by Reuters suggest": the reports, not the outlet
            mention = collect_backward(tokenize(masked[floor : seen.start()], floor)) or mention
        asked = _ASKED_BY.search(masked, max(floor, mention.start - 60), mention.start) if seen is None else None
        if asked is not None:  # "Analysts surveyed by Reuters said": the analysts, whom Reuters asked
            mention = Mention(masked[asked.start() : mention.end], asked.start(), mention.end)
    if mention is None:
        mention = subject_with_postmodifier(masked, floor, end)
    elif mention.text.islower() and mention.text.split()[-1] in PEOPLE_PLURALS and (
            described := _people_described(masked, tokens, mention)) is not mention:
        mention = person_at_place(masked, floor, described)  # ("Three diplomats from allied countries")
    elif _bare_role(mention.text) and (described := _role_described(masked, tokens, mention)) is not mention:
        mention = described
    elif " and " in mention.text or after_serial_and(tokens, mention):
        mention = listed_subject(masked, floor, tokens, mention)
    else:
        mention = _owned_organisation(masked, floor, _role_with_complement(masked, floor, mention))
    people_of = PEOPLE_OF.search(masked, max(floor, end - 80), end)
    if people_of is not None and (mention is None or people_of.start() < mention.start < people_of.end()):
        # "Veterans of Ireland’s diplomatic service said", "Families of the victims said": the people, not the body
        text = people_of.group().rstrip()
        mention = Mention(text, people_of.start(), people_of.start() + len(text))
    return mention


# "Venezuela's electoral council said": lower-case modifiers between the owner and the organisation noun.
_OWNER = r"(?<![\w’'-])[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s\s+"
_OWNER_BEFORE = re.compile(_OWNER + r"(?:[a-z][\w-]*\s+){1,2}$")
# "Bolivia’s public defender’s office": the owner of a role's office, modifiers or none
_OWNER_BEFORE_ROLE = re.compile(_OWNER + r"(?:[a-z][\w-]*\s+){0,2}$")


# "the UN refugee agency said", "the UN peacekeeping mission MONUSCO said": a proper name qualifying an
# organisation noun across lower-case modifiers.
_QUALIFIER_BEFORE = re.compile(  # ("the U.N. human rights office": an acronym with full stops too)
    r"(?:^|(?<=\s))(?:the|The)\s+(?P<name>(?:[A-Z]{2,}|[A-Z][a-z]+|(?:[A-Z]\.){2,})\s+(?:[a-z][a-z-]+\s+){1,3})$")


# "Human rights groups have warned": a capitalised first word and lower-case modifiers before a plural group noun.
_NOT_QUALIFIERS = frozenset("this that these those it there here what comes came come is was".split())
_GROUP_QUALIFIER = re.compile(r"[A-Z][a-z]+\s+(?:[a-z][a-z-]+\s+){1,2}")


# "the aid agency said", "The nation’s largest gun group is accusing": the owner and modifiers before the noun
_MODIFIED_ORGANISATION = re.compile(
    r"(?:^|(?<=\s))(?:a|an|the|A|An|The)\s+(?P<modifier>(?:[a-z]+[’']s\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)\s+$")


def _owned_organisation(masked: str, floor: int, mention: Mention) -> Mention:
    first = mention.text.split()[0]
    if mention.text.islower() and is_possessive(first) and mention.text.split()[-1] in ORG_NOUNS:
        # "Bolivia’s public defender’s office said": the office of the country's public defender
        match = _OWNER_BEFORE_ROLE.search(masked, max(floor, mention.start - 60), mention.start)
        if match is not None:
            return Mention(masked[match.start() : mention.end], match.start(), mention.end)
    if mention.text.islower() and first not in DETERMINERS and mention.text.split()[-1] in ORG_NOUNS | GROUP_NOUNS:
        # "A rights group accused …", "the aid agency said", "The nation’s largest tenants group": the lower-case
        # modifier names the organisation
        found = _MODIFIED_ORGANISATION.search(masked, max(floor, mention.start - 45), mention.start)
        if found is not None and not set(found.group("modifier").split()) & (_NOT_QUALIFIERS | _NOT_MODIFIERS):
            return Mention(masked[found.start("modifier") : mention.end], found.start("modifier"), mention.end)
    if first in GROUP_NOUNS and _GROUP_QUALIFIER.fullmatch(masked, floor, mention.start) and not (
            set(masked[floor : mention.start].lower().split()) & (SUBORDINATORS | _NOT_QUALIFIERS)):
        return Mention(masked[floor : mention.end], floor, mention.end)
    if first.lower() not in ORG_NOUNS or not first.islower() or " " in mention.text and first == mention.text:
        return mention
    if " " not in mention.text:
        match = _OWNER_BEFORE.search(masked, max(floor, mention.start - 60), mention.start)
        if match is not None:
            return Mention(masked[match.start() : mention.end], match.start(), mention.end)
    match = _QUALIFIER_BEFORE.search(masked, max(floor, mention.start - 60), mention.start)
    if match is None or any(w in ORG_NOUNS or w in PERSON_ROLE_NOUNS for w in match.group("name").lower().split()[1:]):
        return mention
    return Mention(masked[match.start("name") : mention.end], match.start("name"), mention.end)


# "A senior official in the terror group told": the role is the speaker, the group only its complement.
_COMPLEMENT_BEFORE = re.compile(r"\s(?:in|at|from|with|of)\s+(?:the|a|an|its|their)\s+(?:[a-z][\w’'-]*\s+){1,2}$")


def _role_with_complement(masked: str, floor: int, mention: Mention) -> Mention:
    if " " in mention.text or mention.text.lower() not in ORG_NOUNS | GROUP_NOUNS:
        return mention
    match = _COMPLEMENT_BEFORE.search(masked, max(floor, mention.start - 60), mention.start)
    if match is None:
        return mention
    role = collect_backward(tokenize(masked[floor : match.start()], floor))
    if role is None or role.text.split()[-1].lower() not in PERSON_ROLE_NOUNS:
        return mention
    return Mention(masked[role.start : mention.end], role.start, mention.end)


_NOT_MODIFIERS = FUNCTION_WORDS | SUBORDINATORS | COMMON_VERBS | FINITE_CUES | DETERMINERS | NP_CONNECTORS | BE_FORMS


def _people_described(masked: str, tokens: list[Token], mention: Mention) -> Mention:
    """"veteran volunteers said", "Black voters, campaign organizers and veteran volunteers said": the lower-case
    modifiers of unnamed people, and the list of such groups that they close, as the article describes them."""
    index = next(i for i, token in enumerate(tokens) if token.start == mention.start)
    listed = False  # (a list closes with "and": "Police fired on protesters, witnesses said" lists nobody)
    while True:
        for _ in range(2):
            word = tokens[index - 1] if index else None
            if word is None or not word.is_word or not word.text.islower() or word.low in _NOT_MODIFIERS or (
                    ADVERB.fullmatch(word.text) or word.low in SKIPPABLE_BEFORE_VERB) or (
                    word.low.endswith("s") and not word.low.endswith(("ous", "ss"))):
                break  # (a plural is no modifier: "how many times people told him")
            index -= 1
        if index == 1 and tokens[0].is_word and tokens[0].low not in _NOT_MODIFIERS | _NOT_QUALIFIERS:
            index = 0  # "Human rights groups have warned": the sentence's capitalised first word qualifies them
        if index < 2 or tokens[index - 1].text not in (",", "and") or tokens[index - 1].text == "," and not listed:
            break
        listed = True
        item = collect_backward(tokens[: index - 1])
        if item is None or item.text.split()[-1].lower() not in PEOPLE_PLURALS:
            break
        index = next(i for i, token in enumerate(tokens) if token.start == item.start)
    start = tokens[index].start
    return mention if start == mention.start else Mention(masked[start : mention.end], start, mention.end)


def _bare_role(text: str) -> bool:
    """A role without its article, as the backward scan stops at a lower-case modifier: "mogul", "prime minister",
    "Russian diplomat" (of "the real estate mogul", "the embattled prime minister", "the veteran Russian
    diplomat")."""
    words = text.split()
    if words[0] in PERSON_ROLE_NOUNS:
        return True
    return words[-1] in PERSON_ROLE_NOUNS and all(w.islower() for w in words[1:]) and (
        words[0].islower() or nationality_adjective(words[0]))


def _role_described(masked: str, tokens: list[Token], mention: Mention) -> Mention:
    """"the real estate mogul said", "Senate minority leader Harry Reid told", "the newly elected president", "the
    Bosnian Serb nationalist leader": a role noun, its lower-case modifiers and the article or the institution's
    name (or the nationality) before them."""
    index = next(i for i, token in enumerate(tokens) if token.start == mention.start)
    for _ in range(3):
        word = tokens[index - 1] if index else None
        if word is None or word.low in ("the", "a", "an") or not word.is_word or not word.text.islower() or (
                word.low in _NOT_MODIFIERS or word.low in SKIPPABLE_BEFORE_VERB):
            break
        if ADVERB.fullmatch(word.text) and tokens[index].start == mention.start:
            break  # (an adverb only before another modifier: "the newly elected president")
        index -= 1
    if index == 0 or tokens[index].start == mention.start:
        return mention
    if tokens[index - 1].low in ("the", "a", "an"):
        start = tokens[index - 1].start
    else:
        owner = collect_backward(tokens[:index])
        if owner is None or owner.text.split()[0].lower() in FUNCTION_WORDS:
            return mention
        words = owner.text.split()
        if words[0] in ("the", "a", "an") and len(words) > 1 and all(w[:1].isupper() for w in words[1:]):
            pass  # "the Bosnian Serb nationalist leader": the article and the capitalised qualifiers
        elif not owner.text[:1].isupper():
            return mention
        start = owner.start
    return Mention(masked[start : mention.end], start, mention.end)
