"""How a statement reads on its own: a direct quote in quotation marks, reported speech as
*speaker – cue – content* ("Dmitry Peskov **rejected** Armenian Prime Minister Nikol Pashinyan's claim
that …"), never a paraphrase in quotation marks. The one place the pages, the citations and the feeds
take a statement's wording from.

What is stored is rendered as well as it can be: the comma where the article's sentence went on is
dropped, a quote that starts mid-clause gets an ellipsis, and a reported statement stored under the old
convention (its text the whole reporting sentence, cue included) is shown as that sentence, without
the cue a second time.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.text import Truncator

from statements.models import StatementKind
from statements.text import fold, trim_fragment

QUOTE, REPORTED, SENTENCE = "quote", "reported", "sentence"
FALLBACK_CUE = "said"  # a reported statement extraction gave no cue for


@dataclass(frozen=True)
class Wording:
    form: str  # QUOTE / REPORTED / SENTENCE (a whole reporting sentence stored as the text)
    speaker: str  # as the archive names the speaker, else as the article did, else ""
    cue: str
    content: str

    @property
    def is_paraphrase(self) -> bool:
        return self.form != QUOTE

    def plain(self, words: int | None = None) -> str:
        content = Truncator(self.content).words(words, truncate="…") if words else self.content
        if self.form == QUOTE:
            return f"“{content}”"
        if self.form == SENTENCE:
            return content
        return " ".join(part for part in (self.speaker, self.cue, content) if part)

    def html(self, words: int | None = None) -> SafeString:
        content = Truncator(self.content).words(words, truncate="…") if words else self.content
        if self.form == QUOTE:
            return format_html('<q class="direct">{}</q>', content)
        if self.form == SENTENCE:
            return format_html('<span class="reported">{}</span>', content)
        return format_html(
            '<span class="reported">{}<strong class="cue">{}</strong> {}</span>',
            format_html('<span class="speaker">{}</span> ', self.speaker) if self.speaker else "",
            self.cue, content,
        )


def speaker_label(statement) -> str:
    if statement.speaker_id and statement.speaker:
        return statement.speaker.name
    return trim_fragment(statement.speaker_mention)


def wording(statement) -> Wording:
    content = trim_fragment(statement.text)
    speaker = speaker_label(statement)
    cue = trim_fragment(statement.cue)
    if statement.kind == StatementKind.DIRECT:
        if content[:1].islower():  # a quote cut mid-clause is not shown as if it were whole
            content = "…" + content
        return Wording(QUOTE, speaker, cue, content)
    if cue and f" {fold(cue)} " in f" {fold(content)} ":
        return Wording(SENTENCE, speaker, cue, content)
    return Wording(REPORTED, speaker, cue or FALLBACK_CUE, content)
