"""Re-extraction: today's extraction runs again on stored articles, and every human decision survives."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.curation import decisions as curation
from statements.curation import history
from statements.ingest.store import Overrides, ingest_paths
from statements.models import Article, ChangeRecord, ReviewStatus, Statement
from statements.ingest.reextract import match_spans, reextract_article, reextract_articles
from statements.search import verify_index
from tests.factories import make_conflict, make_speaker

pytestmark = pytest.mark.django_db

SEED = Path(settings.BASE_DIR) / "fixtures" / "seeds" / "001_d6ad4cb10720b1f6.txt"


@pytest.fixture
def article(gazetteer):
    (outcome,) = ingest_paths([SEED], Overrides())
    return Article.objects.get(pk=outcome.article_id)


@pytest.fixture
def curator():
    return User.objects.create_user("curator", is_staff=True)


def statement_with(article, words: str) -> Statement:
    return article.statements.get(text__contains=words)


def snapshot(article):
    return sorted(
        (s.pk, s.text, s.start, s.end, s.speaker_id, s.kind, s.said_on, s.status,
         tuple(sorted(s.conflicts.values_list("slug", flat=True))))
        for s in article.statements.all()
    )


def rerun(article, user=None):
    (outcome,) = reextract_articles(Article.objects.filter(pk=article.pk), user=user)
    assert outcome.status == "done", outcome.reason
    return outcome


def test_re_extracting_an_untouched_article_changes_nothing(article):
    before = snapshot(article)

    outcome = rerun(article)

    assert snapshot(article) == before
    assert (outcome.updated, outcome.added, outcome.removed) == (0, 0, 0)
    assert outcome.unchanged == len(before)


def test_an_approved_statement_keeps_everything_it_was_approved_with(article, curator):
    statement = statement_with(article, "sharp escalation")
    other = make_speaker(name="Someone Else")
    curation.edit_statements(Statement.objects.filter(pk=statement.pk), user=curator, speaker=other)
    curation.approve(Statement.objects.filter(pk=statement.pk), user=curator)

    rerun(article)

    statement.refresh_from_db()
    assert statement.status == ReviewStatus.APPROVED
    assert statement.speaker == other


def test_a_rejected_statement_stays_rejected(article, curator):
    statement = statement_with(article, "sharp escalation")
    curation.reject(Statement.objects.filter(pk=statement.pk), user=curator)

    rerun(article)

    assert Statement.objects.get(pk=statement.pk).status == ReviewStatus.REJECTED
    assert article.statements.filter(text__contains="sharp escalation").count() == 1


def test_a_speaker_a_curator_set_survives_while_other_fields_follow_extraction(article, curator):
    statement = statement_with(article, "sharp escalation")
    other = make_speaker(name="Someone Else")
    curation.edit_statements(Statement.objects.filter(pk=statement.pk), user=curator, speaker=other)
    Statement.objects.filter(pk=statement.pk).update(kind="mixed")  # not a curator's decision

    rerun(article)

    statement.refresh_from_db()
    assert statement.speaker == other
    assert statement.kind == "direct"
    assert statement.curated_fields == ["speaker"]


def test_an_uncurated_field_changed_behind_extractions_back_is_restored(article):
    statement = statement_with(article, "sharp escalation")
    speaker_id = statement.speaker_id
    Statement.objects.filter(pk=statement.pk).update(speaker=make_speaker())

    outcome = rerun(article)

    assert Statement.objects.get(pk=statement.pk).speaker_id == speaker_id
    assert outcome.updated == 1
    assert history.records_of(statement).get().action == history.REEXTRACTED


def test_edited_text_boundaries_survive_without_a_duplicate_beside_them(article, curator):
    statement = statement_with(article, "sharp escalation")
    wider_end = article.body.index("told reporters") + len("told reporters")
    Statement.objects.filter(pk=statement.pk).update(end=wider_end, text=article.body[statement.start : wider_end])
    statement.refresh_from_db()
    statement.curated_fields = ["text"]
    statement.save()
    count = article.statements.count()

    rerun(article)

    statement.refresh_from_db()
    assert statement.end == wider_end
    assert statement.text.endswith("told reporters")
    assert article.statements.count() == count


def test_a_statement_a_curator_added_is_kept_even_though_extraction_does_not_find_it(article, curator):
    text = "Kremlin spokesman Dmitry Peskov told reporters"
    start = article.body.index(text)
    added = Statement(article=article, text=text, start=start, end=start + len(text), kind="indirect")
    curation.prepare_added_statement(added)
    added.save()

    outcome = rerun(article)

    assert Statement.objects.filter(pk=added.pk, origin="curator").exists()
    assert outcome.kept_curated == 1


def test_an_uncurated_statement_that_no_longer_comes_out_is_removed_and_the_removal_recorded(article):
    text = "Kremlin spokesman Dmitry Peskov told reporters"
    start = article.body.index(text)
    stray = Statement.objects.create(article=article, text=text, start=start, end=start + len(text))

    outcome = rerun(article)

    assert not Statement.objects.filter(pk=stray.pk).exists()
    assert outcome.removed == 1
    removal = ChangeRecord.objects.get(object_id=stray.pk, action=history.REMOVED)
    assert removal.changes["text"] == [text, None]


def test_a_statement_extraction_finds_again_is_added_back(article):
    statement = statement_with(article, "sharp escalation")
    Statement.objects.filter(pk=statement.pk).delete()

    outcome = rerun(article)

    assert outcome.added == 1
    assert article.statements.filter(text=statement.text, start=statement.start).exists()


def test_conflicts_a_curator_set_are_not_replaced(article, curator):
    statement = statement_with(article, "sharp escalation")
    chosen = make_conflict(name="Chosen by hand")
    curation.edit_statements(
        Statement.objects.filter(pk=statement.pk), user=curator,
        add_conflicts=[chosen], remove_conflicts=list(statement.conflicts.all()),
    )

    rerun(article)

    assert list(Statement.objects.get(pk=statement.pk).conflicts.all()) == [chosen]


def test_a_changed_cleaned_text_moves_curated_statements_with_it(article, curator):
    statement = statement_with(article, "sharp escalation")
    curation.approve(Statement.objects.filter(pk=statement.pk), user=curator)
    # As if the cleaner of that time had kept a line that today's drops.
    Article.objects.filter(pk=article.pk).update(body="Advertisement\n\n" + article.body)
    shifted = Statement.objects.filter(article=article)
    for row in shifted:
        row.start += len("Advertisement\n\n")
        row.end += len("Advertisement\n\n")
        row.save()
    article.refresh_from_db()

    rerun(article)

    article.refresh_from_db()
    statement.refresh_from_db()
    assert not article.body.startswith("Advertisement")
    assert article.body[statement.start : statement.end] == statement.text
    assert statement.status == ReviewStatus.APPROVED


def test_the_index_agrees_with_the_database_after_re_extraction(article, curator, django_capture_on_commit_callbacks):
    statement = statement_with(article, "sharp escalation")
    with django_capture_on_commit_callbacks(execute=True):
        curation.reject(Statement.objects.filter(pk=statement.pk), user=curator)
        Statement.objects.filter(pk=statement_with(article, "first thing").pk).delete()
        rerun(article)

    assert verify_index().differences == 0


def test_a_failed_extraction_changes_nothing(article):
    Article.objects.filter(pk=article.pk).update(raw_text="")
    article.refresh_from_db()
    before = snapshot(article)

    outcome = reextract_article(article)

    assert outcome.status == "failed"
    assert snapshot(article) == before


def test_spans_match_best_overlap_first_and_only_once():
    old = [(0, 10), (20, 40)]
    new = [(0, 10), (22, 40), (100, 120), (5, 9)]

    assert match_spans(old, new) == {0: 0, 1: 1}


def test_the_command_re_extracts_one_article_or_all(article, capsys):
    call_command("reextract", "--article", str(article.pk))
    call_command("reextract", "--all")

    out = capsys.readouterr().out
    assert f"article {article.pk}:" in out
    assert "1 articles: 1 re-extracted" in out


def test_the_command_refuses_an_unknown_article(db):
    with pytest.raises(CommandError, match="no article with id 999"):
        call_command("reextract", "--article", "999")


@pytest.fixture
def seed_articles(gazetteer):
    list(ingest_paths([SEED.parent], Overrides()))
    return Article.objects.order_by("pk")


def reextract_action(client, articles):
    return client.post(
        "/admin/statements/article/",
        {"action": "reextract_selected", "_selected_action": [a.pk for a in articles]},
        follow=True,
    )


def test_the_admin_refuses_to_re_extract_more_articles_than_a_request_may_hold(admin_client, seed_articles, monkeypatch):
    monkeypatch.setattr("statements.curation.admin.articles.MAX_REEXTRACT_IN_REQUEST", len(seed_articles) - 1)
    statement = Statement.objects.order_by("pk").first()
    Statement.objects.filter(pk=statement.pk).update(kind="mixed" if statement.kind != "mixed" else "direct")

    response = reextract_action(admin_client, seed_articles)

    shown = [str(m) for m in response.context["messages"]]
    assert any(f"{len(seed_articles)} articles are too many" in m and "manage.py reextract --all" in m for m in shown)
    assert Statement.objects.get(pk=statement.pk).kind != statement.kind  # nothing re-extracted
    assert not ChangeRecord.objects.exists()


def test_the_admin_re_extracts_up_to_the_limit_in_the_request(admin_client, seed_articles, monkeypatch):
    monkeypatch.setattr("statements.curation.admin.articles.MAX_REEXTRACT_IN_REQUEST", 2)
    first = seed_articles[0]
    statement = first.statements.order_by("pk").first()
    Statement.objects.filter(pk=statement.pk).update(kind="mixed" if statement.kind != "mixed" else "direct")

    response = reextract_action(admin_client, seed_articles[:2])

    shown = [str(m) for m in response.context["messages"]]
    assert any(m.startswith(f"Re-extracted article {first.pk}: ") for m in shown), shown
    assert Statement.objects.get(pk=statement.pk).kind == statement.kind  # restored by extraction
