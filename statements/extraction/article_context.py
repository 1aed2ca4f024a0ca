"""What the article around a mention says about who it is: the owner of "his attorney", the people "the
executives" were named as, the one "president-elect" it names, and whether one word names someone by itself.
A mixin of SpeakerResolver (speakers.py), which holds `names`, `index`, `position`, `on_date` and `owner`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from statements.extraction.alias_index import GazetteerIndex
from statements.extraction.article_names import ArticleNames
from statements.extraction.countries import country_of
from statements.extraction.keys import name_key
from statements.extraction.types import GazetteerSpeaker, SpeakerRef


class ArticleContext:
    """Lookups in the article's text for a mention being resolved."""

    names: ArticleNames
    index: GazetteerIndex
    position: int | None
    on_date: date | None
    owner: Callable[[str], SpeakerRef | None]  # SpeakerMemory's: whom "his", "her" stands for among the speakers

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
            start = max(self.names.text.rfind(". ", 0, self.position), self.names.text.rfind("\n", 0, self.position))
            named = self.names.person_named_before(self.position, gender, start + 1)
            if named is not None:
                return named
        owner = self.owner(possessive)
        if owner is not None:
            return owner.name if owner.kind == "person" else None
        return self.names.person_named_before(self.position, gender) if gender and self.position else None
