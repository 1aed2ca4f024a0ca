"""Near-duplicate article text: MinHash over word shingles, its LSH band keys, and how much two texts share.

A syndicated copy of a wire story is the same text under another site's headline and boilerplate, often cut
short or with a paragraph added. Texts are compared as sets of word 5-grams ("shingles"). A text's MinHash
signature (PERMUTATIONS minimum hash values) estimates the Jaccard similarity of two sets; cut into BANDS
bands of ROWS values, two texts whose sets are alike share at least one band with high probability
(1 - (1 - J^ROWS)^BANDS: 0.93 at J = 0.4, a copy cut to 40% of the original; 0.996 at J = 0.5; 0.27 at
J = 0.2; 0.04 at J = 0.1), so candidates are found by looking the band keys up in an index. 40 bands of 3
rather than 32 of 4: with 4 rows a copy cut to 40% was a candidate only half the time
(benchmarks/syndication.py). A candidate is then confirmed on the exact shingle sets (`overlap`).

Written with numpy (already a dependency of py3langid) rather than datasketch, whose MinHash is the same
arithmetic but which brings scipy (about 40 MB) for LSH parameter tuning the archive does not use.
Pure Python otherwise: no Django, nothing else of the project.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

SHINGLE_WORDS = 5
BANDS = 40
ROWS = 3
PERMUTATIONS = BANDS * ROWS
# Fewer shingles than this (a text of under ~45 words) is too little to tell a copy from a stock phrase.
MIN_SHINGLES = 40

_WORD = re.compile(r"\w+", re.UNICODE)
_MASK32 = np.uint64(0xFFFFFFFF)


def _seeds(label: str) -> np.ndarray:
    """PERMUTATIONS fixed 64-bit odd multipliers (or offsets), the same in every process and version."""
    values = [
        int.from_bytes(hashlib.blake2b(f"{label}{i}".encode(), digest_size=8).digest(), "little") | 1
        for i in range(PERMUTATIONS)
    ]
    return np.array(values, dtype=np.uint64)


# Multiply-shift hashing of a 32-bit value: ((a * x + b) mod 2^64) >> 32, a 2-universal family.
_A = _seeds("a")
_B = _seeds("b")


def shingles(text: str) -> set[int]:
    """The text's word 5-grams (case-folded words, punctuation ignored), each as a 32-bit hash."""
    words = [word.casefold() for word in _WORD.findall(text)]
    return {
        int.from_bytes(hashlib.blake2b(" ".join(words[i : i + SHINGLE_WORDS]).encode(), digest_size=4).digest(), "little")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


@dataclass(frozen=True)
class Sketch:
    shingles: frozenset[int]
    signature: np.ndarray  # PERMUTATIONS uint32 minimum hashes

    @property
    def usable(self) -> bool:
        return len(self.shingles) >= MIN_SHINGLES

    def band_keys(self) -> list[int]:
        """One signed 64-bit key per band (the band's number is part of it): equal keys, equal bands."""
        return [
            int.from_bytes(
                hashlib.blake2b(bytes([band]) + self.signature[band * ROWS : (band + 1) * ROWS].tobytes(),
                                digest_size=8).digest(),
                "little", signed=True,
            )
            for band in range(BANDS)
        ]


def sketch(text: str) -> Sketch:
    found = shingles(text)
    if not found:
        return Sketch(frozenset(), np.full(PERMUTATIONS, 0xFFFFFFFF, dtype=np.uint32))
    values = np.fromiter(found, dtype=np.uint64, count=len(found))
    hashed = (np.outer(values, _A) + _B) >> np.uint64(32)  # wraps modulo 2^64, as the family wants
    return Sketch(frozenset(found), (hashed & _MASK32).min(axis=0).astype(np.uint32))


@dataclass(frozen=True)
class Overlap:
    jaccard: float  # shared shingles over all shingles of both
    containment: float  # shared shingles over the shorter text's shingles

    @property
    def score(self) -> float:
        return max(self.jaccard, self.containment)


def overlap(a: frozenset[int] | set[int], b: frozenset[int] | set[int]) -> Overlap:
    if not a or not b:
        return Overlap(0.0, 0.0)
    shared = len(a & b)
    return Overlap(shared / len(a | b), shared / min(len(a), len(b)))


def estimated_jaccard(a: Sketch, b: Sketch) -> float:
    return float(np.mean(a.signature == b.signature))
