"""The speaker phrase that follows its cue: `said Foreign Minister Jeyhun Bayramov`, `said a skeptical Peter
Horvat`, `according to sources familiar with the talks`, `noted Maryland-based lawyer Jim Dunham`.

mentions.py reads backwards from a cue and holds the tokens and phrase rules both directions share.
"""

from __future__ import annotations

import itertools
import re

from statements.extraction.cues import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_CUES,
    NP_CONNECTORS,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
    PRONOUNS,
    SOURCE_KNOWLEDGE,
    SPOKEN_NOUNS,
    UNNAMED_HEADS,
)
from statements.extraction.clause_words import BE_FORMS, COMMON_VERBS, SUBORDINATORS
from statements.extraction.mentions import SCAN_LIMIT
from statements.extraction.noun_phrases import (
    FUNCTION_WORDS,
    NOUN_WORDS,
    OBJECT_PRONOUNS,
    Mention,
    Token,
    is_possessive,
    mention_of,
    nickname_at,
    np_word,
    particle_in_name,
    tokenize,
)

_COUNTS = frozenset("four five six seven eight nine ten".split())  # ("two", "three", "several": determiners)
# A setting or an audience after the cue, no speaker: "…, Kalin … said on Twitter", "…, Eakin, a coordinator at
# NOAA, explained to Gizmodo"
_SETTING_OPENERS = frozenset("on in at during after before via through over under while to with for from about "
                             "into".split())
_AUTHORED = frozenset("released issued published prepared compiled produced written commissioned filed".split())
_SOURCE_POSTMODIFIER = re.compile(
    r"\s+(?:" + SOURCE_KNOWLEDGE + r"|(?:interviewed|surveyed|polled|consulted|contacted)\s+by)"
    r"\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?=\s*[,.;]|\s*$)"
)


# "one online user surnamed Choi", "a resident identified only as Ahmed": a person described, then named
_NAMED_PERSON = re.compile(r"\s*(?:one|a|an|the)\s+(?:[a-z-]+\s+){1,3}?(?:surnamed|identified\s+(?:only\s+)?as)"
                           r"\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)(?![\w’'])")
# What kind of body it is, then its name: "blockchain analytics firm Chainalysis", "the rights group Hengaw"
_DESCRIBED_BODY = re.compile(
    r"\s*(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:firm|company|group|monitor|consultancy|watchdog|charity|think[- ]tank)"
    r"\s+(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})(?![\w’'])")


