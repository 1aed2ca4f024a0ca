"""Golden files: the pipeline over hand-labelled articles must stay at or above the scores measured when
these floors were set (see benchmarks/extraction.py for the metric definitions)."""

import json
from pathlib import Path

import pytest

from statements.extraction.evaluation import match_spans, score
from tests.extraction_helpers import REPO, fixture_gazetteer

DATA = REPO / "tests" / "data" / "extraction"
# ../shared beside the main checkout, or two levels up from a worktree under wt/
SEED_GOLD = next((p / "gold" / "seeds.json" for p in (REPO.parent / "shared", REPO.parent.parent / "shared")
                  if (p / "gold" / "seeds.json").is_file()), REPO.parent / "shared" / "gold" / "seeds.json")

# Floors sit a little below the figures measured when they were set (benchmarks/extraction.py --all, end-to-end
# F1, golds in the statement-content convention of issue 16, relabelled by hand on branch gold-convention; code of
# branches extract + identity, the bigger gazetteer):
#   tests/data direct 0.970 / all 0.957; seeds 1.000 / 0.981 (conflicts 0.961); blind 0.967 / 0.931;
#   blind2 1.000 / 0.969; blind3 0.987 / 0.962; blind4 0.935 / 0.887; other conflicts 0.994-1.000.
# An honest trade-off can pass; a real regression fails.
FLOORS = {
    "tests/data": {"direct": 0.95, "all": 0.93, "conflicts": 0.95},
    "seeds": {"direct": 0.95, "all": 0.95, "conflicts": 0.95},
    "tests/data/extraction_blind": {"direct": 0.95, "all": 0.91, "conflicts": 0.95},
    "tests/data/extraction_blind2": {"direct": 0.95, "all": 0.94, "conflicts": 0.95},
    "tests/data/extraction_blind3": {"direct": 0.95, "all": 0.94, "conflicts": 0.95},
    "tests/data/extraction_blind4": {"direct": 0.92, "all": 0.87, "conflicts": 0.95},
}


def load(gold: Path, docs: Path) -> list[tuple[dict, str]]:
    entries = json.loads(gold.read_text(encoding="utf-8"))
    return [(entry, (docs / entry["file"]).read_text(encoding="utf-8")) for entry in entries]


def check(result: dict, floors: dict) -> None:
    assert result["direct"]["end_to_end"]["f1"] >= floors["direct"], result["direct"]
    assert result["all"]["end_to_end"]["f1"] >= floors["all"], result["all"]
    assert result["conflict_accuracy"] >= floors["conflicts"]


def test_hand_labelled_wire_articles_stay_above_their_floors():
    check(score(load(DATA / "gold.json", DATA), fixture_gazetteer()), FLOORS["tests/data"])


def test_seed_articles_stay_above_their_floors():
    if not SEED_GOLD.is_file():
        pytest.skip(f"seed gold not found at {SEED_GOLD}")
    check(score(load(SEED_GOLD, REPO / "fixtures" / "seeds"), fixture_gazetteer()), FLOORS["seeds"])


@pytest.mark.parametrize("folder", ["extraction_blind", "extraction_blind2", "extraction_blind3", "extraction_blind4"])
def test_blind_batches_stay_above_their_floors(folder):
    data = REPO / "tests" / "data" / folder
    check(score(load(data / "gold.json", data), fixture_gazetteer()), FLOORS[f"tests/data/{folder}"])


@pytest.mark.parametrize(
    "folder", ["extraction", "extraction_blind", "extraction_blind2", "extraction_blind3", "extraction_blind4"]
)
def test_gold_offsets_point_at_their_texts(folder):
    data = REPO / "tests" / "data" / folder
    for entry, raw in load(data / "gold.json", data):
        for statement in entry["statements"]:
            assert raw[statement["start"] : statement["end"]] == statement["text"], (entry["file"], statement["text"])


