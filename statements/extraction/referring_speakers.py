"""Speaker phrases that refer to someone by what the article said before, not by a name: "the Malawian" (the person
named last), "both sides" (as written), "Its foreign ministry" (the state or body just named); and outlets named by
their number or after their noun ("Channel 12", "the Israeli broadcaster Kan").
"""

from __future__ import annotations

from statements.extraction.countries import countries_in, nationality_adjective
from statements.extraction.cues import OUTLET_HEADS
from statements.extraction.noun_phrases import Mention
from statements.extraction.types import SpeakerRef

_OWNING_KINDS = frozenset({"government", "organisation", "group"})
_BOTH_PARTIES = frozenset(f"{both} {parties}" for both in ("both", "the two") for parties in (
    "sides", "parties", "countries", "governments", "leaders", "delegations"))


class ReferringSpeakers:
    """Mixed into `SpeakerResolver` (speakers.py); uses its `resolve`, `owner`, `latest_person` and `names`."""

    def _referring(self, mention: Mention, text: str, low: str, context: list[str] | None) -> SpeakerRef | None:
        """The speaker a referring phrase stands for, or None when the phrase is none of these."""
        if low.startswith("the ") and low.count(" ") == 1 and low.endswith(("an", "i")) and nationality_adjective(
                text[4:]) and (person := self.latest_person(text)) is not None:
            # "“…,” the Malawian told Al Jazeera": a person of that nationality, not the state ("the British", "the
            # Chinese" are the people)
            return person
        if low in _BOTH_PARTIES:
            return SpeakerRef(name=low.removeprefix("the "), mention=text, kind="unnamed")  # "both sides announced"
        if low.startswith("its ") and (owner := self._its_owner(mention.start)) is not None:
            # "Oman …. Its foreign ministry said": the ministry of the state or body just named ("Oman’s …")
            return self.resolve(Mention(f"{owner}’s {text[4:]}", mention.start, mention.end, mention.apposition),
                                context)
        return None

    def _its_owner(self, position: int) -> str | None:
        """The state or body "its" stands for: the one quoted last, if the sentence before or this one names it,
        else the one country the sentence before names."""
        here = self.names.sentence_start(position)
        # (none in the article's first sentence: "Norway is ready …, its foreign minister said" names him later)
        window = self.names.text[self.names.sentence_start(here - 1) : position] if here else ""
        owner = self.owner("its")
        if owner is not None and owner.kind in _OWNING_KINDS:
            written = owner.mention.strip()
            if written.lower().startswith("the "):
                written = written[4:]
            if written and written in window:
                return owner.name
        named = countries_in(window)
        return named[0] if len(named) == 1 else None


def outlet_by_number_or_noun(words: list[str]) -> str:
    """The outlet a phrase names by its number ("Channel 12", "Channel 12 news", "France 24") or after its noun
    ("the Israeli broadcaster Kan", "the newspaper Haaretz"); "" when it names none."""
    if words and words[-1] == "news":
        words = words[:-1]
    if len(words) >= 2 and words[-1].isdigit() and words[-2][:1].isupper() and words[-2].isalpha():
        return f"{words[-2]} {words[-1]}"
    heads = [i for i, word in enumerate(words[:-1]) if word in OUTLET_HEADS or word in ("daily", "weekly")]
    named = words[heads[-1] + 1 :] if heads else []
    return " ".join(named) if named and len(named) <= 3 and all(word[:1].isupper() for word in named) else ""
