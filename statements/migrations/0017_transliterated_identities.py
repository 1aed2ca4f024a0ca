from django.db import migrations

# person_key now reads romanisations as one name: South Slavic -ić ("Vučić", "Vucich", "Vuchich"), "ts" between
# vowels ("Fitso", Fico), and an Arabic surname's article and "Abdul" ("Abdul Hamid Dbeibah", "Abdulhamid
# al-Dbeibah")
from statements.migrations._identities import refresh_identities


class Migration(migrations.Migration):

    dependencies = [
        ('statements', '0016_royal_identities'),
    ]

    operations = [
        migrations.RunPython(refresh_identities, migrations.RunPython.noop),
    ]
