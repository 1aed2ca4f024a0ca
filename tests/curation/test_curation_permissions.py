"""Who may do what: anonymous visitors read what is public and change nothing; curators (the
"curator" group) review, fix speakers, tag conflicts and re-extract; only superusers delete."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group, User

from statements.models import Article, ReviewStatus, Statement
from tests.factories import make_speaker, make_statement

pytestmark = pytest.mark.django_db

CURATOR_PERMISSIONS = {
    "view_statement", "add_statement", "change_statement", "view_statementtoreview", "change_statementtoreview",
    "view_article", "change_article", "reextract_article", "view_speaker", "add_speaker", "change_speaker",
    "merge_speaker", "view_speakeralias", "add_speakeralias", "change_speakeralias", "delete_speakeralias",
    "view_speakerrole", "add_speakerrole", "change_speakerrole", "delete_speakerrole", "view_speakerredirect",
    "view_conflict", "add_conflict", "change_conflict", "view_outlet", "view_changerecord",
}


@pytest.fixture
def curator_client(client, curator_group):
    user = User.objects.create_user("curator", password="x", is_staff=True)
    user.groups.add(curator_group)
    client.force_login(user)
    return client


def test_the_curator_group_has_exactly_the_permissions_curation_needs(db):
    granted = set(Group.objects.get(name="curator").permissions.values_list("codename", flat=True))

    assert granted == CURATOR_PERMISSIONS


def test_an_anonymous_visitor_cannot_review_or_act(client):
    statement = make_statement()

    decided = client.post(f"/admin/statements/statementtoreview/{statement.pk}/review/reject/")
    acted = client.post("/admin/statements/statement/", {"action": "reject_selected",
                                                         ACTION_CHECKBOX_NAME: [statement.pk]})
    reextracted = client.post(f"/admin/statements/article/{statement.article_id}/reextract/")

    for response in (decided, acted, reextracted):
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert Statement.objects.get(pk=statement.pk).status == ReviewStatus.EXTRACTED


def test_an_anonymous_visitor_reads_public_statements_but_not_rejected_ones(client):
    public = make_statement()
    rejected = make_statement(status=ReviewStatus.REJECTED)

    assert client.get(public.get_absolute_url()).status_code == 200
    assert client.get(rejected.get_absolute_url()).status_code == 404


def test_a_curator_reviews_from_the_queue(curator_client):
    statement = make_statement()

    assert curator_client.get("/admin/statements/statementtoreview/").status_code == 200
    response = curator_client.post(f"/admin/statements/statementtoreview/{statement.pk}/review/approve/")

    assert response.status_code == 302
    assert Statement.objects.get(pk=statement.pk).status == ReviewStatus.APPROVED


def test_a_curator_is_offered_merge_and_re_extraction_but_never_delete(curator_client):
    make_speaker()
    make_statement()

    def actions(url):
        return {name for name, _ in curator_client.get(url).context["action_form"].fields["action"].choices}

    assert "merge_selected" in actions("/admin/statements/speaker/")
    assert "reextract_selected" in actions("/admin/statements/article/")
    assert {"approve_selected", "reject_selected"} <= actions("/admin/statements/statement/")
    assert not any("delete_selected" in actions(f"/admin/statements/{m}/") for m in ("speaker", "statement", "article"))


def test_a_curator_cannot_delete_statements_or_add_articles(curator_client):
    statement = make_statement()

    assert curator_client.get(f"/admin/statements/statement/{statement.pk}/delete/").status_code == 403
    assert curator_client.get("/admin/statements/article/add/").status_code == 403


def test_a_curator_re_extracts_an_article(curator_client, gazetteer):
    article = Article.objects.create(
        title="t", body="x", raw_text="Title\n\n“We want peace,” Dmitry Peskov told reporters.\n", content_hash="h"
    )

    response = curator_client.post(f"/admin/statements/article/{article.pk}/reextract/")

    assert response.status_code == 302
    assert article.statements.exists()


def test_staff_without_the_group_cannot_open_the_queue(client):
    client.force_login(User.objects.create_user("staff", password="x", is_staff=True))

    assert client.get("/admin/statements/statementtoreview/").status_code == 403


def test_a_superuser_may_delete_a_statement(admin_client):
    statement = make_statement()

    response = admin_client.post(f"/admin/statements/statement/{statement.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Statement.objects.filter(pk=statement.pk).exists()
