"""The conflict tags read by conflict: (conflict_id, statement_id), so that a conflict's statement ids
(the conflict filter's subquery, cut to a sample by statement id) come from the index alone; Django's
own index on conflict_id alone made the database fetch each tag row for its statement_id."""

from django.db import migrations

INDEX = "statement_conflict_by_conflict"


class Migration(migrations.Migration):

    dependencies = [
        ("statements", "0006_statement_sample"),
    ]

    operations = [
        migrations.RunSQL(
            f'CREATE INDEX {INDEX} ON "statements_statement_conflicts" ("conflict_id", "statement_id")',
            reverse_sql=f"DROP INDEX {INDEX}",
        ),
    ]
