"""Issue 16 on the pages: a direct quote in quotation marks, reported speech as speaker – cue – content
with its sentence, citations marking a paraphrase as one, exports carrying the statement's frame."""

import csv
import io
import json

import pytest

from statements.research.wording import wording
from tests.factories import make_article, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db

BODY = (
    "Talks resumed on Monday.\n\n"
    "The Kremlin spokesman rejected Armenian Prime Minister Nikol Pashinyan's claim that Russia had failed "
    "its ally. “We are watching closely,” he said.\n\nThe end."
)
CLAIM = "Armenian Prime Minister Nikol Pashinyan's claim that Russia had failed its ally"


@pytest.fixture
def peskov():
    return make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")


@pytest.fixture
def article():
    return make_article(body=BODY, title="Kremlin on Armenia", outlet=make_outlet(name="TASS", slug="tass"))


@pytest.fixture
def reported(article, peskov):
    return make_statement(
        text=CLAIM, article=article, speaker=peskov, kind="indirect", cue="rejected",
        speaker_mention="The Kremlin spokesman",
    )


@pytest.fixture
def direct(article, peskov):
    return make_statement(text="We are watching closely,", article=article, speaker=peskov, kind="direct", cue="said")


def test_a_reported_statement_reads_speaker_cue_content_without_quotation_marks(client, reported):
    page = client.get(reported.get_absolute_url()).content.decode()

    assert (
        '<span class="speaker">Dmitry Peskov</span> <strong class="cue">rejected</strong> '
        "Armenian Prime Minister Nikol Pashinyan&#x27;s claim that Russia had failed its ally"
    ) in page
    assert f"“{CLAIM}" not in page.replace("&#x27;", "'")
    assert "Reported speech: the article's paraphrase of what was said, not a quotation." in page
    # the sentence it stands in, with the content marked inside it
    assert "The Kremlin spokesman rejected <mark>Armenian Prime Minister" in page


def test_a_direct_quote_is_in_quotation_marks_without_the_comma_where_the_sentence_went_on(client, direct):
    page = client.get(direct.get_absolute_url()).content.decode()

    assert '<q class="direct">We are watching closely</q>' in page
    assert "watching closely,</q>" not in page


def test_the_list_shows_the_same_wording_and_no_paraphrase_in_a_blockquote(client, reported, direct):
    page = client.get("/statements/").content.decode()

    assert '<strong class="cue">rejected</strong>' in page
    assert '<q class="direct">We are watching closely</q>' in page
    assert page.count('<blockquote class="words">') == 1  # the direct quote only


def test_a_quote_cut_mid_clause_starts_with_an_ellipsis(article, peskov):
    statement = make_statement(text="watching closely,", article=article, speaker=peskov, kind="direct")

    assert wording(statement).plain() == "“…watching closely”"


def test_an_old_row_whose_text_is_the_reporting_sentence_does_not_repeat_the_cue(article, peskov):
    sentence = "The Kremlin spokesman rejected " + CLAIM
    statement = make_statement(text=sentence, article=article, speaker=peskov, kind="indirect", cue="rejected")

    assert wording(statement).plain() == sentence
    assert "rejected rejected" not in wording(statement).html()


def test_reported_speech_without_a_cue_or_a_known_speaker_still_reads(article):
    statement = make_statement(text=CLAIM, article=article, speaker=None, kind="mixed", speaker_mention="officials,")

    assert wording(statement).plain() == f"officials said {CLAIM}"


def test_a_paraphrase_is_cited_as_one_with_its_cue_never_in_quotation_marks(client, reported):
    page = client.get(reported.get_absolute_url()).content.decode().replace("&#x27;", "'")
    bib = client.get(reported.get_absolute_url() + "cite.bib").content.decode()
    ris = client.get(reported.get_absolute_url() + "cite.ris").content.decode()
    csl = json.loads(client.get(reported.get_absolute_url() + "cite.json").content)

    assert f"Dmitry Peskov (1 January 2024): rejected {CLAIM} [paraphrase] Reported in “Kremlin on Armenia”" in page
    assert "title = {rejected Armenian Prime Minister" in bib and "Reported speech (paraphrase" in bib
    assert "M3  - Reported speech (paraphrase, not a quotation)" in ris
    assert csl[0]["genre"].startswith("Reported speech") and csl[0]["title"].startswith("rejected ")


def test_a_direct_quote_is_not_cited_as_a_paraphrase(client, direct):
    bib = client.get(direct.get_absolute_url() + "cite.bib").content.decode()

    assert "paraphrase" not in bib and "title = {We are watching closely}" in bib


def test_exports_carry_text_kind_cue_speaker_mention_and_sentence(client, reported):
    rows = list(csv.DictReader(io.StringIO(streamed(client.get("/statements/?format=csv")).decode("utf-8-sig"))))
    record = json.loads(streamed(client.get("/statements/?format=json")))["statements"][0]

    for exported in (rows[0], record):
        assert exported["text"] == CLAIM
        assert exported["kind"] == "indirect" and exported["cue"] == "rejected"
        assert exported["speaker_mention"] == "The Kremlin spokesman"
        assert exported["sentence"] == "The Kremlin spokesman rejected " + CLAIM + "."


def streamed(response) -> bytes:
    return b"".join(response.streaming_content)

