"""Names an article spells out somewhere, so that a short mention can be given its fullest form.

Annotators and curators name a speaker by the fullest form the article gives: "Szijjarto" is "Peter
Szijjarto" when the article introduced "his Hungarian counterpart Peter Szijjarto"; "the RSF" is the
"Rapid Support Forces (RSF)"; "the forum" is the "Hostages and Missing Families Forum" named a paragraph
earlier. Built lazily, at most once per article, and only when a mention needs it (most do not).
"""

from __future__ import annotations

import re
from typing import Callable

from statements.extraction.acronyms import bracketed_acronyms, spelled_out
from statements.extraction.countries import another_country, country_of
from statements.extraction.genders import first_name_gender, pronoun_gender
from statements.extraction.cues import (
    COMPANY_SUFFIXES, IMPERATIVES, MONTHS, NAME_HEADS, ORG_NOUNS, PERSON_ROLE_NOUNS, STYLE_OF_ADDRESS, WEEKDAYS,
)
from statements.extraction.keys import name_key
from statements.extraction.given_names import first_names_differ
from statements.text import CAPITAL, NAME_STYLES, NAME_SUFFIXES, PEERAGE, PEERAGE_STYLE, peerage_name

_CAP = f"[{CAPITAL}]"  # a capital letter, accented ones included
_PARTICLE = r"(?:al|el|bin|ibn|abu|van|von|de|da|di|du|le|la)"
# "Coach (Frank) Vogel": a writer's insertion of the given name a quote left out
_BRACKETED_GIVEN = re.compile(rf"\(({_CAP}[a-z]+)\)(?=\s+{_CAP})")
# Runs of capitalised words (initials, "J.C.", and joined particles allowed): candidate full names. The pattern opens
# with the capital and only then looks behind it (no word character before the run): a pattern that opens with a
# look-behind is tried at every character, one that opens with a capital only where there is one. "on X. Macron
# said": the platform, not an initial.
_RUN = re.compile(
    rf"{_CAP}(?<![\w’'.-].)(?<! on X)(?<! to X)(?<!via X)(?:\.(?:{_CAP}\.){{0,2}}|[\w’'-]*)"
    rf"(?:\s+(?:{_CAP}\.|(?:Jr|Sr)\.|{_CAP}[\w’'-]*|{_PARTICLE}[-’']{_CAP}[\w’'-]*"
    rf"|{_PARTICLE}(?=\s+{_CAP})))+"
)
# "Waker-uz-Zaman", "Anwar-ul-Haq": one word that is a whole name, its last part the surname ("Gen. Zaman said")
_JOINED_NAME = re.compile(r"\b[A-Z][a-z]+-(?:u[dlnrsz]|a[dlnrsz]|e[ln])-(?P<surname>[A-Z][a-z]+)\b(?!-)")
_ARTICLE_CAPITALISED = re.compile(r"(?:Al|El|Ad|An|Ar|As|Ash|At|Az)-[A-Z]")  # the Arabic article of a surname
# "Microsoft Corp", "Amazon.com Inc.", "Royal Dutch Shell plc": one to three capitalised words and a legal form.
_LEGAL_FORMS = r"(?:Corp|Corporation|Co|Inc|Incorporated|Ltd|Limited|LLC|plc|PLC|GmbH)"
# (not a sentence's end and a hyphenated word: "… Strava. Co-founder Michael Horvath")
_COMPANY = re.compile(rf"(?<![\w’'.-])(?P<name>{_CAP}[\w.&’'-]*(?:\s+{_CAP}[\w.&’'-]*){{0,2}}?)(?<!\.)\s+{_LEGAL_FORMS}"
                      rf"\b(?!-)\.?")
# What every _COMPANY match holds: most articles name no company, and this scan is many times faster.
_LEGAL_FORM = re.compile(rf"\s{_LEGAL_FORMS}\b")
_QUANTITIES = frozenset("two three four five six seven eight nine ten some many several few all dozens hundreds "
                        "thousands".split())