def gold_statement(folder: str, file: str, prefix: str) -> dict:
    entries = json.loads((REPO / "tests" / "data" / folder / "gold.json").read_text(encoding="utf-8"))
    entry = next(e for e in entries if e["file"] == file)
    return next(s for s in entry["statements"] if s["text"].startswith(prefix))


def found_as(folder: str, file: str, prefix: str) -> list[tuple[str, str | None]]:
    """(kind, speaker) of the predictions whose span matches the gold statement starting with `prefix`."""
    from statements.extraction.evaluation import spans_match
    from tests.extraction_helpers import extract

    gold = gold_statement(folder, file, prefix)
    article = extract((REPO / "tests" / "data" / folder / file).read_text(encoding="utf-8"))
    return [
        (s.kind, s.speaker.name if s.speaker else None)
        for s in article.statements
        if spans_match({"start": s.source_start, "end": s.source_end}, gold)
    ]


@pytest.mark.parametrize(
    "folder, file, text, kind, speaker",
    [
        # must-pass cases, one per pattern the floors alone could hide (texts are the relabelled gold's)
        ("extraction", "102_ap_kosovo_banjska.txt", "neighboring Serbia of backing", "indirect", "Albin Kurti"),  # role
        ("extraction", "104_bbc_zelensky_land.txt", "They are ready to fight to the last Ukrainian,", "direct",
         "Sergei Lavrov"),  # single quotes
        ("extraction", "105_armenpress_peace_treaty.txt", "The Armenian side presented", "direct",
         "Armenian Foreign Ministry"),  # "The statement reads:"
        ("extraction", "108_afp_erdogan_grain.txt", "So far, they have not been.", "direct", "Vladimir Putin"),  # « »
        ("extraction", "109_anadolu_prisoner_swap.txt", "Both sides will continue talks", "direct", "Ani Badalyan"),
        ("extraction", "110_ap_blinken_kuleba.txt", "the United States would speed up", "indirect",
         "Antony Blinken"),  # not the readout
        ("extraction", "201_reuters_lavrov_mirzoyan.txt", "Yerevan was making a", "mixed", "Sergei Lavrov"),
        ("extraction", "202_guardian_ukraine_grain.txt", "It's not about grain", "direct", "Josep Borrell"),
        # the third blind batch: one case per pattern it was written to test
        ("extraction_blind3", "502_moscowtimes_zakharova_csto.txt", "The Armenian leadership is consciously", "direct",
         "Maria Zakharova"),  # multi-paragraph
        ("extraction_blind3", "504_unnews_sudan_council.txt", "the United Arab Emirates of arming", "indirect",
         "Al-Harith Idriss Al-Harith Mohamed"),
        ("extraction_blind3", "503_ocmedia_peace_treaty.txt", "but the peace treaty can only", "direct",
         "Jeyhun Bayramov"),  # split quote
        ("extraction_blind3", "503_ocmedia_peace_treaty.txt", "The text is ready", "direct",
         "Tigran Grigoryan"),  # not the namesake
        ("extraction_blind3", "504_unnews_sudan_council.txt", "Let me be clear", "direct",
         "Rosemary DiCarlo"),  # floating, two paragraphs
        ("extraction_blind3", "505_guardian_liveblog_ukraine.txt", "We see attempts", "direct",
         "Dmitry Peskov"),  # block quote
        ("extraction_blind3", "507_n1_vucic_kosovo.txt", "They want everything", "direct",
         "Aleksandar Vučić"),  # continuation
        ("extraction_blind3", "508_timesofisrael_hezbollah.txt", "We are continuing to act", "direct",
         "Daniel Hagari"),  # not Katz
        ("extraction_blind3", "509_trend_hajiyev_peace.txt", "The peace treaty is within reach", "direct",
         "Hikmet Hajiyev"),  # « »
        ("extraction_blind3", "510_voa_essequibo.txt", "Guyanese to remain calm.", "indirect", "Irfaan Ali"),
        # the fourth blind batch
        ("extraction_blind4", "601_rferl_border_delimitation.txt", "This is a historic event", "direct",
         "Hikmet Hajiyev"),  # presidential aide
        ("extraction_blind4", "602_afp_drc_rwanda.txt", "both presidents to return", "indirect",
         "João Lourenço"),  # apposition chain (the gazetteer's spelling; the gold's "Joao Lourenco" is an alias)
        ("extraction_blind4", "602_afp_drc_rwanda.txt", "the rebels intended to", "mixed",
         "Corneille Nangaa"),  # relative clause
        ("extraction_blind4", "603_aljazeera_rafah_talks.txt", "If Netanyahu wants to continue", "direct",
         "Osama Hamdan"),  # two paragraphs
        ("extraction_blind4", "604_reuters_taiwan_drills.txt", "We will not escalate conflict", "direct",
         "Lai Ching-te"),  # full name
        ("extraction_blind4", "607_armenpress_mirzoyan.txt", "We have a clear position", "direct",
         "Ararat Mirzoyan"),  # « », "the Armenian FM"
        ("extraction_blind4", "608_france24_india_pakistan_un.txt", "Pakistan had long used", "mixed",
         "Bhavika Mangalanandan"),  # reported clause into a quote
        ("extraction_blind4", "609_japantimes_second_thomas.txt", "Manila was not in the business", "mixed",
         "Ferdinand Marcos Jr."),
        ("extraction_blind4", "610_balkaninsight_brussels_talks.txt", "Vucic wants the Association", "direct",
         "Albin Kurti"),  # the prime minister
    ],
)
def test_must_pass_attributions(folder, file, text, kind, speaker):
    assert (kind, speaker) in found_as(folder, file, text)


