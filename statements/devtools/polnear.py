"""PolNeAR attributions read as gold statements, for benchmarks/polnear.py.

PolNeAR (Newell, Margolin & Ruths, LREC 2018; github.com/networkdynamics/PolNeAR) annotates 2016 US election
news in BRAT standoff: `T` lines are spans (`T3<TAB>Content 226 297;300 310<TAB>the words`, ranges joined by one
space in the text column), `E` lines tie an attribution's Source, Cue and Content together
(`E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`; `Attribution-no-source` has no Source). Discard and
Discuss spans are annotator notes, not attributions.

The conversion rules (the gold is the annotation converted by this code, never by the extractor):
- one gold statement per attribution with a Content; a Content in several ranges (a quote split by its frame,
  a quote over several paragraphs) is one statement from its first character to its last;
- kind: `direct` when every word of the content lies inside double quotation marks, `mixed` when some do,
  `indirect` otherwise (quote marks paired per paragraph; an opening mark left open runs to its paragraph's end,
  a closing mark with no opening one is ignored; single quotes are apostrophes as often as quotes, so they do
  not count);
- speaker: the Source as written; a third-person pronoun or a definite description without a capitalised name
  word ("he", "their", "the judge", "his eyes") is the nearest Source before it in the article that has one;
  indefinite sources ("a man"), relative pronouns ("who") and the first or second person ("I": the narrator) stay
  as written; no Source: no speaker;
- cue class: `speech` when the cue holds one of the phrasal cues ("made it clear", "called for") or a word (or that
  word + s / d / ed) of the one-word cues of polnear_cues.txt, `other` otherwise: beliefs, intentions, "according
  to", "has made several controversial statements on", a headline's colon. That file is the extractor's cue
  lexicons (statements.extraction.cues) frozen on 2026-12-04: read live, a cue the extractor learns moved gold
  statements into the speech class and figures stopped being comparable across rounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from statements.extraction.evaluation import SpeakerJudge
from statements.text import normalise_name


def _frozen_cues() -> tuple[tuple[str, ...], frozenset[str]]:
    lines = Path(__file__).with_name("polnear_cues.txt").read_text(encoding="utf-8").splitlines()
    cues = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return tuple(cue for cue in cues if " " in cue), frozenset(cue for cue in cues if " " not in cue)


PHRASAL_CUES, CUE_WORDS = _frozen_cues()
OPENING_QUOTES = "“„"
CLOSING_QUOTES = "”"
STRAIGHT_QUOTE = '"'
# Capitalised words that name nobody: pronouns, determiners, quantities.
NOT_NAMES = frozenset(
    """
    the a an his her hers their its our my your this that these those he she they it we i you who which whose
    whom one another some many most all both each half several none few other others any every
    two three four five six seven eight nine ten
    """.split()
)
# What is resolved to a name before it: third-person pronouns and definite descriptions ("the judge", "his eyes").
# Indefinite ones ("a man", "some far-right commentators"), relative pronouns ("who", "which": their antecedent
# is the noun just before, seldom a source) and first or second person (the narrator, the reader) stay as written.
ANAPHORS = frozenset("he she they him her his hers their them it its".split())
DEFINITE = frozenset("the this that these those his her their its".split())
# Never a verb stem, though one plus "ed" or "s" may look like a cue ("not" + "ed" is "noted").
FUNCTION_WORDS = frozenset("not no is be was were has had have did does do to of in on at for by the a an and or it"
                           .split())
_WORD = re.compile(r"\w+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass
class Span:
    label: str
    ranges: list[tuple[int, int]]
    text: str


@dataclass
class Located:
    """How many spans of an annotation were found at their offsets, shifted near them, or not at all."""

    exact: int = 0
    shifted: int = 0
    missing: list[str] = field(default_factory=list)


def parse_ann(ann: str) -> tuple[dict[str, Span], list[dict[str, str]]]:
    """The spans and the attribution events of a BRAT .ann file."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            ranges = [tuple(int(n) for n in piece.split()) for piece in offsets.split(";")]
            spans[parts[0]] = Span(label, [(a, b) for a, b in ranges], parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(roles)
    return spans, events


def locate(text: str, span: Span, found: Located, window: int = 300) -> list[tuple[int, int]]:
    """The span's ranges in `text`: at its offsets when the words there are the annotation's, else each piece's
    own words searched within `window` characters (a copy that differs by a character); counted in `found`."""
    if " ".join(text[a:b] for a, b in span.ranges) == span.text:
        found.exact += 1
        return span.ranges
    pieces, rest, ranges = [], span.text, []
    for a, b in span.ranges:
        pieces.append(rest[: b - a])
        rest = rest[b - a + 1 :]
    for (a, b), piece in zip(span.ranges, pieces):
        at = text.find(piece, max(0, a - window), b + window) if piece else -1
        if at < 0:
            found.missing.append(span.text[:60])
            return span.ranges
        ranges.append((at, at + len(piece)))
    found.shifted += 1
    return ranges


def quoted_mask(text: str) -> bytearray:
    """1 for each character inside double quotation marks (marks included), paired paragraph by paragraph."""
    mask = bytearray(len(text))
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    ends = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    for start, end in zip(starts, ends):
        opened = None
        for i in range(start, end):
            char = text[i]
            if opened is None and (char in OPENING_QUOTES or char == STRAIGHT_QUOTE):
                opened = i
            elif opened is not None and (char in CLOSING_QUOTES or char == STRAIGHT_QUOTE):
                mask[opened : i + 1] = b"\x01" * (i + 1 - opened)
                opened = None
        if opened is not None:
            mask[opened:end] = b"\x01" * (end - opened)
    return mask


def kind_of(text: str, ranges: list[tuple[int, int]], mask: bytearray) -> str:
    inside = outside = 0
    for a, b in ranges:
        for word in _WORD.finditer(text, a, b):
            if mask[word.start()]:
                inside += 1
            else:
                outside += 1
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


def cue_class(cue: str) -> str:
    lowered = " ".join(_WORD.findall(cue.lower()))
    if any(re.search(rf"\b{phrase}\b", lowered) for phrase in PHRASAL_CUES):
        return "speech"
    for word in lowered.split():
        stem_of_cue = word not in FUNCTION_WORDS and any(word + end in CUE_WORDS for end in ("s", "d", "ed"))
        if word in CUE_WORDS or stem_of_cue:
            return "speech"
    return "other"


def has_name(source: str) -> bool:
    return any(word[:1].isupper() and word.lower() not in NOT_NAMES for word in _WORD.findall(source))


def refers_back(source: str) -> bool:
    """A third-person pronoun or a definite description that names nobody: "he", "the judge", "his eyes"."""
    words = _WORD.findall(source.lower())
    return bool(words) and words[0] in ANAPHORS | DEFINITE and not has_name(source)


def paragraph_count(text: str, start: int, end: int) -> int:
    return 1 + len(_PARAGRAPH_BREAK.findall(text, start, end))


def frame_pieces(text: str, ranges: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A content's ranges grouped where words stand between them (the frame of a split quote: "“A,” he said.
    “B”" is two pieces); ranges apart by spaces, punctuation or a paragraph break stay one piece."""
    pieces: list[list[tuple[int, int]]] = []
    for a, b in sorted(ranges):
        if pieces and not _WORD.search(text[pieces[-1][-1][1] : a]):
            pieces[-1].append((a, b))
        else:
            pieces.append([(a, b)])
    return pieces


def gold_statements(text: str, ann: str, found: Located | None = None, pieces: bool = False) -> list[dict]:
    """The gold statements of one article, in text order, with what the benchmark reports about each: the Source
    as written (`source`), the cue and its class, the paragraphs the content spans, whether it is in the
    headline (the first line). `pieces`: a content split by its frame is one statement per piece
    (`frame_pieces`), not one from its first character to its last."""
    found = found if found is not None else Located()
    spans, events = parse_ann(ann)
    mask = quoted_mask(text)
    headline_end = text.find("\n") if "\n" in text else len(text)
    by_trigger: dict[str, dict[str, str]] = {}
    for roles in events:
        trigger = roles.get("Attribution") or roles.get("Attribution-no-source")
        if trigger and "Content" in roles and (trigger not in by_trigger or "Source" in roles):
            by_trigger[trigger] = roles  # BRAT sometimes writes one event twice, once without its source
    statements = []
    for roles in by_trigger.values():
        if roles["Content"] not in spans:
            continue
        content = locate(text, spans[roles["Content"]], found)
        source = spans.get(roles.get("Source", ""))
        source_ranges = locate(text, source, found) if source else None
        cue = spans.get(roles.get("Cue", ""))
        for ranges in frame_pieces(text, content) if pieces else [content]:
            start, end = min(a for a, _ in ranges), max(b for _, b in ranges)
            statements.append({
                "text": text[start:end],
                "start": start,
                "end": end,
                "kind": kind_of(text, ranges, mask),
                "source": " ".join(text[a:b] for a, b in source_ranges) if source_ranges else None,
                "source_start": min(a for a, _ in source_ranges) if source_ranges else None,
                "cue": cue.text if cue else "",
                "cue_class": cue_class(cue.text) if cue else "other",
                "paragraphs": paragraph_count(text, start, end),
                "headline": start < headline_end,
            })
    statements.sort(key=lambda s: s["start"])
    resolve_speakers(statements)
    return statements


def resolve_speakers(statements: list[dict]) -> None:
    """Set each statement's `speaker`: its source, or for a source that refers back (`refers_back`) the nearest
    source before it (by position in the text) that has a capitalised name."""
    named = sorted((s["source_start"], s["source"]) for s in statements if s["source"] and has_name(s["source"]))
    for statement in statements:
        source = statement["source"]
        speaker = source
        if source and refers_back(source):
            before = [name for at, name in named if at < statement["source_start"]]
            speaker = before[-1] if before else source
        statement["speaker"] = speaker


class SurnameJudge(SpeakerJudge):
    """The evaluation's speaker equality, and also right when the predicted speaker's last name is a word of the
    gold source phrase ("Lindsey Graham" for "Sen. Lindsey Graham (R-SC)", "Blackwell" for "Morton Blackwell,
    the conservative icon who founded …")."""

    def right(self, predicted: dict, gold: dict) -> bool:
        if super().right(predicted, gold):
            return True
        if not predicted.get("speaker") or not gold.get("speaker"):
            return False
        surname = normalise_name(predicted["speaker"]).split()[-1:]
        return bool(surname) and surname[0] in normalise_name(gold["speaker"]).split()
