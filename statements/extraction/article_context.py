"""What the article around a mention says about who it is: the owner of "his attorney", the people "the
executives" were named as, the one "president-elect" it names, whether one word names someone by itself, whether
a surname is still the gazetteer's person beside a namesake, and whom it titled with a role ("President Trump").
A mixin of SpeakerResolver (speakers.py), which holds `names`, `index`, `position`, `on_date`, `owner` and
`_alias_match`."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from statements.extraction.alias_index import GazetteerIndex
from statements.extraction.article_names import ArticleNames
from statements.extraction.countries import country_of
from statements.extraction.genders import first_name_gender
from statements.extraction.keys import name_key
from statements.extraction.speaker_memory import written_gender
from statements.extraction.types import GazetteerSpeaker, SpeakerRef


class ArticleContext:
    """Lookups in the article's text for a mention being resolved."""

    names: ArticleNames
    index: GazetteerIndex
    position: int | None
    on_date: date | None
    owner: Callable[[str], SpeakerRef | None]  # SpeakerMemory's: whom "his", "her" stands for among the speakers
    _alias_match: Callable  # SpeakerResolver's: the gazetteer alias among a phrase's words

    def _named_itself(self, word: str) -> bool:
        """Whether a single word names someone by itself: a country ("China", not "China Coast Guard") or the
        surname of a person the article named ("Dell" of Tom Dell, not Dell Inc.)."""
        country = country_of(word)
        return (country is not None and name_key(country) == name_key(word)) or (
            self.names.full_person_name(word) is not None)

    def _qualified_earlier(self, words: list[str], mention: str) -> SpeakerRef | None:
        """"the executives" after "Boeing executives contacted …" in narration: the people the article named so."""
        if len(words) != 1 or self.position is None:
            return None
        qualified = self.names.qualified_before(words[0], self.position)
        return SpeakerRef(qualified, mention, None, qualified, "unnamed") if qualified else None

    def _elect(self, signature: frozenset[str]) -> GazetteerSpeaker | None:
        """The one person who took the office in the months after the article's date and whom it names."""
        offices = [word for word in signature if word != "elect" and not word.startswith("@")]
        if len(offices) != 1:
            return None
        named = [speaker for speaker in self.index.elected(offices[0], self.on_date)
                 if self.names.has_word(speaker.name.split()[-1])]
        return named[0] if len(named) == 1 else None

    def _owner_of(self, possessive: str) -> str | None:
        """Whom "his" or "her" stands for: the last man or woman named in the sentence before it ("Antonio
        Guterres called on Rwanda …, his spokesman said"), else a speaker known to fit, else the last one the
        narration named."""
        gender = {"his": "male", "her": "female"}.get(possessive)
        if gender and self.position is not None:
            named = self.names.person_named_before(self.position, gender, self.names.sentence_start(self.position))
            if named is not None:
                return named
        owner = self.owner(possessive)
        if owner is not None:
            return owner.name if owner.kind == "person" else None
        return self.names.person_named_before(self.position, gender) if gender and self.position else None

    def _alias_still_meant(self, speaker: GazetteerSpeaker, namesake: str, role: str, text: str) -> bool:
        """"President Trump said", "Mr. Trump said", or "Trump said" before the article names "his daughter Ivanka
        Trump": the gazetteer's person, not the namesake, who is the other sex, holds no such role, or is not
        introduced yet."""
        if self.position is not None and self.names.first_at(namesake) > self.position:
            return True
        honorific = written_gender(text.split()[0].lower() if text.split() else "", set())
        if honorific and first_name_gender(namesake.split()[0]) not in ("", honorific):
            return True
        titles = {word for title in speaker.roles for word in name_key(title).split()}
        return bool(role) and bool(set(name_key(role).split()) & titles)

    def _titled_in_text(self, role: str) -> GazetteerSpeaker | None:
        """The gazetteer's person the article last wrote with the role as a title before `position`: "President
        Trump" (the surname alone is enough where the gazetteer knows the name)."""
        found = self._last_titled(role)
        hit = self._alias_match([found.group(1)]) if found is not None else None
        return hit.speaker if hit is not None and hit.speaker.kind == "person" else None

    def _last_titled(self, role: str) -> re.Match[str] | None:
        """The last "<Role> <Name>" the article wrote before `position` ("President Trump", "Pope Francis")."""
        if self.position is None:
            return None
        found = None
        for found in re.compile(rf"\b{role.capitalize()}\s+([A-Z][\w-]+)").finditer(self.names.text, 0, self.position):
            pass  # (searched up to the mention in place: no copy of the text before it)
        return found
