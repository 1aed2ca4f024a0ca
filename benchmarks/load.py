"""Load test: a mixed researcher workload against gunicorn on 127.0.0.1, then the same with abusive clients.

    .venv/bin/python benchmarks/load.py                         # 20k statements, 40 req/s, 5 min + 5 min
    .venv/bin/python benchmarks/load.py --duration 60 --statements 5000   # a quick look

Loopback only, bounded in time: the server binds 127.0.0.1, every client binds its own loopback address
(127.0.0.10 and up for researchers, one per 2 req/s of --rate and at least 20; 127.0.0.2-3 for the
abusers) so the rate limiter sees separate clients, and every loop stops at its deadline. The archive
(SQLite file, index, static files) is built once under --data-dir and reused by later runs.

Phase 1: researchers only, an open-loop schedule of --rate requests a second (searches, filters, facets,
statement, speaker and article pages, feeds, small exports). Phase 2: the same schedule plus two abusive
clients, each sending expensive searches (leading and inner wildcards, fuzzy words, whole exports) from
--abuser-threads threads as fast as the server answers (--researchers-only skips phase 2). Every run
starts with empty caches (--warmup S first runs the researchers' mix for S seconds, reported apart);
ARCHIVE_PAGE_CACHE_SECONDS=0 in the environment measures the server with no page cache (every page
rendered). Prints one JSON document: per phase the researchers' throughput, the share of answers served
from the page cache, error and 5xx counts, latency percentiles (overall and per kind of request), the CPU
used by gunicorn and by this load generator (in cores: they share the machine), the load average before
and at the end; the abusers' answers by status. benchmarks/load_profile.py measures each kind of request on its own.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import random
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MAX_LAG = 10.0  # seconds behind schedule after which a researcher request is dropped, not sent

WORDS = ["security", "peace", "talks", "border", "ceasefire", "sanctions", "negotiations", "humanitarian",
         "sovereignty", "escalation", "troops", "peacekeepers", "corridor", "dialogue", "agreement"]
PHRASES = ['"peace talks"', '"border demarcation"', '"security situation"', '"humanitarian corridor"']
PAGE_CACHE_HEADER = "X-Archive-Cache"  # statements.web.page_cache: "hit" when the page was served from the cache
ABUSIVE = ["*a*", "*", "ab*", "secur*", "peace~2", "negotiatons~2", "(a OR b OR c OR d) AND *e*", "t*"]


def environment(data_dir: Path, backend: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "ARCHIVE_SEARCH_BACKEND": backend,
        "DATABASE_URL": f"sqlite:///{data_dir / 'archive.sqlite3'}",
        "ARCHIVE_INDEX_DIR": str(data_dir / "index"),
        "STATIC_ROOT": str(data_dir / "static"),
        "SECRET_KEY": "load-test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "ARCHIVE_CACHE": "db",  # shared by the worker processes, as README advises for production
        "ARCHIVE_COUNTERS_FILE": str(data_dir / "counters.sqlite3"),
        "LOG_LEVEL": "WARNING",
    })
    env.pop("DEBUG", None)
    return env


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([PYTHON, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def prepare(data_dir: Path, statements: int, backend: str) -> dict[str, str]:
    env = environment(data_dir, backend)
    data_dir.mkdir(parents=True, exist_ok=True)
    marker = data_dir / f"ready-{statements}-{backend}"
    if not marker.exists():
        for stale in data_dir.glob("archive.sqlite3*"):
            stale.unlink()
        manage(env, "migrate", "--verbosity", "0")
        manage(env, "createcachetable")
        manage(env, "load_gazetteer")
        print(manage(env, "generate_corpus", "--statements", str(statements)).strip(), file=sys.stderr)
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        marker.touch()
    else:
        manage(env, "migrate", "--verbosity", "0")  # an archive built by an older version of the code
    return env


def sample_targets(env: dict[str, str]) -> dict[str, list[str]]:
    code = (
        "import django, json; django.setup();"
        "from statements.models import Statement, Speaker, Conflict, Article;"
        "print(json.dumps({'statements': list(Statement.objects.values_list('id', flat=True)[:2000:7]),"
        "'speakers': list(Speaker.objects.values_list('slug', flat=True)[:200]),"
        "'conflicts': list(Conflict.objects.values_list('slug', flat=True)),"
        "'articles': list(Article.objects.values_list('id', flat=True)[:1000:5])}))"
    )
    out = subprocess.run([PYTHON, "-c", code], env={**env, "DJANGO_SETTINGS_MODULE": "archive.settings"},
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def researcher_path(rng: random.Random, targets: dict) -> tuple[str, str]:
    """One researcher request: its kind (the URL class reported per phase) and its path."""
    roll = rng.random()
    if roll < 0.35:
        query = {"q": rng.choice(WORDS + PHRASES)}
        if rng.random() < 0.3:
            query["conflict"] = rng.choice(targets["conflicts"])
            return "search+filter", "/statements/?" + urlencode(query)
        return "search", "/statements/?" + urlencode(query)
    if roll < 0.45:
        query = {"q": f"{rng.choice(WORDS)} {rng.choice(WORDS)}", "sort": "newest"}
        return "search-newest", "/statements/?" + urlencode(query)
    if roll < 0.55:
        return "filtered-list", "/statements/?" + urlencode({"speaker": rng.choice(targets["speakers"])})
    if roll < 0.70:
        return "statement", f"/statements/{rng.choice(targets['statements'])}/"
    if roll < 0.78:
        return "speaker", f"/speakers/{rng.choice(targets['speakers'])}/"
    if roll < 0.84:
        return "article", f"/articles/{rng.choice(targets['articles'])}/"
    if roll < 0.88:
        return "conflict", f"/conflicts/{rng.choice(targets['conflicts'])}/"
    if roll < 0.93:
        return "feed", "/statements/feed/?" + urlencode({"q": rng.choice(WORDS)})
    if roll < 0.97:
        return "home", "/"
    # In the list's canonical key order: any other order is answered with a 301 to this one.
    speaker = rng.choice(targets["speakers"])
    query = {"q": rng.choice(WORDS), "speaker": speaker, "format": "json"}
    return "export", "/statements/?" + urlencode(query)


def fetch(port: int, source: str, path: str, timeout: float = 30.0) -> tuple[int, float]:
    status, elapsed, _ = fetch_page(port, source, path, timeout)
    return status, elapsed


def fetch_page(port: int, source: str, path: str, timeout: float = 30.0) -> tuple[int, float, bool]:
    """Status (0: no answer), seconds, and whether the page came from the archive's page cache."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    cached = False
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        response.read()
        status, cached = response.status, response.getheader(PAGE_CACHE_HEADER) == "hit"
    except (OSError, http.client.HTTPException):
        status = 0  # connection refused, reset or timed out: an error
    finally:
        connection.close()
    return status, time.perf_counter() - started, cached