def test_the_score_takes_a_countrys_possessive_and_its_demonym_as_the_same_name():
    from statements.extraction.evaluation import SpeakerJudge

    judge = SpeakerJudge(fixture_gazetteer())
    assert judge.same("Brazil's Foreign Ministry", "Brazilian Foreign Ministry")
    assert judge.same("South Korea’s Defense Ministry", "South Korean Defense Ministry")
    assert not judge.same("Brazil's Foreign Ministry", "Argentine Foreign Ministry")
    assert not judge.same("Brazil's Foreign Ministry", "Brazilian Defence Ministry")


def test_the_score_takes_a_name_with_and_without_middle_names_as_the_same_person():
    from statements.extraction.evaluation import SpeakerJudge

    judge = SpeakerJudge(fixture_gazetteer())
    assert judge.same("Nikki Haley", "Nikki R. Haley") and judge.same("Anna Maria Varga", "Anna Varga")
    assert not judge.same("Anna Varga", "Ilona Varga") and not judge.same("Anna Varga", "Anna Kovacs")
    assert not judge.same("Varga", "Anna Varga")  # a surname alone names nobody for sure


def test_the_score_takes_a_gazetteer_alias_written_with_its_article_for_the_speaker():
    from statements.extraction.evaluation import SpeakerJudge

    judge = SpeakerJudge(fixture_gazetteer())
    # the fixture gazetteer's alias is "the Sudanese army"; the gold writes "The Sudanese army"
    assert judge.same("Sudanese Armed Forces", "The Sudanese army") and judge.same("SAF", "Sudanese army")
    assert not judge.same("Rapid Support Forces", "The Sudanese army")


def test_the_score_takes_two_transliterations_of_one_name_for_the_same_person():
    from statements.extraction.evaluation import SpeakerJudge

    judge = SpeakerJudge(fixture_gazetteer())
    assert judge.same("Kassym-Jomart Tokayev", "Kasym-Jomart Tokayev")
    assert judge.same("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu")
    assert not judge.same("Anna Varga", "Anne Varga") and not judge.same("Kasym Tokayev", "Kasym Tokarev")
    assert not judge.same("Vladimir Putin", "Vladimir Puti")
    assert judge.same("Milan Vučić", "Milan Vuchich") and judge.same("Abdul Hamid Dbeibah", "Abdulhamid al-Dbeibah")
    assert not judge.same("Ivan Petrovic", "Ivan Petrov")


