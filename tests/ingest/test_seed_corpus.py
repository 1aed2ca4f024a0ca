"""The acceptance checks of the foundation, on the real seed corpus: ingest, search, filter."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from statements.models import Statement
from statements.search import search_ids

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"


@pytest.fixture
def seeded(gazetteer):
    call_command("ingest", str(SEEDS))


@pytest.mark.django_db
def test_searching_peacekeepers_finds_peskov_in_the_anadolu_article(seeded):
    found = Statement.objects.filter(id__in=search_ids("peacekeepers")).select_related("article", "speaker")
    anadolu = [s for s in found if s.article.title.startswith("Russia hopes Azerbaijani, Turkish presidents")]
    assert anadolu
    assert {s.speaker.slug for s in anadolu} == {"dmitry-peskov"}


@pytest.mark.django_db
def test_the_kosovo_filter_finds_the_kosovo_statements_and_nothing_about_karabakh(seeded, client):
    response = client.get("/statements/", {"conflict": "kosovo-serbia"})
    assert response.status_code == 200
    shown = list(response.context["page_obj"].object_list)
    assert shown
    for statement in shown:
        assert "kosovo-serbia" in {c.slug for c in statement.conflicts.all()}
        assert "Karabakh" not in statement.text


@pytest.mark.django_db
def test_the_bootstrap_command_is_idempotent(db):
    call_command("bootstrap")
    first = Statement.objects.count()
    call_command("bootstrap")
    assert Statement.objects.count() == first > 0
