"""The postgres backend's own tables, created by the backend itself (no Django migration): the search
index is derived data that `reindex` can always rebuild, so it lives beside the models, not in them.

    statements_search_document   one row per public statement: filter columns, a sample bucket, and
                                 tsvectors with GIN indexes (the texts themselves are not kept)
    statements_search_word       every word ever indexed (unstemmed, folded): "did you mean" candidates

Text search configuration `archive_english`: English snowball stems with no stop words, because
researchers search for "US", "not", "will" (see whoosh_schema.STOP_WORDS for the same reasoning).
"""

from __future__ import annotations

import logging
import secrets

from django.db import connection, transaction

logger = logging.getLogger(__name__)

TABLE = "statements_search_document"
WORDS_TABLE = "statements_search_word"
CONFIG = "archive_english"
# Any fixed number: the key of the advisory lock that makes schema creation one-at-a-time.
SCHEMA_LOCK_KEY = 0x53_45_41_52

_CONFIG_SQL = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = '{CONFIG}_stem') THEN
    CREATE TEXT SEARCH DICTIONARY {CONFIG}_stem (TEMPLATE = snowball, Language = english);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
    CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english);
    ALTER TEXT SEARCH CONFIGURATION {CONFIG}
      ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH {CONFIG}_stem;
  END IF;
END $$;
"""


def table_sql(name: str) -> str:
    # document: the statement's words weigh A, the speaker's names and roles B, the article title C, the
    # context (paragraph; conflicts' names, aliases, places) D (ranking weights in postgres_backend);
    # words: the statement unstemmed, for wildcards. Both are computed from the texts on insert
    # (DOCUMENT_SQL) and the texts are not stored: every column a match's row carries is read, or its
    # page is, by counts, facets and ranking, so the row is kept narrow (docs/search.md, PostgreSQL).
    # sample: statements.models.sample_of(statement_id), for counts estimated from an even share.
    # A row long enough for PostgreSQL to toast it (~2 kB: a long paragraph) has `words` (EXTERNAL) moved
    # out of line first, as only wildcards read it, and `document` (MAIN) compressed but kept in the row;
    # toast_tuple_target (its minimum) makes it go on until the row is as short as that gets.
    return f"""
    CREATE TABLE IF NOT EXISTS {name} (
        statement_id bigint PRIMARY KEY,
        said_on date,
        speaker_slug text NOT NULL DEFAULT '',
        country text NOT NULL DEFAULT '',
        outlet text NOT NULL DEFAULT '',
        kind text NOT NULL DEFAULT '',
        conflicts text[] NOT NULL DEFAULT '{{}}',
        content_hash text NOT NULL,
        sample smallint NOT NULL,
        document tsvector NOT NULL,
        words tsvector NOT NULL
    ) WITH (toast_tuple_target = 128);
    ALTER TABLE {name} ALTER COLUMN document SET STORAGE MAIN, ALTER COLUMN words SET STORAGE EXTERNAL"""


# The values of `document` and `words` from the folded texts: body, names, title, context.
DOCUMENT_SQL = (
    f"setweight(to_tsvector('{CONFIG}'::regconfig, %s), 'A')"
    f" || setweight(to_tsvector('{CONFIG}'::regconfig, %s), 'B')"
    f" || setweight(to_tsvector('{CONFIG}'::regconfig, %s), 'C')"
    f" || setweight(to_tsvector('{CONFIG}'::regconfig, %s), 'D')"
)
WORDS_SQL = "to_tsvector('simple'::regconfig, %s)"


def index_sql(name: str) -> list[str]:
    # A random suffix: a rebuilt table keeps its index names after the rename, so each build needs new ones.
    tag = secrets.token_hex(3)
    return [
        f"CREATE INDEX {name}_document_{tag} ON {name} USING gin (document)",
        f"CREATE INDEX {name}_words_{tag} ON {name} USING gin (words)",
        f"CREATE INDEX {name}_said_on_{tag} ON {name} (said_on DESC NULLS LAST, statement_id DESC)",
        f"CREATE INDEX {name}_conflicts_{tag} ON {name} USING gin (conflicts)",
        f"CREATE INDEX {name}_sample_{tag} ON {name} (sample)",
    ]


# The tables exist and the document table has the newest column (sample: the narrow row).
NEWEST_COLUMN = "sample"
_CURRENT_SQL = """SELECT to_regclass(%s), to_regclass(%s),
    EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(%s) AND attname = %s AND NOT attisdropped)"""


def ensure_schema() -> None:
    """Create the configuration and tables if missing; cheap when they exist (one catalogue lookup)."""
    with connection.cursor() as cursor:
        cursor.execute(_CURRENT_SQL, [TABLE, WORDS_TABLE, TABLE, NEWEST_COLUMN])
        if all(cursor.fetchone()):
            return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SCHEMA_LOCK_KEY])
        cursor.execute(_CONFIG_SQL)
        cursor.execute(_CURRENT_SQL, [TABLE, WORDS_TABLE, TABLE, NEWEST_COLUMN])
        table, _, current = cursor.fetchone()
        if table is not None and not current:
            # A table from before the newest column (the context, then the narrow row): the index is
            # derived data, so it is made anew, empty (reindex fills it; verify_index reports every
            # statement missing until then).
            logger.warning("search table %s predates its newest layout: recreated empty, run manage.py reindex", TABLE)
            cursor.execute(f"DROP TABLE {TABLE}")
            table = None
        if table is None:
            cursor.execute(table_sql(TABLE))
            for sql in index_sql(TABLE):
                cursor.execute(sql)
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {WORDS_TABLE} (word text PRIMARY KEY)")
