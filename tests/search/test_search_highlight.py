"""Highlighting: escaped statement text with the matched words in <mark>."""

import pytest
from django.utils.safestring import SafeString

from statements.search import highlight
from tests.search.support import index_now, only_on, make_speaker, make_statement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def test_it_wraps_matched_words_in_mark_and_keeps_the_rest_of_the_text():
    statement = make_statement("Negotiations on the border resumed in Geneva.")
    index_now()
    shown = highlight("negotiation geneva", [statement])[statement.pk]
    assert isinstance(shown, SafeString)
    assert shown == "<mark>Negotiations</mark> on the border resumed in <mark>Geneva</mark>."


def test_it_escapes_markup_in_the_statement_text():
    statement = make_statement('He wrote <script>alert("x")</script> & left the talks.')
    index_now()
    shown = highlight("talks", [statement])[statement.pk]
    assert "<script>" not in shown
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; left the <mark>talks</mark>." in shown


def test_it_escapes_markup_inside_a_matched_word_and_never_echoes_the_query():
    statement = make_statement("The <b>script</b> was read aloud.")
    index_now()
    shown = highlight("<script>alert(1)</script>", [statement])[statement.pk]
    assert "<script>" not in shown and "alert" not in shown
    assert shown == "The &lt;b&gt;<mark>script</mark>&lt;/b&gt; was read aloud."


def test_it_marks_accented_words_found_by_unaccented_queries():
    statement = make_statement("Vučić met Kurti.")
    index_now()
    assert highlight("vucic", [statement])[statement.pk] == "<mark>Vučić</mark> met Kurti."


def test_it_marks_wildcard_expansions():
    statement = make_statement("The demarcation commission met; provocations continued.")
    index_now()
    shown = highlight("demarcat* provocations", [statement])[statement.pk]
    assert shown == "The <mark>demarcation</mark> commission met; <mark>provocations</mark> continued."


def test_it_marks_fuzzy_expansions(search_backend):
    only_on(search_backend, "whoosh", "tantivy", reason="no fuzzy words in PostgreSQL")
    statement = make_statement("The demarcation commission met; provocations continued.")
    index_now()
    shown = highlight("demarcat* provokations~", [statement])[statement.pk]
    assert shown == "The <mark>demarcation</mark> commission met; <mark>provocations</mark> continued."


def test_it_does_not_mark_excluded_words():
    statement = make_statement("Peace talks, not war.")
    index_now()
    assert highlight("peace -war", [statement])[statement.pk] == "<mark>Peace</mark> talks, not war."


def test_it_shows_the_escaped_text_when_only_the_speaker_matched():
    peskov = make_speaker("Dmitry Peskov", "dmitry-peskov")
    statement = make_statement("Talks <will> continue.", speaker=peskov)
    index_now()
    assert highlight("speaker:peskov", [statement])[statement.pk] == "Talks &lt;will&gt; continue."


def test_it_shows_passages_of_a_long_statement_around_the_matches():
    text = " ".join(["filler"] * 150) + " the ceasefire holds " + " ".join(["filler"] * 150)
    statement = make_statement(text)
    index_now()
    shown = highlight("ceasefire", [statement])[statement.pk]
    assert "<mark>ceasefire</mark>" in shown
    assert shown.startswith("\u2026 ") and shown.endswith(" \u2026")
    assert len(shown) < len(text) / 2


def test_an_empty_query_gives_the_escaped_text_unmarked():
    statement = make_statement("A & B.")
    index_now()
    assert highlight("", [statement]) == {statement.pk: "A &amp; B."}
