"""Statements in a subject's subordinate clauses: a fronted participle (`Conceding that …, he said …`), a relative
clause with a speech verb before the main one (`Novak, who called the plan “a disaster,” said …`), and a relative
pronoun's antecedent speaking (`…, a sentiment echoed by Sergei Lavrov, who on Wednesday said that X`).
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Cue, Frame, fronted_participle, trim_end
from statements.extraction.mentions import subject_before
from statements.extraction.noun_phrases import collect_backward, tokenize
from statements.extraction.people_shares import share_before
from statements.extraction.quotes import word_count
from statements.extraction.relative_antecedents import relative_antecedent, restrictive_antecedent
from statements.extraction.sentence_subjects import sentence_subject

# "Milan Novak, who …": a subject and the relative clause after it
_RELATIVE_SUBJECT = re.compile(r"(?P<subject>[A-Z][^,;:~“”\"]{1,80}?),\s+who\s")


class SubordinateClauses:
    """Mixed into `ReportedSpeech` (reported_speech.py), whose `_reported`, `_reported_span`, `_add_content`,
    `_resolve` and `_clip` it calls."""

    def _fronted_participle(self, paragraph: int, position: int, start: int, end: int, cues: list[Cue]) -> bool:
        """`Conceding that a deal was likely “down the line,” he said Britain would wait.`: the fronted participle
        reports its clause, the main clause's subject speaking; the main clause is read on its own after it."""
        fronted = fronted_participle(self.masked, start, end)
        if fronted is None:
            return False
        verb, clause_end = fronted
        subject = sentence_subject(self.masked, clause_end, end)
        if subject is None:
            return False
        speaker = self._resolve(subject, Cue(start, verb.end("verb"), verb.group("verb")))
        content_end = trim_end(self.body, verb.end(), clause_end)
        if speaker is None or word_count(self.body[verb.end() : content_end]) < 2:
            return False
        self._add_content(verb.end(), content_end, speaker, verb.group("verb"), self.masked[start : verb.end()],
                          paragraph)
        after = [c for c in cues if c.start >= clause_end]
        if after:
            self._reported(paragraph, position, clause_end, end, after)
        return True

    def _relative_then_main(self, paragraph: int, start: int, end: int, cues: list[Cue]) -> bool:
        """`Novak, who called the plan “a disaster,” said he would not vote.`: the subject speaks twice, in the
        relative clause (up to its closing comma) and in the main clause."""
        relative = _RELATIVE_SUBJECT.match(self.masked, start, end)
        if relative is None or len(cues) < 2:
            return False
        inner = next((c for c in cues if c.kind == "finite" and c.start >= relative.end()), None)
        main = next((c for c in cues if c.kind == "finite" and inner is not None and c.start > inner.end
                     and self.masked[start : c.start].rstrip().rstrip("”\"").endswith(",")), None)
        if main is None:
            return False
        subject = collect_backward(tokenize(relative.group("subject"), relative.start("subject")))
        if subject is None or subject.start != relative.start("subject"):
            return False  # not "The G40 figures are ministers X and Y, who fled …": the subject is one noun phrase
        comma = self.masked.rfind(",", inner.end, main.start)
        if self.masked.startswith(("”", '"'), comma + 1):
            comma += 2  # "…, who described Kral as “a narcissist,” said": the quote ends the clause
        self._reported_span(paragraph, start, end, Frame(subject, inner), comma)
        self._reported_span(paragraph, start, end, Frame(subject, main), self._clip(main.end, end))
        return True

    def _relative_clauses(self, paragraph: int, start: int, end: int, cues: list[Cue], after: int) -> None:
        """`…, a sentiment echoed by Sergei Lavrov, who on Wednesday said that X`: the relative pronoun's antecedent
        says X."""
        for cue in cues:
            if cue.start < after or cue.kind != "finite":
                continue
            mention = subject_before(self.masked, start, cue.start)
            if mention is None or mention.text.lower() not in ("who", "which"):
                continue
            set_off = self.masked[start : mention.start].rstrip().endswith(",")
            if mention.text.lower() == "which" and not set_off:
                continue  # (but "…, referred questions to the FDA, which said …": a body named in capitals)
            # "…, compared with 64 percent who say the same": the share is the antecedent (but "A majority of those
            # who said …" opening the sentence is the main verb's subject)
            share = share_before(self.masked, start, mention.start)
            if share is not None and share.start > start:
                antecedent = share
            else:
                antecedent = (relative_antecedent(self.masked, mention, start, which=True) if set_off
                              else restrictive_antecedent(self.masked, start, mention))
            if antecedent is None or antecedent.is_pronoun or cue.text.startswith("spoke"):
                continue  # "officials who spoke about the project": a topic, not a statement
            clause_end = self._clip(cue.end, end)
            comma = self.masked.find(",", cue.end, clause_end)
            if comma > 0 and self.masked[comma + 1 : clause_end].split()[:1] and _main_verb_follows(
                    self.masked, comma + 1, clause_end):
                clause_end = comma  # "Nowak, who claimed that the vote was rigged, lost the appeal."
            self._reported_span(paragraph, start, end, Frame(antecedent, cue), clause_end)
            return


_MAIN_VERB = re.compile(r"\s*(?:[a-z]+ed|was|were|is|are|has|had|will|would|did|lost|won|left|went|made|said|told)\b")


def _main_verb_follows(masked: str, start: int, end: int) -> bool:
    """Whether the words after a relative clause's closing comma go on with the main clause's verb."""
    return bool(_MAIN_VERB.match(masked, start, end))
