from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statement archive"

    def ready(self):
        import statements.id_lists  # noqa: F401  (the pk__among lookup)
        import statements.signals  # noqa: F401  (search index receivers)
