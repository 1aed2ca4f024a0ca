from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statement archive"

    def ready(self):
        import statements.research.id_lists  # noqa: F401  (the pk__among lookup)
        import statements.curation.admin  # noqa: F401  (the admin's registrations live with the curators' rules)
        import statements.web.signals  # noqa: F401  (search index receivers)
