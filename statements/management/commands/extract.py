import argparse
import json
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from statements.extraction.gazetteer import read_gazetteer
from statements.extraction.jsonl import document_records
from statements.extraction.types import ExtractionError, Gazetteer
from statements.ingest.gazetteer_loader import DEFAULT_GAZETTEER, gazetteer_from_db
from statements.ingest.documents import IngestOutcome
from statements.ingest.readers import read_documents


class Command(BaseCommand):
    help = (
        "Extract the statements of article files or folders (.txt seed format, .html, .jsonl) without writing "
        "anything to the database. --jsonl prints one JSON object per statement."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument("--jsonl", action="store_true", help="one JSON object per statement")
        parser.add_argument("--published", type=_iso_date, help="publication date for every article, YYYY-MM-DD")

    def handle(self, *args, paths, jsonl, published, **options):
        gazetteer = self._gazetteer()
        failed = 0
        for item in read_documents(paths):
            if isinstance(item, IngestOutcome):
                failed += item.failed
                self.stderr.write(f"{item.status} {item.source}: {item.reason}")
                continue
            try:
                records = document_records(item.source, item.raw, item.fmt, item.meta, gazetteer, published)
            except ExtractionError as error:
                failed += 1
                self.stderr.write(f"failed {item.source}: {error}")
                continue
            for record in records:
                if jsonl:
                    self.stdout.write(json.dumps(record, ensure_ascii=False))
                else:
                    self.stdout.write(f"{record['doc']}\t{record['kind']}\t{record['speaker']}\t{record['text']}")
        if failed:
            raise CommandError(f"{failed} document(s) could not be extracted")

    def _gazetteer(self) -> Gazetteer:
        """The curated gazetteer in the database; the fixture file when the database has no speakers yet.

        Extraction writes nothing, so it must also work where no database was ever set up (a fresh clone, a
        pipeline that only wants the JSON lines): then it says so and uses the fixture file.
        """
        try:
            gazetteer = gazetteer_from_db()
        except DatabaseError as error:
            self.stderr.write(f"no archive database ({error}); using the gazetteer in {DEFAULT_GAZETTEER}")
            return read_gazetteer(DEFAULT_GAZETTEER)
        return gazetteer if gazetteer.speakers else read_gazetteer(DEFAULT_GAZETTEER)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date like 2023-09-20, not {value!r}") from None
