"""Golden files: the pipeline over hand-labelled articles must stay at or above the scores measured when
these floors were set (see benchmarks/extraction.py for the metric definitions)."""

import json
from pathlib import Path

import pytest

from statements.extraction.evaluation import score
from tests.extraction_helpers import REPO, fixture_gazetteer

DATA = REPO / "tests" / "data" / "extraction"
# ../shared beside the main checkout, or two levels up from a worktree under wt/
SEED_GOLD = next((p / "gold" / "seeds.json" for p in (REPO.parent / "shared", REPO.parent.parent / "shared")
                  if (p / "gold" / "seeds.json").is_file()), REPO.parent / "shared" / "gold" / "seeds.json")

# Measured when the floors were set: tests/data gold direct 1.00 / all 0.977 end-to-end F1,
# seeds direct 1.00 / all 0.979. Floors sit a little below so that an honest trade-off can pass,
# while any real regression fails.
FLOORS = {
    "tests/data": {"direct": 0.95, "all": 0.93, "conflicts": 0.95},
    "seeds": {"direct": 0.95, "all": 0.90, "conflicts": 0.95},
    # Round 2, labelled blind before any tuning (scores then: direct 0.783 / all 0.724 and 0.844 / 0.800);
    # measured after the fixes: direct 0.952 / all 0.952 (conflicts 0.962) and 0.933 / 0.911 (1.000).
    "tests/data/extraction_blind": {"direct": 0.92, "all": 0.92, "conflicts": 0.93},
    "tests/data/extraction_blind2": {"direct": 0.90, "all": 0.88, "conflicts": 0.95},
    # Round 3, ten articles from outlets not used before, labelled before the extractor ran on them (scores then:
    # direct 0.731 / all 0.722 as first labelled, 0.850 / 0.780 once partial quotes followed the seed convention);
    # measured after the fixes: direct 0.939 / all 0.912 (conflicts 1.000); blind2 then measured 0.933 / 0.933.
    "tests/data/extraction_blind3": {"direct": 0.90, "all": 0.87, "conflicts": 0.95},
    # Round 4, ten more articles from outlets not used before, committed (e49da22) before the extractor ran on them
    # (scores then: direct 0.885 / all 0.729 as first labelled, 0.885 / 0.763 with the labels brought to the other
    # files' conventions); measured after the fixes: direct 0.990 / all 0.955 (conflicts 1.000), and blind3 then
    # 0.974 / 0.969 (1.000).
    "tests/data/extraction_blind4": {"direct": 0.95, "all": 0.91, "conflicts": 0.95},
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


@pytest.mark.parametrize(
    "file, text, speaker",
    [
        # must-pass cases, one per pattern the floors alone could hide
        ("102_ap_kosovo_banjska.txt", "Kosovo's prime minister on Monday accused", "Albin Kurti"),  # role → gazetteer
        ("104_bbc_zelensky_land.txt", "They are ready to fight to the last Ukrainian,", "Sergei Lavrov"),  # single quotes
        ("105_armenpress_peace_treaty.txt", "The Armenian side presented", "Armenian Foreign Ministry"),  # "The statement reads:"
        ("108_afp_erdogan_grain.txt", "So far, they have not been.", "Vladimir Putin"),  # « » split quote
        ("109_anadolu_prisoner_swap.txt", "Both sides will continue talks", "Ani Badalyan"),  # floating quote
        ("110_ap_blinken_kuleba.txt", "Secretary of State Antony Blinken told", "Antony Blinken"),  # not the readout
        ("201_reuters_lavrov_mirzoyan.txt", "Russian Foreign Minister Sergei Lavrov told", "Sergei Lavrov"),
        ("202_guardian_ukraine_grain.txt", "It's not about grain", "Josep Borrell"),  # said the X, Name,
    ],
)
def test_must_pass_attributions(file, text, speaker):
    from tests.extraction_helpers import extract

    article = extract((DATA / file).read_text(encoding="utf-8"))
    found = [s for s in article.statements if s.text.startswith(text)]
    assert found and found[0].speaker.name == speaker


@pytest.mark.parametrize(
    "file, text, kind, speaker",
    [
        # the third blind batch: one case per pattern it was written to test
        ("502_moscowtimes_zakharova_csto.txt", "The Armenian leadership is consciously", "direct", "Maria Zakharova"),  # multi-paragraph
        ("504_unnews_sudan_council.txt", "However, Sudan’s Ambassador", "indirect", "Al-Harith Idriss Al-Harith Mohamed"),
        ("503_ocmedia_peace_treaty.txt", "but the peace treaty can only", "direct", "Jeyhun Bayramov"),  # split quote
        ("503_ocmedia_peace_treaty.txt", "The text is ready", "direct", "Tigran Grigoryan"),  # not the namesake
        ("504_unnews_sudan_council.txt", "Let me be clear", "direct", "Rosemary DiCarlo"),  # floating, two paragraphs
        ("505_guardian_liveblog_ukraine.txt", "We see attempts", "direct", "Dmitry Peskov"),  # block quote
        ("506_thehindu_india_china.txt", "China, she maintained", "indirect", "Mao Ning"),  # not the readout
        ("507_n1_vucic_kosovo.txt", "Serbia will never recognise", "indirect", "Aleksandar Vučić"),  # cataphora
        ("507_n1_vucic_kosovo.txt", "They want everything", "direct", "Aleksandar Vučić"),  # continuation
        ("508_timesofisrael_hezbollah.txt", "We are continuing to act", "direct", "Daniel Hagari"),  # not Katz
        ("509_trend_hajiyev_peace.txt", "The peace treaty is within reach", "direct", "Hikmet Hajiyev"),  # « »
        ("510_voa_essequibo.txt", "Ali, who has pushed", "indirect", "Irfaan Ali"),  # apposition
    ],
)
def test_must_pass_attributions_of_the_third_blind_batch(file, text, kind, speaker):
    from tests.extraction_helpers import extract

    article = extract((REPO / "tests" / "data" / "extraction_blind3" / file).read_text(encoding="utf-8"))
    found = [s for s in article.statements if s.text.startswith(text)]
    assert found and (found[0].kind, found[0].speaker.name) == (kind, speaker)


def test_the_score_takes_a_countrys_possessive_and_its_demonym_as_the_same_name():
    from statements.extraction.evaluation import SpeakerJudge

    judge = SpeakerJudge(fixture_gazetteer())
    assert judge.same("Brazil's Foreign Ministry", "Brazilian Foreign Ministry")
    assert judge.same("South Korea’s Defense Ministry", "South Korean Defense Ministry")
    assert not judge.same("Brazil's Foreign Ministry", "Argentine Foreign Ministry")
    assert not judge.same("Brazil's Foreign Ministry", "Brazilian Defence Ministry")


@pytest.mark.parametrize(
    "file, text, kind, speaker",
    [
        # the fourth blind batch: one case per pattern it was written to test
        ("601_rferl_border_delimitation.txt", "This is a historic event", "direct", "Hikmet Hajiyev"),  # presidential aide
        ("602_afp_drc_rwanda.txt", "Angolan President Joao Lourenco", "indirect", "Joao Lourenco"),  # apposition chain
        ("602_afp_drc_rwanda.txt", "march all the way to Kinshasa.", "direct", "Corneille Nangaa"),  # relative clause
        ("603_aljazeera_rafah_talks.txt", "If Netanyahu wants to continue", "direct", "Osama Hamdan"),  # two paragraphs
        ("603_aljazeera_rafah_talks.txt", "with a view to reaching", "direct", "Qatar’s Ministry of Foreign Affairs"),
        ("604_reuters_taiwan_drills.txt", "We will not escalate conflict", "direct", "Lai Ching-te"),  # full name
        ("607_armenpress_mirzoyan.txt", "We have a clear position", "direct", "Ararat Mirzoyan"),  # « », "the Armenian FM"
        ("608_france24_india_pakistan_un.txt", "She said Pakistan had long used", "indirect", "Bhavika Mangalanandan"),
        ("609_japantimes_second_thomas.txt", "Philippine President Ferdinand Marcos Jr.", "indirect", "Ferdinand Marcos Jr."),
        ("610_balkaninsight_brussels_talks.txt", "Vucic wants the Association", "direct", "Albin Kurti"),  # the prime minister
    ],
)
def test_must_pass_attributions_of_the_fourth_blind_batch(file, text, kind, speaker):
    from tests.extraction_helpers import extract

    article = extract((REPO / "tests" / "data" / "extraction_blind4" / file).read_text(encoding="utf-8"))
    found = [s for s in article.statements if s.text.startswith(text)]
    assert found and (found[0].kind, found[0].speaker.name) == (kind, speaker)
