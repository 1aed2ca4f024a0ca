"""Links a list page builds from its Listing: the same list sorted otherwise, or as an export."""

from django import template

register = template.Library()


@register.filter
def sort_link(listing, sort: str) -> str:
    return listing.sort_query(sort)


@register.filter
def export_link(listing, export_format: str) -> str:
    return listing.export_query(export_format)
