"""What curators and readers are told: the admin titled as the archive, messages in plain words, one word
for each review status on every side, the corrections of a statement shown once."""

import pytest
from django.contrib.auth.models import User

from statements.curation import decisions as curation
from statements.models import ReviewStatus, Statement
from tests.factories import make_statement

pytestmark = pytest.mark.django_db

QUEUE = "/admin/statements/statementtoreview/"


def test_the_admin_is_titled_as_the_archive(admin_client):
    page = admin_client.get("/admin/").content.decode()

    assert "Django administration" not in page and "Django site admin" not in page
    assert "<title>Curation | Statement archive · curation</title>" in page
    assert ">Statement archive</a>" in page


@pytest.mark.parametrize("decision, word", [("reject", "rejected"), ("approve", "approved")])
def test_a_decision_from_its_row_is_reported_in_plain_words(admin_client, decision, word):
    statement = make_statement()

    response = admin_client.post(f"{QUEUE}{statement.pk}/review/{decision}/", follow=True)

    assert [str(m) for m in response.context["messages"]] == [f"Statement {statement.pk} {word}."]


def test_not_yet_reviewed_is_the_one_word_for_an_undecided_statement_everywhere(admin_client, client):
    statement = make_statement()
    curator = User.objects.create_user("curator", first_name="Ana", last_name="Curator", is_staff=True)
    curation.approve(Statement.objects.filter(pk=statement.pk), user=curator)

    admin_list = admin_client.get("/admin/statements/statement/").content.decode()
    public_list = client.get("/statements/").content.decode()
    public_page = client.get(statement.get_absolute_url()).content.decode()

    assert "not yet reviewed" in admin_list and ">extracted<" not in admin_list
    assert 'value="unreviewed"> not yet reviewed</label>' in public_list
    assert "<del>not yet reviewed</del> → <ins>approved</ins>" in public_page
    assert ReviewStatus.EXTRACTED.label == "not yet reviewed"


def test_the_corrections_of_a_statement_are_shown_once(client):
    statement = make_statement()
    curator = User.objects.create_user("curator", is_staff=True)
    curation.approve(Statement.objects.filter(pk=statement.pk), user=curator)

    page = client.get(statement.get_absolute_url()).content.decode()

    assert page.count('<h2 id="history-heading">Corrections</h2>') == 1
