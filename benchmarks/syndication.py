"""Syndicated copies measured: precision and recall of the grouping rule on pairs built from real pages, its
cost per article, and the size of the band table.

    .venv/bin/python benchmarks/syndication.py [--articles 1000] [--database-url URL] [--show-misses]

Pairs (statements.ingest.syndication decides each one as ingest would: a shared LSH band, then the share
of the shorter text's word 5-grams):
- true copies, built from each of the 50 pages of shared/realnews/en and the 5 seeds: the article's text
  inside another site's page (its own headline, navigation, byline, newsletter box, related links and
  footer, read back by trafilatura as ingest reads a page); cut to its first 60% and 40% of paragraphs;
  with two paragraphs of another story and an agency credit added; with a new headline and first paragraph;
  with one word in twelve changed (spelling, house style);
- hard negatives: every pair of the 55 real texts, among them two outlets' own reports of one arrest (St
  Kitts Nevis Observer, St. Lucia Times), the seeds on one conflict, and pages of one site.
Cost: the sketch and band rows of `--articles` originals of real length (words drawn from the real
pages' vocabulary), then the lookup of every built copy among them, on the database given (SQLite by
default).
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search import ROOT, load, run_in_workdir  # noqa: E402  the search benchmark's setup

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)

CHROME = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Courier</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Daily Courier">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body>
<header><a href="/">The Daily Courier</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/world/">World</a></li>
<li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Wire Staff, Reuters</p>{paragraphs}
<div class="newsletter"><p>Get the Morning Briefing: the day's top stories in your inbox every weekday. Sign up now.</p></div>
</article><aside><h2>Most read</h2><ul>{related}</ul></aside></main>
<footer><p>© 2024 The Daily Courier. All rights reserved. Terms of use · Privacy policy · Contact us · Advertise</p></footer>
</body></html>"""


