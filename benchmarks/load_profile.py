"""Where the server's time goes per request of the load test's researcher mix, one URL class at a time.

    .venv/bin/python benchmarks/load_profile.py --statements 20000 --backend tantivy --data-dir /tmp/load-20k

The archive and gunicorn are those of benchmarks/load.py (same data directory, production configuration).
For each kind of researcher request (search, filtered list, statement, speaker, article, feed, export...)
it sends --per-kind distinct paths of that kind one after another from one client (no queueing, no
concurrency), then the same paths again: the first pass is what a path costs the first time (counts not
yet cached), the second what it costs warm: served whole from the page cache (the production default)
or, with ARCHIVE_PAGE_CACHE_SECONDS=0 in the environment, rendered again from cached counts. Per kind and
pass it reports the mean wall time and the mean CPU time gunicorn's processes spent per request (read
from /proc), so that server work can be told from waiting.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # noqa: E402  (the same archive, server and workload as the load test)


def paths_by_kind(targets: dict, per_kind: int, seed: int) -> dict[str, list[str]]:
    """`per_kind` distinct researcher paths of every kind, drawn as the load test draws them."""
    rng = random.Random(seed)
    found: dict[str, list[str]] = {}
    for _ in range(200_000):
        kind, path = load.researcher_path(rng, targets)
        paths = found.setdefault(kind, [])
        if len(paths) < per_kind and path not in paths:
            paths.append(path)
        if len(found) >= 11 and all(len(p) >= per_kind for p in found.values()):
            break
    return found


def measure(server, port: int, paths: list[str], sources: list[str]) -> dict:
    walls, statuses = [], {}
    cpu = load.server_cpu_seconds(server)
    for n, path in enumerate(paths):
        status, wall = load.fetch(port, sources[n % len(sources)], path)
        walls.append(wall)
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    cpu = load.server_cpu_seconds(server) - cpu
    return {
        "wall_ms_mean": round(1000 * sum(walls) / len(walls), 1),
        "wall_ms_max": round(1000 * max(walls), 1),
        "server_cpu_ms_mean": round(1000 * cpu / len(paths), 1),
        "statuses": statuses,
    }


def saturate(server, port: int, targets: dict, clients: int, seconds: float, seed: int) -> dict:
    """`clients` researchers each sending the load test's mix as fast as answers come (closed loop):
    the server's capacity, and its CPU time per request, whatever else the machine is doing."""
    import threading

    results: list[tuple[str, int, float]] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def researcher(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        sent = 0
        while time.monotonic() < deadline:
            kind, path = load.researcher_path(rng, targets)
            sent += 1
            # Many addresses per researcher, so that the rate limit never answers in place of the page.
            status, wall = load.fetch(port, f"127.0.{n + 1}.{sent % 250 + 1}", path)
            with lock:
                results.append((kind, status, wall))

    cpu = load.server_cpu_seconds(server)
    started = time.monotonic()
    threads = [threading.Thread(target=researcher, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    cpu = load.server_cpu_seconds(server) - cpu
    walls = sorted(wall for _, status, wall in results if 200 <= status < 400)
    return {
        "clients": clients, "seconds": round(elapsed, 1), "requests": len(results), "ok": len(walls),
        "throughput_per_s": round(len(walls) / elapsed, 2),
        "server_cpu_cores": round(cpu / elapsed, 3),
        "server_cpu_ms_per_request": round(1000 * cpu / max(1, len(results)), 1),
        "p50_ms": load.percentile(walls, 0.5), "p95_ms": load.percentile(walls, 0.95),
        "statuses": {str(s): sum(1 for _, status, _ in results if status == s) for s in {r[1] for r in results}},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=20_000)
    parser.add_argument("--backend", default="tantivy", choices=["whoosh", "tantivy"])
    parser.add_argument("--data-dir", type=Path, default=load.ROOT / "var" / "load")
    parser.add_argument("--per-kind", type=int, default=20, help="distinct paths per kind of request")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--saturate", type=float, default=0,
                        help="instead: this many seconds of --clients researchers sending as fast as answered")
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()

    env = load.prepare(args.data_dir, args.statements, args.backend)
    targets = load.sample_targets(env)
    kinds = paths_by_kind(targets, args.per_kind, args.seed)
    load.manage(env, "shell", "-c", "from django.core.cache import caches; [c.clear() for c in caches.all()]")  # cold means cold
    server, port = load.start_server(env, args.workers, args.threads)
    # Many client addresses, so that the rate limit (per client and minute) never answers instead.
    sources = [f"127.0.0.{100 + n}" for n in range(100)]
    report: dict = {"statements": args.statements, "backend": args.backend, "per_kind": args.per_kind,
                    "loadavg_before": [round(x, 2) for x in os.getloadavg()], "kinds": {}}
    try:
        load.wait_for(port)
        for path in ["/", "/statements/?q=security"]:  # the workers' first requests load code and indexes
            for _ in range(4):
                load.fetch(port, "127.0.0.1", path)
        if args.saturate:
            report["saturated"] = saturate(server, port, targets, args.clients, args.saturate, args.seed)
            kinds = {}
        for kind, paths in sorted(kinds.items()):
            report["kinds"][kind] = {"cold": measure(server, port, paths, sources),
                                     "warm": measure(server, port, paths, sources)}
        started = time.monotonic()
        cpu = load.server_cpu_seconds(server)
        for _ in range(50 if kinds else 0):
            load.fetch(port, "127.0.0.1", "/static/does-not-matter.css")
        if kinds:
            report["static_404_x50_server_cpu_ms_mean"] = round(1000 * (load.server_cpu_seconds(server) - cpu) / 50, 1)
            report["static_404_x50_wall_ms_mean"] = round(1000 * (time.monotonic() - started) / 50, 1)
    finally:
        load.stop_server(server)
    report["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
