"""Progress of the long commands in a log (not a terminal): plain lines every N items, a closing line, and
the summary; never a bar's carriage returns. No test here needs a terminal."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from statements.ingest.store import Overrides, ingest_paths
from statements.management.progress import Progress
from statements.models import Article, Source, Statement
from tests.ingest.page_server import realnews

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
PROGRESS = re.compile(r"^progress +(\w+): (\d+)(?:/(\d+))? (\w+)", re.M)
DONE = re.compile(r"^done +(\w+): (\d+)(?:/(\d+))? (\w+)", re.M)


def run(command, *args, **options):
    """The command with non-terminal stdout and stderr, as cron or systemd runs it: (stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def every_two(settings):
    settings.ARCHIVE_PROGRESS_EVERY_ITEMS = 2
    settings.ARCHIVE_PROGRESS_EVERY_SECONDS = 3600


def test_in_a_log_a_line_comes_every_n_items_and_one_at_the_end(every_two):
    stream = io.StringIO()
    with Progress("work", unit="items", total=5, stream=stream) as progress:
        for done in range(1, 6):
            progress.update(added=done)

    lines = stream.getvalue().splitlines()
    assert [line.split(":")[1].split(",")[0].strip() for line in lines] == [
        "2/5 items (40%)", "4/5 items (80%)", "5/5 items (100%)"]
    assert lines[-1].startswith("done       work: 5/5 items (100%), added 5")
    assert "\r" not in stream.getvalue()


def test_in_a_log_a_line_also_comes_every_so_many_seconds(settings):
    settings.ARCHIVE_PROGRESS_EVERY_ITEMS = 1000
    settings.ARCHIVE_PROGRESS_EVERY_SECONDS = 0
    stream = io.StringIO()
    progress = Progress("work", stream=stream)
    for _ in progress.track(range(3)):
        pass
    progress.close()
    progress.close()  # said once

    assert len(PROGRESS.findall(stream.getvalue())) == 3
    assert len(DONE.findall(stream.getvalue())) == 1


def test_a_bar_is_drawn_only_when_asked_for_or_on_a_terminal():
    stream = io.StringIO()
    with Progress("work", total=3, stream=stream, mode="bar") as progress:
        progress.update(3)
    assert "\r" in stream.getvalue() and "3/3" in stream.getvalue()
    assert not Progress("work", stream=io.StringIO()).bar_mode
    with pytest.raises(ValueError, match="progress mode"):
        Progress("work", mode="sometimes")


@pytest.mark.django_db
def test_ingest_in_a_log_prints_progress_lines_and_its_summary(gazetteer, every_two):
    out, err = run("ingest", str(SEEDS))

    assert [match[1:] for match in PROGRESS.findall(err)] == [("2", "", "documents"), ("4", "", "documents")]
    assert DONE.search(err).groups() == ("ingest", "5", None, "documents")
    assert "added 5, failed 0" in err.splitlines()[-1]
    assert out.count("added      ") == 5  # the line per document stays in a log
    assert "5 documents: 5 added" in out


@pytest.mark.django_db
def test_reindex_in_a_log_counts_the_statements_it_indexes(gazetteer, every_two):
    list(ingest_paths([SEEDS], Overrides()))
    public = Statement.objects.public().count()
    assert public > 2

    out, err = run("reindex")

    assert DONE.search(err).groups() == ("reindex", str(public), str(public), "statements")
    assert PROGRESS.search(err).groups()[1:] == ("2", str(public), "statements")
    assert f"indexed {public} statements" in out


@pytest.mark.django_db
def test_reextract_in_a_log_counts_the_articles(gazetteer, every_two):
    list(ingest_paths([SEEDS], Overrides()))

    out, err = run("reextract", "--all")

    assert [match[1:] for match in PROGRESS.findall(err)] == [("2", "5", "articles"), ("4", "5", "articles")]
    assert DONE.search(err).groups() == ("reextract", "5", "5", "articles")
    assert "5 articles: 5 re-extracted" in out


@pytest.mark.django_db
def test_poll_sources_in_a_log_counts_the_sources(gazetteer, page_server, every_two, settings):
    settings.ARCHIVE_POLL_HOST_DELAY = settings.ARCHIVE_POLL_RETRIES = settings.ARCHIVE_POLL_BACKOFF = 0
    page = page_server.page("/news/plumber-jailed-for-boiler", realnews("telegraph-plumber-jailed.html"))
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
            f"<item><title>Story</title><link>{page}</link></item></channel></rss>").encode()
    Source.objects.create(name="Wire", url=page_server.page("/feed.xml", feed))
    Source.objects.create(name="Gone", url=page_server.url("/missing.xml"))
    Source.objects.create(name="Empty", url=page_server.page("/empty.xml", feed.replace(b"<item>", b"<x>")))

    out, err = run("poll_sources", "--all")

    assert PROGRESS.search(err).groups() == ("poll_sources", "2", "3", "sources")
    done = DONE.search(err)
    assert done.groups() == ("poll_sources", "3", "3", "sources")
    assert "added 1, failed 1" in err[done.start():]
    assert "3 sources polled: 1 articles added, 1 sources failed" in out
    assert Article.objects.count() == 1