def real_texts() -> dict[str, str]:
    from statements.extraction.decode import decode_bytes
    from statements.extraction.gazetteer import read_gazetteer
    from statements.extraction.pipeline import extract_article

    gazetteer = read_gazetteer(ROOT / "fixtures" / "gazetteer")
    folder = ROOT.parent.parent / "shared" / "realnews" / "en"
    folder = folder if folder.exists() else Path("/work/shared/realnews/en")
    texts = {}
    for path in sorted(folder.glob("*.html")):
        texts[path.name] = extract_article(decode_bytes(path.read_bytes()).text, gazetteer=gazetteer, fmt="html").body
    for path in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        texts[path.name] = extract_article(path.read_text(encoding="utf-8"), gazetteer=gazetteer).body
    return texts


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def built_copies(texts: dict[str, str], rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, name of the original, the copy's text) for each original text."""
    from html import escape

    from statements.extraction.gazetteer import read_gazetteer
    from statements.extraction.pipeline import extract_article

    gazetteer = read_gazetteer(ROOT / "fixtures" / "gazetteer")
    names = list(texts)
    copies = []
    for name, text in texts.items():
        parts = paragraphs(text)
        other = paragraphs(texts[rng.choice([n for n in names if n != name])])
        related = "".join(f'<li><a href="/news/{i}">{escape(paragraphs(texts[n])[0][:80])}</a></li>'
                          for i, n in enumerate(rng.sample(names, 5)))
        page = CHROME.format(title="Wire: " + escape(parts[0][:70]), related=related,
                             paragraphs="".join(f"<p>{escape(p)}</p>" for p in parts))
        copies.append(("another site's page", name, extract_article(page, gazetteer=gazetteer, fmt="html").body))
        copies.append(("first 60% of paragraphs", name, "\n".join(parts[: max(1, round(len(parts) * 0.6))])))
        copies.append(("first 40% of paragraphs", name, "\n".join(parts[: max(1, round(len(parts) * 0.4))])))
        copies.append(("two paragraphs of another story added", name, "\n".join(
            [*parts, *other[:2], "This story was provided by an agency and edited for length."])))
        copies.append(("new headline and first paragraph", name, "\n".join(
            ["Local officials react as the story unfolds", "Here is what we know so far, and what comes next.",
             *parts[1:]])))
        words = text.split(" ")
        copies.append(("one word in twelve changed", name, " ".join(
            (w + "s" if i % 12 == 5 else w) for i, w in enumerate(words))))
    return copies


def decide(copy, original, shared_band: bool, threshold: float) -> bool:
    from statements.extraction.near_duplicates import overlap

    return shared_band and copy.usable and overlap(copy.shingles, original.shingles).containment >= threshold


def measure_pairs(texts: dict[str, str], copies, show_misses: bool) -> dict:
    from statements.extraction.near_duplicates import overlap, sketch

    sketches = {name: sketch(text) for name, text in texts.items()}
    bands = {name: set(s.band_keys()) for name, s in sketches.items()}
    positives = []
    for kind, name, text in copies:
        s = sketch(text)
        positives.append((kind, name, s, bool(set(s.band_keys()) & bands[name])))
    negatives = [(a, b, bool(bands[a] & bands[b])) for a, b in itertools.combinations(texts, 2)]
    report: dict = {"texts": len(texts), "positives": len(positives), "negatives": len(negatives),
                    "too_short": [n for n, s in sketches.items() if not s.usable], "thresholds": {}}
    for threshold in THRESHOLDS:
        true_pos = sum(decide(s, sketches[n], band, threshold) for _, n, s, band in positives)
        false_pos = sum(decide(sketches[a], sketches[b], band, threshold) for a, b, band in negatives)
        report["thresholds"][threshold] = {
            "recall": true_pos / len(positives), "precision": true_pos / max(1, true_pos + false_pos),
            "true_positives": true_pos, "false_positives": false_pos,
        }
    kinds: dict[str, list[bool]] = {}
    for kind, n, s, band in positives:
        kinds.setdefault(kind, []).append(decide(s, sketches[n], band, 0.5))
        if show_misses and not decide(s, sketches[n], band, 0.5):
            print(f"  missed: {kind} of {n}: band {band}, containment "
                  f"{overlap(s.shingles, sketches[n].shingles).containment:.2f}")
    report["recall_by_kind_at_0.5"] = {kind: f"{sum(v)}/{len(v)}" for kind, v in kinds.items()}
    containments = sorted(((overlap(sketches[a].shingles, sketches[b].shingles).containment, a, b)
                           for a, b, _ in negatives), reverse=True)
    report["hardest_negatives"] = [(round(c, 3), a, b) for c, a, b in containments[:3]]
    report["lowest_positive_containments"] = sorted(
        round(overlap(s.shingles, sketches[n].shingles).containment, 3) for _, n, s, _ in positives)[:3]
    report["negatives_sharing_a_band"] = sum(band for *_, band in negatives)
    return report


def measure_cost(args, texts: dict[str, str], copies, rng: random.Random) -> dict:
    from django.db import connection

    from statements.extraction.near_duplicates import sketch
    from statements.ingest.syndication import find_original, store_bands
    from statements.models import Article, ArticleBand

    connection.force_debug_cursor = False
    vocabulary = [w for text in texts.values() for w in text.split()]
    lengths = [len(text.split()) for text in texts.values()]
    size_before = table_bytes(connection)
    made = []
    for i in range(args.articles):
        body = " ".join(rng.choice(vocabulary) for _ in range(rng.choice(lengths)))
        made.append(Article(title=f"bench {i}", body=body, raw_text=body, content_hash=Article.hash_content(f"{i}{body}")))
    Article.objects.bulk_create(made, batch_size=200)
    originals = list(Article.objects.filter(title__startswith="bench ").order_by("pk"))
    for name, text in texts.items():
        originals.append(Article.objects.create(title=f"real {name}", body=text, raw_text=text,
                                                content_hash=Article.hash_content(f"real {name}{text}")))
    sketching, timings = [], []
    for article in originals:
        started = time.perf_counter()
        text = sketch(article.body)
        sketching.append((time.perf_counter() - started) * 1000)
        store_bands(article, text)
        timings.append((time.perf_counter() - started) * 1000)
    size_after = table_bytes(connection)
    lookups, found = [], 0
    real = {a.title.removeprefix("real "): a.pk for a in originals if a.title.startswith("real ")}
    for _, name, text in copies:
        started = time.perf_counter()
        match = find_original(sketch(text))
        lookups.append((time.perf_counter() - started) * 1000)
        found += match is not None and match.article_id == real[name]
    rows = ArticleBand.objects.count()
    return {
        "database": connection.vendor, "originals": len(originals), "band_rows": rows,
        "sketch_ms": summary(sketching), "sketch_and_bands_ms": summary(timings), "lookup_ms": summary(lookups),
        "copies_found_among_originals": f"{found}/{len(copies)}",
        "table_and_index_bytes_per_1000_articles": round((size_after - size_before) / len(originals) * 1000)
        if size_after is not None else None,
    }


def table_bytes(connection) -> int | None:
    """The band table with its indexes, in bytes."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_total_relation_size('statements_articleband')")
            return cursor.fetchone()[0]
        try:
            cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name = 'statements_articleband' "
                           "OR name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'statements_articleband')")
            return cursor.fetchone()[0] or 0
        except Exception:  # SQLite built without dbstat
            return None


def summary(ms: list[float]) -> dict:
    ordered = sorted(ms)
    return {"n": len(ms), "median": round(statistics.median(ms), 2),
            "p95": round(ordered[int(0.95 * (len(ordered) - 1))], 2), "max": round(ordered[-1], 2)}


def run(args, workdir: Path) -> dict:
    rng = random.Random(19)
    texts = real_texts()
    copies = built_copies(texts, rng)
    report = {"load_before": load(), "pairs": measure_pairs(texts, copies, args.show_misses)}
    report["cost"] = measure_cost(args, texts, copies, rng)
    report["load_after"] = load()
    return report


def print_table(report: dict) -> None:
    pairs = report["pairs"]
    print(f"\n{pairs['positives']} built copies, {pairs['negatives']} negative pairs of {pairs['texts']} real texts")
    print("| containment threshold | recall | precision | false positives |\n|---|---|---|---|")
    for threshold, row in pairs["thresholds"].items():
        print(f"| {threshold} | {row['true_positives']}/{pairs['positives']} ({row['recall']:.1%}) | "
              f"{row['precision']:.1%} | {row['false_positives']} |")
    cost = report["cost"]
    print(f"\n{cost['database']}: {cost['originals']} originals, {cost['band_rows']} band rows; sketch {cost['sketch_ms']} ms, with its band rows written "
          f"{cost['sketch_and_bands_ms']} ms; lookup {cost['lookup_ms']} ms; "
          f"{cost['table_and_index_bytes_per_1000_articles']} bytes per 1,000 articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--database-url")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    run_in_workdir(args, "syndication-bench-", run, print_table)


if __name__ == "__main__":
    main()
