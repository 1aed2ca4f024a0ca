"""The language an article is written in, from its extracted text (not the page: menus and scripts mislead).

py3langid (a pure-Python port of langid.py with its model shipped in the package) classifies the text;
only its first few thousand characters are read, which is plenty and keeps long pages fast. Text too short
to judge is reported as "" (unknown) rather than guessed.
"""

from __future__ import annotations

from collections import Counter

_SAMPLE_CHARS = 5000
# Below this many letters langid guesses (a two-line English test article with Russian names can come out
# as anything), so the caller's default stands.
_MIN_LETTERS = 150

_identifier = None
_outputs: list[tuple[int, ...]] = []  # the model's features emitted on entering each tokenizer state


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language `text` is written in, or "" when there is too little text to say."""
    sample = text[:_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS:
        return ""
    model = _model()
    counts = _feature_counts(model, sample)
    # The same scores as model.classify, summed over the features the text has (a few hundred of ~7,500):
    # langid multiplies the whole integer feature vector by the float model, which numpy does without BLAS
    # and which took 40% of an article's extraction.
    import numpy

    present = sorted(counts)
    scores = numpy.array([counts[index] for index in present], dtype=float) @ model.nb_ptc[present] + model.nb_pc
    return model.nb_classes[int(scores.argmax())]


def _feature_counts(model, sample: str) -> Counter:
    """What model.instance2fv counts, as {feature: count}: its byte-by-byte state machine, with the outputs in a
    list by state (langid looks each byte's state up in a dict and makes an empty list when it has none)."""
    nextmove = model.tk_nextmove
    state = 0
    found: list[int] = []
    extend = found.extend
    for byte in sample.encode("utf8", errors="surrogatepass"):
        state = nextmove[(state << 8) + byte]
        extend(_outputs[state])
    return Counter(found)


def _model():
    """The classifier, loaded on first use (about 0.5 s); shared afterwards."""
    global _identifier
    if _identifier is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=False)
        _outputs[:] = [tuple(identifier.tk_output.get(state, ())) for state in range(len(identifier.tk_nextmove) >> 8)]
        _identifier = identifier
    return _identifier
