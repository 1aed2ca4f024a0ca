"""Could a learned choice among the speakers the rules propose do better than the rules? An experiment, not a stage.

    .venv/bin/python benchmarks/speaker_ranker.py                      # train on the development halves, test on
                                                                       # the never-read ones (totals only)
    .venv/bin/python benchmarks/speaker_ranker.py --polnear benchmarks/polnear/heldout.txt \\
        benchmarks/polnear/heldout2.txt benchmarks/polnear/heldout3.txt
    .venv/bin/python benchmarks/speaker_ranker.py --boosted           # gradient-boosted trees (pip install
                                                                       # scikit-learn, not a dependency)

For every statement the rules extract, the candidates are the speaker the rules chose and the speakers of the
statements just before and after it in the article (a quote's speaker is most often one of its neighbours').
A logistic regression (numpy) over features of the statement and of each candidate (which rule proposed it, the
statement's kind, whether the frame was a pronoun or none, the candidate's kind, whether its surname is in the
sentence, the distance and paragraph breaks to the neighbours) is trained on the matched statements of the
development halves and picks the highest-scoring candidate of every test statement; --margin keeps the rules'
choice unless another candidate scores that much higher.

Printed per set: matched statements, the rules' right speakers, the ceilings (the gold speaker among the three
candidates; among every speaker the article's statements were given), the ranker's right speakers, and the
switches it would make ranked by confidence, with the right speakers each prefix of them gains and loses. A
5-fold cross-validation over the development halves is printed first. Only totals are printed: the never-read
halves must not be read statement by statement (docs/extraction.md).

The sets are benchmarks/extraction.py's (`fresh_halves`): "development", the DEV halves, and "never-read", the
held-out halves never read for errors; `benchmarks/extraction.py --halves <set>` scores one as one set.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import FRESH_SETS, GAZETTEER, REPO, fresh_halves, load  # noqa: E402  (benchmarks/extraction.py)
from polnear import DEFAULT_DATA, Located, load as load_polnear, read_names  # noqa: E402

from statements.devtools.polnear import SurnameJudge  # noqa: E402
from statements.extraction.evaluation import SpeakerJudge, extract_entry, match_spans  # noqa: E402
from statements.extraction.gazetteer import read_gazetteer  # noqa: E402
from statements.extraction.jsonl import article_records  # noqa: E402

_PRONOUNS = frozenset("he she they it we i his her their him".split())
Group = list[tuple[list[float], bool, bool]]  # per candidate: features, right speaker, the rules' own choice


def fresh_documents(halves: list[str]) -> list[tuple[str, dict, str]]:
    """(half, gold entry, raw text) of every page of the named halves (folders under tests/data)."""
    return [(half, entry, raw) for half in halves
            for entry, raw in load(REPO / "tests" / "data" / half / "gold.json", None)]


def _features(records: list[dict], statements: list, body: str, i: int, name: str, kind: str | None,
              sources: set[str]) -> list[float]:
    record, statement = records[i], statements[i]
    mention = (record["speaker_mention"] or "").lower().split()
    before = statements[i - 1].end if i else 0
    after = statements[i + 1].start if i + 1 < len(statements) else len(body)
    base = [
        1.0, "rules" in sources, "previous" in sources, "next" in sources, len(sources),
        record["kind"] == "direct", record["kind"] == "mixed",
        bool(mention) and mention[-1] in _PRONOUNS, not mention, statement.confidence < 0.8,
        record["speaker_kind"] == "unnamed", record["speaker_kind"] in ("organisation", "government"),
        kind == "unnamed", kind in ("organisation", "government"),
        name.split()[-1] in statement.sentence, bool(record["speaker"]) and record["speaker"].split()[-1] in (
            statement.sentence), not record["cue"],
        math.log1p(max(statement.start - before, 0)) / 8, math.log1p(max(after - statement.end, 0)) / 8,
        "\n" in body[before : statement.start], "\n" in body[statement.end : after],
    ]
    values = [float(v) for v in base]
    # the statement's features again for a neighbour's speaker the rules did not choose: when to prefer it
    for neighbour in ("previous", "next"):
        on = float(neighbour in sources and "rules" not in sources)
        values += [on * v for v in values[5:len(base)]]
    return values


def groups(documents: list[tuple[str, dict, str]], gazetteer, judge: SpeakerJudge) -> list[tuple[str, Group, bool]]:
    """Per matched statement: (half, its candidates, whether the gold speaker is any speaker of the article)."""
    found = []
    for half, entry, raw in documents:
        article = extract_entry(entry, raw, gazetteer)
        statements = article.statements  # (in the order of the body)
        records = article_records(Path(entry["file"]).stem, article)
        gold_of = {id(p): g for p, g in match_spans(records, entry["statements"]) if not g.get("optional")}
        speakers = {(r["speaker"], r["speaker_kind"]) for r in records if r["speaker"]}
        for i, record in enumerate(records):
            gold = gold_of.get(id(record))
            if gold is None:
                continue
            proposed: dict[str, tuple[str | None, set[str]]] = {}
            for source, j in (("rules", i), ("previous", i - 1), ("next", i + 1)):
                if 0 <= j < len(records) and records[j]["speaker"]:
                    proposed.setdefault(records[j]["speaker"], (records[j]["speaker_kind"], set()))[1].add(source)
            group = [(_features(records, statements, article.body, i, name, kind, sources),
                      judge.right({"speaker": name, "speaker_kind": kind}, gold), "rules" in sources)
                     for name, (kind, sources) in proposed.items()]
            in_article = any(judge.right({"speaker": n, "speaker_kind": k}, gold) for n, k in speakers)
            found.append((half, group, in_article))
    return found


class Logistic:
    """L2-regularised logistic regression by gradient descent: small, dependency-free, deterministic."""

    def fit(self, x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, rate: float = 0.5) -> Logistic:
        self.weights = np.zeros(x.shape[1])
        for _ in range(steps):
            p = 1 / (1 + np.exp(-x @ self.weights))
            self.weights -= rate * (x.T @ (p - y) + l2 * self.weights) / len(y)
        return self

    def decision_function(self, x: np.ndarray) -> np.ndarray:
        return x @ self.weights


def train(found: list[tuple[str, Group, bool]], boosted: bool):
    rows = [(f, right) for _, group, _ in found if len(group) > 1 for f, right, _ in group]
    x, y = np.array([f for f, _ in rows]), np.array([r for _, r in rows], dtype=float)
    if not boosted:
        return Logistic().fit(x, y)
    from sklearn.ensemble import HistGradientBoostingClassifier  # (optional: only for this comparison)
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_depth=4, random_state=0).fit(x, y)


def evaluate(found: list[tuple[str, Group, bool]], model, margin: float) -> dict:
    totals = dict(matched=0, rules=0, among_three=0, in_article=0, ranker=0)
    switches = []  # (score gap, +1 gained / -1 lost / 0)
    for _, group, in_article in found:
        totals["matched"] += 1
        rules = next((c for c in group if c[2]), None)
        totals["rules"] += bool(rules and rules[1])
        totals["among_three"] += any(right for _, right, _ in group)
        totals["in_article"] += in_article
        if rules is None or len(group) == 1:
            totals["ranker"] += bool(rules and rules[1])
            continue
        scores = model.decision_function(np.array([f for f, _, _ in group]))
        own = scores[group.index(rules)]
        best = max(range(len(group)), key=lambda k: scores[k])
        chosen = group[best] if scores[best] - own > margin else rules
        totals["ranker"] += chosen[1]
        switches += [(scores[k] - own, int(c[1]) - int(rules[1])) for k, c in enumerate(group) if not c[2]]
    totals["switches"] = sorted(switches, reverse=True)
    return totals


def report(label: str, totals: dict) -> str:
    n = totals["matched"]
    lines = [f"{label}: {n} matched statements",
             f"  rules:  {totals['rules']} right ({totals['rules'] / n:.3f})",
             f"  ranker: {totals['ranker']} right ({totals['ranker'] / n:.3f})",
             f"  ceilings: gold speaker among the three candidates {totals['among_three']} "
             f"({totals['among_three'] / n:.3f}); among the article's speakers {totals['in_article']} "
             f"({totals['in_article'] / n:.3f})"]
    gained = lost = 0
    steps, best = [], (0, 0)
    for count, (_, change) in enumerate(totals["switches"], 1):
        gained += change > 0
        lost += change < 0
        if count in (10, 20, 40, 80, 160):
            steps.append(f"top {count}: +{gained} −{lost}")
        if gained - lost > best[0]:
            best = (gained - lost, count)
    lines.append("  switches by confidence: " + ("; ".join(steps) or "none"))
    lines.append(f"  best prefix (a threshold chosen on this very set, so optimistic): net {best[0]:+d} "
                 f"after {best[1]} switches")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", choices=FRESH_SETS, default="development")
    parser.add_argument("--test", choices=FRESH_SETS, nargs="*", default=["never-read"])
    parser.add_argument("--polnear", type=Path, nargs="*", default=[], help="PolNeAR lists, scored as one set")
    parser.add_argument("--margin", type=float, default=0.0)
    parser.add_argument("--boosted", action="store_true", help="gradient-boosted trees instead (scikit-learn)")
    args = parser.parse_args(argv)
    gazetteer = read_gazetteer(GAZETTEER)
    judge = SpeakerJudge(gazetteer)
    development = groups(fresh_documents(fresh_halves(args.train)), gazetteer, judge)
    halves = sorted({half for half, _, _ in development})
    folds = [evaluate([g for g in development if halves.index(g[0]) % 5 == k],
                      train([g for g in development if halves.index(g[0]) % 5 != k], args.boosted), args.margin)
             for k in range(5)]
    pooled = {key: sum(f[key] for f in folds) for key in folds[0] if key != "switches"}
    pooled["switches"] = sorted(s for f in folds for s in f["switches"])[::-1]
    print(report(f"{args.train}, 5-fold cross-validation", pooled))
    model = train(development, args.boosted)
    for test in args.test:
        print(report(test, evaluate(groups(fresh_documents(fresh_halves(test)), gazetteer, judge), model, args.margin)))
    if args.polnear:
        documents = load_polnear(DEFAULT_DATA, "train", read_names(args.polnear), Located(), pieces=True)
        found = groups([("polnear", entry, text) for entry, text in documents], gazetteer, SurnameJudge(gazetteer))
        print(report("PolNeAR " + "+".join(p.name for p in args.polnear), evaluate(found, model, args.margin)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
