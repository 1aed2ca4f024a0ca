"""Conflicts: the taxonomy and keywords are edited in the admin, and statements are re-tagged on
demand (admin action, manage.py retag_conflicts) without overriding conflicts a curator set."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import User
from django.core.management import call_command

from statements.curation import decisions as curation
from statements.models import Statement
from statements.search import verify_index
from tests.factories import make_article, make_conflict, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def grain():
    return make_conflict(name="Black Sea grain", slug="black-sea-grain", keywords="grain corridor")


@pytest.fixture
def statements(grain):
    article = make_article(body="Ankara said the grain corridor must reopen. Kyiv agreed it must reopen soon.")
    about = make_statement(text="the grain corridor must reopen", article=article)
    decided = make_statement(text="it must reopen soon", article=article)
    chosen = make_conflict(name="Chosen by a curator")
    curation.edit_statements(Statement.objects.filter(pk=decided.pk), user=User.objects.create_user("c"),
                             add_conflicts=[chosen])
    return about, decided, chosen


def slugs(statement):
    return sorted(statement.conflicts.values_list("slug", flat=True))


def test_the_command_tags_statements_from_the_keywords_but_not_those_a_curator_tagged(statements, grain, capsys):
    about, decided, chosen = statements

    call_command("retag_conflicts")

    assert slugs(about) == ["black-sea-grain"]
    assert slugs(decided) == [chosen.slug]
    assert "re-tagged" in capsys.readouterr().out


def test_the_admin_action_re_tags_what_an_edited_keyword_concerns(admin_client, statements, grain,
                                                                  django_capture_on_commit_callbacks):
    about, _, _ = statements
    admin_client.post(f"/admin/statements/conflict/{grain.pk}/change/", {
        "name": grain.name, "slug": grain.slug, "keywords": "grain corridor\nreopen", "places": "", "description": "",
    })
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post("/admin/statements/conflict/", {
            "action": "retag_selected", ACTION_CHECKBOX_NAME: [grain.pk],
        })

    assert response.status_code == 302
    assert slugs(about) == ["black-sea-grain"]
    assert verify_index().differences == 0


def test_the_command_can_limit_itself_to_one_conflict(statements, grain, capsys):
    call_command("retag_conflicts", "--conflict", grain.slug)

    assert "2 statements checked" in capsys.readouterr().out
