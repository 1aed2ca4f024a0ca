"""The extractor against PolNeAR's human attribution annotation (2016 US election news), a sample of its train split.

    .venv/bin/python benchmarks/polnear.py                                   # the 21 dev articles
    .venv/bin/python benchmarks/polnear.py --files benchmarks/polnear/heldout.txt
    .venv/bin/python benchmarks/polnear.py --files benchmarks/polnear/dev2.txt benchmarks/polnear/heldout2.txt
    .venv/bin/python benchmarks/polnear.py --errors                          # every miss and wrong speaker
    POLNEAR_DIR=~/PolNeAR .venv/bin/python benchmarks/polnear.py             # a clone of the corpus

The corpus states no licence, so its texts are not in this repository: `--data` is a clone of
github.com/networkdynamics/PolNeAR, or a folder with the same layout (data/<split>/text/<name>.txt and
data/<split>/attributions/<name>_<annotator>.ann). `--files` names the articles, one `<name>_<annotator>` a line
(benchmarks/polnear/dev.txt, heldout.txt, dev2.txt, heldout2.txt; how they were chosen:
benchmarks/polnear/SELECTION.md); several lists are scored as one set.

Gold: statements.devtools.polnear converts each attribution (content span, kind, speaker with pronouns resolved,
cue class; the rules are its docstring). Scoring: statements.extraction.evaluation.score, the definitions of
benchmarks/extraction.py, with one more way for a speaker to be right: the predicted speaker's last name is a word
of the gold source phrase. Figures are printed twice: over ALL attributions, and over SPEECH-cue attributions only
(the others, beliefs, intentions, "according to" polls, are then optional gold: a prediction on one is neither a
hit nor a false positive). `--pieces` cuts a quote split by its frame ("“A,” he said. “B”") into one gold
statement per piece, the unit our own golds and the extractor use; PolNeAR's unit (the default) runs from the first
piece to the last, frame included, and the 50 %-overlap match then often fails for either piece.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import GAZETTEER, measure_speed, table  # noqa: E402  (benchmarks/extraction.py)

from statements.devtools.polnear import Located, SurnameJudge, gold_statements  # noqa: E402
from statements.extraction.evaluation import match_spans, overlap, predict, score  # noqa: E402
from statements.extraction.gazetteer import read_gazetteer  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = Path(os.environ.get("POLNEAR_DIR", "/work/polnear"))
DEFAULT_FILES = HERE / "polnear" / "dev.txt"


def load(data: Path, split: str, names: list[str], found: Located, pieces: bool = False) -> list[tuple[dict, str]]:
    """(entry, text) per article in the shape evaluation.score takes; `found` counts spans found at their offsets."""
    documents = []
    for name in names:
        article = name.rsplit("_", 1)[0]
        text_path = data / "data" / split / "text" / f"{article}.txt"
        ann_path = data / "data" / split / "attributions" / f"{name}.ann"
        for path in (text_path, ann_path):
            if not path.is_file():
                raise SystemExit(f"{path}: not found (is --data a PolNeAR clone or a copy with its layout?)")
        text = text_path.read_text(encoding="utf-8")
        published = article.split("_")[1]
        entry = {"file": f"{article}.txt", "published": published if _is_date(published) else None,
                 "statements": gold_statements(text, ann_path.read_text(encoding="utf-8"), found, pieces)}
        documents.append((entry, text))
    return documents


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def speech_only(documents: list[tuple[dict, str]]) -> list[tuple[dict, str]]:
    """The same articles with every non-speech attribution optional."""
    return [({**entry, "statements": [{**s, "optional": s["cue_class"] != "speech"} for s in entry["statements"]]},
             text) for entry, text in documents]


def describe(documents: list[tuple[dict, str]], gazetteer, judge: SurnameJudge) -> list[str]:
    """Every gold statement missed and every wrong speaker, with what the error classes need: kind, cue and its
    class, the source as written and as resolved, paragraphs, headline, a prediction over the same words whose
    boundaries miss the 50 % rule; then the predictions matching no gold."""
    lines = []
    for entry, text in documents:
        predicted = predict(entry, text, gazetteer)
        gold = entry["statements"]
        pairs = match_spans(predicted, gold)
        matched = {id(g): p for p, g in pairs}
        used = {id(p) for p, _ in pairs}
        doc = entry["file"].removesuffix(".txt")[:40]
        for g in gold:
            where = f"{g['kind']} cue={g['cue_class']}:{g['cue']!r} source={g['source']!r}"
            if g["speaker"] != g["source"]:
                where += f"->{g['speaker']!r}"
            where += f" paragraphs={g['paragraphs']}" if g["paragraphs"] > 1 else ""
            where += " HEADLINE" if g["headline"] else ""
            if id(g) not in matched:
                # a prediction over the same words, cut too long or too short for the 50 % rule: a boundary error
                near = [p for p in predicted if id(p) not in used and overlap(p, g)]
                if near:
                    where += f" BOUNDARY(predicted {len(near[0]['text'])} chars, gold {g['end'] - g['start']})"
                lines.append(f"{doc} MISSED {where} {g['text'][:110]!r}")
            elif not judge.right(matched[id(g)], g):
                lines.append(f"{doc} SPEAKER {matched[id(g)]['speaker']!r} ({matched[id(g)]['speaker_mention']!r}) "
                             f"!= {where} {g['text'][:80]!r}")
        lines.extend(f"{doc} EXTRA {p['kind']} [{p['speaker']}] cue={p['cue']!r} {p['text'][:100]!r}"
                     for p in predicted if id(p) not in used)
    return lines


def annotation_summary(documents: list[tuple[dict, str]], found: Located) -> list[str]:
    gold = [(entry["file"], s) for entry, _ in documents for s in entry["statements"]]
    kinds = Counter(s["kind"] for _, s in gold)
    classes = Counter(s["cue_class"] for _, s in gold)
    no_source = sum(s["source"] is None for _, s in gold)
    multi = [(f, s) for f, s in gold if s["paragraphs"] > 1]
    lines = [
        f"spans found at their offsets: {found.exact}; shifted to their own words nearby: {found.shifted}; "
        f"not found: {len(found.missing)} {found.missing[:3] if found.missing else ''}",
        f"gold attributions: {len(gold)} (direct {kinds['direct']}, mixed {kinds['mixed']}, "
        f"indirect {kinds['indirect']}; "
        f"in headlines {sum(s['headline'] for _, s in gold)}; without a source {no_source})",
        f"cue classes: speech {classes['speech']}, other {classes['other']} "
        f"({classes['other'] / max(len(gold), 1):.1%} non-speech)",
        f"contents over several paragraphs (one cue, one content span): {len(multi)} in "
        f"{len({f for f, _ in multi})} articles, {sum(s['kind'] == 'direct' for _, s in multi)} of them direct",
    ]
    lines.extend(f"  {f}: {s['paragraphs']} paragraphs, {s['kind']}, cue {s['cue']!r}" for f, s in multi)
    return lines


def read_names(lists: list[Path]) -> list[str]:
    """The names of several list files, in order; a name in two lists would count its article twice."""
    names = [line.strip() for path in lists for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise SystemExit(f"listed more than once: {', '.join(twice)}")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"PolNeAR clone or copy (default {DEFAULT_DATA}, or env POLNEAR_DIR)")
    parser.add_argument("--split", default="train", help="compartment under data/ (default train)")
    parser.add_argument("--files", type=Path, nargs="+", default=[DEFAULT_FILES],
                        help="lists of <article>_<annotator> names, scored as one set")
    parser.add_argument("--errors", action="store_true", help="list every miss, wrong speaker and extra statement")
    parser.add_argument("--pieces", action="store_true",
                        help="a content split by its frame (“A,” he said. “B”) is one gold statement per piece, "
                        "as the extractor and our golds cut it; default: one, as PolNeAR")
    parser.add_argument("--seconds", type=float, default=1.0, help="minimum time spent measuring speed")
    args = parser.parse_args(argv)
    names = read_names(args.files)
    gazetteer = read_gazetteer(GAZETTEER)
    judge = SurnameJudge(gazetteer)
    found = Located()
    documents = load(args.data, args.split, names, found, args.pieces)
    speed = measure_speed(documents, gazetteer, args.seconds)
    print(f"PolNeAR {args.split}, {'+'.join(f.name for f in args.files)}: {len(documents)} articles from {args.data}"
          + (" (contents split at their frames)" if args.pieces else ""))
    print("\n".join(annotation_summary(documents, found)))
    for label, docs in (("ALL attributions", documents), ("SPEECH-cue attributions only", speech_only(documents))):
        print()
        print(table(label, score(docs, gazetteer, judge=judge), speed))
    if args.errors:
        print()
        print("\n".join(describe(documents, gazetteer, judge)) or "(no errors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
