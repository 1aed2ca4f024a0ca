"""The hand-labelled real-news golds stay usable: the development gold (tests/data/realnews) and the held-out gold
(tests/data/realnews_heldout). Every statement's text can be found in its page's visible text, every field has an
allowed value, and the metadata truth agrees with each gold."""
import json
import re
from pathlib import Path

import lxml.html
import pytest

DATA = Path(__file__).parent.parent / "data"
DIR = DATA / "realnews"
HELDOUT_DIR = DATA / "realnews_heldout"
GOLD = json.loads((DIR / "gold.json").read_text(encoding="utf-8"))
HELDOUT = json.loads((HELDOUT_DIR / "gold.json").read_text(encoding="utf-8"))
METADATA = json.loads((DIR / "metadata.json").read_text(encoding="utf-8"))
# (folder, entry) for every labelled page of both golds
ENTRIES = [(DIR, entry) for entry in GOLD] + [(HELDOUT_DIR, entry) for entry in HELDOUT]
ENTRY_IDS = [f"{folder.name}/{entry['file']}" for folder, entry in ENTRIES]
KINDS = {"direct", "indirect", "mixed"}
SPEAKER_KINDS = {"person", "organisation", "government", "unnamed"}
# a reader sees a break between these blocks; text_content() alone would glue "week.“This" together
BLOCKS = set("p div li ul ol h1 h2 h3 h4 h5 h6 br tr td th blockquote section article header footer figure "
             "figcaption aside nav table dd dt dl pre hr form main".split())
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def visible_text(path: Path) -> str:
    """The page's text as a reader sees it, runs of whitespace collapsed to one space."""
    html = path.read_bytes().decode("utf-8", errors="replace")
    doc = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html))
    for element in doc.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    for element in doc.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() == "br" or not len(element):
                element.text = "\n" + (element.text or "")
    return re.sub(r"\s+", " ", doc.text_content())


@pytest.mark.parametrize("folder,entry", ENTRIES, ids=ENTRY_IDS)
def test_every_statement_is_verbatim_in_its_page(folder, entry):
    text = visible_text(folder / entry["file"])
    missing = [s["text"] for s in entry["statements"] if s["text"] not in text]
    assert missing == []


@pytest.mark.parametrize("folder,entry", ENTRIES, ids=ENTRY_IDS)
def test_statement_fields_have_allowed_values(folder, entry):
    assert entry["statements"], "a labelled page has statements"
    check_statement_fields(entry)


def check_statement_fields(entry: dict) -> None:
    """Every real-page gold's statements (also the fresh samples', test_realnews_fresh_gold.py)."""
    for statement in entry["statements"]:
        assert statement["kind"] in KINDS
        assert statement["speaker_kind"] in SPEAKER_KINDS
        assert statement["speaker"].strip() and statement["text"].strip()
        assert isinstance(statement["optional"], bool)
        assert statement["text"] == re.sub(r"\s+", " ", statement["text"]).strip()
        # the convention: a reported statement's text is the content, without its cue
        if statement["kind"] != "direct" and statement["cue"]:
            assert not statement["text"].startswith(statement["cue"] + " ")
    texts = [(s["speaker"], s["text"]) for s in entry["statements"]]
    assert len(texts) == len(set(texts)), "no statement is labelled twice"


@pytest.mark.parametrize("gold,least", [(GOLD, 20), (HELDOUT, 12)], ids=["realnews", "realnews_heldout"])
def test_gold_covers_enough_articles_and_kinds(gold, least):
    assert len(gold) >= least
    assert len({entry["file"] for entry in gold}) == len(gold)
    kinds = {s["kind"] for entry in gold for s in entry["statements"]}
    assert kinds == KINDS
    assert any(s["speaker_kind"] == "unnamed" for entry in gold for s in entry["statements"])


def test_heldout_pages_are_not_development_pages():
    # the held-out set measures generalisation only if no page of it was used for development
    assert not {entry["file"] for entry in GOLD} & {entry["file"] for entry in HELDOUT}


def test_metadata_covers_every_shared_page_with_valid_fields():
    assert len(METADATA) == 50
    for name, truth in METADATA.items():
        assert name.endswith(".html")
        assert truth["title"].strip() and truth["outlet"].strip()
        assert truth["published"] is None or DATE.match(truth["published"]), name
        assert isinstance(truth["author"], str) and not truth["author"].lower().startswith("by ")


@pytest.mark.parametrize("folder,entry", ENTRIES, ids=ENTRY_IDS)
def test_metadata_agrees_with_the_gold(folder, entry):
    truth = METADATA[entry["file"]]
    assert (truth["title"], truth["outlet"], truth["published"], truth["author"]) == (
        entry["title"], entry["outlet"], entry["published"], entry["author"])
    assert truth.get("original_outlet") == entry.get("original_outlet")


@pytest.mark.parametrize("folder,entry", ENTRIES, ids=ENTRY_IDS)
def test_headline_is_visible_on_its_page(folder, entry):
    assert entry["title"] in visible_text(folder / entry["file"])
