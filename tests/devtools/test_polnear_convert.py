"""PolNeAR's BRAT attributions read as gold statements (statements/devtools/polnear.py) and the benchmark that
scores against them (benchmarks/polnear.py), on an invented article and annotation: never PolNeAR's own text."""

import importlib.util
import re

import pytest

from statements.devtools.polnear import (
    Located,
    SurnameJudge,
    cue_class,
    frame_pieces,
    gold_statements,
    parse_ann,
)
from tests.extraction_helpers import REPO, fixture_gazetteer

TEXT = (
    "Varga: Bridge is coming.\n\n"
    "Mayor Anna Varga said on Monday that the council would vote in May. "
    "“We will build it,” she told reporters. “It is overdue.”\n\n"
    "Council member Ivan Kral said the cost was “far too high” for the city. "
    "The spokesman added that a vote was near.\n\n"
    "Residents believe the bridge will help. It was revealed that funds were short.\n\n"
    "“We waited years for this.\n\n"
    "“Now it is time,” Kral said."
)


class Ann:
    """Builds a BRAT .ann for TEXT from the words of each span, so no offset is typed by hand."""

    def __init__(self):
        self.lines, self.count, self.events = [], 0, 0

    def span(self, label: str, *pieces: str, after: str = "") -> str:
        ranges, start = [], TEXT.index(after) if after else 0
        for piece in pieces:
            at = TEXT.index(piece, start)
            ranges.append((at, at + len(piece)))
            start = at + len(piece)
        self.count += 1
        offsets = ";".join(f"{a} {b}" for a, b in ranges)
        self.lines.append(f"T{self.count}\t{label} {offsets}\t{' '.join(pieces)}")
        return f"T{self.count}"

    def attribution(self, source: str | None, cue: str, content: str, repeat_without_source: bool = False) -> None:
        label = "Attribution" if source else "Attribution-no-source"
        trigger = f"T{self.count + 1}"
        self.count += 1
        self.lines.append(f"{trigger}\t{label} 0 1\tx")
        roles = f"{label}:{trigger} Content:{content} Cue:{cue}" + (f" Source:{source}" if source else "")
        self.events += 1
        self.lines.append(f"E{self.events}\t{roles}")
        if repeat_without_source:
            self.events += 1
            self.lines.append(f"E{self.events}\t{label}:{trigger} Content:{content} Cue:{cue}")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def annotation() -> str:
    ann = Ann()
    ann.attribution(ann.span("Source", "Varga"), ann.span("Cue", ":"), ann.span("Content", "Bridge is coming"))
    ann.attribution(ann.span("Source", "Mayor Anna Varga"), ann.span("Cue", "said"),
                    ann.span("Content", "the council would vote in May"))
    ann.attribution(ann.span("Source", "she"), ann.span("Cue", "told"),
                    ann.span("Content", "“We will build it,”", "“It is overdue.”"), repeat_without_source=True)
    ann.attribution(ann.span("Source", "Council member Ivan Kral"), ann.span("Cue", "said", after="Council"),
                    ann.span("Content", "the cost was “far too high” for the city"))
    ann.attribution(ann.span("Source", "The spokesman"), ann.span("Cue", "added"),
                    ann.span("Content", "a vote was near"))
    ann.attribution(ann.span("Source", "Residents"), ann.span("Cue", "believe"),
                    ann.span("Content", "the bridge will help"))
    ann.attribution(None, ann.span("Cue", "was revealed"), ann.span("Content", "funds were short"))
    ann.attribution(ann.span("Source", "Kral", after="time"), ann.span("Cue", "said", after="time"),
                    ann.span("Content", "“We waited years for this.", "“Now it is time,”"))
    ann.span("Discuss", "Residents believe")  # an annotator's note, not an attribution
    return ann.text()


def by_text(statements: list[dict], words: str) -> dict:
    return next(s for s in statements if words in s["text"])


def test_each_attribution_with_content_becomes_one_gold_statement_at_the_annotated_offsets():
    found = Located()
    statements = gold_statements(TEXT, annotation(), found)

    assert len(statements) == 8  # the event written twice counts once; the Discuss note is no statement
    assert found.exact > 0 and found.shifted == 0 and not found.missing
    for statement in statements:
        assert TEXT[statement["start"] : statement["end"]] == statement["text"]
    assert [s["start"] for s in statements] == sorted(s["start"] for s in statements)


def test_kinds_follow_the_quotation_marks_around_the_content_words():
    statements = gold_statements(TEXT, annotation())

    assert by_text(statements, "council would vote")["kind"] == "indirect"
    assert by_text(statements, "We will build it")["kind"] == "direct"
    assert by_text(statements, "far too high")["kind"] == "mixed"
    assert by_text(statements, "We waited years")["kind"] == "direct"  # opening mark left open to the paragraph end


def test_a_split_quote_is_one_statement_frame_included_or_one_per_piece():
    joined = by_text(gold_statements(TEXT, annotation()), "We will build it")
    pieces = [s for s in gold_statements(TEXT, annotation(), pieces=True) if s["cue"] == "told"]

    assert joined["text"] == "“We will build it,” she told reporters. “It is overdue.”"
    assert [p["text"] for p in pieces] == ["“We will build it,”", "“It is overdue.”"]
    assert all(p["kind"] == "direct" for p in pieces)


def test_a_quote_over_two_paragraphs_stays_one_piece_and_counts_its_paragraphs():
    quote = by_text(gold_statements(TEXT, annotation(), pieces=True), "We waited years")

    assert quote["text"] == "“We waited years for this.\n\n“Now it is time,”"
    assert quote["paragraphs"] == 2
    assert frame_pieces("“Ab.” “Cd.”", [(0, 5), (6, 11)]) == [[(0, 5), (6, 11)]]  # a space: one piece
    assert frame_pieces("“Ab,” he said. “Cd.”", [(0, 5), (15, 20)]) == [[(0, 5)], [(15, 20)]]


