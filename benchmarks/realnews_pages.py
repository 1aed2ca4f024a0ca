"""Page handling measured on the real saved pages of shared/realnews: language detection, page type and
metadata (title, date, outlet, author) against the hand-labelled truth in tests/data/realnews/metadata.json.

    .venv/bin/python benchmarks/realnews_pages.py [--realnews ../shared/realnews] [--show-misses]

Pure: no database. Metadata is what extraction gives (statements.extraction.pipeline.extract_article)
(the outlet as statements.extraction.page_meta names it).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from statements.extraction.decode import decode_bytes  # noqa: E402
from statements.extraction.gazetteer import read_gazetteer  # noqa: E402
from statements.extraction.language import detect_language  # noqa: E402
from statements.extraction.page_type import classify_page  # noqa: E402
from statements.extraction.pipeline import extract_article  # noqa: E402

TRUTH = ROOT / "tests" / "data" / "realnews" / "metadata.json"
LANGUAGES = {"en": "en", "de": "de", "es": "es", "fr": "fr", "pt": "pt", "pl": "pl", "ru": "ru"}


def same(a: str, b: str) -> bool:
    """Exact, up to Unicode normal form and runs of whitespace."""
    fold = lambda s: " ".join(unicodedata.normalize("NFC", s or "").split())  # noqa: E731
    return fold(a) == fold(b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realnews", type=Path, default=ROOT.parent.parent / "shared" / "realnews")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    folder = args.realnews if args.realnews.exists() else Path("/work/shared/realnews")

    pages = {kind: sorted((folder / kind).glob("*.html")) for kind in ("en", "other-languages", "charsets", "not-articles")}
    texts = {path: decode_bytes(path.read_bytes()).text for group in pages.values() for path in group}

    # Language: of the article pages' extracted text, against the folder (en) or the file name's prefix.
    import trafilatura

    right = total = 0
    for kind in ("en", "other-languages", "charsets"):
        for path in pages[kind]:
            expected = "en" if kind == "en" else path.name.split("-")[0]
            found = detect_language(trafilatura.extract(texts[path]) or "")
            total += 1
            right += found == expected
            if found != expected and args.show_misses:
                print(f"  language miss {path.name}: {found!r} (expected {expected!r})")
    print(f"language: {right}/{total} article pages right")

    accepted = sum(classify_page(texts[p]).is_article for k in ("en", "other-languages", "charsets") for p in pages[k])
    refused = sum(not classify_page(texts[p]).is_article for p in pages["not-articles"])
    articles = sum(len(pages[k]) for k in ("en", "other-languages", "charsets"))
    print(f"page type: {accepted}/{articles} articles accepted, {refused}/{len(pages['not-articles'])} non-articles refused")

    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    gazetteer = read_gazetteer(ROOT / "fixtures" / "gazetteer")
    scores = {"title": 0, "published": 0, "outlet": 0, "author": 0}
    for path in pages["en"]:
        expected = truth[path.name]
        meta = extract_article(texts[path], gazetteer=gazetteer, fmt="html").meta
        found = {
            "title": meta.title,
            "published": meta.published_on.isoformat() if meta.published_on else "",
            "outlet": meta.outlet,
            "author": meta.author,
        }
        for field in scores:
            if same(found[field], expected[field]):
                scores[field] += 1
            elif args.show_misses:
                print(f"  {field} miss {path.name}: {found[field]!r} (truth {expected[field]!r})")
    n = len(pages["en"])
    print("metadata on en/ (exact): " + ", ".join(f"{field} {count}/{n} ({count / n:.0%})" for field, count in scores.items()))


if __name__ == "__main__":
    main()
