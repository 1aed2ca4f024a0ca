"""Organisations and documents as speakers, a mixin of SpeakerResolver (speakers.py): "Azerbaijan's Defence
Ministry" → the gazetteer's ministry; "the ministry", "the group", "the company" → the one the article named or
quoted last; "the letter said" → whoever the narration said sent it, else the last organisation quoted; "a joint
statement" → named by its parties. SpeakerResolver holds `names`, `index`, `entities`, `position`, `context` and
`issued`, and its `resolve` and `_gazetteer_ref` are called here."""

from __future__ import annotations

import re
from collections.abc import Iterator

from statements.extraction.alias_index import strip_determiner
from statements.extraction.countries import countries_in, country_of
from statements.extraction.cues import (
    DOCUMENT_NOUNS, HONORIFICS, KNOWN_ORGANISATIONS, NEWS_OUTLET_NAMES, ORG_NOUNS, OUTLET_HEADS, PERSON_ROLE_NOUNS,
    ROLE_MODIFIERS, STAFF_ROLES, WEEKDAYS, WRITTEN_BY_OTHERS,
)
from statements.extraction.genders import first_name_gender
from statements.extraction.keys import name_key
from statements.extraction.noun_phrases import Mention
from statements.extraction.organisation_names import (
    canonical_organisation,
    ministry_in_capital,
    without_home_country,
    written_organisation,
)
from statements.extraction.speaker_memory import PERSONAL
from statements.extraction.organisation_names import generic_body
from statements.extraction.speaker_names import PLACE_ADJECTIVE_ENDINGS, clean_words, unnamed_description
from statements.extraction.types import SpeakerRef

# "the alliance", "the bloc": the organisation they stand for, when the article names it (pattern).
_GENERIC_ORGANISATIONS = {
    "alliance": (("NATO", r"\bNATO\b|\bNato\b"),),
    "bloc": (("European Union", r"\bEuropean Union\b|\bEU\b"), ("African Union", r"\bAfrican Union\b|\bAU\b"),
             ("ASEAN", r"\bASEAN\b|\bAssociation of Southeast Asian Nations\b"),
             ("ECOWAS", r"\bECOWAS\b|\bEconomic Community of West African States\b"),
             ("Arab League", r"\bArab League\b"), ("Gulf Cooperation Council", r"\bGulf Cooperation Council\b|\bGCC\b"),
             ("BRICS", r"\bBRICS\b"), ("Mercosur", r"\bMercosur\b")),
    "central bank": (("Federal Reserve", r"\bFederal Reserve\b|\bthe Fed\b"),
                     ("European Central Bank", r"\bEuropean Central Bank\b|\bECB\b"),
                     ("Bank of England", r"\bBank of England\b"), ("Bank of Japan", r"\bBank of Japan\b|\bBOJ\b"),
                     ("People's Bank of China", r"\bPeople['’]s Bank of China\b|\bPBOC\b"),
                     ("Reserve Bank of India", r"\bReserve Bank of India\b|\bRBI\b"),
                     ("Reserve Bank of Australia", r"\bReserve Bank of Australia\b|\bRBA\b"),
                     ("Bank of Canada", r"\bBank of Canada\b"), ("Swiss National Bank", r"\bSwiss National Bank\b"),
                     ("Bank of Russia", r"\b(?:Central )?Bank of Russia\b")),
    # "The FBI said …. The bureau said …", "CISA said …. The agency said …": bodies known by their acronyms
    "bureau": (("FBI", r"\bFBI\b"),),
    "agency": (("IAEA", r"\bIAEA\b"), ("CIA", r"\bCIA\b"), ("NSA", r"\bNSA\b"), ("CISA", r"\bCISA\b"),
               ("UNHCR", r"\bUNHCR\b"), ("UNRWA", r"\bUNRWA\b"), ("IEA", r"\bIEA\b"), ("EPA", r"\bEPA\b"),
               # the rating agencies ("Moody’s cut Israel’s rating …. The agency said")
               ("Moody's", r"\bMoody['’]s\b"), ("Fitch Ratings", r"\bFitch\b"),
               ("S&P Global Ratings", r"\bS&P\b|\bStandard (?:&|and) Poor['’]s\b")),
}
# "the agency said", "the regulator said": the last agency, administration, authority, commission or bureau named
REGULATOR_HEADS = frozenset("agency regulator watchdog".split())
_REGULATOR = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|on)\s+)?)+(?:Administration|Agency|Authority|Commission"
                        r"|Bureau|Inspectorate)\b")