def percentile(sorted_values: list[float], fraction: float) -> float | None:
    """The value `fraction` of the way up `sorted_values`, in milliseconds (None when there are none)."""
    if not sorted_values:
        return None
    return round(1000 * sorted_values[int(fraction * (len(sorted_values) - 1))], 1)


def run_researchers(port: int, targets: dict, rate: float, duration: float, seed: int) -> dict:
    rng = random.Random(seed)
    results: list[tuple[str, int, float]] = []
    hits: dict[str, int] = {}
    lock = threading.Lock()
    # At least 20 researchers, and enough that each sends at most 2 requests a second (120 a minute, well
    # within the default rate limit of 300): a faster schedule means more researchers, not busier ones.
    sources = [f"127.0.{10 + n // 200}.{10 + n % 200}" for n in range(max(20, math.ceil(rate / 2)))]

    def one(kind_path: tuple[str, str], source: str, due: float) -> None:
        # Latency from the scheduled time, not from when a client thread got to it: a server that falls
        # behind is charged for the wait (no coordinated omission). Past MAX_LAG behind schedule the
        # request is not sent and counts as dropped, so a phase ends soon after its duration.
        kind, path = kind_path
        if time.monotonic() - due > MAX_LAG:
            with lock:
                results.append((kind, -1, 0.0))
            return
        status, _, cached = fetch_page(port, source, path)
        with lock:
            results.append((kind, status, time.monotonic() - due))
            hits[kind] = hits.get(kind, 0) + cached

    started = time.monotonic()
    cpu_started = resource.getrusage(resource.RUSAGE_SELF)
    total = int(rate * duration)
    with ThreadPoolExecutor(max_workers=64) as pool:
        for n in range(total):
            due = started + n / rate
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            pool.submit(one, researcher_path(rng, targets), sources[n % len(sources)], due)
    elapsed = time.monotonic() - started
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    latencies = sorted(latency for _, status, latency in results if 200 <= status < 400)
    ok = len(latencies)
    by_kind: dict[str, dict] = {}
    for kind in sorted({kind for kind, _, _ in results}):
        answered = sorted(latency for k, status, latency in results if k == kind and 200 <= status < 400)
        by_kind[kind] = {"requests": sum(1 for k, _, _ in results if k == kind), "ok": len(answered),
                         "p50_ms": percentile(answered, 0.5), "p95_ms": percentile(answered, 0.95),
                         "page_cache_hits": hits.get(kind, 0)}
    return {
        "requests": len(results),
        "ok": ok,
        "throughput_ok_per_s": round(ok / elapsed, 2),
        # Answers served whole from the page cache (a page already seen since the data last changed).
        "page_cache_hit_share": round(sum(hits.values()) / ok, 3) if ok else None,
        "errors": sum(1 for _, status, _ in results if not 200 <= status < 400 and status != -1),
        "status_5xx": sum(1 for _, status, _ in results if status >= 500),
        "refused_429": sum(1 for _, status, _ in results if status == 429),
        "no_answer": sum(1 for _, status, _ in results if status == 0),
        "dropped_behind_schedule": sum(1 for _, status, _ in results if status == -1),
        "p50_ms": percentile(latencies, 0.5),
        "p95_ms": percentile(latencies, 0.95),
        "p99_ms": percentile(latencies, 0.99),
        "seconds": round(elapsed, 1),
        # The load generator shares the machine with the server: its own CPU use (all its threads,
        # including the abusers' while they run) in cores, so a saturated client can be told apart.
        "generator_cpu_cores": round((cpu.ru_utime + cpu.ru_stime - cpu_started.ru_utime - cpu_started.ru_stime)
                                     / elapsed, 3),
        "by_kind": by_kind,
    }


