"""Hostile documents: each is ingested within bounded CPU time and memory, or rejected with its reason.

Huge files, deeply nested and malformed HTML, binary files named .html, NUL and control characters,
bidi overrides, zero-width characters, decomposed accents. What is stored never holds NUL or other C0
controls (PostgreSQL rejects NUL; Atom feeds break on controls), an accepted document never has an
empty body, and search finds a word whatever its Unicode normal form, invisible characters or quote marks.
Extraction of the whole set also runs in a child process under RLIMIT_AS and RLIMIT_CPU.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from statements.ingest.store import MAX_DOCUMENT_BYTES, ingest_paths
from statements.models import Article, Outlet, Speaker, SpeakerAlias, SpeakerRole, Statement
from statements.search import process_index_queue, search_ids

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CPU_SECONDS_PER_DOCUMENT = 20.0  # generous: CI machines are shared; a runaway parse takes minutes
MEMORY_LIMIT = 3 * 1024**3

ARTICLE = """Russia urges restraint on the border
Author:Reuters 2023-09-20 02:35

Moscow called on both sides to show restraint.

“We continue to call on both sides to refrain from dangerous actions,” Kremlin spokesman Dmitry Peskov told reporters on Monday.

Talks are expected to resume next week in Geneva.
"""


def seed_like(quote: str, title: str = "Russia urges restraint on the border") -> str:
    return ARTICLE.replace("We continue to call on both sides to refrain from dangerous actions", quote).replace(
        "Russia urges restraint on the border", title
    )


def hostile_files(folder: Path) -> dict[str, str]:
    """Write the hostile set; returns file name -> what it is."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, str] = {}

    def write(name: str, data: bytes | str, what: str) -> None:
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        made[name] = what

    write("huge.txt", b"word " * (MAX_DOCUMENT_BYTES // 5 + 10), "over the size limit")
    paragraphs = "\n\n".join(f"Paragraph {n}: the talks went on and on about the border." for n in range(40_000))
    write("big-but-allowed.txt", seed_like("Big files are read to the end")[:400] + paragraphs[: MAX_DOCUMENT_BYTES - 2000], "just under the limit")
    write("one-long-line.txt", "Title\n\n" + "peace " * 700_000, "a 4 MB line without breaks")
    write("nested.html", "<html><body>" + "<div>" * 50_000 + "<p>“Deep words,” Peskov said.</p>" + "</div>" * 50_000 + "</body></html>", "50,000 nested divs")
    write("nested-unclosed.html", "<html><body>" + "<span><b><i>" * 20_000 + "“Unclosed,” Peskov said.", "60,000 unclosed tags")
    write("malformed.html", "<html><head><title>Broken <b>title</title><body><p <p>>“Half tags,” said <a href='x>Peskov.</p><div", "malformed markup")
    write("binary.html", bytes(range(256)) * 64, "binary bytes named .html")
    write("png.html", b"\x89PNG\r\n\x1a\n" + os.urandom(4096), "an image named .html")
    write("latin1.txt", seed_like("Caf\xe9 talks").replace("\u201c", "\"").replace("\u201d", "\"").encode("latin-1"), "Latin-1, not UTF-8")
    write("utf16.txt", seed_like("Wide talks").encode("utf-16"), "UTF-16 with a byte-order mark")
    write("nul-late.txt", seed_like("Peace needs NUL-free text") + "\n\nMore text." + ("x" * 9000) + "\x00tail\x00", "NUL after the first 8 KB")
    write("controls.txt", seed_like("Control\x01 characters\x07 are \x1bstripped\x0c out"), "C0 controls in a quote")
    write("bidi.txt", seed_like("We reject \u202eevil\u202c overrides \u2066and isolates\u2069"), "bidi overrides")
    write("zero-width.txt", seed_like("The demarca\u200btion line must hold", title="Zero\u200bwidth title"), "zero-width space inside a word")
    write("decomposed.txt", seed_like("Vuc\u030cic\u0301 spoke about Kos\u030covo"), "decomposed accents (NFD)")
    write("curly.txt", seed_like("A \u201cfair\u201d and \u2018lasting\u2019 settlement is possible"), "curly quotes inside the quote")
    write("empty.html", "<html><head><title>x</title></head><body></body></html>", "an HTML page with no text")
    write("scripts-only.html", "<html><body><script>var a = 1;</script><style>p{}</style></body></html>", "only script and style")
    write("whitespace.txt", " \n\t\n  \n", "only whitespace")
    write("empty.txt", "", "an empty file")
    write("bom.txt", "\ufeff" + seed_like("A byte order mark is not text"), "UTF-8 with a BOM")
    write("entities.html", "<html><body><p>&#0;&#x1;&#xD800;&#1114112; &lt;script&gt; “Entity &amp; quote,” Peskov said.</p></body></html>", "invalid character references")
    lines = [json.dumps({"title": "T", "text": seed_like(f"Line {n} of the feed")}) for n in range(3)]
    write("feed.jsonl", "\n".join(lines + ["{not json", "[]", json.dumps({"title": "no text"}), json.dumps({"text": "x", "published": "soon"}), json.dumps({"text": "\x00" * 10})]), "JSON Lines, some lines broken")
    return made


def stored_texts() -> list[tuple[str, str]]:
    texts = []
    for article in Article.objects.all():
        texts += [(f"article {article.pk} {field}", getattr(article, field)) for field in ("title", "url", "author", "body", "raw_text", "source_name")]
    for statement in Statement.objects.all():
        texts += [(f"statement {statement.pk} {field}", getattr(statement, field)) for field in ("text", "paragraph", "speaker_mention", "cue")]
    for model, fields in ((Speaker, ("name", "description")), (SpeakerAlias, ("name",)), (SpeakerRole, ("title",)), (Outlet, ("name",))):
        for row in model.objects.all():
            texts += [(f"{model.__name__} {row.pk} {field}", getattr(row, field)) for field in fields]
    return texts


@pytest.fixture
def outcomes(gazetteer, tmp_path):
    folder = tmp_path / "hostile"
    made = hostile_files(folder)
    results = {}
    timings = {}
    for path in sorted(folder.iterdir()):
        started = time.process_time()
        found = list(ingest_paths([path]))
        timings[path.name] = time.process_time() - started
        results[path.name] = found
    process_index_queue(wait=True)
    return made, results, timings


@pytest.mark.django_db
def test_every_hostile_document_is_ingested_or_rejected_with_a_reason_in_bounded_time(outcomes):
    made, results, timings = outcomes
    assert set(results) == set(made)
    for name, found in results.items():
        assert found, f"{name}: no outcome at all"
        for outcome in found:
            assert outcome.status in {"added", "unchanged", "skipped", "failed"}, (name, outcome)
            if outcome.status == "failed":
                assert outcome.reason.strip(), f"{name}: rejected without a reason"
            if outcome.status == "added":
                article = Article.objects.get(pk=outcome.article_id)
                assert article.body.strip(), f"{name}: accepted with an empty body"
        assert timings[name] < CPU_SECONDS_PER_DOCUMENT, f"{name}: {timings[name]:.1f} s of CPU"
    reasons = {name: [o.reason for o in found if o.failed] for name, found in results.items()}
    for name in ("huge.txt", "binary.html", "png.html", "empty.html",
                 "scripts-only.html", "whitespace.txt", "empty.txt"):
        assert reasons[name], f"{name} ({made[name]}) should be rejected"
    assert any("limit" in r for r in reasons["huge.txt"])
    # Legacy charsets and UTF-16 with its byte-order mark are decoded (statements.extraction.decode).
    for name in ("bidi.txt", "zero-width.txt", "decomposed.txt", "curly.txt", "controls.txt", "bom.txt", "nul-late.txt",
                 "latin1.txt", "utf16.txt"):
        assert not reasons[name], f"{name} ({made[name]}) should be ingested: {reasons[name]}"
    jsonl = results["feed.jsonl"]
    assert sum(o.status == "added" for o in jsonl) == 3 and sum(o.failed for o in jsonl) == 5


@pytest.mark.django_db
def test_nothing_stored_holds_nul_or_control_characters(outcomes):
    bad = [(where, repr(text[:60])) for where, text in stored_texts() if text and CONTROL.search(text)]
    assert not bad, bad[:10]


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "finds"), [
    ("Vučić", "decomposed.txt"), ("Vuc\u030cic\u0301", "decomposed.txt"), ("vucic", "decomposed.txt"),
    ("Kosovo", "decomposed.txt"), ("demarcation", "zero-width.txt"), ("demarca\u200btion", "zero-width.txt"),
    ('"fair and lasting"', "curly.txt"), ("\u201cfair and lasting\u201d", "curly.txt"), ("overrides", "bidi.txt"),
    ("evil", "bidi.txt"), ("stripped", "controls.txt"),
])
def test_search_finds_words_whatever_their_unicode_form(outcomes, query, finds):
    _, results, _ = outcomes
    added = [o.article_id for o in results[finds] if o.status == "added"]
    assert added, f"{finds} was not ingested"
    found = set(Statement.objects.filter(pk__in=search_ids(query)).values_list("article_id", flat=True))
    assert set(added) & found, f"{query!r} does not find the statement of {finds}"


