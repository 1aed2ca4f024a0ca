"""What a page says about itself in its head: <meta> tags and schema.org JSON-LD (read by page_type and page_meta)."""

from __future__ import annotations

import json
from collections.abc import Iterator


def parse_html(html: str):
    """The lxml document of `html`, or None for what lxml cannot parse."""
    from lxml import html as lxml_html  # imported here: lxml is only needed for HTML input

    try:
        # Told the encoding: a page that declares none would be read as Latin-1 ("Ã©" for "é").
        parser = lxml_html.HTMLParser(encoding="utf-8")
        return lxml_html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:  # lxml raises several error types on junk; junk is left to the extractor to refuse
        return None


def meta_tags(doc) -> dict[str, str]:
    """<meta> content by property / name / itemprop (the first of each; names with a colon lower-cased)."""
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        if not key:
            continue
        key = key.lower() if ":" in key or key.islower() else key
        if key not in found:
            found[key] = (meta.get("content") or "").strip()
    return found


def ld_items(doc) -> Iterator[dict]:
    """Every JSON object in the page's JSON-LD blocks, nested ones and @graph members included."""
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))


def ld_types(item: dict) -> list[str]:
    kind = item.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]
