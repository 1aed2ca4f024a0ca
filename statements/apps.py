from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statement archive"

    def ready(self): import statements.signals  # noqa: F401,E701  (search index receivers)
