"""What the narration says about people and documents without reporting speech, a mixin of Attributor
(attribution.py): the subjects, possessors and introduced names that later pronouns and roles stand for, and the
issuers of documents that later speak ("The ministry issued a statement … the statement said").
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Cue, Draft
from statements.extraction.cues import GROUP_NOUNS, ORG_NOUNS, PERSON_ROLE_NOUNS, ROLE_MODIFIERS, UNNAMED_HEADS
from statements.extraction.genders import first_name_gender
from statements.extraction.clause_words import SUBORDINATORS
from statements.extraction.mentions import subject_before
from statements.extraction.noun_phrases import FUNCTION_WORDS, Mention
from statements.extraction.sentence_subjects import named_in_apposition, sentence_subject
from statements.extraction.types import SpeakerRef

# The documents someone issues or says something in
_ISSUED_NOUNS = r"statement|communiqu[eé]|declaration|readout|report|memo|letter|email|e-mail|note"
# The verbs that issue a document, and the determiner after them ("sent" alone is in "represent")
_ISSUING = (r"(?:issued|released|releasing|published|put out|adopted|circulated|distributed|filed|sent|wrote|penned"
            r"|launched|launching|unveiled|unveiling|aired|airing) (?:a|an|its|the|his|her|their) ")
# "The ministry issued a statement": the issuer of a document a later "the statement said" stands for
_ISSUED = re.compile(
    r"\b" + _ISSUING + r"\s*(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>{_ISSUED_NOUNS}|(?:press\s+)?release|complaint|study|ad)\b"  # ("releasing a new 30-second ad")
)
# "said in a statement", "said Tuesday in a written statement", "wrote in a letter to": the speaker issued it
_SAID_IN_DOCUMENT = re.compile(
    r"(?:said|says|wrote|writes|added|stated|announced|told \w+)(?: [\w-]+){0,2}? in (?:a|an|its|his|her|their) "
    r"(?:[\w-]+ ){0,2}?"
    rf"(?P<noun>{_ISSUED_NOUNS}|release)\b", re.I)
# "citing a Ministry of Foreign Affairs (MOFA) press release": the document's issuer named before its noun
_OWNED_DOCUMENT = re.compile(
    r"\b(?:a|an|the)\s+(?P<owner>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'.-]*)*)"
    r"(?:\s+\([A-Z]{2,8}\))?\s+(?:press\s+)?(?P<noun>release|statement|communiqu[eé]|readout)\b")
# _ISSUED's verbs as plain words, which the engine finds by their first letters
_ISSUED_VERB = re.compile(_ISSUING)
_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|will)\s+$")
_NAME = r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,3}"
_OPENER = r"(?:(?:But|And|Meanwhile|Still|Now)\s+)?"  # a sentence's connective before its subject
_NAME_OPENING = re.compile(rf"{_OPENER}(?P<name>{_NAME})\s+(?P<verb>[a-z]{{3,}})\b")
_SURNAME_OPENING = re.compile(rf"{_OPENER}(?P<name>[A-Z][a-z’'-]+)\s+(?P<verb>[a-z]{{3,}})\b")
# A verb in the past, regular or one of the common irregular ones news narrates with
_PAST_VERB = re.compile(r"[a-z]+ed|wept|sat|stood|left|spoke|fled|met|won|lost|ran|fell|rose|held|went|came|gave|"
                        r"took|made|began|kept|sought|brought|felt|heard|paid|led|struck|broke|swore|wore|drove|flew")
_SURNAME_COMMA = re.compile(r"(?P<name>[A-Z][\w’'-]+),\s+(?:in|on|at|during|for|after|like)\s")
_POSSESSOR = re.compile(r"(?<![\w’'-])([A-Z][\w'-]*\w)[’']s\b")
# "Zelensky’s comments came after …": a sentence opening with a person's possessive is about that person
_OPENING_POSSESSOR = re.compile(_OPENER + _POSSESSOR.pattern + r"\s+[a-z]")
_INTRODUCED = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a|an|the|\d+)\s|\d+-year-old\s+(?:[a-z]+\s+)?(?P<aged>{_NAME})\b"
)
# "To Montclair State professor Brigid Harrison, the stare seemed to reflect sadness.": whose view the sentence
# gives, the antecedent of the "she said" after it
_PERSPECTIVE = re.compile(rf"To\s+(?:[\w’'.-]+\s+){{0,8}}?(?P<name>{_NAME}),")
# "…, it was Katie Boulter who got the ball rolling": the person the cleft sentence is about
_CLEFT = re.compile(rf"\b[Ii]t\s+(?:was|is)\s+(?P<name>{_NAME})\s+who\s")
# What every _INTRODUCED match holds, as a pattern that opens with a character class: the regex engine skips to
# commas and digits, while _INTRODUCED (which opens with a group) is tried at every character of every sentence.
_INTRODUCTION_MARK = re.compile(r"[,\d](?:(?<=,)\s+(?:a|an|the|\d+)\s|(?<=\d)-year-old)")
# a fronted clause ending right before a pronoun subject: "When Kral returned, he …"
_FRONTED_CLAUSE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Oo]nce|[Ww]hile|[Aa]s soon as)\s(?=[^,;:]*,\s*$)")
# A relative clause between a main clause's subject and a statement: "Rubio …, Jeb Bush and Chris Christie, who say"
_RELATIVE_BETWEEN = re.compile(r",\s+who\s")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")


# A subject that gave no answer: "did not (immediately) respond", "declined to comment", "could not be reached"
_NO_COMMENT = re.compile(r"\s(?:did\s+not|didn’t|didn't|has\s+not|have\s+not|had\s+not)\s+(?:immediately\s+)?"
                         r"(?:respond|reply|answer|comment)\b|\s(?:declined|refused)\s+to\s+comment\b"
                         r"|\scould\s+not\s+(?:immediately\s+)?be\s+reached\b")


# ("A woman in the crowd interrupted him": where they were may follow the head)
_INDEFINITE_PERSON = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+|[A-Z][\w-]+\s+){0,3}(?:" + "|".join(
    sorted(w for w in UNNAMED_HEADS | {"man", "woman"} if w.isalpha() and not w.endswith("s"))) +
    r")(?:\s+(?:in|at|from|outside|near)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?)?$")


# A group of people described, not named: "Government authorities", "Federal prosecutors", "Police officers"
_PLURAL_GROUP = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?:authorities|officials|prosecutors|investigators|"
                           r"officers|lawmakers|legislators|regulators)")


class NarrationNotes:
    """Mixed into `Attributor`; uses its `masked`, `resolver` and `_sentence_start`."""

    def _note_subject(self, start: int, end: int, cues: list[Cue]) -> None:
        """"Peskov spoke to reporters on Monday." — a named person in narration is the antecedent of a later "he".
        "Director Jana Kovac at that time asked for details.": the subject of a cue that made no statement."""
        mention = sentence_subject(self.masked, start, end, adverb=True)
        if mention is None and cues:
            mention = subject_before(self.masked, start, cues[0].start)
        if mention is not None:
            mention = named_in_apposition(self.masked, mention, end, keep_role=False)
        if mention is not None and mention.text.split()[-1].lower() in ORG_NOUNS | GROUP_NOUNS and _NO_COMMENT.search(
                self.masked, mention.end, end):
            # "The army did not respond to questions. It has previously said …": the body that kept silent is the
            # one a pronoun next names
            self.resolver.note_silent(self.resolver.resolve(mention))
        elif mention is not None and not mention.is_pronoun and _INDEFINITE_PERSON.search(
                self.masked, max(start, mention.start - 4), mention.end):
            self.resolver.note_unnamed(mention)  # "A crew member described a deafening blast. “…,” he said"
        elif mention is not None and not mention.is_pronoun and _PLURAL_GROUP.fullmatch(mention.text):
            # "Government authorities gave details …. They said …": the group the narration named is "they"
            self.resolver.note_unnamed(mention)
        elif mention is not None and not mention.is_pronoun and any(w[:1].isupper() for w in mention.text.split()):
            self.resolver.note_person(mention)
        elif mention is not None:
            self._note_possessor(start, mention.start)
        elif (opening := _NAME_OPENING.match(self.masked, start, end) or _SURNAME_OPENING.match(
                self.masked, start, end)) is not None and self._opening_person(opening):
            # "Hillary Clinton swept Florida, North Carolina and Ohio.", "Smith wept in the dock.": a name opening the
            # sentence before a verb the lexicons lack is its subject
            self.resolver.note_person(Mention(opening.group("name"), opening.start("name"), opening.end("name")))
        owner = _OPENING_POSSESSOR.match(self.masked, start, end)
        if owner is not None and (mention is None or mention.start > owner.end(1)) and (
                self.resolver.names.full_person_name(owner.group(1)) is not None):
            # (the subject found after it, "Zelensky’s visit to Washington was …", is inside the owner's phrase)
            self.resolver.note_person(Mention(owner.group(1), owner.start(1), owner.end(1)))
        fronted = _SURNAME_COMMA.match(self.masked, start, end)
        if fronted is not None and self.resolver.names.full_person_name(fronted.group("name")) is not None:
            # "Young, in his testimony, didn’t address … what he called …": a surname the article wrote in full,
            # opening the sentence before a comma and a setting, is its subject
            self.resolver.note_person(Mention(fronted.group("name"), fronted.start("name"), fronted.end("name")))
        perspective = _PERSPECTIVE.match(self.masked, start, end) if self.masked.startswith("To ", start) else None
        cleft = _CLEFT.search(self.masked, start, end) if self.masked.find(" who ", start, end) > 0 else None
        for found in (perspective, cleft):
            if found is not None:
                at = found.start("name")
                self.resolver.note_person(Mention(found.group("name"), at, found.end("name")))
        introductions = _INTRODUCED.finditer(self.masked, start, end) if _INTRODUCTION_MARK.search(
            self.masked, start, end) else ()
        for found in introductions:
            # "Fraser Amos, a final-year student, is helping …", "… was 25-year-old Nesma Hajjaj, who …": a person
            # the article introduces, most likely the one whose quotes follow
            name = found.group("name") or found.group("aged")
            at = found.start("name") if found.group("name") else found.start("aged")
            self.resolver.note_person(Mention(name, at, at + len(name)))

    def _note_main_subject(self, start: int, end: int, drafts: list[Draft]) -> None:
        """"Rubio refrained from attacking his rivals, Jeb Bush and Chris Christie, who say …. He dismissed …": when
        every statement of the sentence is in a relative clause after the main clause's subject, that subject, a
        named person who said nothing here, is the next "he" (not the relative clause's speaker)."""
        subject = sentence_subject(self.masked, start, end, adverb=True)
        if subject is None or subject.is_pronoun or not subject.text[:1].isupper():
            return
        if all(_RELATIVE_BETWEEN.search(self.masked, subject.end, draft.start) for draft in drafts):
            self.resolver.note_person(subject)

    def _opening_person(self, opening: re.Match[str]) -> bool:
        """A full name with a known given name; a surname the article wrote in full; or a full name with a given
        name the lexicon lacks before a verb in the past ("Niran Chaiyaporn wept as …"), no office or body."""
        words = opening.group("name").split()
        if len(words) == 1:
            return self.resolver.names.full_person_name(words[0]) is not None
        if first_name_gender(words[0]):
            return True
        return bool(_PAST_VERB.fullmatch(opening.group("verb"))) and words[0].lower() not in FUNCTION_WORDS and (
            words[0].lower() not in SUBORDINATORS) and not any(
            w.lower() in ORG_NOUNS or w.lower() in PERSON_ROLE_NOUNS or w.lower() in ROLE_MODIFIERS for w in words)

    def _note_possessor(self, start: int, pronoun: int) -> None:
        """"In Hajjaj’s case, she decided to stay": a person named in the possessive before a pronoun subject, whom
        the article named in full, is the antecedent of that pronoun and of the next."""
        found = None
        for found in _POSSESSOR.finditer(self.masked, start, pronoun):
            pass
        if found is not None and self.resolver.names.full_person_name(found.group(1)) is not None:
            self.resolver.note_person(Mention(found.group(1), found.start(1), found.end(1)))

    def _note_issuer(self, start: int, end: int) -> None:
        """"The ministry issued a statement": later "the statement said" is the ministry speaking."""
        # (each verb found is tried in place: a search for _ISSUED, which opens with \b, tries every character)
        match = next((found for verb in _ISSUED_VERB.finditer(self.masked, start, end)
                      if (found := _ISSUED.match(self.masked, verb.start(), end)) is not None
                      and not self.masked[verb.start() - 1 : verb.start()].isalnum()), None)
        if match is None:
            owned = _OWNED_DOCUMENT.search(self.masked, start, end) if (
                "release" in self.masked[start:end] or "statement" in self.masked[start:end]) else None
            if owned is not None:
                self.resolver.note_issued(owned.group("noun").lower(), Mention(
                    owned.group("owner"), owned.start("owner"), owned.end("owner")))
            return
        verb = match.start()
        auxiliary = _AUXILIARY_BEFORE.search(self.masked, max(start, verb - 12), verb)
        mention = subject_before(self.masked, start, auxiliary.start() if auxiliary else verb)  # ("is releasing")
        if mention is not None:
            self.resolver.note_issued(match.group("noun").split()[-1].lower(), mention)

    def _note_said_in(self, start: int, end: int, speaker: SpeakerRef) -> None:
        """"Fishman said in a statement": a later "the statement said" is his."""
        document = _SAID_IN_DOCUMENT.search(self.masked, start, end)
        if document is not None:
            self.resolver.issued[document.group("noun").lower()] = speaker
        issued = _ISSUED.search(self.masked, start, end) if _ISSUED_VERB.search(self.masked, start, end) else None
        if issued is not None and re.search(r"\b(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?$",
                                            self.masked[max(start, issued.start() - 12) : issued.start()]):
            # "The Harbor Yards Co. said that it had published an internal report": a later "the report" is its
            self.resolver.issued[issued.group("noun").split()[-1].lower()] = speaker

    def _note_subject_before(self, position: int) -> None:
        """"But Yamey is angry about what he calls …", "Varga said she …": a person named as the subject earlier
        in the pronoun's own sentence is its nearest antecedent (the resolver still checks the gender)."""
        start = self._sentence_start(position)
        subject = sentence_subject(self.masked, start, position, adverb=True)
        if subject is not None and not subject.is_pronoun and subject.end < position and subject.text[:1].isupper():
            self.resolver.note_person(subject)
        elif subject is None:
            self._note_fronted_clause(start, position)

    def _note_fronted_clause(self, start: int, position: int) -> None:
        """"When Kral returned, he said" / "Later, when I emailed Kral to thank him, he replied": a pronoun subject
        after a fronted clause is the clause's named subject, else the last person it names (the narrator's "I"
        speaks of someone else); only people the article has already named."""
        clause = _FRONTED_CLAUSE.search(self.masked, start, position)
        if clause is None:
            return
        names = list(_CAPITALISED.finditer(self.masked, clause.end(), position))
        if names and names[0].start() == clause.end() and self.resolver.recall(names[0].group()):
            return
        for name in reversed(names):
            if self.resolver.recall(name.group()):
                return
