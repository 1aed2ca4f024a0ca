"""Load test of two web nodes sharing PostgreSQL (and its search backend) and Redis: the researchers' mix of
benchmarks/load.py, spread evenly over both nodes, at increasing rates, with and without the page cache.

    .venv/bin/python benchmarks/load_cluster.py --statements 100000 --data-dir /tmp/load-cluster-100k \\
        --rates 10,20,40 --rates-uncached 2,4,8 --duration 60

The servers are those of the multinode tests (tests/web/cluster.py: Redis, a PostgreSQL 15 primary, two gunicorn
nodes with the production configuration, all on 127.0.0.1); the database is built once under --data-dir
(migrate, gazetteer, `generate_corpus`, the PostgreSQL search index) and reused by later runs. For each
configuration (page cache on: the production default; off: ARCHIVE_PAGE_CACHE_SECONDS=0) the nodes start
with an empty Redis, --warmup seconds of the mix run first (reported apart), then one phase per rate.
Prints one JSON document: per configuration and rate what benchmarks/load.py reports for a phase (throughput,
page-cache share, errors, p50/p95/p99 overall and per kind, the CPU of both nodes and of this generator,
in cores) and the highest rate answered with p95 <= --p95-target-ms and no error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import load  # noqa: E402  (the researchers' mix, its client and its report)

from tests.web.cluster import Cluster  # noqa: E402


def nodes_cpu_seconds(cluster: Cluster) -> float:
    return sum(load.server_cpu_seconds(web) for web in cluster.webs)


def postgres_cpu_seconds(cluster: Cluster) -> float:
    """CPU time of the primary's postmaster and its processes (backends that ended are in its children's times)."""
    master, ticks, total = cluster.postgres["primary"].pid, os.sysconf("SC_CLK_TCK"), 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == master:
            total += sum(int(value) for value in fields[11:15]) / ticks
        elif ppid == master:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def phase(cluster: Cluster, targets: dict, rate: float, duration: float, seed: int) -> dict:
    cpu, database = nodes_cpu_seconds(cluster), postgres_cpu_seconds(cluster)
    result = load.run_researchers(list(cluster.web_ports), targets, rate, duration, seed)
    result["nodes_cpu_cores"] = round((nodes_cpu_seconds(cluster) - cpu) / result["seconds"], 3)
    result["postgres_cpu_cores"] = round((postgres_cpu_seconds(cluster) - database) / result["seconds"], 3)
    result["loadavg_1m_end"] = round(os.getloadavg()[0], 2)
    # One line per kind: its p95 and how many of its requests were not answered with a page.
    result["by_kind"] = {kind: f"p95 {row['p95_ms']} ms, {row['requests'] - row['ok']} of {row['requests']} not ok"
                         for kind, row in result["by_kind"].items()}
    return result


def configuration(cluster: Cluster, targets: dict, rates: list[float], args, page_cache: bool) -> dict:
    cluster.web_env["ARCHIVE_PAGE_CACHE_SECONDS"] = "3600" if page_cache else "0"
    for node in (0, 1):
        cluster.stop_web(node)
    cluster.redis_client().flushall()  # each configuration starts as after a deployment
    for node in (0, 1):
        cluster.start_web(node)
    for node in (0, 1):
        cluster.wait_for_web(node)
    report: dict = {"page_cache": page_cache}
    if args.warmup:
        report["warmup"] = phase(cluster, targets, rates[0], args.warmup, args.seed + 100)
    report["phases"] = {}
    best = None
    for n, rate in enumerate(rates):
        result = phase(cluster, targets, rate, args.duration, args.seed + n)
        report["phases"][str(rate)] = result
        within = (result["p95_ms"] or 1e9) <= args.p95_target_ms and result["errors"] == 0 \
            and result["dropped_behind_schedule"] == 0
        if within:
            best = max(best or 0, result["throughput_ok_per_s"])
        print(f"page cache {'on' if page_cache else 'off'}: {rate} req/s -> p95 {result['p95_ms']} ms, "
              f"{result['errors']} errors", file=sys.stderr)
    report[f"highest_throughput_with_p95_le_{args.p95_target_ms:g}ms"] = best
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/load-cluster-100k"))
    parser.add_argument("--rates", default="10,20,40,80", help="researcher requests a second, page cache on")
    parser.add_argument("--rates-uncached", default="2,4,8,16", help="the same, page cache off")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per rate")
    parser.add_argument("--warmup", type=float, default=0.0, help="seconds of the mix before the first rate")
    parser.add_argument("--workers", type=int, default=1, help="gunicorn worker processes per node")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker")
    parser.add_argument("--p95-target-ms", type=float, default=200.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    cluster = Cluster(args.data_dir, statements=args.statements, replica=False,
                      workers=args.workers, threads=args.threads)
    report: dict = {"statements": args.statements, "backend": "postgres", "nodes": 2,
                    "gunicorn_per_node": f"{args.workers} workers x {args.threads} threads", "cpus": os.cpu_count(),
                    "duration_s_per_rate": args.duration, "p95_target_ms": args.p95_target_ms}
    try:
        cluster.start()
        targets = load.sample_targets(cluster.environment())
        report["loadavg_before"] = [round(x, 2) for x in os.getloadavg()]
        report["with_page_cache"] = configuration(cluster, targets, [float(r) for r in args.rates.split(",")], args, True)
        report["without_page_cache"] = configuration(
            cluster, targets, [float(r) for r in args.rates_uncached.split(",")], args, False)
    finally:
        cluster.stop()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