def test_pronouns_and_definite_roles_take_the_nearest_named_source_before_them():
    statements = gold_statements(TEXT, annotation())

    assert by_text(statements, "We will build it")["speaker"] == "Mayor Anna Varga"
    assert by_text(statements, "We will build it")["source"] == "she"
    assert by_text(statements, "a vote was near")["speaker"] == "Council member Ivan Kral"
    assert by_text(statements, "funds were short")["speaker"] is None
    assert by_text(statements, "bridge will help")["speaker"] == "Residents"


def test_cue_classes_use_the_frozen_lexicon():
    statements = gold_statements(TEXT, annotation())

    assert by_text(statements, "far too high")["cue_class"] == "speech"
    assert by_text(statements, "bridge will help")["cue_class"] == "other"  # a belief
    assert by_text(statements, "Bridge is coming")["cue_class"] == "other"  # a headline's colon
    assert by_text(statements, "Bridge is coming")["headline"]
    assert cue_class("made it clear") == "speech" and cue_class("according to") == "other"
    assert cue_class("did not mention") == "speech"  # "mention" + s is in the lexicon
    assert cue_class("is not sure") == "other"  # "not" + ed is no cue


def test_a_cue_the_extractor_learns_does_not_move_the_gold(monkeypatch):
    from statements.extraction import cues

    assert cue_class("harrumphed") == "other"
    monkeypatch.setattr(cues, "FINITE_CUES", cues.FINITE_CUES | {"harrumphed"})
    monkeypatch.setattr(cues, "PHRASAL_FINITE_CUES", cues.PHRASAL_FINITE_CUES + ("harrumphed loudly",))
    assert cue_class("harrumphed") == "other" and cue_class("harrumphed loudly") == "other"


def test_a_span_whose_offsets_drifted_is_found_by_its_own_words_nearby():
    ann = annotation()
    spans, _ = parse_ann(ann)
    content = next(t for t, s in spans.items() if s.text == "the council would vote in May")
    a, b = spans[content].ranges[0]
    drifted = re.sub(rf"^{content}\tContent {a} {b}\t", f"{content}\tContent {a + 2} {b + 2}\t", ann, flags=re.M)
    found = Located()

    statement = by_text(gold_statements(TEXT, drifted, found), "council would vote")

    assert found.shifted == 1
    assert (statement["start"], statement["end"]) == (a, b)


def test_a_speaker_is_right_by_surname_inside_a_longer_source_phrase():
    judge = SurnameJudge(fixture_gazetteer())

    assert judge.right({"speaker": "Lindsey Graham"}, {"speaker": "Sen. Lindsey Graham (R-SC)"})
    assert judge.right({"speaker": "Kral"}, {"speaker": "Council member Ivan Kral"})
    assert not judge.right({"speaker": "Graham Smith"}, {"speaker": "Sen. Lindsey Graham (R-SC)"})
    assert not judge.right({"speaker": None}, {"speaker": "Ivan Kral"})


def test_the_benchmark_reads_a_corpus_layout_and_prints_both_scopes(tmp_path, capsys):
    (tmp_path / "data" / "train" / "text").mkdir(parents=True)
    (tmp_path / "data" / "train" / "attributions").mkdir(parents=True)
    (tmp_path / "data" / "train" / "text" / "paper_2016-05-01_bridge.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "data" / "train" / "attributions" / "paper_2016-05-01_bridge_ab12.ann").write_text(
        annotation(), encoding="utf-8")
    files = tmp_path / "files.txt"
    files.write_text("paper_2016-05-01_bridge_ab12\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("polnear_benchmark", REPO / "benchmarks" / "polnear.py")
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)

    benchmark.main(["--data", str(tmp_path), "--files", str(files), "--seconds", "0.01", "--errors"])

    out = capsys.readouterr().out
    assert "gold attributions: 8 (direct 2, mixed 1, indirect 5;" in out
    assert "ALL attributions  (1 documents)" in out and "SPEECH-cue attributions only" in out
    assert re.search(r"^all\s+8\s", out, re.M)
    # the two non-speech attributions ("believe", the headline's colon) are optional there; "was revealed" is a
    # speech cue of the extractor's lexicon (cues.CLAUSE_ONLY_CUES)
    assert re.search(r"^all\s+6\s", out, re.M)


def test_the_benchmark_scores_several_lists_as_one_set_and_refuses_an_article_listed_twice(tmp_path, capsys):
    for folder in ("text", "attributions"):
        (tmp_path / "data" / "train" / folder).mkdir(parents=True)
    for name in ("paper_2016-05-01_bridge", "paper_2016-05-02_bridge"):
        (tmp_path / "data" / "train" / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / "data" / "train" / "attributions" / f"{name}_ab12.ann").write_text(annotation(), encoding="utf-8")
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("paper_2016-05-01_bridge_ab12\n", encoding="utf-8")
    second.write_text("paper_2016-05-02_bridge_ab12\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("polnear_benchmark", REPO / "benchmarks" / "polnear.py")
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)

    benchmark.main(["--data", str(tmp_path), "--files", str(first), str(second), "--seconds", "0.01"])

    out = capsys.readouterr().out
    assert "PolNeAR train, first.txt+second.txt: 2 articles" in out
    assert "gold attributions: 16 (direct 4, mixed 2, indirect 10;" in out
    assert "ALL attributions  (2 documents)" in out
    with pytest.raises(SystemExit, match="listed more than once: paper_2016-05-01_bridge_ab12"):
        benchmark.main(["--data", str(tmp_path), "--files", str(first), str(first), "--seconds", "0.01"])
