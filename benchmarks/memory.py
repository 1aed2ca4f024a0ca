"""Web process memory: the resident size (RSS) of gunicorn workers serving the heaviest pages of an archive.

    .venv/bin/python benchmarks/memory.py --data-dir /tmp/pages-1m --backend tantivy   # an existing corpus
    .venv/bin/python benchmarks/memory.py --data-dir /tmp/memory-20k --statements 20000  # built if missing

Starts gunicorn with the production configuration (archive/gunicorn.conf.py, loopback only) on the
SQLite database and search index under --data-dir (the layout `benchmarks/pages.py --workdir` and
`benchmarks/load.py --data-dir` leave: archive.sqlite3 and index/), then requests, --rounds times, every
page kind a researcher can ask for, each list cold at first (facet and result counts computed): the
list unfiltered, by kind, speaker, conflict, two conflicts, outlet, country and year, deep pages,
searches, statement, speaker, conflict and article pages, feeds, the JSON API, and whole CSV and JSON
exports (the biggest responses: every public statement). The RSS of every worker process is read from
/proc every 50 ms throughout. Prints one JSON object and a short table: per worker the RSS after start-up
and the peak, and whether the peak stays under the 300 MB target.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import PYTHON, ROOT, environment, fetch, free_port, manage, prepare, sample_targets, wait_for  # noqa: E402

TARGET_MB = 300
SAMPLE_EVERY_S = 0.05


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def worker_pids(master: int) -> list[int]:
    try:
        with open(f"/proc/{master}/task/{master}/children") as children:
            return [int(pid) for pid in children.read().split()]
    except OSError:
        return []


class RssSampler(threading.Thread):
    """Peak RSS per worker of the gunicorn master `master`, sampled until stopped."""

    def __init__(self, master: int):
        super().__init__(daemon=True)
        self.master = master
        self.peak: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            for pid in worker_pids(self.master):
                mb = rss_mb(pid)
                if mb is not None:
                    self.peak[pid] = max(self.peak.get(pid, 0.0), mb)
            time.sleep(SAMPLE_EVERY_S)


def page_paths(targets: dict) -> list[str]:
    speaker, conflicts = targets["speakers"][0], targets["conflicts"]
    lists = [
        {}, {"kind": "direct"}, {"speaker": speaker}, {"conflict": conflicts[0]},
        {"conflict": conflicts[:2]}, {"year": "2019"}, {"q": "security"}, {"q": "peace talks", "sort": "newest"},
        {"q": "border", "conflict": conflicts[0]}, {"sort": "oldest"},
    ]
    paths = ["/statements/?" + urlencode(query, doseq=True) for query in lists]
    paths += [f"/statements/{pk}/" for pk in targets["statements"][:20]]
    paths += [f"/speakers/{slug}/" for slug in targets["speakers"][:10]]
    paths += [f"/conflicts/{slug}/" for slug in conflicts]
    paths += [f"/articles/{pk}/" for pk in targets["articles"][:10]]
    paths += ["/", "/statements/feed/?q=peace", f"/compare/?speaker={speaker}&speaker={targets['speakers'][1]}"]
    return paths


EXPORTS = ["/statements/?format=csv", "/statements/?format=json", "/statements/?format=json&q=security"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--statements", type=int, default=0,
                        help="build an archive of this many statements under --data-dir if it has none")
    parser.add_argument("--backend", default="tantivy", choices=["whoosh", "tantivy"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    if args.statements:
        env = prepare(args.data_dir, args.statements, args.backend)
    else:
        env = environment(args.data_dir, args.backend)
        if not (args.data_dir / "archive.sqlite3").exists():
            raise SystemExit(f"no archive.sqlite3 under {args.data_dir}: give --statements N to build one")
        manage(env, "createcachetable")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    targets = sample_targets(env)
    port = free_port()
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", str(ROOT / "archive" / "gunicorn.conf.py"), "archive.wsgi",
         "--access-logfile", "/dev/null"],
        # One client asks for everything here: the rate limits (which it would meet) are not measured.
        env={**env, "ARCHIVE_RATE_LIMIT": "0", "ARCHIVE_RATE_LIMIT_EXPENSIVE": "0", "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(args.workers),
             "GUNICORN_THREADS": str(args.threads)},
        cwd=ROOT, start_new_session=True,
    )
    report: dict = {"data_dir": str(args.data_dir), "backend": args.backend,
                    "gunicorn": f"{args.workers} workers x {args.threads} threads", "target_mb": TARGET_MB}
    try:
        wait_for(port)
        report["after_start_mb"] = {str(pid): round(rss_mb(pid) or 0, 1) for pid in worker_pids(server.pid)}
        sampler = RssSampler(server.pid)
        sampler.start()
        statuses: dict[str, int] = {}
        started = time.monotonic()
        for _ in range(args.rounds):
            for path in page_paths(targets) + EXPORTS:
                status, _ = fetch(port, "127.0.0.1", path, timeout=600)
                statuses[str(status)] = statuses.get(str(status), 0) + 1
        sampler.stop.set()
        sampler.join()
        report["seconds"] = round(time.monotonic() - started, 1)
        report["responses_by_status"] = dict(sorted(statuses.items()))
        report["peak_mb"] = {str(pid): round(mb, 1) for pid, mb in sorted(sampler.peak.items())}
        highest = max(sampler.peak.values(), default=0.0)
        report["highest_peak_mb"] = round(highest, 1)
        report["pass"] = {"under_300_mb": highest < TARGET_MB, "all_answered": all(200 <= int(status) < 400 for status in statuses)}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    print(json.dumps(report, indent=2))
    print(f"\nworkers after start-up: {report.get('after_start_mb')} MB; peak: {report.get('peak_mb')} MB; "
          f"target < {TARGET_MB} MB: {'met' if report.get('pass', {}).get('under_300_mb') else 'NOT met'}")


if __name__ == "__main__":
    main()
