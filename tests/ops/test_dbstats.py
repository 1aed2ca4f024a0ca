"""Planner statistics are gathered after bulk loads, on SQLite and PostgreSQL alike."""

import pytest
from django.core.management import call_command
from django.db import connection

from statements.ops.dbstats import refresh_statistics
from statements.models import Statement
from tests.factories import make_conflict, make_statement

# Committed rows: on PostgreSQL statistics are gathered only outside a transaction that may roll back.
pytestmark = pytest.mark.django_db(transaction=True)


def analysed_tables() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if not cursor.fetchone():
                return set()
            cursor.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
            return {row[0] for row in cursor.fetchall()}
        # reltuples is -1 until a table is first analysed (or vacuumed), and ANALYZE sets it at once.
        cursor.execute("SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples >= 0")
        return {row[0] for row in cursor.fetchall()}


def forget_sqlite_statistics() -> None:
    """SQLite keeps what an earlier test's committed ANALYZE wrote (a flush empties tables, not sqlite_stat1);
    PostgreSQL's flush (TRUNCATE) resets its counts itself."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if cursor.fetchone():
                cursor.execute("DELETE FROM sqlite_stat1")


def test_refresh_statistics_analyses_the_statement_tables():
    forget_sqlite_statistics()
    conflict = make_conflict()
    for n in range(5):
        make_statement(text=f"The border must be demarcated, part {n}.", conflicts=[conflict])
    assert Statement._meta.db_table not in analysed_tables()
    refresh_statistics()
    assert {Statement._meta.db_table, Statement.conflicts.through._meta.db_table} <= analysed_tables()


def test_generate_corpus_leaves_the_planner_statistics_fresh(private_search_index):
    call_command("generate_corpus", "--statements", "30", "--no-index", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))
    assert Statement._meta.db_table in analysed_tables()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite's statistics roll back with the transaction")
def test_statistics_are_not_gathered_inside_a_transaction_that_may_roll_back():
    from django.db import transaction

    with transaction.atomic():
        make_statement(text="The border must be demarcated.")
        refresh_statistics()
        assert Statement._meta.db_table not in analysed_tables()
