"""Accuracy and speed of statement extraction against hand-labelled gold files. Prints JSON, then a table.

    .venv/bin/python benchmarks/extraction.py                       # the seed gold beside the repo
    .venv/bin/python benchmarks/extraction.py --gold tests/data/extraction/gold.json
    .venv/bin/python benchmarks/extraction.py --gold A --gold B --errors
    .venv/bin/python benchmarks/extraction.py --all                 # seeds and every tests/data/*/gold.json
    .venv/bin/python benchmarks/extraction.py --halves never-read --seconds 0   # the fresh samples, pooled

Gold formats: a JSON list of {file, title, published, author, statements: [{text, kind, speaker,
conflicts, start, end}]}, offsets into the raw file text as read (UTF-8); or, for real web pages
(tests/data/realnews/gold.json), statements without offsets: {kind, text, speaker, speaker_kind, cue, optional},
the text verbatim from the page's visible text with whitespace collapsed. The documents are looked up in --docs if
given, else beside the gold file, else in the shared seeds folder. Files ending .html are extracted as HTML.

Definitions (used consistently for every number printed):
- span match: a predicted and a gold statement of the same document match when their character overlap
  is at least 50% of the LONGER of the two spans; matching is one-to-one and greedy (largest overlap first).
- per kind: "direct", "reported" (indirect and mixed) and "all" (regardless of kind); predictions and gold of
  those kinds only are matched. precision = matched / predicted, recall = matched / gold. Gold marked
  "optional" is neither a miss when not found nor a false positive when found.
- gold without offsets: a prediction and a gold text match when their common normalised tokens are at least 50%
  of the longer text's tokens (one-to-one, greedy); an "unnamed" gold speaker is right for an unnamed source.
- attribution accuracy: of matched pairs, the share whose speaker is right. A speaker is right when
  statements.text.normalise_name of both names is equal, or both names resolve to the same gazetteer
  speaker through its name and aliases, or they differ only in naming a country by its possessive or its
  demonym ("Brazil's Foreign Ministry" = "Brazilian Foreign Ministry").
- end-to-end: a prediction counts only when its span matches and its speaker is right; P/R/F1 over that.
- conflicts: of matched pairs ("all"), the share whose conflict set equals the gold set exactly, the predicted
  set restricted to the conflicts the gold was labelled against (evaluation.LABELLED_CONFLICTS, the seed
  catalogue: tags of conflicts added to the gazetteer since cannot be judged by it); the share over every tag
  is printed beside it.
- junk speakers: predictions whose speaker no reader would accept (a weekday or month in the name, a bare common
  noun); see statements.extraction.evaluation.junk_speaker.
- speed: articles per CPU-second (one core, one process), extraction alone (files already read, gazetteer
  loaded), timing repeated passes over all documents in rounds of ~0.5 s for at least --seconds; the
  median round is reported, with the best round beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from statements.extraction.evaluation import KINDS, score  # noqa: E402
from statements.extraction.gazetteer import read_gazetteer  # noqa: E402
from statements.extraction.pipeline import extract_article  # noqa: E402
from statements.extraction.types import Gazetteer  # noqa: E402

# The shared folder sits beside the main checkout (../shared) or, from a worktree under wt/, two levels up.
SHARED = next((p for p in (REPO.parent / "shared", REPO.parent.parent / "shared") if p.is_dir()), REPO.parent / "shared")
DEFAULT_GOLD = SHARED / "gold" / "seeds.json"
DEFAULT_DOCS = SHARED / "seeds"
GAZETTEER = REPO / "fixtures" / "gazetteer"
# The held-out halves of the fresh samples read for errors after their first figures (docs/extraction.md, "Fresh real
# pages": HELDOUT8–10, 12, 14 and 15): in neither pooled set of fresh_halves
READ_HELDOUT = frozenset(f"realnews_fresh{n}_heldout" for n in (6, 7, 8, 10, 12, 13))
FRESH_SETS = ("development", "never-read")


def fresh_halves(name: str) -> list[str]:
    """The tests/data folders of one pooled set of the fresh samples: "development", every DEV half (errors may be
    read), or "never-read", every held-out half whose errors nobody has read."""
    folders = sorted(gold.parent.name for gold in (REPO / "tests" / "data").glob("realnews_fresh*/gold.json"))
    if name == "development":
        return [folder for folder in folders if not folder.endswith("_heldout")]
    return [folder for folder in folders if folder.endswith("_heldout") and folder not in READ_HELDOUT]


def find_document(name: str, docs: Path | None, gold_path: Path) -> Path:
    for folder in (docs, gold_path.parent, gold_path.parent / "docs", DEFAULT_DOCS):
        if folder is not None and (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{name}: not found in --docs, beside the gold file or in {DEFAULT_DOCS}")


def load(gold_path: Path, docs: Path | None) -> list[tuple[dict, str]]:
    entries = json.loads(gold_path.read_text(encoding="utf-8"))
    return [(entry, find_document(entry["file"], docs, gold_path).read_text(encoding="utf-8")) for entry in entries]


def measure_speed(documents: list[tuple[dict, str]], gazetteer: Gazetteer, seconds: float) -> dict:
    """Articles per CPU-second over rounds of ~0.5 s; median and best round (other processes on a shared
    machine slow single rounds down, so the spread is reported rather than hidden)."""
    raws = [(raw, "html" if entry["file"].endswith((".html", ".htm")) else "text") for entry, raw in documents]
    for raw, fmt in raws:  # warm caches (gazetteer index, compiled patterns)
        extract_article(raw, gazetteer=gazetteer, fmt=fmt)
    rates: list[float] = []
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds or len(rates) < 3:
        round_count, cpu_start = 0, time.process_time()
        while time.process_time() - cpu_start < min(0.5, seconds):
            for raw, fmt in raws:
                extract_article(raw, gazetteer=gazetteer, fmt=fmt)
            round_count += len(raws)
        rates.append(round_count / (time.process_time() - cpu_start))
        count += round_count
    rates.sort()
    return {
        "articles": count,
        "rounds": len(rates),
        "articles_per_second_per_core": round(rates[len(rates) // 2], 1),
        "best_round_articles_per_second": round(rates[-1], 1),
        "mean_chars": round(sum(len(r) for r, _ in raws) / max(len(raws), 1)),
        "html": any(fmt == "html" for _, fmt in raws),
    }


def table(name: str, result: dict, speed: dict) -> str:
    rows = [f"{name}  ({result['documents']} documents)",
            f"{'kind':<9}{'gold':>6}{'pred':>6}{'span P':>8}{'span R':>8}{'span F1':>9}{'attrib':>8}{'e2e P':>8}{'e2e R':>8}{'e2e F1':>8}"]
    for kind in KINDS:
        r = result[kind]
        rows.append(
            f"{kind:<9}{r['gold']:>6}{r['predicted']:>6}{r['span']['precision']:>8.3f}{r['span']['recall']:>8.3f}"
            f"{r['span']['f1']:>9.3f}{r['attribution_accuracy']:>8.3f}{r['end_to_end']['precision']:>8.3f}"
            f"{r['end_to_end']['recall']:>8.3f}{r['end_to_end']['f1']:>8.3f}"
        )
    def share(value):
        return "n/a" if value is None else f"{value:.3f}"

    rows.append(f"conflict tags exact on matched statements: {share(result['conflict_accuracy'])} "
                f"(every tag, conflicts the gold could not label included: {share(result['conflict_accuracy_all_tags'])}); "
                f"right speaker on matched statements: {result['all']['attribution_accuracy']:.3f}; "
                f"junk speakers: {result['junk_speakers']}")
    rows.append(f"speed: {speed['articles_per_second_per_core']} articles/s per core, median of {speed['rounds']} rounds "
                f"(best {speed['best_round_articles_per_second']}; mean {speed['mean_chars']} chars/article"
                + ("; HTML pages, trafilatura's parsing included)" if speed["html"] else ")"))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", action="append", type=Path, help=f"gold JSON (repeatable); default {DEFAULT_GOLD}")
    parser.add_argument("--docs", type=Path, default=None, help="folder holding the gold's documents")
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum time spent measuring speed")
    parser.add_argument("--all", action="store_true", help="the seeds gold and every tests/data/*/gold.json")
    parser.add_argument("--halves", action="append", choices=FRESH_SETS,
                        help="a set of the fresh samples' halves, whose golds are scored as one set")
    parser.add_argument("--errors", action="store_true", help="list every span, speaker and conflict error")
    args = parser.parse_args(argv)
    gazetteer = read_gazetteer(GAZETTEER)
    report = {}
    tables = []
    golds = args.gold or ([] if args.halves else [DEFAULT_GOLD])
    if args.all:
        golds = [DEFAULT_GOLD, *sorted((REPO / "tests" / "data").glob("*/gold.json"))]
    sets = [(str(gold_path), load(gold_path, args.docs if gold_path == DEFAULT_GOLD or args.gold else None))
            for gold_path in golds]
    for halves in args.halves or []:
        folders = fresh_halves(halves)
        sets.append((f"{halves} ({len(folders)} golds as one set)", [
            document for folder in folders for document in load(REPO / "tests" / "data" / folder / "gold.json", None)]))
    for name, documents in sets:
        errors: list[str] = []
        result = score(documents, gazetteer, errors if args.errors else None)
        result["speed"] = measure_speed(documents, gazetteer, args.seconds)
        report[name] = result
        tables.append(table(name, result, result["speed"]))
        if args.errors:
            tables.append("\n".join(errors) or "(no errors)")
    print(json.dumps(report, indent=2))
    print()
    print("\n\n".join(tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
