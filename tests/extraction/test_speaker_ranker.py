"""benchmarks/speaker_ranker.py, the experiment that asked whether a learned choice among the rules' candidate
speakers beats the rules: its counts agree with the extraction benchmark's, its model learns, its switches are
counted as gains and losses; and benchmarks/extraction.py's sets of fresh halves, which it reads, keep the read
held-out halves out and are scored as one set."""

import importlib.util
import json
from pathlib import Path

import numpy as np

from statements.extraction.evaluation import SpeakerJudge, score
from statements.extraction.gazetteer import read_gazetteer

REPO = Path(__file__).resolve().parents[2]


def _benchmark(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ranker = _benchmark("speaker_ranker", "speaker_ranker.py")
benchmark = _benchmark("extraction_benchmark", "extraction.py")


class _Scores:
    """A stand-in model: scores candidates by a given function of their features."""

    def __init__(self, function):
        self.decision_function = function


def test_matched_and_right_counts_agree_with_the_extraction_benchmark():
    half = "realnews_fresh2"
    gazetteer = read_gazetteer(REPO / "fixtures" / "gazetteer")
    found = ranker.groups(ranker.fresh_documents([half]), gazetteer, SpeakerJudge(gazetteer))
    gold = REPO / "tests" / "data" / half / "gold.json"
    documents = [(entry, (gold.parent / entry["file"]).read_text(encoding="utf-8"))
                 for entry in json.loads(gold.read_text(encoding="utf-8"))]
    expected = score(documents, gazetteer)["all"]
    totals = ranker.evaluate(found, _Scores(lambda x: x[:, 2]), margin=1e9)  # (any score: no switch clears 1e9)
    assert totals["matched"] == round(expected["span"]["recall"] * expected["gold"])
    assert totals["rules"] == round(expected["end_to_end"]["recall"] * expected["gold"])
    assert totals["ranker"] == totals["rules"]
    assert totals["rules"] <= totals["among_three"] <= totals["matched"]


def test_logistic_regression_learns_which_feature_marks_the_right_candidate():
    rng = np.random.default_rng(0)
    x = np.column_stack([np.ones(400), rng.integers(0, 2, 400), rng.normal(size=400)])
    y = x[:, 1]  # right exactly when the second feature is on
    model = ranker.Logistic().fit(x, y)
    assert model.weights[1] > 2 and abs(model.weights[2]) < 0.5
    assert ((model.decision_function(x) > 0) == (y == 1)).all()


def test_switches_are_counted_as_gains_and_losses():
    prefers_previous = _Scores(lambda x: x[:, 0])  # (the one feature here: proposed by the previous statement)
    # (features, right speaker, the rules' own choice) per candidate
    gained = [([0.0], False, True), ([1.0], True, False)]
    lost = [([0.0], True, True), ([1.0], False, False)]
    alone = [([0.0], True, True)]
    found = [("h", gained, True), ("h", lost, True), ("h", alone, True)]
    totals = ranker.evaluate(found, prefers_previous, margin=0.0)
    assert (totals["matched"], totals["rules"], totals["ranker"], totals["among_three"]) == (3, 2, 2, 3)
    assert sorted(change for _, change in totals["switches"]) == [-1, 1]
    assert ranker.evaluate(found, prefers_previous, margin=2.0)["ranker"] == 2  # no switch clears the margin
    assert "net +1 after 1 switches" in ranker.report("toy", ranker.evaluate(found[:1], prefers_previous, 0.0))


def test_the_fresh_sets_keep_the_read_held_out_halves_out():
    development, never_read = benchmark.fresh_halves("development"), benchmark.fresh_halves("never-read")
    samples = {p.name for p in (REPO / "tests" / "data").glob("realnews_fresh*") if (p / "gold.json").is_file()}
    assert benchmark.READ_HELDOUT <= samples  # (a renamed folder would leave a read half among the never-read)
    assert sorted(development + never_read + sorted(benchmark.READ_HELDOUT)) == sorted(samples)
    assert not any(name.endswith("_heldout") for name in development)
    assert all(name.endswith("_heldout") for name in never_read) and not benchmark.READ_HELDOUT & set(never_read)


def test_extraction_benchmark_scores_the_halves_of_a_set_as_one_set(monkeypatch, capsys):
    halves = ["realnews_fresh2", "realnews_fresh3"]
    monkeypatch.setattr(benchmark, "fresh_halves", lambda name: halves)  # (two halves: scoring the whole set is slow)
    golds = [f"--gold={REPO / 'tests' / 'data' / half / 'gold.json'}" for half in halves]
    benchmark.main([*golds, "--halves=never-read", "--seconds=0"])
    output = capsys.readouterr().out
    report = json.loads(output[: output.index("\n}\n") + 2])
    alone = [report[str(REPO / "tests" / "data" / half / "gold.json")]["all"] for half in halves]
    pooled = report.pop("never-read (2 golds as one set)")
    assert pooled["documents"] == sum(one["documents"] for one in report.values())
    for key in ("gold", "predicted"):
        assert pooled["all"][key] == sum(one[key] for one in alone)