_LEADING = frozenset(
    "the a an in on at for after before but and or meanwhile when while this that these those speaking according "
    "asked earlier later separately also however if as since during under over with from by to of both either "
    "neither once until unless because although though whether where whereas then now still yet so even instead "
    "indeed perhaps maybe despite without within between among like unlike upon about against through toward "
    "towards amid".split()  # sentence openers before a name: "Once Kheradpir started testing …"
) | IMPERATIVES
_MEMBERS_OF = re.compile(r"\b(?:members|activists|supporters|leaders|founders)\s+of\s+(?:the\s+)?"
                         rf"({_CAP}[\w’'&.-]*(?:\s+(?:(?:of|for|and|the|in|on)\s+)*{_CAP}[\w’'&.-]*){{0,6}})")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+),?\s+$")
_POSSESSIVE_END = re.compile(r"(?<=[’']s)\s+|(?<=s[’'])\s+")  # ("CBS News' Margaret Brennan": a plural's too)
_WORD = re.compile(r"[\w’'-]+")
_CAPITALISED_WORD = re.compile(rf"(?<![\w’'-]){_CAP}[\w’'-]+")
# has_word's questions answered by scanning for the word itself before the article's words are listed once: most
# articles ask a few, and a few str.find scans cost less than one _WORD.findall; more would grow with the square.
_DIRECT_LOOKUPS = 6
# The subject opening a paragraph: a run of words up to a comma or a speech verb.
_NEXT_SUBJECT = re.compile(rf"({_CAP}[^\n,.;:“”\"]{{2,80}}?)(?:,|\s+(?:said|told|added|stressed|warned|urged)\b)")

_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)

