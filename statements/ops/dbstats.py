"""Planner statistics: what the database knows about the size and spread of the archive's tables.

SQLite never gathers them by itself, and PostgreSQL's autovacuum gathers them some time after a bulk
load; without them a list filter at a million rows can pick a full scan over the index made for it.
`refresh_statistics` runs after anything that adds many rows (bootstrap, ingest, generate_corpus).
"""

from __future__ import annotations

from django.db import connection

from statements.models import Article, Speaker, Statement

# SQLite reads at most this many rows of each index (an estimate, fast at any size; SQLite >= 3.32).
SQLITE_ANALYSIS_LIMIT = 1000


def refresh_statistics() -> None:
    """Gather the statement tables' statistics, on committed rows only.

    PostgreSQL writes ANALYZE's row and page counts to pg_class in place, outside the transaction: run
    inside a transaction that is then rolled back, they would go on describing rows that never existed,
    and every later query would be planned for them. So inside a transaction this waits for the caller's
    commit: the command that loaded the rows calls it again outside (bootstrap, ingest, generate_corpus).
    """
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        return
    tables = [Statement._meta.db_table, Statement.conflicts.through._meta.db_table, Article._meta.db_table,
              Speaker._meta.db_table]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
            for table in tables:
                cursor.execute(f'ANALYZE "{table}"')
        elif connection.vendor == "postgresql":
            cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(table) for table in tables))
