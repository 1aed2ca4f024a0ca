"""The main-clause subject of a sentence: the first speaker-like phrase directly followed by a verb.

The frame rules ask it for the speaker of a quote or a clause whose cue stands elsewhere ("Kral then left. “…”"),
and the pronoun rules for antecedents. The speaker phrases themselves are read by statements.extraction.mentions.
"""

from __future__ import annotations

import re

from statements.extraction.appositions import PARTY_TAG
from statements.extraction.cues import (
    FINITE_CUES,
    PERSON_ROLE_NOUNS,
    PRONOUNS,
    is_relative_pronoun,
    SKIPPABLE_BEFORE_VERB,
)
from statements.extraction.countries import nationality_adjective
from statements.extraction.genders import first_name_gender
from statements.extraction.speaker_names import split_name
from statements.extraction.clause_words import COMMON_VERBS, SUBORDINATORS
from statements.extraction.mentions import ADVERB, named_before_others
from statements.extraction.noun_phrases import (
    FUNCTION_WORDS,
    NOUN_WORDS,
    TOKEN,
    Mention,
    Token,
    collect_backward,
    is_particle_name,
    new_tuple,
)


def sentence_subject(masked: str, start: int, limit: int, *, adverb: bool = False) -> Mention | None:
    """The main-clause subject of a sentence: the first speaker-like phrase directly followed by a verb (with
    `adverb`, or by one adverb and a verb: "Luccioni recently helped", for the antecedents of pronouns)."""
    # Tokens are made as the scan goes (the subject is mostly among the first words of a long sentence), always
    # as many ahead of the candidate as _verb_after may read.
    tokens: list[Token] = []
    matches = TOKEN.finditer(masked[start:limit])
    needed = 3 if adverb else 2
    subordinate = exhausted = False
    index = -1
    while True:
        index += 1
        while not exhausted and len(tokens) < index + needed:
            match = next(matches, None)
            if match is None:
                exhausted = True
                break
            tokens.append(new_tuple(Token, (match[0], start + match.start(), start + match.end(), match.lastgroup == "word")))
        if index + 1 >= len(tokens):
            break
        token = tokens[index]
        text = token.text
        if text == ",":
            subordinate = False
            continue
        if not token.is_word:  # (no subordinator is punctuation)
            continue
        low = text.lower()
        if low in SUBORDINATORS or index == 0 and low in _PARTICIPLE_ASIDES:
            subordinate = True  # (or "Asked whether he would attend, Trump was …": the fronted participle's clause)
            continue
        if subordinate:
            continue
        if low[:-2] in _CONTRACTED and low[-2:] in _CONTRACTIONS or low[:-3] in _CONTRACTED and low[-3:] in _CONTRACTIONS:
            # "He’s comparing the rules … and says …": the pronoun, its auxiliary joined to it
            length = len(text) - (2 if low[-2:] in _CONTRACTIONS else 3)
            return Mention(text[:length], token.start, token.start + length)
        # the cheap test first: most words are neither capitalised, pronouns nor nouns
        if not (text[0].isupper() or low in PRONOUNS or low in NOUN_WORDS or is_particle_name(text)):
            continue  # (a surname with its particle ends a name: "Ahmed al-Mansouri lost his home")
        at = index + 1
        for _ in range(3):  # ("Mr. Merz, 69, a corporate lawyer, campaigned": an age, then a description)
            if tokens[at].text not in (",", "(", "—", "–"):
                break
            # ", however," or ", who won Texas on Tuesday," and the verb after it: read that far ahead
            ahead = _ASIDE_TOKENS.get(tokens[at + 1].low, 7) if at + 1 < len(tokens) else 7
            while not exhausted and len(tokens) < at + needed + ahead:
                match = next(matches, None)
                if match is None:
                    exhausted = True
                    break
                tokens.append(new_tuple(Token, (match[0], start + match.start(), start + match.end(),
                                                match.lastgroup == "word")))
                if len(tokens) == at + 2:
                    ahead = _ASIDE_TOKENS.get(tokens[-1].low, 7)
            after = _after_aside(tokens, at)
            if after == at or not (tokens[at + 1].text.isdigit() and tokens[after - 1].text == ","
                                   and _after_aside(tokens, after - 1) != after - 1):
                at = after
                break
            at = after - 1  # (the age's closing comma opens the next aside)
        if _verb_after(tokens, at, adverb) and not _nationality_adjective(tokens, index):
            mention = named_before_others(masked, start, collect_backward(tokens[: index + 1]))
            if mention is not None and not is_relative_pronoun(mention.text):
                if at > index + 1 and tokens[at - 1].text == "," and tokens[index + 2].text[0].isupper():
                    # "Bolger’s lawyer, Jeremy Robinson, had …": the name in the apposition says who
                    name = " ".join(t.text for t in tokens[index + 2 : at - 1])
                    return Mention(mention.text, mention.start, mention.end, name)
                return mention
    opening = _NAME_THEN_APPOSITION.match(masked, start, limit) or _DESCRIBED_THEN_NAME.match(masked, start, limit)
    if opening is not None and not opening.group("name").split()[0].lower() in FUNCTION_WORDS:
        return Mention(opening.group("name"), opening.start("name"), opening.end("name"))
    return None