def test_the_score_takes_an_acronym_for_the_name_it_abbreviates():
    from statements.extraction.evaluation import SpeakerJudge

    judge = SpeakerJudge(fixture_gazetteer())
    assert judge.same("Department of Motor Vehicles", "the California DMV")
    assert not judge.same("Department of Transport", "the California DMV")
    # a name ending in a kind word is still a name: "European Union" is the EU, not "European"
    assert judge.same("European Union", "The EU") and judge.same("the African Union", "AU")


def test_the_score_takes_a_name_with_its_kind_an_owned_document_and_a_counted_article_as_a_reader_would():
    from statements.extraction.evaluation import SpeakerJudge

    judge = SpeakerJudge(fixture_gazetteer())
    assert judge.same("IG Metall union", "IG Metall") and judge.same("CTK", "the CTK news agency")
    assert judge.same("Yomiuri Shimbun", "Yomiuri") and not judge.same("Asahi Shimbun", "Yomiuri")
    assert judge.same("DNO", "Norway's DNO") and judge.same("NHK TV", "NHK") and not judge.same("DNO", "Norway")
    assert judge.same("Reuters", "a Reuters report") and judge.same("IG’s office", "a statement from the IG’s office")
    assert judge.same("two countries", "the two countries")
    assert not judge.same("Democratic Party", "Republican Party") and not judge.same("union", "IG Metall")
    assert not judge.same("Reuters", "an AP report")
    # one person's office, the owner named in full or by the surname
    assert judge.same("Charles Michel’s office", "Michel’s office") and judge.same("Bloomberg's campaign",
                                                                                  "Michael Bloomberg's campaign")
    assert not judge.same("Charles Michel’s office", "Barnier’s office")
    assert not judge.same("Charles Michel’s office", "Michel’s spokesman")
    # a list and its first name, both ways, as our golds credit lists (docs/gold-realnews.md, "Conjoined speakers")
    assert judge.same("Lithuania, Estonia and Latvia", "Lithuania") and judge.same("Russia", "Russia and North Korea")
    assert not judge.same("Joe Biden", "Trump and Biden")


def test_the_score_takes_a_documents_owner_for_the_document_and_the_golds_own_unnamed_description():
    from statements.extraction.evaluation import SpeakerJudge

    judge = SpeakerJudge(fixture_gazetteer())
    assert judge.same("TNO", "TNO's report") and judge.same("the ministry's statement", "the ministry")
    assert not judge.same("Reuters", "TNO's report")
    assert judge.same("Robocorp", "A 2022 survey from Robocorp") and not judge.same("Uber", "a survey from Robocorp")
    members = {"speaker": "analysts at Boston Consulting Group", "speaker_kind": "unnamed"}
    assert judge.right({"speaker": "Boston Consulting Group", "speaker_kind": "organisation"}, members)
    unnamed = {"speaker": "An investigation in Sweden", "speaker_kind": "unnamed"}
    assert judge.right({"speaker": "Investigation in Sweden", "speaker_kind": "organisation"}, unnamed)
    assert not judge.right({"speaker": "Swedish police", "speaker_kind": "organisation"}, unnamed)


def test_a_gold_text_over_several_paragraphs_matches_the_whole_quote_not_one_paragraph():
    # the real-page golds label a multi-paragraph quote as one text, verbatim from the page's visible text with
    # whitespace collapsed, so the inner opening marks stay in it (invented article)
    first = "The harbour will stay closed until the inspectors have finished their work."
    second = "We cannot reopen it before every crane has been checked, and that takes weeks."
    third = "Nobody wants this, but safety comes first."
    gold = [{"text": f"{first} “{second} “{third}"}]
    whole = {"text": f"{first}\n\n“{second}\n\n“{third}"}  # an extractor's joined quote, breaks and marks kept
    assert match_spans([whole], gold) == [(whole, gold[0])]
    assert match_spans([{"text": second}], gold) == []  # one paragraph of three is not the quote
