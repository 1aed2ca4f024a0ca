"""Who is who, measured on an ingested archive: speaker rows (minted, gazetteer, by kind), statements resolved to
the gazetteer, rows that would be junk or single names, unnamed-source rows, likely duplicates.

Reads the SQLite file directly (any schema since 0009), so an archive built by an older version of the code can be
measured the same way. Reproduce (docs/identity.md):

    rm -f /tmp/id.sqlite3; export DEBUG=1 DATABASE_URL=sqlite:////tmp/id.sqlite3 ARCHIVE_INDEX_DIR=/tmp/id-index
    .venv/bin/python manage.py migrate -v0 && .venv/bin/python manage.py load_gazetteer
    .venv/bin/python manage.py ingest ../shared/realnews/en/ >/dev/null
    .venv/bin/python benchmarks/identity.py /tmp/id.sqlite3 [--list]

"Junk" and "single name" are counted by the mint guard's rules (statements.extraction.speaker_guard) applied to
every minted row; duplicates are rows whose names share a person_key, or one name inside another of the same kind
and country. Both are candidates: --list prints every minted row with its statements for reading by hand, which is
how the figures in docs/identity.md were checked.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from statements.extraction.speaker_guard import Refusal, minted_name  # noqa: E402
from statements.text import normalise_name, person_key  # noqa: E402

# Words of a speaker mention or role that make its statement one by an official (the denominator of "statements by
# officials resolved to the gazetteer").
OFFICE_WORDS = frozenset(
    """
    president minister spokesman spokeswoman spokesperson secretary ambassador envoy chancellor premier kremlin
    ministry government king queen emir governor mayor senator commissioner secretary-general
    """.split()
)


def measure(path: str) -> dict:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    speakers = db.execute(
        "select s.id, s.name, s.kind, s.country, s.from_gazetteer, count(st.id) from statements_speaker s "
        "left join statements_statement st on st.speaker_id = s.id group by s.id"
    ).fetchall()
    minted = [row for row in speakers if not row[4]]
    statements = db.execute(
        "select st.speaker_mention, s.from_gazetteer, s.kind from statements_statement st "
        "left join statements_speaker s on s.id = st.speaker_id"
    ).fetchall()
    by_official = [row for row in statements if row[1] or set(normalise_name(row[0]).split()) & OFFICE_WORDS]
    refusals = Counter()
    for _, name, kind, _, _, _ in minted:
        verdict = minted_name(name, kind)
        if isinstance(verdict, Refusal):
            refusals[verdict.reason] += 1
    single = [row for row in minted if row[2] == "person" and " " not in person_key(row[1])]
    return {
        "speaker_rows": len(speakers),
        "gazetteer_rows": len(speakers) - len(minted),
        "minted_rows": len(minted),
        "minted_by_kind": dict(Counter(row[2] for row in minted)),
        "unnamed_source_rows": sum(row[2] == "unnamed" for row in speakers),
        "single_name_person_rows": len(single),
        "junk_candidate_rows": sum(refusals.values()),
        "junk_candidates_by_reason": dict(refusals),
        "duplicate_candidate_rows": len(duplicate_candidates(speakers)),
        "statements": len(statements),
        "statements_attributed": sum(row[2] is not None for row in statements),
        "statements_to_gazetteer": sum(bool(row[1]) for row in statements),
        "statements_by_officials": len(by_official),
        "statements_by_officials_to_gazetteer": sum(bool(row[1]) for row in by_official),
    }


def duplicate_candidates(speakers: list[tuple]) -> list[tuple[str, str]]:
    """Pairs of rows (not unnamed sources) that share a person_key, or where one name stands inside another of
    the same kind and country."""
    pairs = []
    by_key = defaultdict(list)
    for row in speakers:
        if row[2] == "person" and " " in person_key(row[1]):
            by_key[person_key(row[1])].append(row)
    for rows in by_key.values():
        pairs += [(rows[0][1], other[1]) for other in rows[1:]]
    groups = defaultdict(list)
    for row in speakers:
        if row[3] and row[2] != "unnamed":
            groups[row[2], row[3]].append(row)
    for rows in groups.values():
        for a in rows:
            for b in rows:
                short, long = f" {normalise_name(a[1])} ", f" {normalise_name(b[1])} "
                if a[0] != b[0] and len(short) < len(long) and short in long:
                    pairs.append((a[1], b[1]))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", help="path of the SQLite archive")
    parser.add_argument("--list", action="store_true", help="print every minted row, for reading by hand")
    args = parser.parse_args()
    print(json.dumps(measure(args.database), indent=2, ensure_ascii=False))
    if args.list:
        db = sqlite3.connect(f"file:{args.database}?mode=ro", uri=True)
        rows = db.execute(
            "select s.kind, s.name, s.country, count(st.id), group_concat(distinct st.speaker_mention) "
            "from statements_speaker s left join statements_statement st on st.speaker_id = s.id "
            "where not s.from_gazetteer group by s.id order by s.kind, s.name"
        )
        for kind, name, country, count, mentions in rows:
            print(f"{kind:12} {count:3} {name} [{country}] ← {mentions}")


if __name__ == "__main__":
    main()
