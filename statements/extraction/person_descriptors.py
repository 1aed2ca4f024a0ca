"""A speaker phrase without a name: "the spokesman", "Kosovo's prime minister", "a senior official", "China’s
ambassador to Britain". Mixed into `SpeakerResolver` (speakers.py), whose memory of the people named
(speaker_memory.py), article context (article_context.py) and `_person` / `_gazetteer_ref` it uses: the role's
holder as the article or the gazetteer names them, else an unnamed source described as written; and
`_without_name`, which sends a phrase without a name to a role's holder, an unnamed source, a group or a body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from statements.extraction.alias_index import role_signature, strip_determiner
from statements.extraction.countries import another_country, capitals, countries_of, country_of
from statements.extraction.genders import first_name_gender
from statements.extraction.keys import name_key
from statements.extraction.cues import (
    EPITHETS,
    GROUP_NOUNS,
    KIN_NOUNS,
    PERSON_ROLE_NOUNS,
    PRINCIPAL_ROLES,
    ROLE_MODIFIERS,
    STAFF_ROLES,
    UNNAMED_HEADS,
)
from statements.extraction.noun_phrases import is_possessive
from statements.extraction.organisation_speakers import GROUP_HEADS, OUTLET_REFERENCES, REGULATOR_HEADS
from statements.extraction.speaker_memory import GENERIC_HEADS, written_gender
from statements.extraction.speaker_names import (
    PLURAL_HEADS,
    expand_role,
    head_word,
    unnamed_described,
    unnamed_description,
)
from statements.extraction.types import SpeakerRef
from statements.text import CAPITAL

if TYPE_CHECKING:  # (speakers.py, which mixes this class in, defines them)
    from statements.extraction.speakers import _AliasHit, _Found

# "the" before a description the phrase finder left it out of, with the adjectives it also left ("The influential
# figure said", "…, the global humanitarian network warned")
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?!(?:of|in|to|for|with|on|at|by|from|and|or|a|an|one)\s)[a-z-]+\s+){0,2}$")
# What a company is called after its trade ("the miner", "the carmaker"), once the article has named it
_COMPANY_TRADES = frozenset(
    "miner carmaker automaker retailer lender chipmaker drugmaker brewer conglomerate seller".split())
# Heads that describe any public person, so "the politician" after a named speaker is that speaker.
_WHOEVER_HEADS = frozenset({"politician", "statesman", "figure"})  # ("The influential figure said")
_INDEFINITE = frozenset("a an some many several two three four five six seven eight nine ten other others one".split())
# Principal roles any office holder may also have: "Sen. Ted Cruz", later "the Republican presidential candidate"
_CAMPAIGN_ROLES = frozenset({"candidate", "nominee", "lawmaker"})
# "“…,” Michael Herzog said": a quote's frame by a full name alone
_QUOTED_BY_NAME = re.compile(rf"[”\"],?\s+(?P<name>(?:[{CAPITAL}][\w’'-]+\s+){{1,2}}[{CAPITAL}][\w’'-]+)\s+"
                             r"(?:said|says|told|added)\b")
# "the 36-year-old said": the person the article is talking about
AGED = re.compile(r"\d{1,3}-year-old")


# The nouns for anyone of one sex, which name the person only as the narration introduced them ("a man in the crowd")
_MAN_OR_WOMAN = frozenset({"man", "woman"})
# Titles that stay part of the name ("Pope Francis", "Emir Tamim"), which "the pope", "the emir" later stand for
_STYLE_TITLES = frozenset("pope king queen emir sultan prince princess sheikh".split())


class PersonDescriptors:
    """The descriptor rules of `SpeakerResolver`."""

    def _person_descriptor(self, words: list[str], phrase: str, mention: str, definite: bool) -> SpeakerRef:
        """"the spokesman", "Kosovo's prime minister", "a senior official"."""
        if not definite and head_word(words) in UNNAMED_HEADS and not (mention.split()[0].lower() in ("his", "her", "their", "its")):
            # "a senior US official", "sources familiar with the talks", "diplomats": an unnamed source as the
            # article describes it, never the person named last
            return SpeakerRef(name=unnamed_description(mention), mention=mention, role=phrase, kind="unnamed")
        if definite and head_word(words) in UNNAMED_HEADS:
            earlier = self._recent_unnamed(head_word(words))
            named = self._recent_with_role(words)  # "said Nancy Silvestri, the agency spokesperson", if more recent
            if earlier is not None and (named is None or self.entities.index(named) < self.entities.index(earlier)):
                # "A senior U.S. official said …" then "The official said …"
                return SpeakerRef(earlier.ref.name, mention, None, earlier.ref.role, "unnamed")
            if earlier is None and named is None and (qualified := self._qualified_earlier(words, mention)):
                return qualified
            if earlier is None and head_word(words) in ("source", "sources"):
                # "“There are channels,” the source said" with no source described before: a source is never
                # the person the article named
                return SpeakerRef(name=unnamed_described(phrase), mention=mention, role=phrase, kind="unnamed")
        if definite and len(words) == 1 and head_word(words) in PLURAL_HEADS and (
                qualified := self._qualified_earlier(words, mention)):
            return qualified  # "The G7 Foreign Ministers … have issued a statement. The ministers reaffirmed …"
        words = expand_role(words)  # "the Armenian FM", "the Head of State": the roles as titles spell them
        signature = role_signature(" ".join(words))
        speaker = self.index.roles.get(signature)
        # (not "a Kremlin spokesman", "a Taliban spokesman": one of several, whom the article does not name)
        if speaker is not None and (definite or any(w.startswith("@") for w in signature) or len(signature) > 1) \
                and mention.split()[0].lower() not in ("a", "an"):
            return self._gazetteer_ref(speaker, mention, phrase)
        named = self.names.described_in_full(strip_determiner(mention.strip()))
        if named is not None:
            # "China’s ambassador to Britain accused …", later "China’s ambassador to Britain Liu Xiaming"
            return self._person(named, phrase, mention)
        if head_word(words) in KIN_NOUNS and self.position is not None and (
                kin := self.names.kin_named_before(head_word(words), self.position)):
            return self._person(kin, phrase, mention)  # "his brother told me" after "Ailes’s brother Robert"
        first = mention.split()[0].lower()
        owned = first in ("his", "her", "their", "its")
        if definite and head_word(words) in _MAN_OR_WOMAN:
            return self._man_or_woman(head_word(words), phrase, mention)
        if definite or not mention[:1].islower() and first not in _INDEFINITE:
            plural = head_word(words) in PLURAL_HEADS
            # "His attorney said", "Ailes’s mother alleged": the owner's attorney or mother, someone else than the last
            # person without a role
            stem = mention.split()[0].removesuffix("’s").removesuffix("'s")
            person_owned = stem != mention.split()[0] and self.names.full_person_name(stem) is not None or (
                head_word(words) in KIN_NOUNS and any(is_possessive(w) for w in mention.split()[:-1]))
            # ("Mr Wiśniewski’s widow said", "The victim’s father told": someone's kin, not the last person named)
            found = self._recent_with_role(words, definite) or (None if plural or owned or person_owned or head_word(
                words) in STAFF_ROLES else self._recent_without_role())
            if found is None and definite and head_word(words) in _WHOEVER_HEADS:
                found = self._recent_person()  # "the Green politician": a head any person fits, the last one named
            gender = written_gender("", {head_word(words)}) if definite and head_word(words) in EPITHETS else ""
            if gender and not owned and (found is None or found.gender != gender):
                # "the actress says" when no one is called an actress: the last woman quoted, else the last one the
                # narration named; never a man, and a person of unknown sex only when the article names no woman
                found = self._recent_of_gender(gender) or (found if found is not None and not found.gender else None)
                named = self.names.person_of_gender_before(gender, self.position or 0) if (
                    found is None or found.gender != gender) else None
                if named is not None:
                    return self._person(named, phrase, mention)
            if found is not None:
                return SpeakerRef(found.ref.name, mention, found.ref.slug, phrase, found.ref.kind)
        # ("Austria's interior minister": a country's office is as definite as "the interior minister")
        national = first.endswith(("’s", "'s")) and country_of(mention.split()[0]) is not None
        if owned or definite or national:
            named = self._holder_in_text(words, definite)
            if named is not None:
                return self._person(named, phrase, mention)
        if first in ("a", "an") and not self.entities and self.position is not None and (
                head_word(words) in PERSON_ROLE_NOUNS and head_word(words) not in GENERIC_HEADS) and (
                named := self.names.role_named_after(head_word(words), self.position + len(mention),
                                                     self.position + 1500)) is not None:
            # "…, a coroner has ruled." opening the article, "Senior coroner Heidi Connor said" after it: the lede's
            # source, named with the same role (not "a government spokeswoman", then "Carolina Jaramillo said")
            return self._person(named, phrase, mention)
        if owned and (owner := self._owner_of(first)):
            described = f"{owner}’s {phrase}"  # "Mark Hughes’s attorney"
            return SpeakerRef(name=described, mention=mention, role=described, kind="unnamed")
        if definite and (head_word(words) in EPITHETS or AGED.fullmatch(head_word(words))) and (
                found := self._recent_person()) is not None:
            # "the real estate mogul said" with no "mogul X" in the article: the person it is talking about
            return SpeakerRef(found.ref.name, mention, found.ref.slug, phrase, found.ref.kind)
        if definite and "elect" in signature and (elect := self._elect(signature)) is not None:
            return self._gazetteer_ref(elect, mention, phrase)  # "the president-elect" in December 2016
        # Then who held the role on the article's date: after the article's own naming, which knows better ("her
        # Ukrainian counterpart, Dmytro Kuleba" ... "the Ukrainian foreign minister said"); never "a spokesperson".
        if definite or (first not in _INDEFINITE and any(w.startswith("@") for w in signature)):
            holder = self.index.holder(signature, self.on_date)
            if holder is not None:
                return self._gazetteer_ref(holder, mention, phrase)
        if definite and head_word(words) in PRINCIPAL_ROLES:
            titled = self._titled_in_text(head_word(words))
            if titled is not None:
                # "President Trump’s ambassador …", later "the president"
                return self._gazetteer_ref(titled, mention, phrase)
            found = self._recent_person()
            head = head_word(words)
            if found is not None and another_country(found.role_words, countries_of(words)):
                found = None  # "the U.S. president" is not "Venezuelan President Nicolás Maduro"
            if found is not None and (head in _CAMPAIGN_ROLES or head in found.role_words
                                      or not found.role_words & (PRINCIPAL_ROLES | {"ambassador"})):
                # "Marco Rubio ended his campaign. “…,” the Florida senator told supporters": nobody else has the
                # role (but "the president" is not "Ms. Haley, the ambassador", who holds another office)
                return SpeakerRef(found.ref.name, mention, found.ref.slug, phrase, found.ref.kind)
        if definite and len(words) == 1 and words[0].lower() in _STYLE_TITLES and (
                styled := self._last_titled(words[0])) is not None:
            return self._person(styled.group(), phrase, mention)  # "the pope …" after "Pope Francis has sent …"
        if len(words) == 1 and mention.strip() == words[0] and words[0][:1].isupper() and head_word(words) not in PLURAL_HEADS:
            return self._person(words[0], "", mention)  # "King said": a surname that is also a role noun
        # Nobody the article names: an unnamed source of this article, described as written ("a senior US
        # official"), which the archive keeps apart from every other article's.
        return SpeakerRef(name=unnamed_described(phrase), mention=mention, role=phrase, kind="unnamed")

    def _man_or_woman(self, head: str, phrase: str, mention: str) -> SpeakerRef:
        """"“They stole the country,” the man shouted" after "One man in Manchester interrupted the candidate": the
        man or woman the narration introduced, else the person "he" or "she" would mean; never one of the other sex,
        and nobody named when the article names no one who fits: an unnamed source."""
        earlier = self._recent_unnamed(head)
        person = self._compatible("he" if head == "man" else "she")  # (whom "he" or "she" would mean)
        if earlier is not None and (person is None or self.entities.index(person) < self.entities.index(earlier)):
            return SpeakerRef(earlier.ref.name, mention, None, earlier.ref.role, "unnamed")
        if person is not None:
            return SpeakerRef(person.ref.name, mention, person.ref.slug, phrase, person.ref.kind)
        return SpeakerRef(name=unnamed_described(phrase), mention=mention, role=phrase, kind="unnamed")

    def _holder_in_text(self, words: list[str], definite: bool) -> str | None:
        """The person the article names with a short descriptor's role ("the Director", "his spokesman"): the last
        naming before it, else one just after it; for a lede's descriptor, the next paragraph's subject."""
        if self.position is None:
            return None
        # (a role with qualifiers, "the Bosnian Serb nationalist leader", not one with a complement: "the head of …")
        role = words[-1] if len(words) <= 3 or len(words) <= 5 and not {"of", "for", "to"} & set(words) else ""
        if role.lower() in PERSON_ROLE_NOUNS and role.lower() not in GENERIC_HEADS:
            country = next((country_of(word) for word in words[:-1] if country_of(word)), None)
            after = self.position + len(" ".join(words))
            # ("Austria's interior minister said …", later "Interior Minister Wolfgang Peschorn": the whole office,
            # which names the country's holder without the country)
            office = " ".join(words[-2:]) if len(words) > 1 and words[-2].lower() in ROLE_MODIFIERS else ""
            named = (self.names.role_named_before(role, self.position, country) if definite else None) or (
                self.names.role_named_after(office, after, self.position + 1500) if office and country else None) or \
                self.names.role_named_after(role, after, self.position + 600, country)
            known = self.index.aliases.get(name_key(named)) if named is not None and country else None
            if known is not None and known.country and known.country != country:
                named = None  # "the U.S. president" is not "incumbent President Nicolás Maduro", Venezuela's
            if named is not None:
                return named
        if definite and any(w.lower() in PERSON_ROLE_NOUNS and w.lower() not in GENERIC_HEADS for w in words):
            named = self._quoted_next(self.position)
            if named is not None:
                return named
        return self.names.lede_subject(self.position) if definite and not self.entities else None

    def _quoted_next(self, position: int) -> str | None:
        """"The Israeli ambassador to Washington said …. “…,” Michael Herzog said": the person the paragraph quotes
        next by a full name it writes there for the first time, without a role of its own."""
        text = self.names.text
        end = text.find("\n", position)
        found = _QUOTED_BY_NAME.search(text, position, len(text) if end < 0 else end)
        if found is None or not first_name_gender(found["name"].split()[0]) or len(
                re.findall(r"[.!?][”\"]?\s", text[position : found.start()])) > 1:
            return None  # (only in the next sentence: another role's statement may stand between)
        return found["name"] if self.names.first_at(found["name"]) == found.start("name") else None

    def _without_name(self, words: list[str], text: str, definite: bool, alias: _AliasHit | None,
                   role: str) -> _Found:
        """A phrase without a name: a role's holder or an unnamed source, a group, an organisation."""
        phrase = " ".join(words)
        head = head_word(words)
        key = strip_determiner(name_key(phrase))
        described = definite or text[:1].islower() and self.position is not None and _DEFINITE_BEFORE.search(
            self.names.text, max(0, self.position - 40), self.position) is not None
        if definite and (head in REGULATOR_HEADS or head in OUTLET_REFERENCES) and (
                found := self._named_earlier(head, text)) is not None:
            # "the regulator" after "the Food and Drug Administration", "the conservative daily" after Le Figaro
            return found, ""
        if described and len(words) > 1 and head in GROUP_HEADS and all(w.islower() for w in words) and (
                found := self._named_earlier(head, text)) is not None:
            # "the rights group added" after "Human Rights Watch said", "the global humanitarian network warned"
            # after the Red Cross federation: the body named before, described
            return found, ""
        if head == "guard" and len(words) >= 2 and words[-2].lower() in ("coast", "national"):
            # "China’s coast guard reported …. The coast guard claimed": a body, the one named so before
            tail = " ".join(w.lower() for w in words[-2:])
            earlier = next((e.ref for e in reversed(self.entities) if e.ref.kind != "person" and name_key(
                e.ref.name).endswith(tail)), None) if definite else None
            if earlier is not None:
                return SpeakerRef(earlier.name, text, earlier.slug, earlier.role, earlier.kind), ""
            return self._organisation(words, text, definite), ""
        if definite and head in _COMPANY_TRADES and self._recent_with_role([head]) is None and (
                found := self._named_earlier("company", text)) is not None:
            # "according to the miner" after "Critical Elements Lithium said", "the carmaker said": the company
            # named before, described by its trade (not a miner the article quoted)
            return found, ""
        if described and head in _WHOEVER_HEADS:  # "The influential figure said": a person, as a role is
            return self._person_descriptor(words, phrase, text, True), phrase
        if head in PERSON_ROLE_NOUNS or head.split("-")[-1] in PERSON_ROLE_NOUNS or AGED.fullmatch(head):
            # ("vice-chancellor"; "the 36-year-old", an epithet)
            return self._person_descriptor(words, phrase, text, definite), phrase
        if head in GROUP_NOUNS or head in UNNAMED_HEADS:
            if definite and (qualified := self._qualified_earlier(words, text)):
                return qualified, phrase
            if definite and len(words) == 1 and head in GROUP_HEADS and (body := self._named_earlier(head, text)):
                return body, phrase  # "the group said" after "Amnesty International said": the body named before
            # "Miami-Dade Police", "Russian peacekeepers" name a body; "investigators", "police", "fellow
            # councilmembers", "federal prosecutors" describe one
            # (only the words up to the head count: "a person close to the Murdochs" is an unnamed source)
            lows = [w.lower() for w in words]
            modifiers = words[1 : lows.index(head) + 1] if head in lows else words[1:]
            kind = "group" if (any(w[:1].isupper() for w in modifiers) or country_of(words[0])) and (
                head in GROUP_NOUNS or head.endswith(("s", "men", "people"))) else "unnamed"  # (not "a Labour figure")
            return SpeakerRef(name=unnamed_description(phrase) if kind == "unnamed" else phrase, mention=text,
                              kind=kind), phrase
        if alias is not None and head in alias.key.split() and self.index.same_country(alias.speaker, key, alias.key):
            return self._gazetteer_ref(alias.speaker, text, role), role
        capital = capitals().get(key)
        if capital:
            return SpeakerRef(name=capital, mention=text, kind="government"), ""
        return self._organisation(words, text, definite), ""
