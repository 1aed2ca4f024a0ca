"""The sentence a statement stands in (issue 16): stored by the writer, worked out from the body when
extraction gives none (older rows, the migration), and carried through re-extraction when a statement's
text narrows from the reporting sentence to the reported content, with human decisions kept."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User

from statements.curation import decisions as curation
from statements.ingest.reextract import reextract_articles
from statements.ingest.store import Overrides, ingest_paths, statement_from_extraction, SpeakerRegistry
from statements.extraction.types import ArticleMeta, ExtractedArticle, ExtractedStatement
from statements.models import Article, Statement
from statements.text import sentence_of, sentence_span
from tests.factories import make_article, make_speaker, make_statement

SEED = Path(settings.BASE_DIR) / "fixtures" / "seeds" / "001_d6ad4cb10720b1f6.txt"
BODY = (
    "Talks resumed on Monday.\n\n"
    "Kremlin spokesman Dmitry Peskov rejected Mr. Pashinyan's claim that Russia had failed its ally. "
    "He added: “We are calm.” Officials in the U.S. said nothing.\n\nThe end."
)


def test_the_sentence_holds_the_span_and_stops_at_the_paragraph():
    start = BODY.index("Mr. Pashinyan")
    assert sentence_of(BODY, start, start + 10) == (
        "Kremlin spokesman Dmitry Peskov rejected Mr. Pashinyan's claim that Russia had failed its ally."
    )
    start = BODY.index("We are")
    assert sentence_of(BODY, start, start + len("We are calm.")) == "He added: “We are calm.”"
    start = BODY.index("said nothing")
    assert sentence_of(BODY, start, start + 4) == "Officials in the U.S. said nothing."


def test_a_span_across_sentences_gets_them_all_and_a_bad_span_none():
    start, end = BODY.index("Russia had"), BODY.index("We are") + 3
    assert sentence_of(BODY, start, end).startswith("Kremlin spokesman") and sentence_of(BODY, start, end).endswith("calm.”")
    assert sentence_of(BODY, 5, 5) == "" and sentence_of(BODY, 0, len(BODY) + 1) == ""


@pytest.mark.django_db
def test_the_writer_stores_extractions_sentence_and_falls_back_to_the_body():
    article = make_article(body=BODY)
    start = BODY.index("Russia had")
    extracted = ExtractedArticle(meta=ArticleMeta(), body=BODY, raw_text=BODY)
    given = ExtractedStatement(
        "Russia had failed its ally", start, start + 26, "indirect", None, cue="rejected", sentence="As  given."
    )
    without = ExtractedStatement("Russia had failed its ally", start, start + 26, "indirect", None, cue="rejected")

    assert statement_from_extraction(article, extracted, given, SpeakerRegistry()).sentence == "As given."
    assert statement_from_extraction(article, extracted, without, SpeakerRegistry()).sentence == sentence_of(
        BODY, start, start + 26
    )


@pytest.mark.django_db
def test_the_migration_fills_the_sentence_of_existing_rows():
    article = make_article(body=BODY)
    old = make_statement(text="Russia had failed its ally", article=article, kind="indirect")
    kept = make_statement(text="We are calm.", article=article, sentence="Kept as stored.")
    migration = importlib.import_module("statements.migrations.0012_statement_sentence")

    migration.fill_sentences(apps, None)

    old.refresh_from_db(), kept.refresh_from_db()
    assert old.sentence.startswith("Kremlin spokesman Dmitry Peskov rejected")
    assert kept.sentence == "Kept as stored."
    assert old.frame_sentence() == old.sentence


@pytest.mark.django_db
def test_re_extraction_narrows_old_sentence_texts_and_keeps_the_curators_decisions(gazetteer):
    """An archive stored under the old convention (a statement's text the whole reporting sentence):
    re-extraction gives the extractor's narrower span, keeps a curated speaker, keeps a curated text as the
    curator left it, and every statement ends with its sentence."""
    (outcome,) = ingest_paths([SEED], Overrides())
    article = Article.objects.get(pk=outcome.article_id)
    curator = User.objects.create_user("curator", is_staff=True)
    speaker_decided, text_decided = list(article.statements.filter(kind="direct").order_by("start"))[:2]
    narrow = {s.pk: (s.start, s.end, s.text) for s in (speaker_decided, text_decided)}
    for statement in (speaker_decided, text_decided):  # as the old convention stored it: the whole sentence
        wide_start, wide_end = sentence_span(article.body, statement.start, statement.end)
        Statement.objects.filter(pk=statement.pk).update(
            start=wide_start, end=wide_end, text=article.body[wide_start:wide_end], sentence=""
        )
    other = make_speaker(name="Someone Else")
    curation.edit_statements(Statement.objects.filter(pk=speaker_decided.pk), user=curator, speaker=other)
    text_decided.refresh_from_db()
    curated_text = text_decided.text
    Statement.objects.filter(pk=text_decided.pk).update(curated_fields=["text"])
    count = article.statements.count()

    (outcome,) = reextract_articles(Article.objects.filter(pk=article.pk), user=curator)

    assert outcome.status == "done", outcome.reason
    speaker_decided.refresh_from_db(), text_decided.refresh_from_db()
    assert (speaker_decided.start, speaker_decided.end, speaker_decided.text) == narrow[speaker_decided.pk]
    assert speaker_decided.speaker == other and speaker_decided.curated_fields == ["speaker"]
    assert text_decided.text == curated_text
    assert article.statements.count() == count  # matched, not added beside the old rows
    assert not article.statements.filter(sentence="").exists()
    assert speaker_decided.text in speaker_decided.sentence