def phrase_after(masked: str, start: int, stop: int) -> Mention | None:
    """The noun phrase that starts at `start` ("said Foreign Minister X", "according to X")."""
    stop = min(stop, start + SCAN_LIMIT)
    described = _DESCRIBED_BODY.match(masked, start, stop) or _NAMED_PERSON.match(masked, start, stop)
    if described is not None:
        # "according to security firm ESET": the body, by its name; "wrote one online user surnamed Choi": the
        # person, by the name the article gives
        return Mention(described.group("name"), described.start("name"), described.end("name"))
    tokens = tokenize(masked[start:stop], start)
    picked: list[Token] = []
    skip_to = nickname_to = 0
    for index, token in enumerate(tokens):
        if index < nickname_to:
            continue
        if not token.is_word:
            if picked and nickname_at(tokens, index):
                nickname_to = index + 3  # "said Jose Enrique “Quiquito” Melendez": the name goes on after it
                continue
            if picked or token.text not in ",":
                break
            continue
        if not picked and token.low in _SETTING_OPENERS:
            return None  # "…, Kalin, a spokesman for the president, said on Twitter": a setting, no speaker
        alone = index + 1 == len(tokens) or not tokens[index + 1].is_word
        if not picked and (token.low in PRONOUNS or token.low in OBJECT_PRONOUNS
                           or token.low in ("one", "another") and alone):
            return Mention(token.text, token.start, token.end)  # (and "said one, who asked not to be named")
        if index < skip_to:
            continue
        if not picked and token.low == "one" and index + 1 < len(tokens) and tokens[index + 1].text.islower():
            # "said one veteran GOP operative", "one longtime Republican strategist": a source, counted
            words = list(itertools.takewhile(lambda t: t.is_word, tokens[index + 1 : index + 6]))
            head = next((at for at in range(len(words), 0, -1)
                         if words[at - 1].low in UNNAMED_HEADS | PERSON_ROLE_NOUNS), 0)
            if head:
                return mention_of(tokens[index : index + 1 + head])
        if picked and particle_in_name(tokens, index):
            picked.append(token)  # "said Laurence des Cars"
            continue
        if _describes_name(tokens, index, picked) or (not picked and described_name_at(tokens, index)):
            # "said a skeptical Peter Horvat": the article and its adjectives describe the name after them
            skip_to = next(i for i in range(index, len(tokens)) if tokens[i].text[0].isupper())
            picked = []
            continue
        if not np_word(token) and _modifies_role(tokens, index):
            picked.append(token)  # "noted Maryland-based product liability lawyer Jim Dunham"
            continue
        if (picked and picked[-1].low in DOCUMENT_NOUNS and token.low in _AUTHORED and index + 1 < len(tokens)
                and tokens[index + 1].low == "by" and not _joint_authors(tokens, index + 2)):
            # "a report released by the committee" is the committee's report ("seen by Reuters" is not; a joint
            # statement "released by X and Y" speaks as the statement)
            continue
        if picked and is_possessive(picked[-1].text) and (token.low in SPOKEN_NOUNS or token.low in DOCUMENT_NOUNS):
            # "according to Blinken’s explanations", "the ministry’s statement": the owner
            end = picked[-1].end - (2 if picked[-1].text.endswith(("’s", "'s")) else 1)
            return mention_of(picked[:-1] + [picked[-1]._replace(text=masked[picked[-1].start : end], end=end)])
        if np_word(token) or picked and picked[-1].low == "the" and token.text[:1].islower() and is_possessive(
                token.text):
            picked.append(token)  # (and "says the resort’s general manager Garrett Turta": the role's owner)
        elif owned := _owned_before_comma(tokens, index, picked):
            picked.extend(owned)  # "according to Ukraine’s air force,": what a named owner has, up to the comma
            break
        elif _adjective_before_noun(tokens, index, picked):
            picked.extend(tokens[index : index + 2])  # "according to official electoral data": "official" describes
            skip_to = index + 2
        else:
            break
    for at in range(1, len(picked) - 1):
        if picked[at].low == "in" and picked[at + 1].low in ("its", "his", "her", "their", "a", "an"):
            picked = picked[:at]  # "the Court in its ruling", "the ministry in a statement"
            break
    while picked and (picked[-1].low in NP_CONNECTORS or picked[-1].low in DETERMINERS):
        picked.pop()
    picked = _outlet_of_report(picked)
    mention = mention_of(picked)
    if mention is None and picked and is_possessive(picked[-1].text) and picked[-1].text[0].isupper() and (
            len(tokens) == len(picked) or not tokens[len(picked)].is_word):
        # "according to Jane’s, …": a name written with its possessive (a firm, a publication), nothing owned after
        return Mention(masked[picked[0].start : picked[-1].end], picked[0].start, picked[-1].end)
    if mention is not None and (picked[-1].low in PERSON_ROLE_NOUNS or picked[-1].low in UNNAMED_HEADS):
        # "according to sources familiar with the talks,": the postmodifier belongs to the unnamed source.
        extra = _SOURCE_POSTMODIFIER.match(masked, mention.end, stop)
        if extra is not None:
            return Mention(masked[mention.start : extra.end()], mention.start, extra.end())
    if mention is None and tokens and tokens[0].low in _COUNTS:
        mention = _counted_source(masked, tokens, stop)  # "according to four people familiar with the effort"
    if mention is not None and picked:
        rest = tokens[tokens.index(picked[-1]) + 1 :]
        names = _appositive_name(rest) or _appositive_role(rest)
        if names:
            return Mention(mention.text, mention.start, mention.end, " ".join(t.text for t in names))
        comma = _role_tail_comma(rest)
        if comma and (names := _appositive_name(rest[comma:])):
            # "according to the head of the city administration, Ivan Fedorov": lower-case words the phrase stopped
            # at still belong to the role its holder's name follows
            end = rest[comma - 1].end
            return Mention(masked[mention.start : end], mention.start, end, " ".join(t.text for t in names))
    return mention


