from django.db import migrations

from statements.text import person_key


def refresh_identities(apps, schema_editor):
    """person_key now keeps a royal style before a single given name ("Queen Elizabeth" is "queen elizabeth", no
    longer the single name "elizabeth"): aliases whose identity changed get the new one, so the next ingest finds
    them by it. Only the changed rows are written."""
    SpeakerAlias = apps.get_model("statements", "SpeakerAlias")
    changed = []
    for alias in SpeakerAlias.objects.only("id", "name", "identity").iterator(chunk_size=2000):
        identity = person_key(alias.name)
        if identity != alias.identity:
            alias.identity = identity
            changed.append(alias)
    SpeakerAlias.objects.bulk_update(changed, ["identity"], batch_size=2000)


class Migration(migrations.Migration):

    dependencies = [
        ('statements', '0015_syndication'),
    ]

    operations = [
        migrations.RunPython(refresh_identities, migrations.RunPython.noop),
    ]