class ArticleNames:
    """Full person names by each of their words, acronym expansions, and organisation names by head noun."""

    def __init__(self, text: str, split_name: Callable[[list[str]], tuple[str, str]]) -> None:
        self.text = text
        self._split_name = split_name
        self._people: dict[str, set[str]] | None = None  # word key -> full names holding it
        self._first_positions: dict[str, int] = {}
        self._acronyms: dict[str, str] | None = None
        self._companies: dict[str, str] | None = None
        self._organisations: dict[str, set[str]] | None = None
        # Whole-text scans, made once per article and shared by every word looked up (a scan per word made time
        # grow with the square of the article's length)
        self._runs: list[str] | None = None  # the _RUN matches, in order
        self._inside: dict[str, bool] = {}
        self._described: dict[str, str | None] = {}  # long descriptors → the one name written after them
        self._peerages: list[tuple[str | None, bool, str]] | None = None  # (given name, styled before it, name)
        self._words: set[str] | None = None  # every maximal run of word characters, apostrophes and hyphens
        self._lookups = 0  # has_word questions answered without _words

    def full_person_name(self, word: str, gender: str = "") -> str | None:
        """The one multi-word person name of the article that contains `word` ("Lai" → "Lai Ching-te"); with
        `gender` (an honorific's: "Mr Anderson"), not a name whose first name is the other sex's."""
        if self._people is None:
            self._people = {}
        if _ARTICLE_CAPITALISED.match(word) and (written := self.full_person_name(word[0].lower() + word[1:], gender)):
            return written  # "Al-Houthi said", opening a sentence, after "Muhammad Ali al-Houthi"
        key = name_key(word)
        if key not in self._people:
            self._people[key] = self._names_with(word, key)
        names = self._people[key]
        if gender:
            names = {name for name in names if pronoun_gender(name.split()[0]) in ("", gender)} or names
        if len(names) > 1:
            names = self._plausible(names, word)
        if len({_without_initials(name) for name in names}) == 1 and len(names) > 1:
            names = {min(names, key=len)}  # "Michael Bloomberg" and "Michael R. Bloomberg": one person
        elif len(names) > 1 and _one_person(names):
            # "Patrick Carlineo Jr.", "Patrick W. Carlineo" and "Pat Carlineo": one person, named as first introduced
            names = {min(names, key=self.first_at)}
        shortest = min(names, key=len) if len(names) > 1 else ""
        if shortest and first_name_gender(shortest.split()[0]) and all(
                name == shortest or name.startswith(f"{shortest} ") for name in names):
            names = {shortest}  # "Margaret Hamilton" and "a Margaret Hamilton Lego minifigure": one person
        if len(names) > 1:
            # "Raquel Montoya-Lewis" and "Free Sign Up Montoya-Lewis" (page furniture run into a name): the one that
            # opens with a known first name, if only one does
            names = {name for name in names if first_name_gender(name.split()[0])} or names
        if len(names) > 1 and all(name.split()[-1] == word for name in names):
            # "Rep. Mark Meadows", later "Debbie Meadows" and "Scott Meadows": a bare surname is the family
            # member the article introduced first (its subject); relatives come later, with their first names
            names = {min(names, key=self.first_at)}
        if len(names) != 1:
            return None
        return next(iter(names))

    def _capitalised_runs(self) -> list[str]:
        """The article's runs of capitalised words, a given name in brackets read as written out: "Coach (Frank)
        Vogel" names Frank Vogel."""
        text = _BRACKETED_GIVEN.sub(r"\1", self.text) if "(" in self.text else self.text
        return [match.group() for match in _RUN.finditer(text)]

    def _plausible(self, names: set[str], word: str) -> set[str]:
        """Among several names holding `word`, the ones that can be its person: not a run with a word the article
        also writes in lower case ("Jerry World", "Replied Stephen"), not a given name and a suffix ("Jerry Jr"),
        and a middle name adds no one ("John Stephen Jones" is the "Stephen Jones" named too)."""
        kept = {name for name in names if not (len(name.split()) == 2 and name.split()[-1].rstrip(".") in ("Jr", "Sr"))
                and not any(self.written_in_lower_case(other) for other in name.split() if other != word)} or names
        return {name for name in kept if not any(
            other != name and other.split()[-1] == name.split()[-1] and name.endswith(" " + other) for other in kept)}

    def names_with(self, word: str) -> set[str]:
        """Every full name (two words or more) of the article that contains `word`."""
        if self._people is None:
            self._people = {}
        key = name_key(word)
        if key not in self._people:
            self._people[key] = self._names_with(word, key)
        return self._people[key]

    def longer_name(self, name: str) -> str | None:
        """The one fuller name the article wrote before that opens with the two-word `name`: "Te Kaurinui", later
        for "Te Kaurinui Robert Parata" (not a name a date ran into: "John Rankin Thursday")."""
        key = name_key(name)
        longer = {other for other in self.names_with(name.split()[-1]) if name_key(other).startswith(f"{key} ")
                  and not set(name_key(other).split()) & _TIME_WORDS and self.first_at(other) <= self.first_at(name)}
        if len(longer) != 1:
            return None
        other = longer.pop()
        # set off by commas as a name is ("his son, Te Kaurinui Robert Parata, …"), not a run of two names ("Chief
        # Financial Officer of Super Value Debra Symonette said")
        # (or after a title: "Eritrean Information Minister Ali Abdu Ahmed said", later "Mr Ali Abdu")
        found = re.search(rf",\s*{re.escape(other)}\s*[,.]|(\w+)\s+{re.escape(other)}\b", self.text)
        return other if found and (found.group(1) is None or found.group(1).lower() in PERSON_ROLE_NOUNS) else None

    def name_ending(self, name: str) -> str | None:
        """The one fuller person name of the article that ends with the two-word `name`: "Eriksson Ek" for "Joel
        Eriksson Ek", "García Márquez" for "Gabriel García Márquez" (a surname of two words)."""
        if first_name_gender(name.split()[0]):
            return None  # "Stephen Jones" is a name of its own, "John Stephen Jones" his middle name's fuller form
        key = name_key(name)
        fuller = {other for other in self.names_with(name.split()[0]) if name_key(other).endswith(f" {key}")
                  and first_name_gender(other.split()[0])}
        return fuller.pop() if len(fuller) == 1 else None

    def words_before(self, name: str) -> set[str]:
        """The lower-case words written right before `name` ("his wife, Jamie Liles Lassiter": "wife")."""
        # (str.find and one compiled pattern: a pattern per name costs a compilation per person of every article)
        words = set()
        at = self.text.find(name)
        while at >= 0:
            before = _LOWER_WORD_BEFORE.search(self.text, max(0, at - 40), at)
            if before is not None:
                words.add(before.group(1))
            at = self.text.find(name, at + len(name))
        return words

    def capitalised_inside(self, word: str) -> bool:
        """Whether the article writes `word` capitalised after a lower-case word or a comma, inside a sentence
        ("Johnson, Manzara, and Field want"), as a name is and a common noun opening a sentence is not."""
        if word not in self._inside:  # (str.find, as words_before: no pattern compiled per word)
            text, found = self.text, False
            at = text.find(word)
            while at >= 0 and not found:
                after = text[at + len(word) : at + len(word) + 1]
                before = text[at - 2 : at - 1]
                found = text[at - 1 : at] == " " and ("a" <= before <= "z" or before == ",") and not (
                    after.isalnum() or after and after in "_-")
                at = text.find(word, at + len(word))
            self._inside[word] = found
        return self._inside[word]

    def first_at(self, name: str) -> int:
        """Where the article first writes `name` (its length when it never does); memoised (a search of the text)."""
        if name not in self._first_positions:
            found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text)
            self._first_positions[name] = found.start() if found else len(self.text)
        return self._first_positions[name]

    def company(self, name: str) -> str | None:
        """"Microsoft" → "Microsoft Corp" when the article writes the name with a legal-form word after it."""
        if self._companies is None:
            self._companies = {}
            for match in _COMPANY.finditer(self.text) if _LEGAL_FORM.search(self.text) else ():
                self._companies.setdefault(name_key(match.group("name")), match.group().rstrip(",;:"))
        return self._companies.get(name_key(name))

    def company_before(self, position: int) -> str | None:
        """"the company said" → the company the article wrote last before `position`, by its full name ("Boeing
        Co.") or its short one ("Boeing"); only companies named once with a legal form."""
        self.company("")  # fills self._companies
        best, best_at = None, -1
        for key, full in (self._companies or {}).items():
            short = full.rsplit(None, 1)[0] if " " in full else full
            for match in re.finditer(rf"(?<![\w’'-]){re.escape(short)}(?![\w’'-])", self.text[:position]):
                if match.start() > best_at:
                    best, best_at = full, match.start()
        return best

    def person_named_before(self, position: int, gender: str, floor: int | None = None) -> str | None:
        """The last full name of a person of `gender` (by the first-name lexicon) written before `position`, from
        `floor` (default: 600 characters before): whose "his attorney" it is when the man was named in narration."""
        found = None
        for match in _RUN.finditer(self.text, max(0, position - 600) if floor is None else floor, position):
            name, _ = self._split_name(match.group().split())
            if len(name.split()) >= 2 and first_name_gender(name.split()[0]) == gender:
                found = name
        return found

    def qualified_before(self, noun: str, position: int) -> str | None:
        """The last "<Name> <noun>" written in the 1,500 characters before `position` ("Boeing executives", "Russian
        officials"): who "the executives" are when the article named them only in narration."""
        found = None
        pattern = rf"(?<![\w’'-])((?:{_CAP}[\w.’'-]*[^\S\n]+){{1,3}})((?i:{re.escape(noun)}))(?![\w’'-])"
        for found in re.finditer(pattern, self.text[max(0, position - 1500) : position]):
            pass
        if found is None:
            return None
        words = found.group(1).split()
        ends = [at for at, word in enumerate(words) if word.endswith(".") and "." not in word[:-1] and len(word) > 3]
        words = words[ends[-1] + 1 :] if ends else words  # "… Robert Fico. The countries": a sentence ended
        while words and (words[0].lower() in _LEADING or words[0].lower() in _QUANTITIES):
            words.pop(0)  # (not "Two loggers": a number of people, no qualifier)
        return f"{' '.join(words)} {found.group(2)}" if words else None  # ("G7 Foreign Ministers" as written)

    def organisation_opening(self, word: str) -> str | None:
        """The one organisation the article names that opens with `word` ("American" → "American Airlines",
        "United" → "United Airlines"): a short name used after the full one."""
        if self._organisations is None:
            if self._runs is None:
                self._runs = self._capitalised_runs()
            self._organisations = {}  # first word -> the organisation names opening with it
            for run in self._runs:
                words = run.split()
                while words and words[0].lower() in _LEADING:
                    words.pop(0)
                if len(words) >= 2 and words[-1].lower().rstrip(".") in ORG_NOUNS | COMPANY_SUFFIXES | NAME_HEADS:
                    self._organisations.setdefault(words[0], set()).add(" ".join(words))
        found = self._organisations.get(word, ())
        return next(iter(found)) if len(found) == 1 else None

    def written_in_lower_case(self, word: str) -> bool:
        """Whether the article also writes `word` in lower case ("international", "array"): a common word."""
        low = word.lower()
        return low != word and low.isalpha() and self.has_word(low)

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding `position` starts, after the last full stop or line break before it."""
        return max(self.text.rfind(". ", 0, position), self.text.rfind("\n", 0, position)) + 1

    def has_word(self, word: str) -> bool:
        """Whether the text writes `word` (letters only) with no word character, apostrophe or hyphen either side:
        what `(?<![\\w’'-])word(?![\\w’'-])` finds, from one pass over the text instead of one per word."""
        if not word.isalpha():
            return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", self.text) is not None
        if self._words is None and self._lookups < _DIRECT_LOOKUPS:
            # the first few words: found with str.find, much cheaper than listing every word of the article
            self._lookups += 1
            return _written_alone(self.text, word)
        if self._words is None:
            self._words = set(_WORD.findall(self.text))
        return word in self._words

    def written_as_place(self, word: str) -> bool:
        """Whether the article puts `word` after a preposition of place ("in Massy", "from Cambridge"; not "at
        Massy Stores", a name the word begins)."""
        # "according to Warren" names a source, not a place
        pattern = rf"\b(?:in|at|from|near|outside|across|(?<!according )to|around)\s+{re.escape(word)}\b(?!\s+{_CAP})"
        return re.search(pattern, self.text) is not None

    def acronym(self, acronym: str) -> str | None:
        """The name the article spells `acronym` out as (acronyms.py), memoised."""
        if self._acronyms is None:
            self._acronyms = bracketed_acronyms(self.text)
        if acronym not in self._acronyms:
            self._acronyms[acronym] = spelled_out(self.text, acronym)
        return self._acronyms[acronym]

    def organisation_ending(self, head: str, before: int | None) -> str | None:
        """The last capitalised name ending in `head` ("... Forum") written before position `before`."""
        if not head.isalpha():
            return None
        pattern = re.compile(
            rf"((?:{_CAP}[\w’'-]*\s+(?:(?:and|of|for|the|on)\s+)?)+){head.capitalize()}\b"
        )
        # or opening with it: "the Commission on Presidential Debates", "Committee to Protect Journalists"
        # (with the capitalised words before it: "The District Court of Amsterdam", not "Court of Amsterdam")
        opening = re.compile(rf"(?<![\w’'-])(?:{_CAP}[\w’'-]*\s+)*{head.capitalize()}\s+(?:on|for|of|to)\s+"
                             rf"(?:the\s+)?{_CAP}[\w’'-]*"
                             rf"(?:\s+(?:(?:and|of|for|the)\s+)?{_CAP}[\w’'-]*)*")
        end = len(self.text) if before is None else before
        found = max(((m.start(), m.group()) for p in (pattern, opening) for m in p.finditer(self.text, 0, end)
                     if m.group().split()[-1].lower() not in _TIME_WORDS),  # ("the Senate on Tuesday")
                    default=(0, None))[1]
        if found is None:
            return None
        words = found.split()
        while words and words[0].lower() in _LEADING:
            words.pop(0)
        return " ".join(words) if len(words) >= 2 else None

    def placed_form(self, phrase: str) -> str | None:
        """The one longer form of an institution's name the article writes anywhere: "the Health Ministry" of an
        article that also says "the Health Ministry in Gaza" (or "Gaza's Health Ministry"); None when it writes none
        or several ("the Foreign Ministry of Russia" and "… of Ukraine")."""
        escaped = re.escape(phrase)
        forms = {f"{phrase} {m.group(1)} {m.group(2)}" for m in re.finditer(
            rf"(?<![\w’'-]){escaped}\s+(in|of)\s+((?:the\s+)?{_CAP}[\w’'-]*(?:\s+{_CAP}[\w’'-]*)*)", self.text)
            if m.group(2).split()[0].lower() not in _TIME_WORDS}  # "the Transit Board in July" is no place
        forms |= {f"{m.group(1)} {phrase}" for m in re.finditer(
            rf"(?<![\w’'-])({_CAP}[\w’'-]*)\s+{escaped}\b", self.text) if m.group(1).lower() not in _LEADING}
        return next(iter(forms)) if len(forms) == 1 else None

    def lede_subject(self, position: int) -> str | None:
        """"The UN's top political affairs official on Tuesday urged …" opening an article, and the next paragraph
        begins "Rosemary DiCarlo, Under-Secretary-General …, told": the lede's descriptor is that person."""
        paragraph = self.text.find("\n\n", position)
        match = _NEXT_SUBJECT.match(self.text, paragraph + 2) if paragraph >= 0 else None
        return self._full_name(match.group(1)) if match else None

    def role_named_before(self, role: str, position: int, country: str | None = None) -> str | None:
        """"… warns PAHO Director Carissa F. Etienne" in a sentence that gave no statement, later "the Director
        noted": the role's holder as the article named them earlier (the last such naming); with `country`, never
        one whose title names another country ("the U.S. president" is no "Venezuelan President X")."""
        pattern = re.compile(rf"(?i:\b{re.escape(role)}),?\s+((?:(?:{_CAP}[\w’'-]+|{_CAP}\.)\s+){{1,3}}{_CAP}[\w’'-]+)")
        found = None
        for match in pattern.finditer(self.text, max(0, position - 4000), position):
            title = self.text[max(0, match.start() - 40) : match.start()].split()[-3:]
            if country is None or not another_country(title, {country}):
                found = match
        return self._full_name(found.group(1)) if found else None

    def kin_named_before(self, kin: str, position: int) -> str | None:
        """"Ailes’s brother Robert told me …", later "his brother told me": the given name the kin word introduced
        last (in full where the article writes it so)."""
        pattern = re.compile(rf"\b{re.escape(kin)},?\s+({_CAP}[\w’'-]+(?:\s+{_CAP}[\w’'-]+){{0,2}})")
        found = None
        for found in pattern.finditer(self.text, max(0, position - 4000), position):
            pass
        if found is None or not first_name_gender(found.group(1).split()[0]):
            return None
        return self._full_name(found.group(1)) or found.group(1).split()[0]

    def described_in_full(self, descriptor: str) -> str | None:
        """The one person the article names right after the very words of a long descriptor, anywhere in it:
        "China’s ambassador to Britain" and "China’s ambassador to Britain Liu Xiaming"."""
        words = descriptor.split()
        if len(words) < 3 or not any(w in ("to", "of", "for") for w in words[1:-1]):
            return None  # a role with its complement only: "the spokesman" has many holders
        if descriptor not in self._described:  # (one scan per descriptor and article)
            pattern = re.compile(rf"{re.escape(descriptor)},?\s+((?:{_CAP}[\w’'-]+\s+){{1,2}}{_CAP}[\w’'-]+)")
            found = {name for match in pattern.finditer(self.text) if (name := self._full_name(match.group(1)))}
            self._described[descriptor] = found.pop() if len(found) == 1 else None
        return self._described[descriptor]

    def role_named_after(self, role: str, start: int, end: int, country: str | None = None) -> str | None:
        """"…, his spokesman said." followed by "spokesman Stephane Dujarric told reporters" (or "Greek Foreign
        Minister Nikos Dendias", a title): the role's holder is named just after the descriptor, between `start` and
        `end`; with `country`, only a holder whose title names it ("the Greek foreign minister")."""
        pattern = re.compile(rf"\b(?i:{re.escape(role)}),?\s+((?:{_CAP}[\w’'-]+\s+){{0,2}}{_CAP}[\w’'-]+)")
        for match in pattern.finditer(self.text, start, end):
            if country is None or any(country_of(word) == country for word in self.text[
                    max(0, match.start() - 40) : match.start()].split()[-3:]):
                return self._full_name(match.group(1))
        return None

    def described_as(self, head: str, position: int) -> str | None:
        """"Citizens for Responsibility and Ethics in Washington, a liberal nonprofit watchdog group", later "the
        group": the last name the narration described with `head` in an apposition before `position`."""
        pattern = re.compile(rf"({_CAP}[\w’'&.-]*(?:\s+(?:(?:of|for|and|the|in|on)\s+)*{_CAP}[\w’'&.-]*){{0,8}}),\s+"
                             rf"(?:a|an)\s+(?:[\w’'-]+\s+){{0,4}}?{re.escape(head)}\b")
        found = None
        for found in pattern.finditer(self.text, max(0, position - 3000), position):
            pass
        # "ten members of Youth Demand were arrested … Last week the group called for …": the body whose members
        # the narration named last
        for found in _MEMBERS_OF.finditer(self.text, found.end() if found else max(0, position - 3000), position):
            pass
        if found is None:
            return None
        words = found.group(1).split()
        return " ".join(words[1:] if words[0] in ("The", "the") else words) or None

    def person_of_gender_before(self, gender: str, position: int) -> str | None:
        """The last person named in the 1,000 characters before `position` whose first name is of `gender`
        (the article's full form of the name): "… and Stone met the director. “…,” the actress says"."""
        for run in reversed(_CAPITALISED_WORD.findall(self.text, max(0, position - 1000), position)):
            if run.lower() in _LEADING:
                continue
            full = self.full_person_name(run)
            if full is not None and first_name_gender(full.split()[0]) == gender:
                return full
        return None

    def _full_name(self, run: str) -> str | None:
        run = run[style.end() :] if (style := STYLE_OF_ADDRESS.match(run)) else run  # ("His Royal Highness …")
        name, title = self._split_name(run.split())
        if name and " " not in name and title:
            return self.full_person_name(name)  # "Adv Tšosane": the person the article named in full
        return name if " " in name else None

    def _names_with(self, word: str, key: str) -> set[str]:
        """Full names (two words or more) among the article's capitalised runs that contain `word`."""
        names: set[str] = set()
        if len(key) <= 2 and not (len(word) == 2 and word[0].isupper() and word[1].islower()):
            return names  # (but "Li", "Wu", "Ma": surnames of two letters)
        if self._peerages is None:
            self._peerages = []
            for match in PEERAGE.finditer(self.text) if PEERAGE_STYLE.search(self.text) else ():
                # "Meghan, Duchess of Sussex": the style names the given name it follows; after "Prince Harry, Duke
                # of Sussex" the run "Prince Harry" does
                before = self.text[: match.start()].split()[-1:]
                styled = bool(before and before[0].lower() in NAME_STYLES)
                self._peerages.append((match["given"], styled, peerage_name(match.group()) or ""))
        names.update(name for given, styled, name in self._peerages if given == word and not styled)
        if f"-{word}" in self.text:
            names.update(joined.group() for joined in _JOINED_NAME.finditer(self.text) if joined["surname"] == word)
        if self._runs is None:
            self._runs = self._capitalised_runs()
        for run in self._runs:
            if word not in run:
                continue  # cheap pre-filter: split_name only runs on the few runs that can contain the word
            # "President Lai Ching-te's National Day speech": a possessive ends the name it belongs to
            for part in _POSSESSIVE_END.split(run):
                if word not in part:
                    continue
                words = [w.removesuffix("’s").removesuffix("'s").rstrip("’'") for w in part.split()]
                while words and words[0].lower() in _LEADING:
                    words.pop(0)
                if len(words) < 2:
                    continue
                name, _ = self._split_name(words)
                if len(name.split()) >= 2 and key in (name_key(part) for part in name.split()):
                    names.add(name)
        return names



def _one_person(names: set[str]) -> bool:
    """Whether full names differ only by initials, a suffix ("Jr.") or a short form of one given name."""
    bare = [[w for w in _without_initials(name).split() if w.rstrip(".").lower() not in NAME_SUFFIXES]
            for name in names]
    return len({words[-1] for words in bare if words}) == 1 and all(len(words) >= 2 for words in bare) and not any(
        first_names_differ(one, other) for one in bare for other in bare)



def _without_initials(name: str) -> str:
    return " ".join(word for word in name.split() if not (len(word) <= 2 and word.endswith(".")))


def _written_alone(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` with neither a word character (what \\w matches: str.isalnum or "_"), an
    apostrophe nor a hyphen either side: a maximal _WORD run equal to it."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _joins(text[at - 1])) and (end == len(text) or not _joins(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_’'-"