# "the newspaper reported": the outlet the article named so ("newspaper Dagens Nyheter", "the Guardian newspaper");
# "the paper" too, though no outlet is named "paper X" (and a website is no outlet named by its noun)
_OUTLET_NAMED_BY = (OUTLET_HEADS - {"website"}) | {"daily", "weekly"}
# what news calls an outlet it named before ("the newspaper", "the daily")
OUTLET_REFERENCES = _OUTLET_NAMED_BY | {"paper", "network"}  # ("Channel 12 reported …. The network said")
KNOWN_OUTLETS = frozenset(name_key(name) for name in NEWS_OUTLET_NAMES)  # (as keys: "the guardian")
# the article opening a paper's name ("Le Figaro", "Die Welt", "El País"), though "Le" and "Al" are given names too
_TITLE_ARTICLES = frozenset("The Le La Les Der Die Das El Il Al".split())
_OUTLET_NOUN = "(?:" + "|".join(sorted(_OUTLET_NAMED_BY)) + ")"
# (no determiner alone: "The paper" names no outlet)
_OUTLET_NAME = r"(?P<name>(?:The )?(?!(?:The|A|An|This|That)\b)[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3})"
_OUTLET_NAMED = (re.compile(rf"\b{_OUTLET_NOUN} {_OUTLET_NAME}"), re.compile(rf"{_OUTLET_NAME} {_OUTLET_NOUN}\b"))
_COMPANY_HEADS = frozenset("company firm corporation".split())
# A company's staff named by the company: "A Hyundai spokesperson", "an Apple executive"
_COMPANY_STAFF = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+"
                            r"(?:spokesperson|spokesman|spokeswoman|representative|executive)\b")
# The words of an office of state's name, which no company's has
_STATE_BODIES = frozenset("office department ministry court police agency commission government attorney".split())
GROUP_HEADS = frozenset("group movement organisation organization militia force forces network".split())


# Continents and oceans, which name no person ("Football Supporters Europe", "Africa CDC")
_CONTINENTS = frozenset("Africa Europe Asia America Americas Oceania Caribbean Pacific Atlantic Arctic".split())
# (not "some blocs in the party": people in a body, whose words the body did not say)
_LINKS = frozenset("in of for at on from with by to the a an some".split())


# "A Queensland Health spokesperson": an indefinite member of the staff of a body named in capitals
_ONE_OF_A_BODY = re.compile(r"(?:A|An|a|an)\s+(?:[a-z]+\s+){0,2}"
                            r"(?P<body>[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|and|of|for|the))*)"
                            r"\s+(?P<role>\w+)")
# One of a body's staff or members, whom news leaves unnamed: "A Queensland Health spokesperson", "A senior Scottish
# Labour figure", "A Fianna Fáil TD"
_MEMBER_ROLES = STAFF_ROLES | frozenset("figure source insider member mp td msp mla mep peer".split())
# An organisation's acronym in brackets after its name ("Law and Justice (PiS)", "Alternative for Germany (AfD)")
_ACRONYM = r"\((?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,8}\)"
_ACRONYM_AFTER = re.compile(rf"\s*{_ACRONYM}")
_NAME_AND_ACRONYM_BEFORE = re.compile(
    rf"([A-Z][\w’'-]*(?:\s+(?:and|of|for|the|[A-Z][\w’'-]*)){{0,5}})\s+{_ACRONYM}\s+$")
_PARTY_HEADS = frozenset("party movement alliance coalition bloc group".split())


