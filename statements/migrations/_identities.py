"""Shared by the migrations that change statements.text.person_key: aliases whose identity changed get the new one,
so the next ingest finds them by it. Only the changed rows are written. (Django's migration loader skips modules
whose name opens with "_".)"""


def refresh_identities(apps, schema_editor):
    from statements.text import person_key

    SpeakerAlias = apps.get_model("statements", "SpeakerAlias")
    changed = []
    for alias in SpeakerAlias.objects.only("id", "name", "identity").iterator(chunk_size=2000):
        identity = person_key(alias.name)
        if identity != alias.identity:
            alias.identity = identity
            changed.append(alias)
    SpeakerAlias.objects.bulk_update(changed, ["identity"], batch_size=2000)
