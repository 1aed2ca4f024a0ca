"""Who is who across articles: a full name is one speaker however it is spelled; a surname or a role alone is
resolved inside its article and never becomes a speaker; unnamed sources stay their article's; junk is no
speaker; outlets are one per registrable domain; the seed corpus keeps its speakers and slugs."""

import importlib
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from statements.extraction.types import SpeakerRef
from statements.ingest.gazetteer_loader import gazetteer_from_db
from statements.ingest.store import Document, Overrides, SpeakerRegistry, ingest_document, ingest_paths
from statements.models import Article, Outlet, Speaker, SpeakerAlias, Statement
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def ingest_text(text: str, *, url: str = "", outlet: str = "", published: date = date(2024, 3, 1)) -> Article:
    outcome = ingest_document(
        Document(f"{abs(hash(text))}.txt", text, "text", {}), gazetteer_from_db(),
        Overrides(outlet=outlet, url=url, published_on=published), index_now=False,
    )
    assert outcome.status == "added", outcome.reason
    return Article.objects.get(pk=outcome.article_id)


def speakers_of(article: Article) -> list[tuple[str, str]]:
    return sorted(set(article.statements.values_list("speaker__name", "speaker__kind")), key=str)


def test_a_surname_resolves_to_the_full_name_its_article_gives(gazetteer):
    article = ingest_text(
        "Talks resume\n\n"
        '"We are ready to talk," Ruritanian envoy Anna Varga told reporters on Monday.\n\n'
        '"Nothing has been signed yet," Varga said later.'
    )
    assert speakers_of(article) == [("Anna Varga", "person")]


def test_a_surname_alone_never_becomes_a_speaker_across_articles(gazetteer):
    ingest_text(
        "Talks resume\n\n"
        '"We are ready to talk," Ruritanian envoy Anna Varga told reporters on Monday.'
    )
    other = ingest_text('Other talks\n\n"The deal is dead," Varga said on Tuesday.')

    assert not Speaker.objects.filter(name="Varga").exists()
    assert other.statements.get().speaker is None  # no full name in its article: left to a curator
    assert other.statements.get().speaker_mention == "Varga"


def test_spellings_of_one_person_in_two_articles_are_one_speaker(gazetteer):
    first = ingest_text('Talks\n\n"We will not give in," Foreign Minister Tomas Nowakowskij said on Monday.')
    second = ingest_text('More talks\n\n"We are patient," Foreign Minister Tomas Nowakowskiy said on Friday.')
    assert first.statements.get().speaker == second.statements.get().speaker


def test_two_articles_unnamed_officials_stay_two_speakers(gazetteer):
    first = ingest_text('Talks stall\n\n"There is no deal," a senior official said on Monday.')
    second = ingest_text('Ceasefire holds\n\n"The guns are silent," a senior official said on Friday.')

    one, two = first.statements.get().speaker, second.statements.get().speaker
    assert one.kind == two.kind == "unnamed"
    assert one != two
    assert (one.article, two.article) == (first, second)
    assert one.name == two.name == "senior official"


def test_an_unnamed_source_keeps_the_country_its_description_gives(gazetteer):
    article = ingest_text('Talks stall\n\n"There is no deal," a senior Russian official said on Monday.')
    speaker = article.statements.get().speaker
    assert (speaker.kind, speaker.country) == ("unnamed", "Russia")


@pytest.mark.parametrize("name, kind", [
    ("Thursday", "person"), ("March", "organisation"), ("California", "person"), ("Broward County", "person"),
    ("Things", "person"), ("Harry", "person"), ("Company", "organisation"), ("energy", "organisation"),
    ("Iowa Starting Line.2 Warren", "person"), ("PAHO Director", "person"), ("COVID-19", "organisation"),
    ("North Shore", "person"), ("CMO", "organisation"), ("Clean Rivers Act", "person"),
])
def test_junk_is_never_minted_as_a_speaker(name, kind):
    article = make_article(body="The company said the energy plan would go ahead. Things change.")
    registry = SpeakerRegistry()

    assert registry.speaker_for(SpeakerRef(name=name, kind=kind), article) is None
    assert not Speaker.objects.exists()
    assert sum(registry.refused.values()) == 1


def test_a_royal_style_is_one_speaker_across_articles_and_its_given_name_finds_it(gazetteer):
    first = ingest_text(
        "Royal visit\n\nPrince Albertus and Amara, Duchess of Wessex toured the port on Monday.\n\n"
        '"We love this town," Albertus said. "It was a long road," Amara said.'
    )
    assert speakers_of(first) == [("Amara, Duchess of Wessex", "person"), ("Prince Albertus", "person")]
    second = ingest_text('Royal tour\n\n"The harbour is beautiful," Prince Albertus said on Friday.')
    assert second.statements.get().speaker == Speaker.objects.get(name="Prince Albertus")
    third = ingest_text('Tour ends\n\n"Goodbye," Albertus said.')
    assert third.statements.get().speaker is None  # a given name alone is nobody across articles