def run_abusers(port: int, deadline: float, threads: int, stop: threading.Event) -> dict:
    counts: dict[str, int] = {}
    lock = threading.Lock()

    def hammer(source: str, seed: int) -> None:
        rng = random.Random(seed)
        while time.monotonic() < deadline and not stop.is_set():
            query = {"q": rng.choice(ABUSIVE)}
            if rng.random() < 0.2:
                query = {"format": rng.choice(["csv", "json"])}
            status, _ = fetch(port, source, "/statements/?" + urlencode(query), timeout=10)
            with lock:
                counts[str(status)] = counts.get(str(status), 0) + 1

    workers = [
        threading.Thread(target=hammer, args=(source, n), daemon=True)
        for n, source in enumerate(["127.0.0.2", "127.0.0.3"] * threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=max(0.0, deadline - time.monotonic()) + 15)
    return dict(sorted(counts.items()))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        status, _ = fetch(port, "127.0.0.1", "/", timeout=5)
        if status == 200:
            return
        time.sleep(0.5)
    raise SystemExit("gunicorn did not answer within a minute")


def start_server(env: dict[str, str], workers: int, threads: int) -> tuple[subprocess.Popen, int]:
    """gunicorn with the production configuration and this run's address and sizes, in its own session."""
    port = free_port()
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", str(ROOT / "archive" / "gunicorn.conf.py"), "archive.wsgi",
         "--access-logfile", "/dev/null"],
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers),
             "GUNICORN_THREADS": str(threads)},
        cwd=ROOT, start_new_session=True,
    )
    return server, port


