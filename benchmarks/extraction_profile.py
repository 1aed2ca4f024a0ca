"""Where extraction spends its time: per-article milliseconds against length, and a cProfile of the hot functions.

    .venv/bin/python benchmarks/extraction_profile.py                 # PolNeAR dev sample (POLNEAR_DIR or /work/polnear)
    .venv/bin/python benchmarks/extraction_profile.py --set seeds --set realnews --top 40
    .venv/bin/python benchmarks/extraction_profile.py --sort tottime

Sets: "polnear" (benchmarks/polnear/dev.txt texts), "seeds" (the shared seed gold), "realnews" (the pages of
tests/data/realnews*/gold.json, HTML, trafilatura's parsing included), "golds" (tests/data/extraction*/gold.json).
Each article is extracted once to warm caches, then timed over --repeat passes (CPU time, one core); the slowest
articles per 1,000 characters are listed first, since time growing faster than the text is what a profile of the
whole set hides.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import DEFAULT_GOLD, GAZETTEER, REPO, load  # noqa: E402  (benchmarks/extraction.py)

from statements.extraction.gazetteer import read_gazetteer  # noqa: E402
from statements.extraction.pipeline import extract_article  # noqa: E402

POLNEAR = Path(os.environ.get("POLNEAR_DIR", "/work/polnear"))


def documents(name: str) -> list[tuple[str, str, str]]:
    """(label, raw, fmt) of one set."""
    if name == "polnear":
        names = (REPO / "benchmarks" / "polnear" / "dev.txt").read_text(encoding="utf-8").split()
        paths = [POLNEAR / "data" / "train" / "text" / f"{n.rsplit('_', 1)[0]}.txt" for n in names]
        return [(p.stem, p.read_text(encoding="utf-8"), "text") for p in paths]
    golds = {"seeds": [DEFAULT_GOLD], "realnews": sorted((REPO / "tests" / "data").glob("realnews*/gold.json")),
             "golds": sorted((REPO / "tests" / "data").glob("extraction*/gold.json"))}[name]
    return [(entry["file"], raw, "html" if entry["file"].endswith((".html", ".htm")) else "text")
            for gold in golds for entry, raw in load(gold, None)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", choices=("polnear", "seeds", "realnews", "golds"))
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per article")
    parser.add_argument("--top", type=int, default=30, help="functions listed from the profile")
    parser.add_argument("--sort", default="cumulative", choices=("cumulative", "tottime", "ncalls"))
    parser.add_argument("--slowest", type=int, default=10, help="articles listed, slowest per 1,000 characters")
    args = parser.parse_args(argv)
    gazetteer = read_gazetteer(GAZETTEER)
    docs = [doc for name in args.set or ["polnear"] for doc in documents(name)]
    for _, raw, fmt in docs:
        extract_article(raw, gazetteer=gazetteer, fmt=fmt)
    timings = []
    for label, raw, fmt in docs:
        started = time.process_time()
        for _ in range(args.repeat):
            extract_article(raw, gazetteer=gazetteer, fmt=fmt)
        timings.append((1000 * (time.process_time() - started) / args.repeat, len(raw), label))
    total_ms = sum(t for t, _, _ in timings)
    print(f"{len(docs)} articles, {sum(n for _, n, _ in timings) / len(docs):,.0f} chars mean, "
          f"{1000 * len(docs) / total_ms:.1f} articles/s per core ({total_ms / len(docs):.2f} ms each)")
    print(f"{'ms':>8}{'chars':>9}{'ms/1k':>7}  article")
    for ms, chars, label in sorted(timings, key=lambda t: -t[0] / max(t[1], 1))[: args.slowest]:
        print(f"{ms:>8.2f}{chars:>9,}{1000 * ms / max(chars, 1):>7.2f}  {label}")
    profile = cProfile.Profile()
    profile.enable()
    for _, raw, fmt in docs:
        extract_article(raw, gazetteer=gazetteer, fmt=fmt)
    profile.disable()
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
