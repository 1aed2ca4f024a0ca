"""Search by what a statement is about: every engine finds a statement by its context (paragraph, its
conflicts' names, aliases and places, its speaker's names and roles, its article's title), ranks it below
statements that say the words themselves, and agrees with the others on what it finds."""

import pytest

from statements.models import Conflict, SpeakerRole, Statement
from statements.search import SearchRequest, search_ids, search_page
from tests.search.support import index_now, make_article, make_speaker, make_statement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def _with_paragraph(statement: Statement, paragraph: str) -> Statement:
    statement.paragraph = paragraph
    statement.save()
    return statement


@pytest.fixture
def archive():
    """Statements whose own words never name what they are about, and one that does."""
    kosovo = Conflict.objects.create(
        slug="kosovo-serbia", name="Kosovo–Serbia", keywords="Kosovar\nBelgrade-Pristina", places="Mitrovica\nZvecan"
    )
    karabakh = Conflict.objects.create(slug="armenia-azerbaijan", name="Armenia–Azerbaijan", places="Karabakh\nLachin")
    peskov = make_speaker("Dmitry Peskov", "dmitry-peskov", aliases=("Peskov",))
    SpeakerRole.objects.create(speaker=peskov, title="Kremlin spokesman")
    statements = {
        "paragraph": _with_paragraph(
            make_statement("it is up to the parties to find a solution", speaker=peskov),
            "Turning to the situation in Kosovo, Peskov said it is up to the parties to find a solution.",
        ),
        "tagged": make_statement("the barricades must come down", conflicts=(kosovo,)),
        "own words": make_statement("Kosovo needs calm above all"),
        "karabakh": make_statement("the corridor stays open", speaker=peskov, conflicts=(karabakh,)),
        "titled": make_statement("talks resume on Monday", article=make_article(title="Summit in Ohrid")),
        "other": make_statement("the harvest was good", speaker=make_speaker("Maria Zakharova", "maria-zakharova")),
    }
    index_now()
    return statements


def test_a_conflicts_name_finds_statements_by_their_paragraph_and_their_tags(archive):
    found = search_ids("kosovo")
    assert set(found) == {archive["paragraph"].pk, archive["tagged"].pk, archive["own words"].pk}
    # The statement that says the word itself comes first.
    assert found[0] == archive["own words"].pk


def test_aliases_places_roles_and_titles_find_statements(archive):
    assert search_ids("mitrovica") == [archive["tagged"].pk]  # a place of the conflict
    assert search_ids("kosovar") == [archive["tagged"].pk]  # an alias (keyword) of the conflict
    assert set(search_ids("kremlin spokesman")) == {archive["paragraph"].pk, archive["karabakh"].pk}
    assert search_ids("ohrid") == [archive["titled"].pk]
    assert set(search_ids("context:kosovo")) == {archive["paragraph"].pk, archive["tagged"].pk}


def test_a_speaker_prefix_and_a_word_find_what_the_speaker_filter_and_the_word_find(archive):
    prefixed = search_page(SearchRequest(q="speaker:peskov karabakh"))
    filtered = search_page(SearchRequest(q="karabakh", speakers=["dmitry-peskov"]))
    assert set(prefixed.ids) == set(filtered.ids) == {archive["karabakh"].pk}
    assert prefixed.total == filtered.total == 1


def test_the_engines_agree_on_context_matches(archive):
    # One expected set per query, whichever engine runs (the fixture runs this for each).
    expected = {
        "kosovo": {"paragraph", "tagged", "own words"},
        "zvecan": {"tagged"},
        "peskov": {"paragraph", "karabakh"},
        '"kremlin spokesman"': {"paragraph", "karabakh"},
        "karabakh OR ohrid": {"karabakh", "titled"},
        "kosovo -barricades": {"paragraph", "own words"},
    }
    for query, names in expected.items():
        assert set(search_ids(query)) == {archive[name].pk for name in names}, query


def test_a_change_of_context_reindexes_the_statements_it_describes(archive):
    conflict = Conflict.objects.get(slug="kosovo-serbia")
    conflict.places += "\nLeposavic"
    conflict.save()
    SpeakerRole.objects.create(speaker=archive["karabakh"].speaker, title="Press secretary")
    article = archive["titled"].article
    article.title = "Meeting in Struga"
    article.save()
    index_now()
    assert search_ids("leposavic") == [archive["tagged"].pk]
    assert set(search_ids("secretary")) == {archive["paragraph"].pk, archive["karabakh"].pk}
    assert search_ids("struga") == [archive["titled"].pk]
    assert search_ids("ohrid") == []


@pytest.mark.django_db(transaction=True)
def test_a_postgres_table_from_before_its_newest_layout_is_made_anew_and_reindex_fills_it(search_backend):
    if search_backend != "postgres":
        pytest.skip(f"{search_backend}: only the postgres backend keeps its index in a table")
    from django.db import connection

    from statements.search import reindex
    from statements.search.postgres_schema import TABLE, ensure_schema

    kosovo = Conflict.objects.create(slug="kosovo-serbia", name="Kosovo–Serbia")
    statement = make_statement("it is up to the parties", conflicts=(kosovo,))
    index_now()
    with connection.cursor() as cursor:  # the table as an index built before its newest column had it
        cursor.execute(f"ALTER TABLE {TABLE} DROP COLUMN sample")
    ensure_schema()
    assert search_ids("kosovo") == []  # made anew, empty: the index is derived data
    reindex()
    assert search_ids("kosovo") == [statement.pk]