def _nationality_adjective(tokens: list[Token], index: int) -> bool:
    """"disputes British claims": a nationality's adjective before a noun that is also a verb is no subject (but
    "the British said", the people, and "Britain claims", the state)."""
    return nationality_adjective(tokens[index].text) and not (index and tokens[index - 1].low == "the")


def named_in_apposition(masked: str, mention: Mention, end: int, keep_role: bool = True) -> Mention:
    """"One of the victims, Virginia Giuffre, filed …": the full name in apposition to a description that is no
    role ("Bolger’s lawyer, Jeremy Robinson" keeps the role and its name, unless `keep_role` is false: a pronoun's
    antecedent is the person, "His mother, Patricia Hughes, was at the rally. “…,” she said")."""
    if not mention.apposition:
        return mention
    name, title = split_name(mention.apposition.split())  # ("State Senator Elena Ruiz")
    # (a role kept, but not one of a thing's: "Its author, Elena Ruiz, had …" is Ruiz, not the bill)
    words = mention.text.lower().split()
    role = keep_role and words[-1] in PERSON_ROLE_NOUNS and words[0] != "its"
    if role or not name or not first_name_gender(name.split()[0]) and (keep_role or " " not in name):
        # (a pronoun's antecedent may have a given name the lexicon lacks: "The finance minister, Wale Edun,")
        return mention
    at = masked.find(mention.apposition, mention.end, end)
    return Mention(mention.apposition, at, at + len(mention.apposition)) if at > 0 else mention


# Subject pronouns with an auxiliary joined ("he’s", "they’ve", "she’ll"; not the expletive "it’s")
_CONTRACTED = frozenset("he she they we".split())
_CONTRACTIONS = frozenset("’s 's ’d 'd ’re 're ’ve 've ’ll 'll".split())


# The past tenses of narration that no ending gives away ("Samuel Tettey, Deputy Chairman of the EC, spoke on
# Tuesday", "…, made this known in Abuja")
_IRREGULAR_PASTS = ("spoke|made|gave|took|went|came|left|sent|held|met|led|told|said|wrote|began|brought|kept|saw|won|"
                    "lost|stood|ran|became|fought|found|grew|rose|fell|sat|sought|spent|built|chose|drew|knew|paid|"
                    "sold|struck|thought|taught|felt")
# "Anna Kovac, rector of the University of Nitra, backs this up": a name (or a lone surname: "Trump, who has a
# commanding lead, mocked"), its description, then a verb ("taken", "is pledging", "had").
_NAME_THEN_APPOSITION = re.compile(
    r"(?:(?:But|And|Meanwhile|Still|Now)\s+)?(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),(?:\s+\d{1,3},)?"
    r"\s+[^,;:~“”\"]{3,200}?,"
    r"\s+(?:(?:has|had|is|was|will|also|just|[a-z]+ly)\s+){0,3}(?:[a-z]{2,}(?:s|ed|en|ing)|had|was|were|are|"
    + _IRREGULAR_PASTS + r")\b"
)


# "His running mate, Nicole Shanahan, appeared …", "Hale's wife, Margaret Hale, has stood by him": a description,
# the name in apposition to it, then a verb; the name is the subject a later pronoun stands for
_DESCRIBED_THEN_NAME = re.compile(
    r"(?:His|Her|Their|Its|The|[A-Z][\w’'-]*[’']s)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*),\s+(?:(?:has|had|is|was|will|also|just|[a-z]+ly)\s+){0,3}"
    r"(?:[a-z]{2,}(?:s|ed|en|ing)|had|was|were|are|is|" + _IRREGULAR_PASTS + r")\b"
)
# Participles that open an aside about the subject, or a sentence before it: "Ms. Whitmer, asked whether she would
# attack him, laughed", "Asked on Thursday whether he would attend, Trump was noncommittal"
_PARTICIPLE_ASIDES = frozenset("asked pressed questioned speaking interviewed reached contacted addressing arriving "
                                "appearing visiting campaigning talking".split())


# "Kral, however, could not hide his delight": a one-word aside between commas after the subject
_ASIDES = frozenset("however though too meanwhile instead nevertheless nonetheless also then".split())


# The relative clause between a subject and its verb: ", who won Texas,", ", whose family owns a home,"
_RELATIVE_OPENERS = frozenset("who which whose".split())
_LONG_ASIDE_OPENERS = _RELATIVE_OPENERS | _PARTICIPLE_ASIDES
# How far a relative clause between a subject and its verb may run, in tokens
_RELATIVE_TOKENS = 30
# How far to read ahead past the comma after a subject, by the word after it (else 7: ", however,", a name)
_ASIDE_TOKENS = {**dict.fromkeys(_LONG_ASIDE_OPENERS, _RELATIVE_TOKENS), "a": 14, "an": 14, "the": 14}


