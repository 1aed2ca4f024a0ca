from django.core.management.base import BaseCommand, CommandError

from statements.curation.decisions import retag_conflicts, statements_affected_by
from statements.models import Conflict, Statement
from statements.search import process_index_queue


class Command(BaseCommand):
    help = "Tag statements with conflicts again from today's keywords and places; conflicts curators set stay."

    def add_arguments(self, parser):
        parser.add_argument(
            "--conflict", action="append", metavar="SLUG", default=[],
            help="only statements this conflict may concern (repeatable); default: every statement",
        )

    def handle(self, *args, conflict, **options):
        statements = Statement.objects.all()
        if conflict:
            found = list(Conflict.objects.filter(slug__in=conflict))
            if missing := set(conflict) - {c.slug for c in found}:
                raise CommandError(f"no conflict with slug {', '.join(sorted(missing))}")
            statements = statements_affected_by(found)
        outcome = retag_conflicts(statements)
        process_index_queue(wait=True)
        self.stdout.write(f"{outcome.selected} statements checked, {outcome.changed} re-tagged")
