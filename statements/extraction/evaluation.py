"""Scoring extracted statements against hand-labelled gold (the benchmark and the golden-file tests share it).

- span match: a predicted and a gold statement of the same document match when their character overlap
  is at least 50% of the LONGER of the two spans; matching is one-to-one and greedy (largest overlap first).
- per kind (direct / indirect): predictions and gold of that kind only; "all" matches regardless of kind.
- attribution accuracy: of matched pairs, the share whose speaker is right: equal under
  statements.text.normalise_name, or the same gazetteer speaker through its name and aliases. A country's
  possessive and its demonym name the same body ("Brazil's Foreign Ministry" = "Brazilian Foreign Ministry"):
  the gold files use both, and the extractor writes an unknown organisation as the article does.
- end-to-end: a prediction counts only when its span matches and its speaker is right.
- conflicts: of matched pairs ("all"), the share whose conflict set equals the gold set exactly.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from statements.extraction.countries import country_of, demonyms
from statements.extraction.jsonl import article_records
from statements.extraction.pipeline import extract_article
from statements.extraction.types import Gazetteer
from statements.text import normalise_name

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
        return (slug_a is not None and slug_a == slug_b) or demonym_form(a) == demonym_form(b)


def demonym_form(key: str) -> str:
    """"brazil s foreign ministry" → "brazilian foreign ministry" (a normalised name opening with a country's
    possessive); any other key unchanged."""
    words = key.split()
    for size in (3, 2, 1):
        if len(words) > size + 1 and words[size] == "s":
            country = country_of(" ".join(words[:size]))
            if country:
                return " ".join([normalise_name(demonyms().get(country, country)), *words[size + 1 :]])
    return key


def prf(tp: int, predicted: int, gold: int) -> dict:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def predict(entry: dict, raw: str, gazetteer: Gazetteer) -> list[dict]:
    published = date.fromisoformat(entry["published"]) if entry.get("published") else None
    article = extract_article(raw, gazetteer=gazetteer, published_on=published)
    return article_records(Path(entry["file"]).stem, article)


# The conflicts the gold sets so far were labelled against: the seed catalogue. The gazetteer's catalogue has
# grown since (docs/gazetteer.md); a tag of a conflict the labellers could not choose is not judged, and the
# benchmark prints the share over every tag beside it ("conflict_accuracy_all_tags").
LABELLED_CONFLICTS = frozenset({"armenia-azerbaijan", "kosovo-serbia", "russia-ukraine"})


def score(
    documents: list[tuple[dict, str]],
    gazetteer: Gazetteer,
    errors: list[str] | None = None,
    labelled_conflicts: frozenset[str] = LABELLED_CONFLICTS,
) -> dict:
    judge = SpeakerJudge(gazetteer)
    totals = {kind: {"predicted": 0, "gold": 0, "matched": 0, "speaker_right": 0} for kind in KINDS}
    conflicts_right = conflicts_right_all_tags = 0
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
                conflicts_right += sum(
                    set(a["conflicts"]) & labelled_conflicts == set(b["conflicts"]) for a, b in pairs
                )
                conflicts_right_all_tags += sum(set(a["conflicts"]) == set(b["conflicts"]) for a, b in pairs)
                if errors is not None:
                    errors.extend(_describe_errors(entry["file"], p, g, pairs, judge, labelled_conflicts))
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
    result["conflict_accuracy_all_tags"] = round(conflicts_right_all_tags / matched_all, 4) if matched_all else 0.0
    return result


def _describe_errors(
    file: str, predicted: list[dict], gold: list[dict], pairs: list, judge: SpeakerJudge, labelled: frozenset[str]
) -> list[str]:
    lines = []
    matched_p = {id(a) for a, _ in pairs}
    matched_g = {id(b) for _, b in pairs}
    for a, b in pairs:
        if not judge.same(a["speaker"], b["speaker"]):
            lines.append(f"{file} SPEAKER {a['speaker']!r} != gold {b['speaker']!r}: {b['text'][:90]!r}")
        if set(a["conflicts"]) & labelled != set(b["conflicts"]):
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