def server_cpu_seconds(server: subprocess.Popen) -> float:
    """CPU time used so far by gunicorn's master and workers (workers that already exited, recycled
    after max_requests, are in the master's children's times)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        pid, ppid, pgid = int(stat.parent.name), int(fields[1]), int(fields[2])
        if pid == server.pid:
            total += sum(int(value) for value in fields[11:15]) / ticks  # utime stime cutime cstime
        elif ppid == server.pid and pgid == server.pid:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def stop_server(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def phase(server: subprocess.Popen, port: int, targets: dict, args: argparse.Namespace, seed: int) -> dict:
    """One researchers' phase, with the server's CPU use (in cores) and the load average at its end."""
    cpu = server_cpu_seconds(server)
    result = run_researchers(port, targets, args.rate, args.duration, seed)
    result["server_cpu_cores"] = round((server_cpu_seconds(server) - cpu) / result["seconds"], 3)
    result["loadavg_1m_end"] = round(os.getloadavg()[0], 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=20_000)
    parser.add_argument("--rate", type=float, default=40.0, help="researcher requests per second")
    parser.add_argument("--duration", type=float, default=300.0, help="seconds per phase")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--abuser-threads", type=int, default=4, help="concurrent requests per abusive client")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "load")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--researchers-only", action="store_true", help="skip the phase with abusive clients")
    parser.add_argument("--warmup", type=float, default=0.0,
                        help="seconds of the researchers' mix before phase 1, reported apart (default: none, "
                             "phase 1 starts from empty caches)")
    parser.add_argument("--backend", default="whoosh", choices=["whoosh", "tantivy"], help="ARCHIVE_SEARCH_BACKEND")
    args = parser.parse_args()

    env = prepare(args.data_dir, args.statements, args.backend)
    targets = sample_targets(env)
    # Every run starts from an empty cache (as after a deployment), not from counts an earlier run left.
    manage(env, "shell", "-c", "from django.core.cache import caches; [c.clear() for c in caches.all()]")
    server, port = start_server(env, args.workers, args.threads)
    report: dict = {"statements": args.statements, "backend": args.backend, "rate": args.rate, "duration_s": args.duration,
                    "gunicorn": f"{args.workers} workers x {args.threads} threads", "cpus": os.cpu_count(),
                    "page_cache_seconds": env.get("ARCHIVE_PAGE_CACHE_SECONDS", "3600 (the default)")}
    try:
        wait_for(port)
        for path in ["/statements/?q=security", "/statements/?q=peace+talks", "/"]:  # warm the workers
            for _ in range(4):
                fetch(port, "127.0.0.1", path)
        if args.warmup:
            # The same mix for a while first, not counted: pages seen since the data last changed are then
            # in the page cache, as on a server that has been up for a while.
            warm = argparse.Namespace(**{**vars(args), "duration": args.warmup})
            report["warmup"] = phase(server, port, targets, warm, args.seed + 100)
        report["loadavg_before"] = [round(x, 2) for x in os.getloadavg()]
        report["researchers_alone"] = phase(server, port, targets, args, args.seed)
        alone = report["researchers_alone"]
        report["pass"] = {
            "alone_0_errors": alone["errors"] == 0 and alone["dropped_behind_schedule"] == 0,
            "alone_p95_le_500ms": (alone["p95_ms"] or 1e9) <= 500,
        }
        if not args.researchers_only:
            stop = threading.Event()
            deadline = time.monotonic() + args.duration
            abusers: dict = {}
            thread = threading.Thread(
                target=lambda: abusers.update(run_abusers(port, deadline, args.abuser_threads, stop)), daemon=True
            )
            thread.start()
            report["with_abusers"] = mixed = phase(server, port, targets, args, args.seed + 1)
            stop.set()
            thread.join(timeout=30)
            report["abusers_by_status"] = abusers
            report["researcher_throughput_kept"] = round(mixed["throughput_ok_per_s"] / alone["throughput_ok_per_s"], 3)
            report["pass"].update({
                "abuse_0_5xx": mixed["status_5xx"] == 0 and "500" not in abusers and "502" not in abusers,
                "abuse_throughput_ge_80pct": report["researcher_throughput_kept"] >= 0.8,
            })
    finally:
        stop_server(server)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