def _counted_source(masked: str, tokens: list[Token], stop: int) -> Mention | None:
    """"four people familiar with the effort", "five senior officials": a count, up to two modifiers, a source's
    head, and what the source is known by."""
    for at in range(1, min(len(tokens), 4)):
        if not tokens[at].is_word or tokens[at].low in FUNCTION_WORDS or tokens[at].low in DETERMINERS:
            return None
        if tokens[at].low in UNNAMED_HEADS:
            mention = mention_of(tokens[: at + 1])
            extra = _SOURCE_POSTMODIFIER.match(masked, mention.end, stop) if mention is not None else None
            return Mention(masked[mention.start : extra.end()], mention.start, extra.end()) if extra else mention
    return None


def _owned_before_comma(tokens: list[Token], index: int, picked: list[Token]) -> list[Token]:
    """The one to three lower-case words after a capitalised possessive, or after "the" when they end in an
    organisation's noun, that run to a comma or a full stop ("Ukraine’s air force,", "the fire service."), else
    none."""
    owner = bool(picked) and picked[-1].text[:1].isupper() and is_possessive(picked[-1].text)
    if not owner and [token.low for token in picked] != ["the"]:
        return []
    for end in range(index, min(index + 3, len(tokens))):
        if not tokens[end].is_word or not tokens[end].text.isalpha() or not tokens[end].text.islower():
            return []
        if (end + 1 == len(tokens) or tokens[end + 1].text in (",", ".")) and (owner or tokens[end].low in ORG_NOUNS):
            return tokens[index : end + 1]  # (or the sentence's end: "…, according to Ukraine’s air force.")
    return []


# Heads that are also adjectives: "official" in "official electoral data", "official election results"
_ADJECTIVE_HEADS = frozenset("official".split())


def _adjective_before_noun(tokens: list[Token], index: int, picked: list[Token]) -> bool:
    """A lower-case word the noun lexicon lacks, after a head that is also an adjective and before the phrase's
    last word ("official electoral data", "official election results,"): the phrase goes on to that noun, and
    "official" is no source (but "an official familiar with …", "the official told reporters")."""
    if not picked or picked[-1].low not in _ADJECTIVE_HEADS or index + 1 >= len(tokens):
        return False
    words = tokens[index : index + 2]
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return (all(w.text.isalpha() and w.text.islower() and w.low not in FUNCTION_WORDS and w.low not in FINITE_CUES
                and w.low not in COMMON_VERBS and not w.low.endswith(("ed", "ing")) for w in words)
            and (after is None or not after.is_word or after.low in FUNCTION_WORDS))


_REPORT_NOUNS = frozenset("report reports story article survey study analysis investigation piece".split())


def _outlet_of_report(picked: list[Token]) -> list[Token]:
    """"a report in the Daily Express", "a new study by Oxfam": the outlet or author named after the report."""
    for at in range(min(len(picked) - 2, 3)):
        if picked[at].low in _REPORT_NOUNS and picked[at + 1].low in ("in", "by", "from"):
            rest = picked[at + 2 :]
            named = rest[1:] if rest[0].low == "the" else rest
            if named and named[0].text[:1].isupper():
                return rest
    return picked


def _joint_authors(tokens: list[Token], start: int) -> bool:
    """Whether the authors named from tokens[start] to the next punctuation are several ("X and Y")."""
    for token in tokens[start:]:
        if not token.is_word:
            return False
        if token.low == "and":
            return True
    return False


