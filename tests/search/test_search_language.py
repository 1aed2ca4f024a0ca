"""The query language: folding, phrases, boolean operators, field prefixes, wildcards, fuzzy words, sorting."""

from datetime import date

import pytest

from statements.search import QueryError, search_ids
from tests.search.support import (
    only_on,
    index_now, make_article, make_conflict, make_outlet, make_speaker, make_statement,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def test_it_finds_accented_words_without_accents_and_the_other_way_round():
    accented = make_statement("Vučić met the envoy in Belgrade.")
    plain = make_statement("Vucic spoke to the press.")
    index_now()
    assert set(search_ids("Vucic")) == {accented.pk, plain.pk}
    assert set(search_ids("Vučić")) == {accented.pk, plain.pk}
    assert set(search_ids("VUČIĆ")) == {accented.pk, plain.pk}


def test_it_matches_decomposed_accents_like_composed_ones():
    decomposed = make_statement("Vuc\u030cic\u0301 called for calm.")
    index_now()
    assert search_ids("Vučić") == [decomposed.pk]
    assert search_ids("Vuc\u030cic\u0301") == [decomposed.pk]


def test_it_ignores_zero_width_characters_and_soft_hyphens_in_text_and_query():
    hidden = make_statement("The de\u00admar\u200bcation of the border must continue.")
    index_now()
    assert search_ids("demarcation") == [hidden.pk]
    assert search_ids("demar\u200dcation") == [hidden.pk]
    assert search_ids("\ufeffdemarcation\u00ad") == [hidden.pk]


def test_it_treats_curly_and_straight_quotes_alike():
    curly = make_statement("Russia\u2019s position has not changed.")
    straight = make_statement("Russia's position is firm.")
    index_now()
    assert set(search_ids("Russia's position")) == {curly.pk, straight.pk}
    assert set(search_ids("Russia\u2019s position")) == {curly.pk, straight.pk}
    assert search_ids("\u201cposition has not changed\u201d") == [curly.pk]


def test_it_stems_english_words():
    statement = make_statement("Negotiations on the border resumed.")
    index_now()
    assert search_ids("negotiation") == [statement.pk]
    assert search_ids("resume") == [statement.pk]


def test_it_keeps_words_that_common_stop_lists_drop():
    us = make_statement("The US will not accept new sanctions.")
    make_statement("New sanctions were announced.")
    index_now()
    assert search_ids("US sanctions") == [us.pk]
    assert search_ids('"will not accept"') == [us.pk]


def test_it_matches_exact_phrases_only_in_order():
    in_order = make_statement("We support the peace process in the region.")
    make_statement("The process of peace cannot be rushed.")
    index_now()
    assert search_ids('"peace process"') == [in_order.pk]


def test_it_requires_every_word_by_default_and_supports_or_not_and_minus():
    both = make_statement("Peace talks resumed in Geneva.")
    only_peace = make_statement("Peace is possible.")
    only_talks = make_statement("Talks stalled in Vienna.")
    index_now()
    assert search_ids("peace talks") == [both.pk]
    assert set(search_ids("peace OR talks")) == {both.pk, only_peace.pk, only_talks.pk}
    assert search_ids("peace NOT talks") == [only_peace.pk]
    assert search_ids("peace -talks") == [only_peace.pk]
    assert set(search_ids("(Geneva OR Vienna) AND talks")) == {both.pk, only_talks.pk}


def test_it_filters_by_speaker_slug_or_any_word_of_the_speakers_names():
    peskov = make_speaker("Dmitry Peskov", "dmitry-peskov", aliases=("Kremlin spokesman Peskov", "Пєсков"))
    zakharova = make_speaker("Maria Zakharova", "maria-zakharova")
    by_peskov = make_statement("The talks will continue.", speaker=peskov)
    make_statement("The talks will continue.", speaker=zakharova)
    index_now()
    assert search_ids("talks speaker:dmitry-peskov") == [by_peskov.pk]
    assert search_ids("talks speaker:peskov") == [by_peskov.pk]
    assert search_ids("talks speaker:kremlin") == [by_peskov.pk]
    assert search_ids("speaker:Пєсков") == [by_peskov.pk]


def test_unprefixed_words_match_the_speakers_name_too():
    peskov = make_speaker("Dmitry Peskov", "dmitry-peskov")
    statement = make_statement("The talks will continue.", speaker=peskov)
    index_now()
    assert search_ids("peskov talks") == [statement.pk]


def test_it_filters_by_conflict_outlet_kind_and_title():
    kosovo = make_conflict("kosovo-serbia")
    tass = make_outlet("tass")
    tagged = make_statement("Dialogue is the only way.", conflicts=(kosovo,), kind="indirect")
    elsewhere = make_statement(
        "Dialogue is the only way.", article=make_article("Summit in Brussels", outlet=tass), kind="direct"
    )
    index_now()
    assert search_ids("dialogue conflict:kosovo-serbia") == [tagged.pk]
    assert search_ids("dialogue outlet:tass") == [elsewhere.pk]
    assert search_ids("dialogue kind:indirect") == [tagged.pk]
    assert search_ids("dialogue kind:DIRECT") == [elsewhere.pk]
    assert search_ids("title:summit") == [elsewhere.pk]


def test_it_filters_by_day_month_year_and_date_ranges():
    january = make_statement("Ceasefire holds.", said_on=date(2023, 1, 15))
    june = make_statement("Ceasefire holds.", said_on=date(2023, 6, 30))
    september = make_statement("Ceasefire holds.", said_on=date(2023, 9, 5))
    undated = make_statement("Ceasefire holds.", said_on=None)
    index_now()
    assert search_ids("ceasefire date:2023-09") == [september.pk]
    assert search_ids("ceasefire date:2023-09-05") == [september.pk]
    assert set(search_ids("ceasefire date:2023")) == {january.pk, june.pk, september.pk}
    assert set(search_ids("ceasefire date:[2023-01 to 2023-06]")) == {january.pk, june.pk}
    assert set(search_ids("ceasefire date:[2023-06 to]")) == {june.pk, september.pk}
    assert undated.pk in search_ids("ceasefire")


def test_it_expands_trailing_wildcards_without_stemming_them():
    demarcation = make_statement("Demarcation of the border.")
    demarcated = make_statement("The border was demarcated.")
    index_now()
    assert set(search_ids("demarcat*")) == {demarcation.pk, demarcated.pk}
    assert set(search_ids("DEMARCAT*")) == {demarcation.pk, demarcated.pk}
    assert search_ids("demarcations*") == []


def test_it_expands_inner_wildcards_where_the_engine_can(search_backend):
    only_on(search_backend, "whoosh", reason="a ? inside a word is refused, with a message (test_search_errors)")
    demarcation = make_statement("Demarcation of the border.")
    demarcated = make_statement("The border was demarcated.")
    index_now()
    assert set(search_ids("DEMARC?t*")) == {demarcation.pk, demarcated.pk}


def test_the_postgres_backend_refuses_fuzzy_words_and_inner_wildcards_with_a_message(search_backend):
    only_on(search_backend, "postgres", reason="the other backends run these queries")
    make_statement("Provocations must stop.")
    index_now()
    with pytest.raises(QueryError, match="not available with the PostgreSQL search engine"):
        search_ids("zakharova~")
    with pytest.raises(QueryError, match="Only a trailing"):
        search_ids("DEMARC?t*")


def test_it_matches_misspelt_words_with_fuzzy_search(search_backend):
    only_on(search_backend, "whoosh", "tantivy", reason="PostgreSQL has no fuzzy word search (refused, tested above)")
    zakharova = make_speaker("Maria Zakharova", "maria-zakharova")
    statement = make_statement("Provocations must stop.", speaker=zakharova)
    index_now()
    assert search_ids("zakharova~") == [statement.pk]
    assert search_ids("zaharova~") == [statement.pk]
    assert search_ids("zaharova") == []
    assert search_ids("zaharva~") == []
    assert search_ids("zaharva~2") == [statement.pk]
    assert search_ids("provokations~") == [statement.pk]


def test_it_sorts_by_date_said_with_undated_statements_last():
    old = make_statement("Sanctions remain.", said_on=date(2015, 3, 1))
    new = make_statement("Sanctions remain.", said_on=date(2023, 3, 1))
    undated = make_statement("Sanctions remain.", said_on=None)
    same_day = make_statement("Sanctions remain.", said_on=date(2023, 3, 1))
    index_now()
    assert search_ids("sanctions", sort="newest") == [same_day.pk, new.pk, old.pk, undated.pk]
    assert search_ids("sanctions", sort="oldest") == [old.pk, new.pk, same_day.pk, undated.pk]


def test_it_ranks_better_matches_first_and_honours_the_limit():
    weak = make_statement("Security matters, and many other things matter to the government today as well.")
    strong = make_statement("Security, security, security.")
    index_now()
    assert search_ids("security") == [strong.pk, weak.pk]
    assert search_ids("security", limit=1) == [strong.pk]
    assert search_ids("security", limit=0) == []


def test_it_returns_nothing_for_an_empty_query():
    make_statement("Anything at all.")
    index_now()
    assert search_ids("") == []
    assert search_ids("   \u200b ") == []


def test_it_rejects_an_unknown_sort():
    with pytest.raises(ValueError, match="sort"):
        search_ids("peace", sort="random")


def test_an_unknown_field_prefix_is_searched_as_the_words_typed():
    statement = make_statement("On Ukraine: sanctions will stay.")
    make_statement("Sanctions will stay.")
    index_now()
    assert search_ids("ukraine:sanctions") == [statement.pk]
