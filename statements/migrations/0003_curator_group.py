"""The "curator" group: exactly what reviewing statements, fixing speakers, tagging conflicts and
re-running extraction needs. No deletions of statements (rejecting hides them and keeps the decision),
no adding articles (ingest is the only way in), nothing about saved searches or the index queue."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "curator"
PERMISSIONS = {
    "statement": ["view", "add", "change"],
    "statementtoreview": ["view", "change"],
    "article": ["view", "change", "reextract"],
    "speaker": ["view", "add", "change", "merge"],
    "speakeralias": ["view", "add", "change", "delete"],
    "speakerrole": ["view", "add", "change", "delete"],
    "speakerredirect": ["view"],
    "conflict": ["view", "add", "change"],
    "outlet": ["view"],
    "changerecord": ["view"],
}


def codenames():
    return [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran; this one needs them now.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, verbosity=0, apps=apps)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    wanted = Permission.objects.filter(content_type__app_label="statements", codename__in=codenames())
    group.permissions.set(wanted)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0002_curation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
