"""The rest of an article body that a page splits over several blocks of one kind.

trafilatura reads the first element that matches its body selectors. A page that breaks its body into sibling
blocks around an advertisement or a "more from us" card (WIRED's "body__container article__body" divs) loses every
block after the first, and with them their statements. This finds the block trafilatura read, the later blocks of
the same tag and class in the same article, and returns their paragraphs that trafilatura did not keep.
"""

from __future__ import annotations

import re

from lxml import etree, html as lxml_html

# Only a block whose class names it as an article's text is followed ("article__body", "StoryBodyCompanionColumn",
# "story-text", "entry-content"): a repeated "content", "row" or "grid" block is as often a bio or a teaser list.
_BODY_CLASS = re.compile(r"(?:article|story|post|entry)[\W_]*(?:body|content|text)", re.IGNORECASE)
# Paragraphs inside these are captions, cards and forms, not the article's text
_NOT_TEXT = frozenset({"aside", "figure", "figcaption", "nav", "footer", "form", "header", "button", "noscript"})
_NOT_TEXT_CLASS = re.compile(r"caption|credit|related|recirc|newsletter|promo|advert|social|share", re.IGNORECASE)
_ANCESTOR_LEVELS = 6
# The elements whose class may be body-named, found by lxml in C before a regex reads them: "Body", "body", …
_NAMED_BLOCKS = etree.XPath("//*[contains(@class, 'ody') or contains(@class, 'ontent') or contains(@class, 'ext')]")
_MIN_KNOWN_CHARS = 40  # a shorter line ("Advertisement") may stand anywhere on the page


def later_parts(raw: str, text: str) -> list[str]:
    """Paragraphs of `raw` (an HTML page) in later blocks of the body block that `text` (trafilatura's) came
    from, in page order; none when the page does not split its body."""
    known = {_key(line) for line in text.split("\n") if len(line.strip()) >= _MIN_KNOWN_CHARS}
    known.discard("")
    if not known:
        return []
    try:
        tree = lxml_html.document_fromstring(raw.encode("utf-8", "replace"),
                                             parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.LxmlError, ValueError):
        return []
    repeated = _repeated_body_blocks(tree)
    if not repeated:  # most pages: one body block, or none named as such
        return []
    last = None
    for paragraph in tree.iter("p"):
        if _key(paragraph.text_content()) in known:
            last = paragraph
    found: list[str] = []
    for part in _later_blocks(last, repeated) if last is not None else ():
        for paragraph in part.iter("p"):
            line = " ".join(paragraph.text_content().split())
            key = _key(line)
            if key and key not in known and _is_text(paragraph, part):
                known.add(key)
                found.append(line)
    return found


def _repeated_body_blocks(tree) -> dict[tuple[str, str], list]:
    """Elements by (tag, class), for each body-named class that stands on more than one element."""
    blocks: dict[tuple[str, str], list] = {}
    for element in _NAMED_BLOCKS(tree):
        name = element.get("class")
        if _BODY_CLASS.search(name):
            blocks.setdefault((element.tag, name), []).append(element)
    return {key: elements for key, elements in blocks.items() if len(elements) > 1}


def _later_blocks(paragraph, repeated: dict[tuple[str, str], list]) -> list:
    """The later blocks of the nearest ancestor of `paragraph` that has some in `repeated`, in its article."""
    article = _article(paragraph)
    block = paragraph.getparent()
    for _ in range(_ANCESTOR_LEVELS):
        if block is None or block.tag in ("body", "html", "article", "main"):
            break
        same = repeated.get((block.tag, block.get("class") or ""), [])
        later = _after(block, [element for element in same if _article(element) is article])
        if later:
            return later
        block = block.getparent()
    return []


def _after(block, elements: list) -> list:
    """The elements of `elements` that start after `block` ends, in page order (nested ones are left out)."""
    following = set(block.xpath("following::*")) if len(elements) > 1 else set()
    return [element for element in elements if element in following]


def _article(element):
    """The nearest <article> or <main> around `element`, or the page: blocks of one article share it."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("article", "main"):
            return ancestor
    return None


def _is_text(paragraph, part) -> bool:
    element = paragraph
    while element is not None and element is not part:
        if element.tag in _NOT_TEXT or _NOT_TEXT_CLASS.search(element.get("class") or ""):
            return False
        element = element.getparent()
    return True


def _key(line: str) -> str:
    return re.sub(r"\W+", "", line.lower())[:80]
