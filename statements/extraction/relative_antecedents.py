"""What a relative pronoun stands for: "Lavrov, who said …", "commentators who have suggested …", and the body
"…, which says on its site that …" names. Asked by the quote frames (direct_quotes.py) and the relative clauses of
reported speech (subordinate_clauses.py).
"""

from __future__ import annotations

from statements.extraction.countries import country_of
from statements.extraction.cues import DOCUMENT_NOUNS, PERSON_ROLE_NOUNS
from statements.extraction.described_people import person_at_place
from statements.extraction.noun_phrases import Mention, collect_backward, tokenize


def relative_antecedent(masked: str, mention: Mention | None, floor: int, which: bool = False) -> Mention | None:
    """"Lavrov, who said": the relative pronoun's antecedent before the comma; with `which`, also the body a
    "which" stands for ("…, which says on its site that it aims to “…”"). Any other mention is itself."""
    if mention is None or mention.text.lower() not in ("who", "which", "that"):
        return mention
    if mention.text.lower() not in ("who", "which" if which else "who"):
        return None
    comma = masked.rfind(",", floor, mention.start)
    if comma < 0 or masked[comma + 1 : mention.start].strip():
        return None  # "…, compared with 64 percent who say the same": not the name before the comma
    found = collect_backward(tokenize(masked[floor:comma], floor))
    if found is not None and " by " in found.text:
        # "attacks on the agency by Prime Minister Benjamin Netanyahu and allies, who claim …": the agent
        at = found.text.rindex(" by ") + 4
        found = Mention(found.text[at:], found.start + at, found.end)
    return found if mention.text.lower() == "who" or found is None else _named_body(found)


def restrictive_antecedent(masked: str, floor: int, who: Mention) -> Mention | None:
    """`commentators who have suggested that …`: the phrase right before a "who" without a comma."""
    before = masked[max(floor, who.start - 80) : who.start]
    found = collect_backward(tokenize(before, who.start - len(before)))
    return person_at_place(masked, floor, found) if found is not None else None


def _named_body(found: Mention) -> Mention | None:
    """"the head of the Palestinian Dialogue Group in Turkey, which says …": the organisation a "which" stands for,
    named in capitals (never a thing: "the plan, which says …", "a bill, which states …")."""
    of = found.text.rfind(" of ")
    if of >= 0 and found.text[:of].split()[-1].lower() in PERSON_ROLE_NOUNS:
        found = Mention(found.text[of + 4 :], found.start + of + 4, found.end)
    words = found.text.split()
    content = [w for w in words if w.lower() not in ("the", "of", "for", "and", "in", "on")]
    if len(content) == 1 and (content[0].isupper() and len(content[0]) > 1 or country_of(content[0])):
        return found  # "…, referred questions to the FDA, which said …", "hosted by Qatar, which said …"
    if len(content) < 2 or not all(w[:1].isupper() for w in content) or words[-1].lower() in DOCUMENT_NOUNS:
        return None
    return found
