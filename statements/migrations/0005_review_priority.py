"""Store each statement's review priority, so that the review queue is ordered by an index."""

import statements.models
from django.db import migrations, models


def fill_review_priority(apps, schema_editor):
    # The rule of statements.models.PRIORITY_OF_SPEAKER as it stood here: 0 unattributed, 1 a speaker
    # minted by extraction, 2 a speaker from the gazetteer. New rows start at 0.
    Statement = apps.get_model("statements", "Statement")
    Statement.objects.filter(speaker__from_gazetteer=False).update(review_priority=1)
    Statement.objects.filter(speaker__from_gazetteer=True).update(review_priority=2)


class Migration(migrations.Migration):

    dependencies = [
        ('statements', '0004_status_said_on_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='statement',
            name='review_priority',
            field=models.PositiveSmallIntegerField(choices=[(0, 'unattributed'), (1, 'new speaker'), (2, 'known speaker')], default=0, editable=False),
        ),
        migrations.RunPython(fill_review_priority, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name='statement',
            name='speaker',
            field=models.ForeignKey(blank=True, null=True, on_delete=statements.models.UNATTRIBUTE, related_name='statements', to='statements.speaker'),
        ),
        migrations.AddIndex(
            model_name='statement',
            index=models.Index(fields=['status', 'review_priority', 'confidence', 'id'], name='statement_review_order'),
        ),
    ]
