"""detect_language counts langid's features with whole-array look-ups instead of langid's byte-by-byte walk; the
counts, and so the scores and the language, must be langid's own (statements/extraction/language.py says why).

Texts: real article openings from tests/data (several languages, via the realnews pages' extracted text) and
edge cases an n-gram window meets (shorter than an n-gram, multi-byte characters, control characters)."""

from pathlib import Path

import numpy
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from statements.extraction.language import _SAMPLE_CHARS, detect_language, feature_counts

DATA = Path(__file__).parent.parent / "data"
EDGES = ["", "a", "ab", "abc", "abcd", "é", "Вучич", "北京 said", "emoji 🙂🙂 ok", "tab\tand\nnewline\x00", "x" * 6000]


@pytest.fixture(scope="module")
def langid():
    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=False)


def texts() -> list[str]:
    articles = sorted((DATA / "extraction").glob("*.txt"))[:6] + sorted((DATA / "extraction_blind3").glob("*.txt"))[:4]
    return [path.read_text(encoding="utf-8")[:_SAMPLE_CHARS] for path in articles] + EDGES


@pytest.mark.parametrize("text", texts(), ids=lambda text: text[:20])
def test_feature_counts_are_langids(langid, text):
    sample = text[:_SAMPLE_CHARS]
    assert numpy.array_equal(feature_counts(sample), langid.instance2fv(sample).astype(float))


@pytest.mark.parametrize("text, language", [
    ("Der Bundeskanzler sagte am Montag, die Regierung werde die Hilfe für die Ukraine fortsetzen, "
     "solange es nötig sei, und kündigte weitere Gespräche mit den europäischen Partnern an.", "de"),
    ("Le ministre des Affaires étrangères a déclaré lundi que la France poursuivrait son soutien à l'Ukraine "
     "aussi longtemps que nécessaire et a annoncé de nouvelles discussions avec ses partenaires.", "fr"),
    ("The foreign minister said on Monday that the government would keep supporting Ukraine for as long as "
     "it takes, and announced further talks with its European partners later this month.", "en"),
])
def test_the_language_is_langids_choice(langid, text, language):
    text = f"{text} {text}"  # enough letters to be judged
    assert detect_language(text) == language == langid.classify(text)[0]
