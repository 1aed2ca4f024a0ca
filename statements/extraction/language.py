"""The language an article is written in, from its extracted text (not the page: menus and scripts mislead).

py3langid (a pure-Python port of langid.py with its model shipped in the package) classifies the text;
only its first few thousand characters are read, which is plenty and keeps long pages fast. Text too short
to judge is reported as "" (unknown) rather than guessed.
"""

from __future__ import annotations

from statements.extraction.keys import letter_count

_SAMPLE_CHARS = 5000
# Below this many letters langid guesses (a two-line English test article with Russian names can come out
# as anything), so the caller's default stands.
_MIN_LETTERS = 150
# langid's features are byte n-grams of up to this many bytes (checked when the model is loaded)
_NGRAM = 4

_identifier = None
_tables: tuple = ()  # (transition table, state of each (state, feature) pair, feature of each pair)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language `text` is written in, or "" when there is too little text to say."""
    sample = text[:_SAMPLE_CHARS]
    if letter_count(sample) < _MIN_LETTERS:
        return ""
    model = _model()
    features = feature_counts(sample)
    # The same scores as model.classify, summed over the features the text has (a few hundred of ~7,500):
    # langid multiplies the whole integer feature vector by the float model, which numpy does without BLAS
    # and which took 40% of an article's extraction.
    present = features.nonzero()[0]
    scores = features[present] @ model.nb_ptc[present] + model.nb_pc
    return model.nb_classes[int(scores.argmax())]


def feature_counts(sample: str):
    """langid's feature vector of `sample` (what its instance2fv counts), as floats.

    langid walks an Aho-Corasick automaton byte by byte in Python and emits the features of each state it
    enters, which took a tenth of an article's extraction. Its n-grams are at most four bytes long, so the state
    after any byte is the one the automaton reaches from its start on the four bytes ending there: the states
    of all positions are four table look-ups over whole arrays, then counted."""
    import numpy

    _model()
    table, pair_states, pair_features = _tables
    data = numpy.frombuffer(sample.encode("utf8", errors="surrogatepass"), dtype=numpy.uint8).astype(numpy.intp)
    states = numpy.empty(len(data), dtype=numpy.intp)
    state = 0
    for index in range(min(_NGRAM - 1, len(data))):  # fewer bytes than an n-gram before these: walked
        state = int(table[(state << 8) + int(data[index])])
        states[index] = state
    if len(data) >= _NGRAM:
        window = table[data[: len(data) - _NGRAM + 1]].astype(numpy.intp)
        for offset in range(1, _NGRAM):
            window = table[(window << 8) + data[offset : len(data) - _NGRAM + 1 + offset]].astype(numpy.intp)
        states[_NGRAM - 1 :] = window
    per_state = numpy.bincount(states, minlength=len(table) >> 8)
    return numpy.bincount(pair_features, weights=per_state[pair_states], minlength=_identifier.nb_numfeats)


def _model():
    """The classifier, loaded on first use (about 0.5 s); shared afterwards."""
    global _identifier, _tables
    if _identifier is None:
        import numpy
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=False)
        table = numpy.asarray(identifier.tk_nextmove)  # a view of langid's array (uint16), not a copy
        if _depth(table) > _NGRAM:
            raise RuntimeError(f"py3langid's model has n-grams longer than {_NGRAM} bytes; language.py assumes not")
        pairs = [(state, feature) for state, features in identifier.tk_output.items() for feature in features]
        _tables = (table, numpy.array([s for s, _ in pairs], dtype=numpy.intp),
                   numpy.array([f for _, f in pairs], dtype=numpy.intp))
        _identifier = identifier
    return _identifier


def _depth(table) -> int:
    """The longest shortest path from the automaton's start to any state: the longest n-gram it holds."""
    import numpy

    states = len(table) >> 8
    seen = numpy.zeros(states, dtype=bool)
    seen[0] = True
    frontier, depth = numpy.array([0]), 0
    while True:
        following = numpy.unique(table[(frontier[:, None] << 8) + numpy.arange(256)]).astype(numpy.intp)
        frontier = following[~seen[following]]
        if not len(frontier):
            return depth
        seen[frontier] = True
        depth += 1
