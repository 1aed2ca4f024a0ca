"""The statement table's indexes, as the database reports them: each costs a write on every insert, so
none may be a copy of the start of another (the longer one answers every lookup the shorter one would)."""

import pytest
from django.db import connection

from statements.models import Statement

pytestmark = pytest.mark.django_db


def test_no_index_of_the_statement_table_is_the_leading_part_of_another():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Statement._meta.db_table)
    indexes = {name: tuple(c["columns"]) for name, c in constraints.items() if c["index"] and c["columns"]}
    assert {"statement_date_rows", "statement_speaker_rows"} <= set(indexes)

    copies = [
        (short, long) for short, columns in indexes.items() for long, longer in indexes.items()
        if short != long and len(columns) < len(longer) and longer[: len(columns)] == columns
        and not constraints[short]["unique"]  # a unique index is a rule, not a copy
    ]
    assert copies == [], copies
