"""HTML pieces the admin pages share: an article's text with its statements marked, a quote in its
paragraph, a statement's change history."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from statements.curation.history import records_of
from statements.marking import mark_statements
from statements.models import Statement


def marked_article_text(body: str, statements, *, current: int | None = None) -> SafeString:
    """The body with each statement marked by its review status, linking to its admin page."""
    return mark_statements(
        body, statements,
        href=lambda s: reverse("admin:statements_statement_change", args=[s.pk]),
        css_class=lambda s: f"status-{s.status}" + (" current" if s.pk == current else ""),
        title=lambda s: f"{s.speaker.name if s.speaker else 'unattributed'} · {s.status}",
    )


def quote_in_paragraph(statement: Statement) -> SafeString:
    """The statement in the paragraph stored with it (a list column: no article body is read)."""
    paragraph, text = statement.paragraph, statement.text
    at = paragraph.find(text)
    if at < 0:
        return format_html("<mark>{}</mark>", text)
    return format_html(
        '<span class="quote-context">{}<mark>{}</mark>{}</span>',
        paragraph[:at], text, paragraph[at + len(text):],
    )


def change_history(obj) -> SafeString:
    records = list(records_of(obj)[:50])
    if not records:
        return mark_safe("<p>No recorded changes.</p>")
    rows = format_html_join(
        "", "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                record.at.strftime("%Y-%m-%d %H:%M"), record.username or "(automatic)", record.action,
                format_html_join(
                    "", "<div><b>{}</b>: {} → {}</div>",
                    ((field, _short(before), _short(after)) for field, (before, after) in record.changes.items()),
                ),
                record.note,
            )
            for record in records
        ),
    )
    return format_html(
        '<table class="curation-history"><thead><tr><th>when</th><th>who</th><th>what</th><th>changes</th>'
        "<th>note</th></tr></thead><tbody>{}</tbody></table>",
        rows,
    )


def _short(value) -> str:
    text = "—" if value in (None, "", []) else ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= 160 else text[:159] + "…"