def _appositive_role(tokens: list[Token]) -> list[Token]:
    """", the agency spokesperson." closing the sentence after a name ("said Nancy Silvestri, …"): her role, which
    a later "the spokesperson said" recalls."""
    if len(tokens) < 3 or tokens[0].text != "," or tokens[1].low not in ("the", "a", "an"):
        return []
    words = []
    for token in tokens[1:7]:
        if not token.is_word:
            break
        words.append(token)
    following = tokens[1 + len(words)] if len(tokens) > 1 + len(words) else None
    if following is not None and following.text not in ".;" or words[-1].low not in PERSON_ROLE_NOUNS:
        return []
    return words


def _describes_name(tokens: list[Token], index: int, picked: list[Token]) -> bool:
    """Whether tokens[index] is one of one or two lower-case adjectives after a lone article and before a
    capitalised name ("a skeptical Peter Horvat", "an exhausted but defiant Varga", "a grave-looking Sánchez")."""
    if len(picked) != 1 or picked[0].low not in ("a", "an"):
        return False
    for token in tokens[index : index + 3]:
        if not token.is_word:
            return False
        if token.text[0].isupper():
            return token is not tokens[index]
        if not token.text.replace("-", "").isalpha() or token.low in NOUN_WORDS or token.low in FUNCTION_WORDS \
                or token.low in SUBORDINATORS or token.low in BE_FORMS:
            return False
    return False


def described_name_at(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] opens up to four lower-case words that describe the capitalised name closing the
    phrase: "said retired neurosurgeon Ben Carson.", "embattled Gov. Chris Christie", "17-year-old Jared Potts"."""
    if not tokens[index].is_word or not descriptor_word(tokens[index].text):
        return False
    # the words before the name: lower-case descriptors and the capitalised owner of a role ("longtime Clinton
    # aide Huma Abedin"); the name is the last run of capitalised words, closing the phrase
    end = index
    while end < len(tokens) and end - index < 7 and tokens[end].is_word and (
            tokens[end].text[0].isupper() or descriptor_word(tokens[end].text)):
        end += 1
    if end < len(tokens) and tokens[end].text not in ",.;:!?)":
        return False
    at = end
    while at > index and tokens[at - 1].text[0].isupper():
        at -= 1
    return end - at >= 2 and at > index


def descriptor_word(word: str) -> bool:
    """A lower-case word that can describe a person before the name ("retired", "longtime", "self-described",
    "17-year-old"), not a word of the sentence's syntax."""
    low = word.lower()
    return (word == low and bool(re.fullmatch(r"[\w-]+", word)) and not low.isdigit() and low not in FUNCTION_WORDS
            and low not in SUBORDINATORS and low not in BE_FORMS and low not in PRONOUNS and low not in DETERMINERS
            and low not in NP_CONNECTORS)


def _modifies_role(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is one of up to three lower-case words before a role noun ("product liability lawyer")."""
    for token in tokens[index : index + 4]:
        if not token.is_word or not token.text.isalpha() or not token.text.islower():
            return False
        if token.low in PERSON_ROLE_NOUNS:
            return True
        if token.low in FUNCTION_WORDS or token.low in SUBORDINATORS or token.low in BE_FORMS:
            return False
    return False


def _role_tail_comma(tokens: list[Token]) -> int:
    """The index of the comma closing "of the city administration," after a role's head: a connector and up to five
    words; 0 if the words do not end at a comma."""
    if not tokens or tokens[0].low not in ("of", "for", "at"):
        return 0
    for at, token in enumerate(tokens[1:7], 1):
        if token.text == ",":
            return at
        if not token.is_word:
            return 0
    return 0


def _appositive_name(tokens: list[Token]) -> list[Token]:
    """", Josep Borrell," right after a role phrase: the role's holder."""
    if len(tokens) < 2 or tokens[0].text != ",":
        return []
    names = []
    for token in tokens[1:]:
        if token.is_word and token.text[0].isupper():
            names.append(token)
        else:
            break
    following = tokens[1 + len(names)] if len(tokens) > 1 + len(names) else None
    if 2 <= len(names) <= 4 and (following is None or following.text in ",.;"):
        return names
    return []
