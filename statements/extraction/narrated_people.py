"""People the narration names without reporting their speech, a mixin of SpeakerResolver (speakers.py): "Peskov
spoke to reporters on Monday." and "A crew member described a deafening blast." name the "he" or "she" of a later
quote. SpeakerResolver holds `names`, and its `_alias_match`, `_gazetteer_ref`, `_person`, `_junk` and `_remember`
are called here."""

from __future__ import annotations

import re

from statements.extraction.countries import country_of
from statements.extraction.genders import first_name_gender
from statements.extraction.given_names import other_given_name
from statements.extraction.noun_phrases import Mention
from statements.extraction.organisation_names import named_organisation, without_home_country
from statements.extraction.speaker_names import clean_words, split_name, surname_title, unnamed_description
from statements.extraction.types import SpeakerRef

_TITLED = re.compile(r"\b(?:entitled|titled)\s+$")


class NarratedPeople:
    """The narration's people, remembered as antecedents of pronouns."""

    def note_unnamed(self, mention: Mention) -> None:
        """"A crew member described a deafening blast.": someone unnamed, introduced in narration, whom the next "he"
        or "she" may mean."""
        text = mention.text.strip()
        self._remember(SpeakerRef(name=unnamed_description(text), mention=text, kind="unnamed"), "", text)

    def note_person(self, mention: Mention) -> None:
        """Remember a person named in narration (not speaking) as a candidate antecedent for pronouns."""
        if _TITLED.search(self.names.text, max(0, mention.start - 10), mention.start):
            return  # "her book entitled Some Unspoken Thing": a title, no one a pronoun can mean
        words = clean_words(mention.text)
        words = without_home_country(words)  # "Canada’s Critical Elements Lithium has obtained …"
        alias = self._alias_match(words) if words else None
        name, role = split_name(words) if words else ("", "")
        if name and country_of(name):
            return  # "North Korean defectors flew balloons": people of a country, no one named "North Korean"
        if alias is not None and alias.speaker.kind == "person" and other_given_name(alias.speaker, name):
            alias = None  # "Michelle Obama spoke": not the gazetteer's Barack Obama
        if alias is not None and alias.speaker.kind == "person":
            self._remember(self._gazetteer_ref(alias.speaker, mention.text, role), role, mention.text)
        elif name and (alias is None or " " in name and first_name_gender(name.split()[0])):
            # (an institution in the role is no reason to forget the person: "White House hopeful Hillary Clinton")
            ref = self._person(name, role, mention.text)
            if not first_name_gender(ref.name.split()[0]) and any(
                    map(self.names.written_in_lower_case, ref.name.split())):
                # "The International Pulsar Array is using …": common words, a body, not a person's name (kept
                # only as the company "the company said" may mean: "Critical Elements Lithium has obtained …")
                if " " in ref.name:
                    self.narrated_body = SpeakerRef(ref.name, mention.text, kind="organisation")
                return
            if named_organisation(ref.name.split()):
                return  # "Fox declined to comment", Fox News being the article's: no "she" will mean it
            title = surname_title(mention.text, ref.name)
            if not self._junk(ref) and (" " in ref.name.strip() or first_name_gender(ref.name) or title):
                # a lone capitalised word ("Omicron BA.2 has been detected") is no one the article has named; a
                # title before it ("Judge Berman took a recess") makes it a surname, and "the judge" its holder
                self._remember(ref, role or title, mention.text)
