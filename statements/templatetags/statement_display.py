"""A statement's wording in templates: `{{ statement|wording_html }}`, `{{ statement|wording_html:25 }}`
(shortened to 25 words), `{{ statement|wording_text:10 }}` for titles."""

from django import template

from statements.research.wording import wording

register = template.Library()


@register.filter
def wording_html(statement, words=None):
    return wording(statement).html(int(words) if words else None)


@register.filter
def wording_text(statement, words=None):
    return wording(statement).plain(int(words) if words else None)
