"""A statement that is no longer public answers for itself: withdrawn by a curator, 410 with when and
why and a link to its article; removed by re-extraction with its words now under another record, a
permanent redirect there; removed for good, 410; never there, 404."""

import json

import pytest
from django.contrib.auth.models import User

from statements.curation import decisions as curation
from statements.curation import history
from statements.models import Statement
from tests.factories import make_article, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator():
    return User.objects.create_user("curator", first_name="Ana", last_name="Lind", is_staff=True)


def remove_as_reextraction_does(statement):
    before = history.statement_states([statement.pk])[statement.pk]
    history.record(statement, history.REMOVED, before=before, always=True, note="no longer found by extraction")
    pk = statement.pk
    statement.delete()
    return pk


def test_a_rejected_statement_answers_410_saying_when_why_and_where_it_stood(client, curator):
    statement = make_statement(text="Words a curator withdrew")
    curation.reject(Statement.objects.filter(pk=statement.pk), user=curator)

    response = client.get(statement.get_absolute_url())

    page = response.content.decode()
    assert response.status_code == 410
    assert f"<h1>Statement {statement.pk} was withdrawn</h1>" in page
    assert "A curator rejected it on" in page and "(Ana Lind)" in page
    assert f'href="{statement.article.get_absolute_url()}"' in page
    assert "Words a curator withdrew" not in page  # withdrawn words are not shown again
    assert '<meta name="robots" content="noindex">' in page


def test_a_rejected_statement_asked_for_as_json_answers_410_in_json(client, curator):
    statement = make_statement()
    curation.reject(Statement.objects.filter(pk=statement.pk), user=curator)

    response = client.get(statement.get_absolute_url(), {"format": "json"})

    assert response.status_code == 410
    assert json.loads(response.content)["article_url"].endswith(statement.article.get_absolute_url())


def test_a_statement_removed_for_good_answers_410_with_the_reason(client):
    statement = make_statement(text="Words extraction no longer finds")
    article = statement.article
    pk = remove_as_reextraction_does(statement)

    response = client.get(f"/statements/{pk}/")

    assert response.status_code == 410
    page = response.content.decode()
    assert "It was removed on" in page and "no longer found by extraction." in page
    assert f'href="{article.get_absolute_url()}"' in page


def test_a_statement_whose_words_moved_to_another_record_redirects_there(client):
    article = make_article(body="“The border stays open,” she said. “The border stays open,” he said.")
    old = make_statement(text="The border stays open,", article=article)
    pk = remove_as_reextraction_does(old)
    new = make_statement(text="The border stays open,", article=article, start=article.body.rindex("The border"),
                         end=article.body.rindex("The border") + len("The border stays open,"))

    response = client.get(f"/statements/{pk}/")

    assert response.status_code == 301 and response["Location"] == new.get_absolute_url()


def test_a_statement_that_never_was_is_404(client, db):
    assert client.get("/statements/424242/").status_code == 404


def test_the_screenshots_visit_a_withdrawn_statement_page_when_there_is_one(db):
    from statements.devtools.screenshots import pages_to_visit

    rejected = make_statement(status="rejected")

    assert ("statement-withdrawn", rejected.get_absolute_url()) in pages_to_visit("talks")
