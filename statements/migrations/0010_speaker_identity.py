import django.db.models.deletion
from django.db import migrations, models

from statements.text import person_key


def fill_identities(apps, schema_editor):
    """Every existing alias gets its person_key, so minted speakers are found by it from the next ingest."""
    SpeakerAlias = apps.get_model("statements", "SpeakerAlias")
    changed = []
    for alias in SpeakerAlias.objects.only("id", "name").iterator(chunk_size=2000):
        alias.identity = person_key(alias.name)
        changed.append(alias)
        if len(changed) >= 2000:
            SpeakerAlias.objects.bulk_update(changed, ["identity"])
            changed = []
    SpeakerAlias.objects.bulk_update(changed, ["identity"])


class Migration(migrations.Migration):

    dependencies = [
        ('statements', '0010_gazetteer_sources'),
    ]

    operations = [
        migrations.AddField(
            model_name='speaker',
            name='article',
            field=models.ForeignKey(blank=True, help_text='For an unnamed source: the one article it speaks in.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='unnamed_sources', to='statements.article'),
        ),
        migrations.AddField(
            model_name='speakeralias',
            name='identity',
            field=models.CharField(db_index=True, default='', editable=False, max_length=200),
        ),
        migrations.AlterField(
            model_name='speaker',
            name='kind',
            field=models.CharField(choices=[('person', 'person'), ('organisation', 'organisation'), ('government', 'government'), ('group', 'group'), ('unnamed', 'unnamed source')], default='person', max_length=20),
        ),
        migrations.AddConstraint(
            model_name='speaker',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('article__isnull', False), ('kind', 'unnamed')), models.Q(('kind', 'unnamed'), _negated=True), _connector='OR'), name='unnamed_source_has_its_article'),
        ),
        migrations.RunPython(fill_identities, migrations.RunPython.noop),
    ]
