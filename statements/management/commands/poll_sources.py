from django.core.management.base import BaseCommand, CommandError

from statements.ingest.polling import due_sources, poll_sources
from statements.management.progress import Progress
from statements.models import Source
from statements.ops.dbstats import refresh_statistics


class Command(BaseCommand):
    help = (
        "Fetch the sources (feeds, sitemaps, pages; added in the admin) that are due and ingest what is new. "
        "Run it every few minutes from cron or a systemd timer (docs/ingest.md); each source keeps its own interval."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="poll every active source, due or not")
        parser.add_argument("--source", type=int, action="append", default=[], help="poll this source id (repeatable)")

    def handle(self, *args, all, source, **options):
        if source:
            sources = list(Source.objects.filter(pk__in=source).select_related("outlet"))
            if missing := set(source) - {s.pk for s in sources}:
                raise CommandError(f"no source with id {', '.join(map(str, sorted(missing)))}")
        elif all:
            sources = list(Source.objects.filter(active=True).select_related("outlet"))
        else:
            sources = due_sources()
        added = failed = 0
        with Progress("poll_sources", unit="sources", total=len(sources), stream=self.stderr) as shown:
            for result in poll_sources(sources):
                self._report(result)
                added += result.added if result.ok else 0
                failed += not result.ok
                shown.update(added=added, failed=failed)
        self.stdout.write(f"{len(sources)} sources polled: {added} articles added, {failed} sources failed")
        if added:
            refresh_statistics()

    def _report(self, result) -> None:
        name = f"{result.source.name} ({result.source.url})"
        if not result.ok:
            self.stderr.write(f"failed     {name}: {result.error}")
            return
        if result.not_modified:
            self.stdout.write(f"unchanged  {name}: not modified since the last poll")
            return
        counts = {}
        for outcome in result.outcomes:
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
            if outcome.failed:
                self.stderr.write(f"  failed   {outcome.source}: {outcome.reason}")
        summary = ", ".join(f"{count} {status.replace('_', ' ')}" for status, count in sorted(counts.items()))
        self.stdout.write(f"polled     {name}: {summary or 'no entries'}")
