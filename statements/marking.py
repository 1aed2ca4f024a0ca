"""Statements in their article's text: the paragraph a statement stands in, and an article body with its
statements marked. The one place both the public pages and the admin take them from."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from statements.text import paragraph_span


def mark_statements(body: str, statements: Iterable, *, href: Callable, title: Callable | None = None,
                    css_class: Callable | None = None) -> SafeString:
    """The body, escaped, each statement wrapped in <mark> linking to `href(statement)`.

    The text content of the result is exactly `body`, so offsets counted in the browser are offsets into
    the body. A span that overlaps an earlier one, or whose offsets no longer fit the body, is left
    unmarked; it is still listed beside the article.
    """
    parts, position = [], 0
    for statement in sorted(statements, key=lambda s: (s.start, s.end)):
        if statement.start < position or statement.end > len(body):
            continue
        parts.append(escape(body[position : statement.start]))
        parts.append(format_html(
            '<mark id="s{}"{}{}><a href="{}">{}</a></mark>',
            statement.pk,
            format_html(' class="{}"', css_class(statement)) if css_class else "",
            format_html(' title="{}"', title(statement)) if title else "",
            href(statement),
            body[statement.start : statement.end],
        ))
        position = statement.end
    parts.append(escape(body[position:]))
    return mark_safe("".join(parts))  # every piece above is escaped or built by format_html


def statement_in_paragraph(statement) -> SafeString | None:
    """The paragraph of the article body holding the statement, with the statement in <mark>."""
    body, start, end = statement.article.body, statement.start, statement.end
    if not 0 <= start < end <= len(body):
        return None
    paragraph_start, paragraph_end = paragraph_span(body, start, end)
    return format_html(
        "{}<mark>{}</mark>{}", body[paragraph_start:start], body[start:end], body[end:paragraph_end]
    )