def test_the_end_of_an_institution_name_is_not_minted_but_the_whole_name_is(gazetteer):
    article = ingest_text(
        "Exports rise\n\n"
        '"Exports rose by a third," the Ruritania Special Economic Zone Authority said on Monday.'
    )
    assert speakers_of(article) == [("Ruritania Special Economic Zone Authority", "organisation")]
    registry = SpeakerRegistry()
    assert registry.speaker_for(SpeakerRef(name="Zone Authority", kind="organisation"), article) is None
    assert registry.refused == {"the end of a longer name": 1}


def test_titles_and_places_next_to_a_name_are_not_part_of_it():
    article = make_article()
    registry = SpeakerRegistry()
    martin = registry.speaker_for(SpeakerRef(name="Taoiseach Micheal Martin"), article)
    levy = registry.speaker_for(SpeakerRef(name="Massachusetts Joshua Levy"), article)
    assert (martin.name, levy.name) == ("Micheal Martin", "Joshua Levy")
    assert registry.speaker_for(SpeakerRef(name="Micheal Martin"), make_article()) == martin


def test_the_seed_corpus_keeps_its_speakers_and_slugs(gazetteer):
    seeds = Path(settings.BASE_DIR) / "fixtures" / "seeds"
    list(ingest_paths([seeds]))
    used = set(Statement.objects.exclude(speaker=None).values_list("speaker__slug", "speaker__from_gazetteer"))
    for slug in ("dmitry-peskov", "maria-zakharova", "vladimir-putin", "nikol-pashinyan", "armen-grigoryan",
                 "sergei-lavrov", "kremlin"):
        assert (slug, True) in used
    assert not Speaker.objects.filter(kind="person", from_gazetteer=False).exclude(name__contains=" ").exists()


def test_one_outlet_per_registrable_domain_named_from_the_known_table(gazetteer):
    first = ingest_text('A\n\n"One," Anna Varga said.', url="https://apnews.com/article/one", outlet="Hosted")
    second = ingest_text('B\n\n"Two," Anna Varga said.', url="https://www.apnews.com/article/two")
    cnn = ingest_text('C\n\n"Three," Anna Varga said.', url="https://edition.cnn.com/x", outlet="CNN Edition")

    assert first.outlet == second.outlet
    assert first.outlet.name == "Associated Press"
    assert cnn.outlet.name == "CNN" and cnn.outlet.domain == "cnn.com"
    assert not Outlet.objects.filter(name="Hosted").exists()


def test_the_migration_gives_aliases_the_identity_a_royal_style_now_keeps():
    from django.apps import apps

    path = next((Path(settings.BASE_DIR) / "statements" / "migrations").glob("*_royal_identities.py"))
    migration = importlib.import_module(f"statements.migrations.{path.stem}")
    speaker = Speaker.objects.create(name="Queen Amara", slug="queen-amara")
    speaker.aliases.create(name="Queen Amara")
    speaker.aliases.create(name="Amara Osei")
    SpeakerAlias.objects.filter(name="Queen Amara").update(identity="amara")  # as person_key gave it before

    migration.refresh_identities(apps, None)

    assert dict(SpeakerAlias.objects.values_list("name", "identity")) == {
        "Queen Amara": "queen amara", "Amara Osei": "amara osei"}


def test_the_migration_gives_aliases_the_identity_of_their_romanisation():
    from django.apps import apps

    path = next((Path(settings.BASE_DIR) / "statements" / "migrations").glob("*_transliterated_identities.py"))
    migration = importlib.import_module(f"statements.migrations.{path.stem}")
    speaker = Speaker.objects.create(name="Milan Vuchich", slug="milan-vuchich")
    speaker.aliases.create(name="Milan Vuchich")
    SpeakerAlias.objects.filter(name="Milan Vuchich").update(identity="milan vuchich")  # as person_key gave it before

    migration.refresh_identities(apps, None)

    assert SpeakerAlias.objects.get(name="Milan Vuchich").identity == "milan vucic"


def test_a_mononym_its_article_declares_is_one_speaker_and_an_undeclared_one_nobody(gazetteer):
    undeclared = ingest_text('Recount\n\n"We will see," Sutrisno said on Friday.')
    text = ('Vote count\n\n"The count is fair," Vice President Sutrisno, who like many Ruritanians uses only one name, '
            "said on Monday.")
    first = ingest_text(text)
    second = ingest_text(text.replace("Monday", "Tuesday").replace("count is fair", "count is over"))
    later = ingest_text('Recount ends\n\n"We have seen," Sutrisno said on Saturday.')

    assert undeclared.statements.get().speaker is None  # a single name nobody declared is nobody
    assert first.statements.get().speaker.name == "Sutrisno"
    # once declared, the mononym is a name the archive knows, like any full name
    assert second.statements.get().speaker == later.statements.get().speaker == first.statements.get().speaker


def test_a_declared_mononym_minted_earlier_in_a_run_is_found_again():
    registry = SpeakerRegistry()
    body = "Sutrisno, who uses only one name, spoke."
    first = registry.speaker_for(SpeakerRef(name="Sutrisno"), make_article(body=body))
    second = SpeakerRegistry().speaker_for(SpeakerRef(name="Sutrisno"), make_article(body=body))
    assert first is not None and second == first