def _after_aside(tokens: list[Token], at: int) -> int:
    """Past ", however," or a relative clause (", who won Texas on Tuesday,") after a subject: where its verb
    should stand."""
    if at + 3 < len(tokens) and tokens[at].text == "," and tokens[at + 1].low in _ASIDES and tokens[at + 2].text == ",":
        return at + 3
    if at + 2 < len(tokens) and PARTY_TAG.fullmatch(tokens[at + 1].text):
        # "Sen. John McCain, R-Ariz., went further", "Sen. John McCain (R-Ariz.) went further"
        close = next((i for i in range(at + 2, min(len(tokens), at + 4)) if tokens[i].text in (",", ")")), None)
        return close + 1 if close is not None and close + 1 < len(tokens) else at
    if tokens[at].text in ("—", "–"):
        # "Governor Chris Christie – a Dallas Cowboys fan – gave": an aside between dashes, words only
        close = next((i for i in range(at + 2, min(len(tokens), at + 10)) if tokens[i].text == tokens[at].text), None)
        return close + 1 if close is not None and close + 1 < len(tokens) and all(
            tokens[i].is_word for i in range(at + 1, close)) else at
    if tokens[at].text != ",":
        return at
    if at + 3 < len(tokens) and tokens[at + 1].text.isdigit() and tokens[at + 2].text == ",":
        return at + 3  # "Olena, 34, lives on the fourth floor": an age
    close = next((i for i in range(at + 1, min(len(tokens), at + 6)) if tokens[i].text == ","), None)
    if close is not None and close + 1 < len(tokens) and 3 <= close - at <= 5 and all(
            tokens[i].is_word and tokens[i].text[0].isupper() for i in range(at + 1, close)):
        return close + 1  # "Bolger’s lawyer, Jeremy Robinson, had": a name in apposition
    if at + 2 < len(tokens) and tokens[at + 1].low in ("a", "an", "the"):
        # "Sen. Joe Manchin, a West Virginia Democrat, went further": a describing apposition
        close = next((i for i in range(at + 2, min(len(tokens), at + 14)) if tokens[i].text == ","), None)
        if close is not None and close + 1 < len(tokens) and all(tokens[i].is_word for i in range(at + 1, close)):
            return close + 1
    if at + 2 < len(tokens) and tokens[at + 1].low in _LONG_ASIDE_OPENERS:
        comma = next((i for i in range(at + 2, min(len(tokens), at + _RELATIVE_TOKENS)) if tokens[i].text == ","), None)
        if comma is not None and comma + 1 < len(tokens):
            # (past a closing mark: "Kelce, speaking on his podcast “New Heights,” apologised")
            return comma + 2 if tokens[comma + 1].text in ("”", '"') and comma + 2 < len(tokens) else comma + 1
    return at


def _verb_after(tokens: list[Token], at: int, adverb: bool) -> bool:
    """A verb at `at`, or (with `adverb`) after one lower-case adverb there ("Kral then left")."""
    verb = _verb_like(tokens[at])
    if verb or not adverb:
        return verb
    if _present_verb(tokens, at):
        return True
    skipped = tokens[at].is_word and (ADVERB.fullmatch(tokens[at].text) or tokens[at].text in SKIPPABLE_BEFORE_VERB)
    return bool(skipped) and at + 1 < len(tokens) and _verb_like(tokens[at + 1])


# What follows a present-tense verb and not a plural noun: "Obama departs the UK", not "Kral supporters say"
_OBJECT_OPENERS = frozenset("the a an his her their its to for with on in from".split())


def _present_verb(tokens: list[Token], at: int) -> bool:
    """"Obama departs the UK for …": a lower-case word in -s right after the subject, then an object (for the
    antecedents of pronouns only: "departs" is in no verb list)."""
    token = tokens[at]
    low = token.text.lower()  # (not the .low property: a Python call, and this runs for most tokens)
    return (token.is_word and low.endswith("s") and not low.endswith(("ss", "'s", "’s")) and len(low) > 3
            and low.isalpha() and low.islower() and at + 1 < len(tokens) and tokens[at + 1].low in _OBJECT_OPENERS)


def _verb_like(token: Token) -> bool:
    low = token.text.lower()
    return token.is_word and (
        low in FINITE_CUES or low in COMMON_VERBS or (low.endswith("ed") and len(low) > 4 and not token.text[0].isupper())
        or low.endswith(("n’t", "n't")) and low[:-3] in _NEGATED  # "White didn’t commit"
    )


_NEGATED = frozenset("did does do was is were are has had have wo would could should ca".split())
