"""Accuracy and speed of statement extraction against hand-labelled gold files. Prints JSON, then a table.

    .venv/bin/python benchmarks/extraction.py                       # the seed gold beside the repo
    .venv/bin/python benchmarks/extraction.py --gold tests/data/extraction/gold.json
    .venv/bin/python benchmarks/extraction.py --gold A --gold B --errors

Gold format: a JSON list of {file, title, published, author, statements: [{text, kind, speaker,
conflicts, start, end}]}, offsets into the raw file text as read (UTF-8). The documents are looked up in
--docs if given, else beside the gold file, else in ../shared/seeds.

Definitions (used consistently for every number printed):
- span match: a predicted and a gold statement of the same document match when their character overlap
  is at least 50% of the LONGER of the two spans; matching is one-to-one and greedy (largest overlap first).
- per kind (direct / indirect): predictions and gold of that kind only are matched; "all" matches
  regardless of kind. precision = matched / predicted, recall = matched / gold.
- attribution accuracy: of matched pairs, the share whose speaker is right. A speaker is right when
  statements.text.normalise_name of both names is equal, or both names resolve to the same gazetteer
  speaker through its name and aliases.
- end-to-end: a prediction counts only when its span matches and its speaker is right; P/R/F1 over that.
- conflicts: of matched pairs ("all"), the share whose conflict set equals the gold set exactly.
- speed: articles per second on one core, extraction alone (files already read, gazetteer loaded),
  timing repeated passes over all documents for at least --seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from statements.extraction.gazetteer import read_gazetteer  # noqa: E402
from statements.extraction.jsonl import article_records  # noqa: E402
from statements.extraction.pipeline import extract_article  # noqa: E402
from statements.extraction.types import Gazetteer  # noqa: E402
from statements.text import normalise_name  # noqa: E402

DEFAULT_GOLD = REPO.parent / "shared" / "gold" / "seeds.json"
DEFAULT_DOCS = REPO.parent / "shared" / "seeds"
GAZETTEER = REPO / "fixtures" / "gazetteer.json"
KINDS = ("direct", "indirect", "all")


def overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def spans_match(a: dict, b: dict) -> bool:
    longest = max(a["end"] - a["start"], b["end"] - b["start"], 1)
    return overlap(a, b) * 2 >= longest


def match_spans(predicted: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one greedy matching of spans of one document, largest overlap first."""
    candidates = [
        (overlap(p, g), -abs(p["start"] - g["start"]), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if spans_match(p, g)
    ]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in sorted(candidates, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


class SpeakerJudge:
    """Speaker equality: same normalised name, or the same gazetteer speaker through its aliases."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.alias_to_slug: dict[str, str] = {}
        for speaker in gazetteer.speakers:
            for name in (speaker.name, *speaker.aliases):
                self.alias_to_slug.setdefault(normalise_name(name), speaker.slug)

    def same(self, predicted: str | None, gold: str | None) -> bool:
        if predicted is None or gold is None:
            return predicted is None and gold is None
        a, b = normalise_name(predicted), normalise_name(gold)
        if a == b:
            return True
        slug_a, slug_b = self.alias_to_slug.get(a), self.alias_to_slug.get(b)
        return slug_a is not None and slug_a == slug_b


def prf(tp: int, predicted: int, gold: int) -> dict:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def find_document(name: str, docs: Path | None, gold_path: Path) -> Path:
    for folder in (docs, gold_path.parent, gold_path.parent / "docs", DEFAULT_DOCS):
        if folder is not None and (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{name}: not found in --docs, beside the gold file or in {DEFAULT_DOCS}")


def load(gold_path: Path, docs: Path | None) -> list[tuple[dict, str]]:
    entries = json.loads(gold_path.read_text(encoding="utf-8"))
    return [(entry, find_document(entry["file"], docs, gold_path).read_text(encoding="utf-8")) for entry in entries]


def predict(entry: dict, raw: str, gazetteer: Gazetteer) -> list[dict]:
    published = date.fromisoformat(entry["published"]) if entry.get("published") else None
    article = extract_article(raw, gazetteer=gazetteer, published_on=published)
    return article_records(Path(entry["file"]).stem, article)


def score(documents: list[tuple[dict, str]], gazetteer: Gazetteer, errors: list[str] | None = None) -> dict:
    judge = SpeakerJudge(gazetteer)
    totals = {kind: {"predicted": 0, "gold": 0, "matched": 0, "speaker_right": 0} for kind in KINDS}
    conflicts_right = 0
    for entry, raw in documents:
        predicted = predict(entry, raw, gazetteer)
        gold = entry["statements"]
        for kind in KINDS:
            p = predicted if kind == "all" else [s for s in predicted if s["kind"] == kind]
            g = gold if kind == "all" else [s for s in gold if s["kind"] == kind]
            pairs = match_spans(p, g)
            totals[kind]["predicted"] += len(p)
            totals[kind]["gold"] += len(g)
            totals[kind]["matched"] += len(pairs)
            totals[kind]["speaker_right"] += sum(judge.same(a["speaker"], b["speaker"]) for a, b in pairs)
            if kind == "all":
                conflicts_right += sum(set(a["conflicts"]) == set(b["conflicts"]) for a, b in pairs)
                if errors is not None:
                    errors.extend(_describe_errors(entry["file"], p, g, pairs, judge))
    result: dict = {"documents": len(documents)}
    for kind, t in totals.items():
        result[kind] = {
            "gold": t["gold"],
            "predicted": t["predicted"],
            "span": prf(t["matched"], t["predicted"], t["gold"]),
            "attribution_accuracy": round(t["speaker_right"] / t["matched"], 4) if t["matched"] else 0.0,
            "end_to_end": prf(t["speaker_right"], t["predicted"], t["gold"]),
        }
    matched_all = totals["all"]["matched"]
    result["conflict_accuracy"] = round(conflicts_right / matched_all, 4) if matched_all else 0.0
    return result


def _describe_errors(file: str, predicted: list[dict], gold: list[dict], pairs: list, judge: SpeakerJudge) -> list[str]:
    lines = []
    matched_p = {id(a) for a, _ in pairs}
    matched_g = {id(b) for _, b in pairs}
    for a, b in pairs:
        if not judge.same(a["speaker"], b["speaker"]):
            lines.append(f"{file} SPEAKER {a['speaker']!r} != gold {b['speaker']!r}: {b['text'][:90]!r}")
        if set(a["conflicts"]) != set(b["conflicts"]):
            lines.append(f"{file} CONFLICT {a['conflicts']} != gold {b['conflicts']}: {b['text'][:90]!r}")
        if a["kind"] != b["kind"]:
            lines.append(f"{file} KIND {a['kind']} != gold {b['kind']}: {b['text'][:90]!r}")
    for a in predicted:
        if id(a) not in matched_p:
            lines.append(f"{file} EXTRA {a['kind']} [{a['speaker']}] {a['text'][:110]!r}")
    for b in gold:
        if id(b) not in matched_g:
            lines.append(f"{file} MISSED {b['kind']} [{b['speaker']}] {b['text'][:110]!r}")
    return lines


def measure_speed(documents: list[tuple[dict, str]], gazetteer: Gazetteer, seconds: float) -> dict:
    raws = [raw for _, raw in documents]
    for raw in raws:  # warm caches (gazetteer index, compiled patterns)
        extract_article(raw, gazetteer=gazetteer)
    count = 0
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    while time.perf_counter() - wall_start < seconds:
        for raw in raws:
            extract_article(raw, gazetteer=gazetteer)
        count += len(raws)
    wall = time.perf_counter() - wall_start
    cpu = time.process_time() - cpu_start
    return {
        "articles": count,
        "articles_per_second_per_core": round(count / cpu, 1) if cpu else None,
        "wall_seconds": round(wall, 3),
        "mean_chars": round(sum(len(r) for r in raws) / max(len(raws), 1)),
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
    rows.append(f"conflict tags exact on matched statements: {result['conflict_accuracy']:.3f}")
    rows.append(f"speed: {speed['articles_per_second_per_core']} articles/s per core "
                f"(mean {speed['mean_chars']} chars, {speed['articles']} extractions)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", action="append", type=Path, help=f"gold JSON (repeatable); default {DEFAULT_GOLD}")
    parser.add_argument("--docs", type=Path, default=None, help="folder holding the gold's documents")
    parser.add_argument("--seconds", type=float, default=2.0, help="minimum time spent measuring speed")
    parser.add_argument("--errors", action="store_true", help="list every span, speaker and conflict error")
    args = parser.parse_args(argv)
    gazetteer = read_gazetteer(GAZETTEER)
    report = {}
    tables = []
    for gold_path in args.gold or [DEFAULT_GOLD]:
        documents = load(gold_path, args.docs)
        errors: list[str] = []
        result = score(documents, gazetteer, errors if args.errors else None)
        result["speed"] = measure_speed(documents, gazetteer, args.seconds)
        report[str(gold_path)] = result
        tables.append(table(str(gold_path), result, result["speed"]))
        if args.errors:
            tables.append("\n".join(errors) or "(no errors)")
    print(json.dumps(report, indent=2))
    print()
    print("\n\n".join(tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