LIMITED_EXTRACT = """
import os, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu}))
sys.argv = ["manage.py", "extract", "--jsonl", *sys.argv[1:]]
# The child has no migrated database: extract falls back to the fixture gazetteer (extraction needs none).
import django
django.setup()
from django.core.management import execute_from_command_line
execute_from_command_line(sys.argv)
"""


@pytest.mark.subprocess
def test_extraction_of_the_hostile_set_runs_within_memory_and_cpu_limits(tmp_path):
    folder = tmp_path / "hostile"
    made = hostile_files(folder)
    cpu_limit = int(CPU_SECONDS_PER_DOCUMENT * 4)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "ARCHIVE_INDEX_DIR": str(tmp_path / "index"),
           "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}"}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", LIMITED_EXTRACT.format(memory=MEMORY_LIMIT, cpu=cpu_limit), str(folder)],
        cwd=django_settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=cpu_limit * 3,
    )
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Killed by a limit: SIGKILL/SIGXCPU (negative return code) or MemoryError in stderr.
    assert result.returncode in (0, 1), (result.returncode, result.stderr[-2000:])
    assert "MemoryError" not in result.stderr and "Traceback" not in result.stderr, result.stderr[-2000:]
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert not CONTROL.search(record["text"]), record
    print(f"extract of {len(made)} hostile files: {time.monotonic() - started:.1f} s, peak RSS {usage.ru_maxrss / 1024:.0f} MB")
