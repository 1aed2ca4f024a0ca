"""Atom feeds of a list: the newest statements of any list URL, or of a saved search.

XML 1.0 cannot carry most control characters (Django's feed writer refuses them with an exception), so
every text taken from the data passes through `clean` first; the writer escapes the rest.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator

from statements.research.listing import Listing
from statements.text import remove_control_characters

ENTRIES = 50


def clean(text: str) -> str:
    return remove_control_characters(text or "")


def atom_feed(request: HttpRequest, listing: Listing, *, title: str, page_url: str) -> HttpResponse:
    """The Atom document of `listing`'s page (already built newest first); `page_url` is the HTML list it follows."""
    feed = Atom1Feed(
        title=clean(title),
        link=request.build_absolute_uri(page_url),
        description="",
        feed_url=request.build_absolute_uri(),
        subtitle=clean(listing.description) if listing.description != title else None,
    )
    for statement in listing.statements:
        speaker = statement.speaker.name if statement.speaker else statement.speaker_mention or "Unattributed"
        permalink = request.build_absolute_uri(statement.get_absolute_url())
        feed.add_item(
            title=clean(f"{speaker}: {Truncator(statement.text).words(12)}"),
            link=permalink,
            unique_id=permalink,
            # Atom declares the summary as HTML: escaped here, a quoted "<script>" stays text in a reader.
            description=escape(clean(statement.text)),
            author_name=clean(speaker),
            pubdate=statement.created_at,
            updateddate=statement.updated_at,
            categories=[clean(conflict.name) for conflict in statement.conflicts.all()],
        )
    return HttpResponse(feed.writeString("utf-8"), content_type=feed.content_type)


def feed_params(params):
    """A feed follows what is new: its newest statements, whatever order the list it follows is in."""
    params = params.copy()
    params["sort"] = "newest"
    for key in ("page", "cursor", "format"):
        params.pop(key, None)
    return params
