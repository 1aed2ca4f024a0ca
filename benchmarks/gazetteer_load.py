"""How long `manage.py load_gazetteer` takes: a fresh database, then reloads of an archive already loaded.

    .venv/bin/python benchmarks/gazetteer_load.py [--database-url sqlite:////tmp/gazetteer-bench.sqlite3] [--reloads 2]

The database is migrated from nothing (SQLite in a temporary directory unless --database-url is given; a
given database is used as it is, so point it at a scratch one). Timed: statements.ingest.gazetteer_loader.
load_gazetteer over fixtures/gazetteer/, wall clock, once fresh and --reloads times again. Also reported:
the queries each load ran and the rows it left. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--reloads", type=int, default=2)
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="gazetteer-bench-")
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir}/db.sqlite3"
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from statements.ingest.gazetteer_loader import load_gazetteer
    from statements.models import Conflict, Speaker, SpeakerAlias, SpeakerRole

    call_command("migrate", verbosity=0)
    runs = []
    for label in ["fresh", *["reload"] * args.reloads]:
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            load_gazetteer()
            seconds = time.perf_counter() - started
        runs.append({"load": label, "seconds": round(seconds, 3), "queries": len(queries)})
    print(json.dumps({
        "database": connection.vendor,
        "runs": runs,
        "rows": {
            "speakers": Speaker.objects.count(),
            "people_with_roles": Speaker.objects.filter(kind="person", roles__isnull=False).distinct().count(),
            "aliases": SpeakerAlias.objects.count(),
            "roles": SpeakerRole.objects.count(),
            "conflicts": Conflict.objects.count(),
        },
    }, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
