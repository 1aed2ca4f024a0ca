from django.core.management.base import BaseCommand, CommandError

from statements.models import Article
from statements.ingest.reextract import reextract_articles
from statements.management.progress import Progress


class Command(BaseCommand):
    help = (
        "Run extraction again on stored articles. Curators' decisions (approved, rejected, edited speaker, "
        "text or conflicts, statements they added) are kept."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--article", type=int, action="append", metavar="ID", help="an article id (repeatable)")
        which.add_argument("--all", action="store_true", help="every article")

    def handle(self, *args, article, all, **options):
        articles = Article.objects.all() if all else Article.objects.filter(pk__in=article)
        if article and (missing := set(article) - set(articles.values_list("pk", flat=True))):
            raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        totals = {"done": 0, "failed": 0, "skipped": 0}
        with Progress("reextract", unit="articles", total=articles.count(), stream=self.stderr) as shown:
            for outcome in reextract_articles(articles):
                totals[outcome.status] += 1
                if not shown.bar_mode or outcome.status != "done":
                    (self.stdout if outcome.status == "done" else self.stderr).write(outcome.summary())
                shown.update(failed=totals["failed"])
        self.stdout.write(f"{sum(totals.values())} articles: {totals['done']} re-extracted, "
                          f"{totals['skipped']} skipped, {totals['failed']} failed")
        if totals["failed"]:
            raise CommandError(f"{totals['failed']} article(s) could not be re-extracted")