class OrganisationSpeakers:
    """Organisations, documents and their issuers, for the mention being resolved."""

    def _with_acronym(self, mention: Mention, text: str, low: str) -> SpeakerRef | None:
        """"Law and Justice (PiS) said" (no "Mr Law"), "The opposition Law and Justice (PiS) party said": a name
        with its acronym in brackets is an organisation's, and a party head after them is that party."""
        if text[:1].isupper() and _ACRONYM_AFTER.match(self.names.text, mention.end) and not any(
                first_name_gender(w) or w.lower() in PERSON_ROLE_NOUNS for w in text.split()):
            return self._organisation(clean_words(text), text, False)
        named = _NAME_AND_ACRONYM_BEFORE.search(self.names.text, max(0, mention.start - 80), mention.start) if (
            low in _PARTY_HEADS) else None
        return self._organisation(clean_words(named.group(1)), text, False) if named is not None else None

    def _staff_of_a_body(self, ref: SpeakerRef | None, text: str) -> SpeakerRef | None:
        """"A Queensland Health spokesperson said", "A Fire and Emergency NZ spokesperson said", "A Fianna Fáil TD
        said": one of the staff or members of a body the lexicons do not know is an unnamed source, not a person
        "Queensland"."""
        staff = _ONE_OF_A_BODY.fullmatch(text) if ref is not None and ref.kind == "person" else None
        if staff is not None and staff.group("role").lower() in _MEMBER_ROLES and ref.name in staff.group("body"):
            return SpeakerRef(name=unnamed_description(text), mention=text, kind="unnamed")
        return ref

    def note_issued(self, noun: str, mention: Mention) -> None:
        """"Senator Varga sent a letter to the committee": a later "the letter said" is hers."""
        ref = self.resolve(mention)
        if ref is not None:
            self.issued[noun] = ref

    def note_outlet(self, ref: SpeakerRef) -> None:
        """"Kommersant reported that …": a name that reports, not a person's, is the outlet a later "the newspaper",
        "the daily" names."""
        first = ref.name.split()[0]
        if ref.kind in ("organisation", "person") and ref.name[:1].isupper() and (
                name_key(ref.name) in KNOWN_OUTLETS or ref.slug is None and (
                    first in _TITLE_ARTICLES or not first_name_gender(first))):
            self.outlet = ref

    def _written_before(self, noun: str) -> bool:
        """Whether the article wrote the document `noun` before the mention being resolved ("issued a statement"):
        "the statement" refers back to it; "According to the declaration" about one never mentioned is its own."""
        if self.position is None or not self.names.text:
            return True  # (a resolver without the article's text cannot tell)
        return re.search(rf"\b{re.escape(noun)}s?\b", self.names.text[: self.position], re.IGNORECASE) is not None

    def _document(self, words: list[str], mention: str, definite: bool) -> SpeakerRef | None:
        """"a joint statement said"; "the statement said" is whoever the narration said issued one, else the last
        document or organisation quoted."""
        issuer = self.issued.get(words[-1].lower()) if definite else None
        if issuer is not None:
            return SpeakerRef(issuer.name, mention, issuer.slug, issuer.role, issuer.kind)
        noun = words[-1].lower()
        body = next((e for e in reversed(self.entities) if e.ref.kind not in PERSONAL), None) if definite else None
        # (a statement the article had not named yet, when a body spoke last: "…, the Central Election Commission
        # announced on Monday. “…,” the official statement said")
        if body is not None and noun not in WRITTEN_BY_OTHERS and (
                self._written_before(noun) or noun == "statement" and body is self.entities[-1]):
            return SpeakerRef(body.ref.name, mention, body.ref.slug, body.ref.role, body.ref.kind)
        if [w.lower() for w in words] == ["ad"]:
            return None  # "The ad claims …" whose maker the article did not say: no one a reader could name
        name = " ".join(w if "-" in w and w[:1].isupper() else w.lower() for w in words)  # ("US-Saudi")
        if "joint" in name.split() and not any("-" in w for w in words):  # ("joint US-Saudi" names its parties)
            # A joint statement is named by its parties, as curators and the gold labels do.
            for text in self.context:
                parties = countries_in(text)
                if len(parties) >= 2:
                    name = f"{name} of {', '.join(parties[:-1])} and {parties[-1]}"
                    break
        return SpeakerRef(name=name, mention=mention, kind="organisation")

    def _organisation(self, words: list[str], mention: str, definite: bool) -> SpeakerRef:
        """"Azerbaijan's Defence Ministry" → the gazetteer's Azerbaijani Defense Ministry; "the ministry" → the last
        one."""
        led = next((i for i, word in enumerate(words[:-1]) if word.lower().endswith(PLACE_ADJECTIVE_ENDINGS)
                    and country_of(words[i + 1])), None)
        if led is not None:
            # "The Mohamed Muizzu-led Maldives government": the country's government (but "the Hamas-run Health
            # Ministry" is the one Hamas runs)
            words = words[led + 1 :]
        if len(words) > 1 and words[0].endswith("-based") and words[0][:1].isupper():
            words = words[1:]  # "the Munich-based Ifo Institute": where it is, not its name
        if len(words) == 1 and words[0].isupper() and words[0].lower() not in KNOWN_ORGANISATIONS:
            # "the RSF" → "Rapid Support Forces (RSF)"; "the US" is a country, not an acronym the article spells
            # out ("US Secretary …", "US on Sunday")
            expanded = country_of(words[0]) or self.names.acronym(words[0])
            if expanded:
                words = expanded.split()
        elif len(words) == 2 and words[1].isupper() and country_of(words[0]) and (
                expanded := self.names.acronym(words[1])) and country_of(expanded.split()[0]) == country_of(words[0]):
            words = expanded.split()  # "the Chinese CDC" after "the Chinese Center for Disease Control and …"
        written = strip_determiner(name_key(" ".join(words)))
        name = canonical_organisation(words)
        key = name_key(name)
        # the article's own wording first ("Paraguay's Foreign Ministry" is an alias), then the gazetteer's
        # pattern, then a near spelling; never an institution of a country the mention does not name
        for candidate in () if generic_body(words) else self._organisation_keys(written, key):
            speaker = self.index.aliases.get(candidate) if candidate else None
            if speaker is not None and self.index.same_country(speaker, written, candidate):
                return self._gazetteer_ref(speaker, mention, "")
        if definite and len(words) <= 2:
            head = words[-1].lower()
            for entity in reversed(self.entities):
                # (every word: "the Sanders campaign" is not "the Clinton campaign")
                key_words = name_key(entity.ref.name).split()
                # (or a body the article described, not named: "the health ministry", later "the ministry")
                body = entity.ref.kind not in PERSONAL or (
                    entity.ref.kind == "unnamed" and bool(key_words) and key_words[-1] in ORG_NOUNS)
                if body and {word.lower() for word in words} <= set(key_words):
                    return SpeakerRef(entity.ref.name, mention, entity.ref.slug, entity.ref.role, entity.ref.kind)
            found = self._named_earlier(head, mention)
            if found is not None:
                return found
        if definite and len(words) >= 2 and all(w[:1].isupper() for w in words):
            fuller = self.names.placed_form(" ".join(words))  # "the Health Ministry", later "… in Gaza"
            if fuller is not None:
                return self._organisation(fuller.split(), mention, False)
        if len(words) >= 2 and words[-1] in ORG_NOUNS and all(word.isalpha() and word.islower() and word not in _LINKS
                                                               for word in words):
            # "according to the fire service": a body described, not named; as the article describes it
            return SpeakerRef(name=unnamed_description(" ".join(words)), mention=mention, kind="unnamed")
        words = without_home_country(words)
        kind = "government" if country_of(name) else "organisation"
        if ministry_in_capital(words):
            words = words[:-2]  # "the Commerce Ministry in Beijing" the gazetteer does not know: the ministry
        return SpeakerRef(name=written_organisation(words), mention=mention, kind=kind)

    def _place_in_body_name(self, words: list[str], name: str, role: str) -> bool:
        """"China Harbour", "Swiss Olympic", "Africa CDC", "Football Supporters Europe": a place and capitalised words
        that name no person (no role, no given name, no surname the article wrote) are a body's name."""
        if " " in name or not name or not role or not all(word[:1].isupper() for word in words):
            return False
        if name in _CONTINENTS:
            return True  # (no person is called "Europe")
        if any(word.lower() in PERSON_ROLE_NOUNS or word.lower() in HONORIFICS or word.lower() in ROLE_MODIFIERS
               for word in words):
            return False
        return (any(country_of(word) for word in role.split()) and not first_name_gender(name)
                and self.names.full_person_name(name) is None)

    def _company_like(self, name: str) -> bool:
        """"Samsung", "Samsung Electronics": no given name opens it, the article never writes it after a given name
        or an honorific, and it is no surname of a person the article names in full."""
        if not name[:1].isupper() or first_name_gender(name.split()[0]):
            return False
        if self.names.full_person_name(name.split()[-1]) not in (None, name):
            return False
        return re.search(rf"\b(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+{re.escape(name)}", self.names.text) is None

    def _organisation_keys(self, written: str, canonical: str) -> Iterator[str | None]:
        yield written
        yield canonical
        if " " in canonical:  # the near spelling only when no exact alias fits (it costs a search)
            yield self.index.fuzzy_alias(canonical, people_only=False)

    def _named_earlier(self, head: str, mention: str) -> SpeakerRef | None:
        """"the forum" → the "Hostages and Missing Families Forum" named before; "the alliance" → NATO when the
        article names it; "the group" → the last organisation that spoke."""
        full = self.names.organisation_ending(head, self.position) or (
            self.names.described_as(head, self.position) if head in GROUP_HEADS and self.position else None)
        if full is not None:
            return self._organisation(full.split(), mention, False)
        if head in _COMPANY_HEADS and self.position is not None:
            company = self.names.company_before(self.position)  # "Boeing Co. …, Boeing is …; the company said"
            if company is not None:
                return self._organisation(company.split(), mention, False)
            staff = None
            for staff in _COMPANY_STAFF.finditer(self.names.text, 0, self.position):
                pass
            if staff is not None and not any(w.lower() in ORG_NOUNS or country_of(w) for w in staff["name"].split()):
                # "A Hyundai spokesperson told CNN …. The company said": the company whose staff spoke
                return self._organisation(staff["name"].split(), mention, False)
            bodies = [e.ref for e in reversed(self.entities) if e.ref.kind == "organisation"]
            # (a company rather than an office of state: "the U.S. Attorney’s Office" is no company)
            spoke = next((ref for ref in bodies if not set(name_key(ref.name).split()) & _STATE_BODIES), None)
            if spoke is None:
                # "Samsung reported record profits. The company said …": a name taken for a person's is the company
                # (before an office of state that spoke: "Google warned …; the Heritage Department proposed …")
                spoke = next((e.ref for e in reversed(self.entities) if e.ref.kind == "person"
                              and self._company_like(e.ref.name)), None)
                if spoke is not None:
                    return SpeakerRef(spoke.name, mention, spoke.slug, spoke.role, "organisation")
                spoke = bodies[0] if bodies else None
            if spoke is None and self.narrated_body is not None:
                # "Critical Elements Lithium has obtained a decision. “…,” the company said": the body last named
                return SpeakerRef(self.narrated_body.name, mention, kind="organisation")
            if spoke is not None:  # "Halvorsen said …. The company said": the organisation that spoke last
                return SpeakerRef(spoke.name, mention, spoke.slug, spoke.role, spoke.kind)
        if head in OUTLET_REFERENCES and self.position is not None:
            # "newspaper Dagens Nyheter …, the newspaper reported": the paper named last (not "the Israeli
            # newspaper", "the Sunday newspaper")
            outlets = [(found.start("name"), found.group("name")) for pattern in _OUTLET_NAMED
                       for found in pattern.finditer(self.names.text, 0, self.position)
                       if not country_of(found.group("name")) and found.group("name").lower() not in WEEKDAYS]
            if outlets:
                return SpeakerRef(max(outlets)[1], mention, kind="organisation")
            if self.outlet is not None:  # "Kommersant reported …. The newspaper said …"
                return SpeakerRef(self.outlet.name, mention, self.outlet.slug, kind="organisation")
        # "the bloc" is the one of them the article named last before it
        before = self.position or len(self.names.text)
        # ("the agency" after "the International Atomic Energy Agency" or after "the IAEA": whichever came last)
        regulators = [(found.start(), found.group().removeprefix("The ")) for found in _REGULATOR.finditer(
            self.names.text, 0, before)] if head in REGULATOR_HEADS else []
        key = "central bank" if mention.lower().endswith("central bank") else head
        named = regulators + [(found.start(), name) for name, pattern in _GENERIC_ORGANISATIONS.get(key, ())
                              for found in re.compile(pattern).finditer(self.names.text, 0, before)]  # (re caches)
        if named:
            return self._organisation(max(named)[1].split(), mention, False)
        if head in GROUP_HEADS:
            for entity in reversed(self.entities):
                words = set(name_key(entity.ref.name).split())
                # (or people the article named together: "The G7 Foreign Ministers …. The group urged")
                if (entity.ref.kind in ("organisation", "group") or entity.plural and entity.ref.name[:1].isupper()
                        ) and not words & DOCUMENT_NOUNS:
                    return SpeakerRef(entity.ref.name, mention, entity.ref.slug, entity.ref.role, entity.ref.kind)
        return None
