"""A statement as a citation: plain text for reading, BibTeX, RIS and CSL-JSON for reference managers.

What is cited is the statement: its speaker is the author, its words (shortened) the title, the day it
was said the date; the source article and outlet it was reported in, and the archive's permalink, go
where each format keeps them. Every format gets its own escaping; none is built by pasting strings
into a template.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from django.utils.text import Truncator

from statements.models import SpeakerKind, Statement
from statements.text import remove_control_characters

TITLE_WORDS = 25
ARCHIVE_NAME = "Statement archive"


@dataclass
class Citation:
    key: str
    speaker: str | None
    speaker_is_person: bool
    quote: str
    title: str
    said_on: date | None
    article_title: str
    outlet: str | None
    source_url: str | None
    permalink: str
    accessed: date


def citation_of(statement: Statement, permalink: str, accessed: date) -> Citation:
    speaker = statement.speaker
    # Quotes are cut where the article's sentence went on ("…dangerous," he said): drop that comma.
    text = " ".join(remove_control_characters(statement.text).split()).rstrip(",;: ")
    return Citation(
        key=_key(statement),
        speaker=speaker.name if speaker else None,
        speaker_is_person=bool(speaker and speaker.kind == SpeakerKind.PERSON),
        quote=text,
        title=Truncator(text).words(TITLE_WORDS, truncate="…"),
        said_on=statement.said_on,
        article_title=" ".join(statement.article.title.split()),
        outlet=statement.article.outlet.name if statement.article.outlet else None,
        source_url=statement.article.url or None,
        permalink=permalink,
        accessed=accessed,
    )


def _key(statement: Statement) -> str:
    name = statement.speaker.name.split()[-1] if statement.speaker and statement.speaker.name.split() else "statement"
    ascii_name = re.sub(r"[^a-z0-9]", "", name.lower()) or "statement"
    year = statement.said_on.year if statement.said_on else "nd"
    return f"{ascii_name}{year}-{statement.pk}"


def _long_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def plain_text(c: Citation) -> str:
    who = c.speaker or "Unattributed statement"
    when = _long_date(c.said_on) if c.said_on else "date unknown"
    source = f"“{c.article_title}”" + (f", {c.outlet}" if c.outlet else "") + (f", {c.source_url}" if c.source_url else "")
    return (
        f"{who} ({when}): “{c.title}” Reported in {source}. "
        f"{ARCHIVE_NAME}, {c.permalink} (accessed {_long_date(c.accessed)})."
    )


# BibTeX: braces must balance and these characters are commands or markup in LaTeX.
_BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}


def bibtex_escape(text: str) -> str:
    return "".join(_BIBTEX_ESCAPES.get(ch, ch) for ch in " ".join(text.split()))


def _bibtex_author(c: Citation) -> str:
    if not c.speaker:
        return "{Unattributed}"
    if not c.speaker_is_person or len(c.speaker.split()) < 2:
        return "{" + bibtex_escape(c.speaker) + "}"  # kept whole: an organisation has no surname
    *given, family = c.speaker.split()
    return f"{bibtex_escape(family)}, {bibtex_escape(' '.join(given))}"


def _bibtex_url(url: str) -> str:
    # Inside \url and url fields only braces matter; encoded, they cannot unbalance the entry.
    return url.replace("{", "%7B").replace("}", "%7D")


def bibtex(c: Citation) -> str:
    fields = [("author", _bibtex_author(c)), ("title", bibtex_escape(c.title))]
    if c.said_on:
        fields += [("year", str(c.said_on.year)), ("date", c.said_on.isoformat())]
    reported = f"Reported in ``{c.article_title}''" + (f", {c.outlet}" if c.outlet else "")
    fields += [
        ("howpublished", bibtex_escape(reported)),
        ("url", _bibtex_url(c.permalink)),
        ("urldate", c.accessed.isoformat()),
    ]
    if c.source_url:
        fields.append(("note", "Source: \\url{" + _bibtex_url(c.source_url) + "}"))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{c.key},\n{body}\n}}\n"


def _ris_value(text: str) -> str:
    return " ".join(text.split())  # a RIS value ends at the line's end


def ris(c: Citation) -> str:
    lines = [("TY", "GEN")]
    if c.speaker:
        if c.speaker_is_person and len(c.speaker.split()) > 1:
            *given, family = c.speaker.split()
            lines.append(("AU", f"{family}, {' '.join(given)}"))
        else:
            lines.append(("AU", c.speaker))
    lines += [("TI", c.title), ("AB", c.quote), ("T2", c.article_title)]
    if c.outlet:
        lines.append(("PB", c.outlet))
    if c.said_on:
        lines += [("PY", str(c.said_on.year)), ("DA", c.said_on.strftime("%Y/%m/%d"))]
    lines += [("UR", c.permalink), ("Y2", c.accessed.strftime("%Y/%m/%d")), ("DB", ARCHIVE_NAME)]
    if c.source_url:
        lines.append(("N1", f"Source: {c.source_url}"))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {_ris_value(value)}\r\n" for tag, value in lines)


def _csl_date(day: date) -> dict:
    return {"date-parts": [[day.year, day.month, day.day]]}


def csl_json(c: Citation) -> str:
    item: dict = {
        "id": c.key,
        "type": "speech",
        "title": c.title,
        "abstract": c.quote,
        "container-title": c.article_title,
        "URL": c.permalink,
        "accessed": _csl_date(c.accessed),
        "archive": ARCHIVE_NAME,
    }
    if c.speaker:
        if c.speaker_is_person and len(c.speaker.split()) > 1:
            *given, family = c.speaker.split()
            item["author"] = [{"family": family, "given": " ".join(given)}]
        else:
            item["author"] = [{"literal": c.speaker}]
    if c.said_on:
        item["issued"] = _csl_date(c.said_on)
    if c.outlet:
        item["publisher"] = c.outlet
    if c.source_url:
        item["source"] = c.source_url
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


CITATION_FORMATS = {
    "bib": (bibtex, "application/x-bibtex; charset=utf-8"),
    "ris": (ris, "application/x-research-info-systems; charset=utf-8"),
    "json": (csl_json, "application/vnd.citationstyles.csl+json; charset=utf-8"),
}
