"""The index commands: thin wrappers that print a summary (and fail when the index is wrong)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.models import Statement
from statements.search import search_ids
from tests.search.support import index_now, make_statement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_reindex_prints_how_many_statements_it_indexed_and_how_long_it_took():
    make_statement("The ceasefire must hold.")
    make_statement("Talks resume.")
    output = run("reindex")
    assert output.startswith("indexed 2 statements in ")
    assert output.rstrip().endswith(" s")


def test_process_index_queue_drains_and_prints_the_count():
    statement = make_statement("The ceasefire must hold.")
    assert run("process_index_queue") == "indexed 1 queued statements\n"
    assert search_ids("ceasefire") == [statement.pk]
    assert run("process_index_queue") == "indexed 0 queued statements\n"


def test_verify_index_prints_counts_and_succeeds_when_the_index_matches():
    make_statement("The ceasefire must hold.")
    index_now()
    assert run("verify_index").startswith("missing 0, extra 0, stale 0")


def test_verify_index_fails_on_differences_and_fix_repairs_them():
    statement = make_statement("The ceasefire must hold.")
    index_now()
    Statement.objects.filter(pk=statement.pk).update(text="The truce must hold.")
    with pytest.raises(CommandError, match="--fix") as failed:
        run("verify_index")
    assert failed.value.returncode == 1
    output = run("verify_index", "--fix")
    assert output.startswith("missing 0, extra 0, stale 1")
    assert f"stale: {statement.pk}" in output
    assert "fixed" in output
    assert run("verify_index").startswith("missing 0, extra 0, stale 0")
