from statements.text import fold, normalise_name, remove_control_characters, strip_invisible


def test_it_folds_accents_and_case():
    assert fold("Vučić") == fold("Vucic") == "vucic"


def test_it_folds_decomposed_accents_like_composed_ones():
    assert fold("Vuc\u030cic\u0301") == fold("Vučić")


def test_it_drops_zero_width_characters_and_soft_hyphens():
    assert strip_invisible("de\u00admar\u200bcation") == "demarcation"


def test_normalised_names_ignore_punctuation_and_spacing():
    assert normalise_name("  Mr. Peskov,  ") == normalise_name("mr peskov")


def test_control_characters_become_spaces_and_keep_offsets():
    text = "a\x00b\x1bc"
    cleaned = remove_control_characters(text)
    assert cleaned == "a b c"
    assert len(cleaned) == len(text)
