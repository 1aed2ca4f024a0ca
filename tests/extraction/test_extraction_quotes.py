"""Direct quotes: pairing marks (curly, straight, angle, British single), multi-paragraph quotes, split and
partial quotes, and what is not a statement (scare quotes, titles, headlines)."""

from statements.extraction.quotes import find_quotes
from tests.extraction_helpers import by_text, extract


def quoted(body: str) -> list[str]:
    paragraphs, start = [], 0
    for part in body.split("\n\n"):
        paragraphs.append((start, start + len(part)))
        start += len(part) + 2
    return [body[q.start : q.end] for q in find_quotes(body, paragraphs)]


def test_it_pairs_curly_straight_and_angle_quotes():
    assert quoted('He said “one two” and "three four" and «five six».') == ["one two", "three four", "five six"]


def test_apostrophes_are_not_quotes_but_british_single_quotes_are():
    assert quoted("Kyiv's refusal isn’t final, and they said 'we will not accept this' today.") == [
        "we will not accept this"
    ]


def test_a_quote_open_until_the_next_paragraph_is_one_multi_paragraph_quote():
    body = '"This was not a spontaneous act.\n\n"It was a planned attack," he said.'
    assert quoted(body) == ['This was not a spontaneous act.\n\n"It was a planned attack,']


def test_unbalanced_marks_are_skipped_not_fatal():
    assert quoted('He said "this never closes and goes on') == []
    assert quoted("”stray closing mark and “a real quote here”") == ["a real quote here"]


def test_split_quote_halves_are_both_attributed():
    article = extract(
        'Title\n\n"The Armenian side has stressed the need for withdrawal," Grigoryan told Armenpress. '
        '"Only after that would conditions be created for such discussions."\n'
    )
    assert by_text(article) == {
        "The Armenian side has stressed the need for withdrawal,": ("direct", "Armen Grigoryan"),
        "Only after that would conditions be created for such discussions.": ("direct", "Armen Grigoryan"),
    }


def test_split_quote_around_the_frame_in_one_sentence():
    article = extract('Title\n\n"We are ready to talk," Lavrov said, "but not at any price and not under pressure."\n')
    assert by_text(article) == {
        "We are ready to talk,": ("direct", "Sergei Lavrov"),
        "but not at any price and not under pressure.": ("direct", "Sergei Lavrov"),
    }


def test_a_multi_paragraph_quote_is_one_statement_of_its_speaker():
    article = extract(
        'Title\n\n"The international community must not close its eyes," Kurti said. "This was not a spontaneous act.'
        '\n\n"It was a terrorist attack with a clear political purpose."\n'
    )
    texts = by_text(article)
    assert texts['This was not a spontaneous act.\n\n"It was a terrorist attack with a clear political purpose.'] == (
        "direct",
        "Albin Kurti",
    )


def test_a_partial_quote_inside_reported_content_makes_one_mixed_statement():
    article = extract(
        'Title\n\nTurning to Kosovo, Peskov said it is "very stressful and potentially dangerous," and that Moscow '
        "is closely monitoring the development.\n"
    )
    assert by_text(article) == {
        'it is "very stressful and potentially dangerous," and that Moscow is closely monitoring the development.':
            ("mixed", "Dmitry Peskov"),
    }


def test_scare_quotes_and_short_partial_quotes_are_not_statements():
    article = extract(
        'Title\n\nThe so-called "coalition of the willing" will meet, and self-described "eco-activists" blocked the '
        'road in what officials called the "line of contact" area.\n'
    )
    assert [s for s in article.statements if s.kind == "direct"] == []


def test_a_quoted_title_is_not_a_statement_even_with_a_frame():
    article = extract('Title\n\nThe operation, which the army said it had named "Operation Iron Swords Against Terror", began at dawn.\n')
    assert all("Operation" not in s.text or s.kind != "direct" for s in article.statements)


def test_the_headline_is_never_a_statement():
    article = extract("Zelensky: 'We will not trade our land for a ceasefire'\n\nThe war entered its third year on Monday.\n")
    assert article.statements == []


def test_a_floating_quote_paragraph_continues_the_previous_speaker():
    article = extract(
        'Title\n\n"We are concerned about the escalation," Kremlin spokesman Dmitry Peskov told reporters.\n\n'
        '"The first thing for us is to ensure the safety of the civilian population."\n'
    )
    assert by_text(article)["The first thing for us is to ensure the safety of the civilian population."] == (
        "direct",
        "Dmitry Peskov",
    )


def test_a_floating_quote_after_narration_is_not_attributed():
    article = extract(
        'Title\n\n"We are concerned about the escalation," Peskov told reporters.\n\n'
        "Fighting continued overnight along the whole front line near the border.\n\n"
        '"Nobody knows what will happen to the villages tomorrow."\n'
    )
    assert "Nobody knows what will happen to the villages tomorrow." not in by_text(article)


def test_the_same_quote_repeated_is_one_statement():
    quote = 'Peskov said: "We hope that all of the meetings will contribute to security in the region."'
    article = extract(f"Title\n\n{quote}\n\nThe Kremlin spokesman spoke in Moscow on Monday afternoon.\n\n{quote} Really.\n")
    assert sum(s.kind == "direct" for s in article.statements) == 1
    assert article.statements[0].start < 100


def test_trailing_comma_inside_the_quote_is_part_of_the_span():
    article = extract('Title\n\n"Our military is working to return the process to the diplomatic path," Peskov said.\n')
    assert article.statements[0].text.endswith("path,")


def test_straight_quotes_nested_in_a_straight_quote_stay_inside_it():
    body = '"The statement about the so-called "humanitarian situation" is biased," the ministry said.'
    assert quoted(body) == ['The statement about the so-called "humanitarian situation" is biased,']
