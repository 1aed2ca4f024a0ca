"""From a speaker phrase to a speaker: gazetteer aliases and roles first, then people and organisations
named earlier in the same article, else a new SpeakerRef (name, role, kind; slug None).

`SpeakerResolver` holds one article's state: who has spoken, most recent last, so that "he",
"the spokesman", "the ministry" and a bare surname find their antecedent. Names are split into role
and person by `speaker_names`, organisations named by `organisation_names` and resolved by `organisation_speakers`
(with documents and their issuers), the gazetteer looked up through
`alias_index`. Fuzzy matching (rapidfuzz) is only used against the gazetteer's aliases, never to merge two
unknown speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from statements.extraction.alias_index import gazetteer_index, strip_determiner
from statements.extraction.article_context import ArticleContext
from statements.extraction.article_names import ArticleNames
from statements.extraction.conjoined_speakers import ConjoinedSpeakers
from statements.extraction.countries import country_of, demonym_epithet
from statements.extraction.cues import (
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    HONORIFICS,
    ONE_OF_THEM,
    ORG_NOUNS,
    OUTLET_MODIFIERS,
    PEOPLE_PLURALS,
    PERSON_ROLE_NOUNS,
    ROLE_ACRONYMS,
    ROLE_MODIFIERS,
    SEATS_OF_POWER,
    SOME_OF_THEM,
    STYLE_OF_ADDRESS,
    UNNAMED_HEADS,
    is_relative_pronoun,
)
from statements.extraction.genders import first_name_gender
from statements.extraction.keys import name_key
from statements.extraction.named_people import NamedPeople
from statements.extraction.described_people import people_around, people_at_place
from statements.extraction.listed_subjects import STATE_PLURALS
from statements.extraction.noun_phrases import NAME_PARTICLES, Mention, is_possessive, singular
from statements.extraction.organisation_speakers import KNOWN_OUTLETS, OrganisationSpeakers
from statements.extraction.person_descriptors import AGED, PersonDescriptors
from statements.extraction.referring_speakers import ReferringSpeakers, outlet_by_number_or_noun
from statements.extraction.speaker_checks import SpeakerChecks
from statements.extraction.speaker_guard import is_place
from statements.extraction.speaker_memory import Entity, SpeakerMemory
from statements.extraction.narrated_people import NarratedPeople
from statements.extraction.organisation_names import (
    author_of_document,
    company_name,
    generic_body,
    institution_of_members,
    named_organisation,
    office_of_place,
    title_case,
)
from statements.extraction.given_names import other_given_name
from statements.extraction.speaker_names import (
    PLURAL_HEADS,
    clean_words,
    describes,
    head_word,
    region_word,
    unnamed_description,
    someone_elses,
    without_channel,
    split_name,
)
from statements.extraction.types import Gazetteer, GazetteerSpeaker, SpeakerRef

_WITH_ALLIES = re.compile(r"([A-Z].*?)\s+(and\s+(?:his|her|their)\s+.+)$")
_AND_OTHERS = re.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})\s+and\s+(?!the\b)([a-z].+)$")
_FULL_NAME_IN = re.compile(r"\b[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_NUMBER_TEN = re.compile(r"\b(?:No\.?|Number)\s+10\b")


_PARTITIVES = frozenset("one two three four five some several many most none each both".split())


def _parties(word: str) -> bool:
    """"US-Saudi", "Russian-Chinese": the countries of a joint document, one word."""
    return "-" in word and all(country_of(part) for part in word.split("-"))


# Capitalised words, with the connectors of a body's name between them ("Authority on Development")
_BODY_NAMED = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|on|for|and|the|in|de)\s+)*[A-Z][\w’'.-]*)+")


@dataclass(frozen=True)
class _AliasHit:
    speaker: GazetteerSpeaker
    key: str


# What a step of `_resolve_words` found: the speaker (None: the phrase names no speaker) and its role. A step
# returns None when the phrase is not of its kind, and the next step reads it.
_Found = tuple[SpeakerRef | None, str]


# What a party's member is called in place of the name just written ("the Republican", "the Christian Democrat")
_PARTY_MEMBERS = frozenset(("republican", "democrat", "conservative", "liberal", "tory", "socialist", "communist",
                            "christian democrat", "social democrat", "free democrat", "labour politician"))


# What a document is, written before its noun ("the official statement said"): no role of a person here
_DOCUMENT_ADJECTIVES = frozenset("official written brief short final separate formal".split())


class SpeakerResolver(SpeakerChecks, SpeakerMemory, NarratedPeople, ArticleContext, OrganisationSpeakers,
                      PersonDescriptors, ConjoinedSpeakers, ReferringSpeakers, NamedPeople):
    """Resolves speaker phrases within one article, remembering who spoke."""

    def __init__(self, gazetteer: Gazetteer, text: str = "", *, on_date: date | None = None,
                 author: str = "") -> None:
        self.gazetteer = gazetteer
        self.on_date = on_date  # the article's date: who held a role then ("the US secretary of state")
        # the narrator's "I" is the byline's one person (with several, or none, nobody the article names)
        self.narrator = author if author and "," not in author and len(author.split()) >= 2 else ""
        self.index = gazetteer_index(gazetteer)
        self.entities: list[Entity] = []
        self.context: list[str] = []
        self.names = ArticleNames(text, split_name)
        self.position: int | None = None
        self.issued: dict[str, SpeakerRef] = {}  # document noun → who the narration said issued one
        self.outlet: SpeakerRef | None = None  # the outlet that reported last ("the newspaper said")
        self.narrated_body: SpeakerRef | None = None  # a body named in common words, the narration's subject

    def resolve(self, mention: Mention, context: list[str] | None = None) -> SpeakerRef | None:
        """The speaker `mention` names; `context` (narration around it) names the parties of a joint statement."""
        self.context = context or []
        self.position = mention.start
        text = mention.text.strip()
        if (text := without_channel(text)) != mention.text.strip():  # "The BGMEA in a statement urged …"
            mention = Mention(text, mention.start, mention.start + len(text), mention.apposition)
        if (style := STYLE_OF_ADDRESS.match(text)) is not None:  # "His Highness the UAE President": the president
            text = text[style.end() :]
            mention = Mention(text, mention.end - len(text), mention.end, mention.apposition)
        elif STYLE_OF_ADDRESS.match(text + " ~") is not None:
            # "His Highness stressed …" after "His Highness Sheikh Mohamed bin Zayed …": the person styled so
            found = self._recent_of_gender("female" if text.startswith("Her") else "male")
            return SpeakerRef(found.ref.name, text, found.ref.slug, text, found.ref.kind) if found else None
        low = _OBJECT_PRONOUNS.get(text.lower(), text.lower())
        if low == "they" and (pair := self._pair_just_named(mention.start)) is not None:
            return self._person(pair, "", text)  # credited to the first named, as conjoined speakers are
        if low in ("he", "she", "they", "it"):
            return self._pronoun(low, text)
        if low in ("i", "me") and self.narrator:
            return SpeakerRef(self.narrator, text, kind="person")  # "“…,” I said." in a signed column
        if low in FIRST_PERSON or is_relative_pronoun(text):
            return None
        if low in ONE_OF_THEM:
            # (not remembered: "one of the diplomats" is no antecedent of "he"); "One of them, a Yemeni man, said"
            # after no group quoted: the man described
            described = mention.apposition.split()[:1] in (["a"], ["an"])
            return self._one_of_group(text) or (SpeakerRef(name=unnamed_description(mention.apposition),
                                                           mention=text, kind="unnamed") if described else None)
        if SOME_OF_THEM.fullmatch(text):
            # (not remembered: no antecedent of a later "he")
            return SpeakerRef(text[0].lower() + text[1:], text, kind="unnamed")
        referred = self._referring(mention, text, low, context)
        if referred is not None:
            return referred
        acronymed = self._with_acronym(mention, text, low)
        if acronymed is not None:
            return self._checked(acronymed, text)

        allied = _WITH_ALLIES.match(text) or _AND_OTHERS.match(text)
        if allied is not None and allied.re is _AND_OTHERS and _FULL_NAME_IN.search(allied.group(2)):
            allied = None  # "Moderator and author Shameez Patel Papathanasiou": two roles of the one person named
        if allied is not None and (ref := self.resolve(Mention(allied.group(1), mention.start, mention.end))):
            if ref.kind == "person" or allied.re is _WITH_ALLIES:
                # "according to Levy and authorities from …", "Paganini and his team reported": the person the
                # article named, first, as docs/gold-realnews.md credits conjoined speakers
                return ref
        words = clean_words(_NUMBER_TEN.sub("Downing Street", text))  # "A No 10 spokesman": Downing Street's
        if words == ["People"] and self.names.text[max(0, mention.start - 2) : mention.start].strip() in ("", "."):
            return SpeakerRef("people", text, kind="unnamed")  # "People said …" opening a sentence, not the magazine
        if not words or name_key(" ".join(words)) in KNOWN_OUTLETS and (
                len(words) > 1 or self.names.full_person_name(words[0]) is None):
            return None  # "told Reuters"; but "Bloomberg said" where the article names Michael Bloomberg
        ref, role = self._resolve_words(words, mention)
        ref = self._staff_of_a_body(ref, text)
        ref = self._checked(ref, text)
        if ref is not None:
            # an apposition the name did not need still tells a later "the presidential aide" who this is
            extra = mention.apposition if describes(mention.apposition) and mention.apposition not in role else ""
            self._remember(ref, f"{role} {extra}".strip(), text)
        return ref

    # -- the order of evidence ----------------------------------------------------------------------

    def _resolve_words(self, words: list[str], mention: Mention) -> tuple[SpeakerRef | None, str]:
        """The speaker and role a phrase names, in the order of evidence: documents and non-speakers, lists of
        countries, companies and seats of power, then a name (gazetteer alias, person, apposition), then what a
        description without a name stands for."""
        text = mention.text
        definite = text.lower().startswith(("the ", "this ", "that "))
        words = author_of_document(words)
        if not words:
            return None, ""
        around = people_around(text.strip())  # "Those around Trump", "analysts polled by Reuters" (not Reuters)
        found = None if around else self._outlet(words, text)
        if found is not None:
            return found
        if len(words) > 2 and words[1] == "of" and words[0].lower() in _PARTITIVES:
            if not mention.apposition:  # "One of the sources said": one of them, described as written
                return SpeakerRef(name=unnamed_description(text.strip()), mention=text, kind="unnamed"), ""
            words = words[2:]  # "One of the leaders of Hamas, Khalil al-Hayya, said": the name says who
        found = self._holder_in_apposition(words, mention)
        if found is not None:
            return found
        if around:
            return SpeakerRef(name=unnamed_description(text.strip()), mention=text, kind="unnamed"), ""
        lows, head = [word.lower() for word in words], head_word(words)
        if definite and (" ".join(lows) in _PARTY_MEMBERS or len(words) == 2 and AGED.fullmatch(lows[0]) and (
                demonym_epithet(words[1:]))) and (found := self._recent_person()) is not None:
            # "Reiche said …. At the same time, the Christian Democrat rejected …", "the 30-year-old Ukrainian
            # said": the person just named
            return SpeakerRef(found.ref.name, text, found.ref.slug, " ".join(words), found.ref.kind), " ".join(words)
        if text.split()[0].lower() in ("a", "an", "one", "another") and head in UNNAMED_HEADS and head in lows and any(
                word in ("at", "of", "from") for word in lows[lows.index(head) + 1 :]):
            # "A doctor at the Saudi Hospital", "A senior official from Modi's ruling party": one person, unnamed,
            # described by where they work (not the hospital, not Modi)
            return SpeakerRef(name=unnamed_description(text.strip()), mention=text, kind="unnamed"), ""
        if people_at_place(text.strip()):
            # "some in Gaza" keeps its quantity, the only word before the place; "Many farmers in …" its farmers
            alone = text.split()[1] in ("in", "from", "near", "outside")
            described = text.strip()[:1].lower() + text.strip()[1:] if alone else unnamed_description(text.strip())
            return SpeakerRef(name=described, mention=text, kind="unnamed"), ""
        if len(words) > 2 and words[0].lower() in PEOPLE_PLURALS | STATE_PLURALS and words[1].islower() and (
                words[1].endswith("ing")):  # "Countries bordering Belarus", not Belarus
            return SpeakerRef(name=unnamed_description(text.strip()), mention=text, kind="unnamed"), ""
        if len(words) > 1 and words[-1] in STATE_PLURALS and all(word[:1].isupper() for word in words[:-1]):
            # "the Baltic states", "Gulf states", "Arab nations": states described, not a person "Baltic"
            return SpeakerRef(name=unnamed_description(text.strip()), mention=text, kind="unnamed"), ""
        if len(words) > 2 and words[0].lower() in ("office", "offices") and words[1] == "of":
            # "The office of Azerbaijani President Ilham Aliyev said": his office, as "Aliyev’s office" is
            return self._organisation(words, text, definite), ""
        found = self._document_or_surname(words, text, definite) or self._non_speaker_or_list(words, text, definite)
        if found is not None:
            return found
        first = self._first_of_conjoined(words)
        if first:
            # "Hamas and Iran", "the Competition and Markets Authority and Microsoft": the first named speaks
            # (docs/gold-realnews.md, "Conjoined speakers")
            named = " ".join(first)
            return self._resolve_words(first, Mention(named, mention.start, mention.start + len(named)))
        words = institution_of_members(words) or words
        found = self._company_or_government(words, text, definite)
        if found is not None:
            return found
        if len(words) == 2 and words[0][:1].isupper() and not first_name_gender(words[0]) and not country_of(words[0]) \
                and (hit := self._alias_match(words[1:])) is not None and hit.speaker.kind in ("organisation", "group"):
            # "Kataib Hezbollah", "Asaib Ahl …": a name of its own ending in a known group's, not a person "Kataib"
            return SpeakerRef(name=" ".join(words), mention=text, kind=hit.speaker.kind), ""
        alias, name, role = self._alias_and_name(words, text)
        if definite and (alias is None or alias.speaker.kind != "person") and _BODY_NAMED.fullmatch(" ".join(words)) \
                and not any(word.lower() in PERSON_ROLE_NOUNS or word.lower() in HONORIFICS for word in words) \
                and not (first_name_gender(words[0]) and not country_of(words[0])):
            # "The Economic Freedom Fighters", "the Intergovernmental Authority on Development", "the Congolese Red
            # Cross": "the" and capitalised words, no given name, no role: a body's name, not a person's
            return self._organisation(words, text, definite), ""
        if named_organisation(words) or office_of_place(words) or alias is None and self._common_noun_name(name) or (
                alias is None or alias.speaker.kind != "person") and self._place_in_body_name(words, name, role):
            return self._organisation(words, text, definite), ""
        described = mention.apposition.lower().split()
        if described[:1] in (["the"], ["a"], ["an"]) and len(described) > 1 and described[1] in ORG_NOUNS and not any(
                word in PERSON_ROLE_NOUNS for word in described) and alias is None:
            return self._organisation(words, text, False), ""  # "The group that owns her music, Big Machine, says"
        if mention.apposition[:1].isupper() and len(mention.apposition.split()) <= 5 and head_word(words) in ORG_NOUNS \
                and all(word.islower() or is_possessive(word) for word in words):
            # "Brazil’s steel industry association, Aço Brasil, said", "The employers’ federation, CNI, said"
            return self._organisation(mention.apposition.split(), text, False), ""
        alias, name, role = self._with_apposition(mention, " ".join(words), alias, name, role)
        found = self._named(words, text, definite, alias, name, role)
        return found if found is not None else self._without_name(words, text, definite, alias, role)

    def _outlet(self, words: list[str], text: str) -> _Found | None:
        """An outlet or body the phrase names as news names them: "the state-run Xinhua news agency", "Russian state
        news agency RIA Novosti", "Israel's Channel 12", "the Israeli broadcaster Kan" (none of them a person)."""
        described = len(words) > 1 and words[0].lower() in OUTLET_MODIFIERS and words[1][:1].isupper()
        if described:
            words = words[1:]  # "the official Korean Central News Agency", "the semi-official Tasnim news agency"
        if len(words) > 2 and words[-2] == "news" and words[-1] in ("agency", "service") and words[-3][:1].isupper():
            words = words[:-2]  # "the Associated Press news agency", "Tasnim news agency": the agency, by its name
            described = True
        if described:
            return self._organisation(words, text, False), ""
        if len(words) > 1 and words[-1] in ("report", "reports", "story", "article", "investigation"):
            # "according to a Channel 12 report", "A Washington Post report says": the outlet's
            key = name_key(" ".join(words[:-1]))
            if key in KNOWN_OUTLETS or f"the {key}" in KNOWN_OUTLETS:
                return SpeakerRef(name=" ".join(words[:-1]), mention=text, kind="organisation"), ""
            if words[-2][:1].isdigit():
                words = words[:-1]
        outlet = next((" ".join(words[-n:]) for n in (3, 2, 1) if len(words) > n and words[-n][:1].isupper()
                       and name_key(" ".join(words[-n:])) in KNOWN_OUTLETS), None) or outlet_by_number_or_noun(words)
        return (SpeakerRef(name=outlet, mention=text, kind="organisation"), "") if outlet else None

    def _holder_in_apposition(self, words: list[str], mention: Mention) -> _Found | None:
        """"A spokesman for the ministry, Ivan Sidorov, said": the role, and the name in apposition that says who
        holds it (also a name no lexicon knows the first word of, "Abu Ali al-Askari", but no organisation's)."""
        appositive = mention.apposition.split()
        if len(appositive) < 2 or head_word(words) not in PERSON_ROLE_NOUNS or not all(
                word[:1].isupper() or word.startswith(("al-", "el-")) for word in appositive) or not (
                first_name_gender(appositive[0]) or not any(word.lower() in ORG_NOUNS for word in appositive)):
            return None
        name, _ = split_name(clean_words(mention.apposition))
        if not name:
            return None
        role = " ".join(words)
        return self._person(name, role, mention.text), role  # (the gazetteer's person when it knows the name)

    def _document_or_surname(self, words: list[str], text: str, definite: bool) -> _Found | None:
        """"a joint statement"; "said King" where the article named Wayne King."""
        if words[-1].lower() in DOCUMENT_NOUNS and all(
                w.lower() in DOCUMENT_NOUNS or w.lower() in ROLE_MODIFIERS or w in _DOCUMENT_ADJECTIVES or _parties(w)
                for w in words):
            # ("a joint US-Saudi statement", "the official statement")
            return self._document(words, text, definite), ""
        if not definite and len(words) >= 3 and words[-1].lower() in DOCUMENT_NOUNS and words[-2].lower() == "news":
            # "A Channel 12 news report claimed": the report speaks, as the article names it
            return SpeakerRef(name=" ".join(words), mention=text, kind="organisation"), ""
        if len(words) == 1 and words[0][:1].isupper() and text.strip() == words[0] and (
                words[0].lower() not in UNNAMED_HEADS) and (  # ("Republican told me": a party member, no party)
                organisation := self.names.organisation_opening(words[0])) and not self._named_itself(words[0]):
            return self._organisation(organisation.split(), text, False), ""  # "American said" → American Airlines
        if len(words) >= 3 and words[1] == "of" and words[0][:1].isupper() and (
                full := self.names.full_person_name(words[0])) is not None and full.split()[-1] == words[0] != full:
            return self._person(full, "", text), ""  # "Wee of the Times reports" after "Sui-Lee Wee of the …"
        if len(words) == 1 and words[0][:1].isupper() and (words[0].lower() in PERSON_ROLE_NOUNS or
                                                           region_word(words[0])):
            # "said King", "Jordan said" where the article named Wayne King, Rep. Jim Jordan
            full = self.names.full_person_name(words[0])
            if full is not None and full != words[0] and (full.split()[-1] == words[0] or not region_word(words[0])):
                return self._person(full, "", text), ""  # but "Israel said" is not Israel Katz
            if text.strip() == words[0] and words[0].lower() not in UNNAMED_HEADS | PLURAL_HEADS and (
                    self.names.written_in_lower_case(words[0])):
                # "Governor says …" opening a line: the governor, whom the article names in lower case too
                return self._person_descriptor([words[0].lower()], words[0].lower(), text, True), words[0].lower()
        return None

    def _company_or_government(self, words: list[str], text: str, definite: bool) -> _Found | None:
        """"Microsoft Corp", "the White House", "The Democratic Republic of Congo"."""
        phrase = " ".join(words)
        company = company_name(words, self.names)
        if company:
            return self._organisation(company.split(), text, definite), ""
        key = strip_determiner(name_key(phrase))
        if key in SEATS_OF_POWER:
            return SpeakerRef(name=title_case(phrase), mention=text, kind="government"), ""
        if " " in key and country_of(phrase) and self._alias_match(words) is None:
            return SpeakerRef(name=phrase, mention=text, kind="government"), ""
        return None

    def _alias_and_name(self, words: list[str], text: str = "") -> tuple[_AliasHit | None, str, str]:
        """The gazetteer alias in the phrase (`text`, as written), and the person's name and role as the phrase
        splits."""
        alias = self._alias_match(words)
        if len(words) > 1 and head_word(words) in PEOPLE_PLURALS and (
                alias is None or alias.key != strip_determiner(name_key(" ".join(words)))):
            return None, "", ""  # "Trump supporters", "Young voters": people described, not Trump or a Mr Young
        name, role = split_name(words)
        if alias is not None and alias.speaker.kind == "person" and other_given_name(alias.speaker, name):
            alias = None  # "Tigran Grigoryan" is not the gazetteer's Armen Grigoryan
        elif alias is not None and alias.speaker.kind == "person" and name and " " not in name:
            # "Bennett declined" where the article introduced Lynda Bennett: the namesake it named, not the
            # gazetteer's Naftali Bennett (unless the article names him too)
            full = self.names.full_person_name(name)
            namesakes = self.names.names_with(name)
            # (a namesake whose surname it is, not a name it opens: "Trump Train")
            if full is not None and full.split()[-1] == name and all(
                    other_given_name(alias.speaker, other) for other in namesakes) and \
                    not self._alias_still_meant(alias.speaker, full, role, text):
                alias, name = None, full
        if len(words) == 1 and words[0].lower() in UNNAMED_HEADS and words[0].lower().endswith("s"):
            name = ""  # "Critics say …", "Experts warn …": capitalised by the sentence, people described
        return alias, name, role

    def _with_apposition(self, mention: Mention, phrase: str, alias: _AliasHit | None, name: str,
                         role: str) -> tuple[_AliasHit | None, str, str]:
        """"The Armenian foreign minister, Ararat Mirzoyan, said": the name in the apposition, the phrase its role;
        a describing apposition is the role of a name without one."""
        apposition = mention.apposition if describes(mention.apposition) else ""
        # "Brandt’s communications director, Lena Fisk, said": the named possessor is someone else
        owned = bool(name) and any(w.endswith(("’s", "'s")) for w in phrase.split()[:-1])
        titled = apposition.split()
        lead = next((i for i, word in enumerate(titled) if not word[:1].islower()), len(titled))
        if 0 < lead <= len(titled) - 2 and all(word[:1].isupper() for word in titled[-2:]) and (
                titled[0] in ("the", "a", "an") or titled[0] in ROLE_MODIFIERS or titled[0] in PERSON_ROLE_NOUNS):
            # "Her opponent, former state Sen. John Smith, said", "Her predecessor, former foreign minister Dmytro
            # Kuleba,", "His friend, the novelist Ben Okri,": the name after its title or description
            titled = titled[lead:]
        if (not name or owned) and titled and titled[0][:1].isupper() and not is_possessive(titled[0]):
            # (not "DNO, one of the main firms in Iraqi Kurdistan,"; nor "Russia, Dodik’s most powerful supporter,")
            appos_name, _ = split_name(clean_words(" ".join(titled)))
            if appos_name:
                name, role = appos_name, phrase
                alias = self._alias_match(appos_name.split()) or alias
        if not role and apposition:
            role = apposition
        return alias, name, role

    def _named(self, words: list[str], text: str, definite: bool, alias: _AliasHit | None, name: str,
               role: str) -> _Found | None:
        """A person the gazetteer knows, else the person the phrase names ("the Louvre" is no surname)."""
        if alias is not None and alias.speaker.kind == "person":
            return self._gazetteer_ref(alias.speaker, text, role), role
        if alias is not None and alias.speaker.kind != "person" and (
                alias.key == strip_determiner(name_key(" ".join(words)))
                or country_of(" ".join(words)) in (alias.speaker.name, alias.speaker.country)):
            # "Saudi Arabia said", "The United States (of America) said": the state the gazetteer knows, not a
            # person "Arabia"
            return self._gazetteer_ref(alias.speaker, text, ""), ""
        if name and words[-1].islower() and "and" in words[:-1] and (
                words[-1] in PEOPLE_PLURALS or words[-1].endswith("s") and words[-1][:-1] in ORG_NOUNS):
            return None  # "The United States and Saudi governments": the bodies of both, not a person "United States"
        if name and definite and name == " ".join(words) and " " not in name:
            if demonym_epithet(words) and (found := self._recent_person()) is not None:
                # "the Malawian told Al Jazeera": the person the article has just described
                return SpeakerRef(found.ref.name, text, found.ref.slug, name, found.ref.kind), name
            return self._organisation(words, text, definite), ""  # a surname never takes "the"
        if name and role.split()[-1:] and role.split()[-1].lower() in ("and", "&", "of"):
            return self._organisation(words, text, definite), ""  # "the Post and Courier" is no Mr Courier
        if name and role.islower() and words[-1] == role.split()[-1] and singular(role.split()[-1]) in ORG_NOUNS and (
                not any(w.endswith(("’s", "'s")) for w in words)):  # (not "the Ledger’s investigative unit")
            return self._organisation(words, text, definite), ""  # "The Mariupol city government": no Mr Mariupol
        if name and role.islower() and " ".join(words).startswith((f"{name}’s ", f"{name}'s ")) and (
                singular(words[-1]) in ORG_NOUNS) and (
                country_of(name) or is_place(name)):
            return self._organisation(words, text, definite), ""  # "Gaza’s civil defence agency": no Mr Gaza
        if name and self._body_opened_by(name, words, role, definite):
            return self._organisation(words, text, definite), ""
        if name and not (role and head_word(role.split()) in PERSON_ROLE_NOUNS and named_organisation(name.split())):
            return self._person(name, role, text), role  # (not "A Fox News editorial assistant": its employer)
        return None

    def _body_opened_by(self, name: str, words: list[str], role: str, definite: bool) -> bool:
        """Whether the one-word `name`, no given name and no person the article names, opens a body's name: "SBM
        Intel" (an acronym after it), "said Focus Taiwan" (a country), "the Civil Defense of Rio Grande do Sul"."""
        if " " in name or first_name_gender(name) or self.names.full_person_name(name):
            return False
        return (not is_possessive(name) and name.endswith(("’s", "'s"))  # "Moody’s said": a company's name
                or role.isalpha() and role.isupper() and role.lower() not in ROLE_ACRONYMS
                or len(words) == 2 and role == words[1] and country_of(role) is not None
                or definite and words[0] == name and "of" in words[2:] and words[1][:1].isupper())

    def _common_noun_name(self, name: str) -> bool:
        """"Independent Grid Operator", "Independent Transit Trust": three capitalised words or more, no first name,
        ending in a word the article also writes in lower case ("the grid operator"), name an organisation that
        the lexicons lack, not a person (whose surname the name splitter would keep)."""
        words = name.split()
        if len(words) < 3 or first_name_gender(words[0]):
            return False
        last = words[-1].lower()
        return last.isalpha() and self.names.has_word(last)

    def _alias_match(self, words: list[str]) -> _AliasHit | None:
        if generic_body(words):
            return None  # "the commission" in lower case: the one the article named, never the gazetteer's (European)
        if words[:2] == ["state", "Department"] and len(words) > 3:
            # "the state Department of Health": a US state's agency, as AP writes it, not the State Department
            return None
        keys = name_key(" ".join(words)).split()
        for size in range(min(len(keys), self.index.max_alias_words), 0, -1):
            found: _AliasHit | None = None
            for begin in range(len(keys) - size + 1):
                speaker = self.index.aliases.get(" ".join(keys[begin : begin + size]))
                if speaker is not None and size == 1 < len(keys) and keys[begin] in ORG_NOUNS:
                    continue  # "the health commission" is not "the Commission" (European): a generic head, qualified
                if speaker is not None and speaker.kind == "person" and someone_elses(keys, begin, begin + size):
                    continue  # "Zelensky's chief of staff", "adviser to President Aliyev": someone else speaks
                if speaker is not None and begin and keys[begin - 1] in NAME_PARTICLES:
                    continue  # "De Lima added": a surname with its particle, not Lima (Peru's seat of government)
                if speaker is not None and (found is None or speaker.kind == "person"):
                    found = _AliasHit(speaker, " ".join(keys[begin : begin + size]))
            if found is not None:
                return found
        return None
