from django.db import migrations

# person_key now keeps a royal style before a single given name ("Queen Elizabeth" is "queen elizabeth", no longer
# the single name "elizabeth")
from statements.migrations._identities import refresh_identities


class Migration(migrations.Migration):

    dependencies = [
        ('statements', '0015_syndication'),
    ]

    operations = [
        migrations.RunPython(refresh_identities, migrations.RunPython.noop),
    ]
