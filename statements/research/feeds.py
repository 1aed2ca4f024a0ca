"""Atom feeds of a list: the newest statements of any list URL, or of a saved search.

XML 1.0 cannot carry most control characters (Django's feed writer refuses them with an exception), so
every text taken from the data passes through `clean` first; the writer escapes the rest.

A browser that opens a feed shows it as a page: the document names static/feeds/atom.xsl in an
`<?xml-stylesheet?>` instruction (feed readers ignore it), and `readable_in_browsers` serves it to a
browser as application/xml, the type browsers apply a stylesheet to.
"""

from __future__ import annotations

import functools
from datetime import datetime, time
from datetime import timezone as dt_timezone

from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.utils.feedgenerator import Atom1Feed, RssFeed, Stylesheet
from django.utils.xmlutils import SimplerXMLGenerator
from django.utils.cache import patch_vary_headers
from django.utils.html import escape

from statements.research.listing import Listing
from statements.research.wording import REPORTED, wording
from statements.text import remove_control_characters

ENTRIES = 50


STYLESHEET = "feeds/atom.xsl"


class StyledAtom1Feed(Atom1Feed):
    """Atom with the `stylesheets` Django writes into RSS only (5.2): the instruction must come after the
    XML declaration and before the root element."""

    add_stylesheets = RssFeed.add_stylesheets

    def write(self, outfile, encoding):
        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        self.add_stylesheets(handler)
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")


def clean(text: str) -> str:
    return remove_control_characters(text or "")


def atom_feed(request: HttpRequest, listing: Listing, *, title: str, page_url: str) -> HttpResponse:
    """The Atom document of `listing`'s page (already built newest first); `page_url` is the HTML list it follows."""
    feed = StyledAtom1Feed(
        title=clean(title),
        link=request.build_absolute_uri(page_url),
        description="",
        feed_url=request.build_absolute_uri(),
        subtitle=clean(listing.description) if listing.description != title else None,
        stylesheets=[Stylesheet(static(STYLESHEET), mimetype="text/xsl")],
    )
    for statement in listing.statements:
        speaker = statement.speaker.name if statement.speaker else statement.speaker_mention or "Unattributed"
        permalink = request.build_absolute_uri(statement.get_absolute_url())
        words = wording(statement)  # a quote in quotation marks, a paraphrase with its speaker and cue
        short = words.plain(12)
        feed.add_item(
            title=clean(short if words.form == REPORTED and words.speaker else f"{speaker}: {short}"),
            link=permalink,
            unique_id=permalink,
            # Atom declares the summary as HTML: escaped here, a quoted "<script>" stays text in a reader.
            description=escape(clean(words.plain())),
            author_name=clean(speaker),
            # Dated by when it was said, as the list it follows is ordered (a reader shows entries by
            # these dates): the day ingested or last edited says nothing about the statement.
            pubdate=said_at(statement),
            updateddate=said_at(statement),
            categories=[clean(conflict.name) for conflict in statement.conflicts.all()],
        )
    return HttpResponse(feed.writeString("utf-8"), content_type=feed.content_type)


def said_at(statement) -> datetime:
    """When the statement was said, as an Atom date: its own day, else its article's publication, else
    (neither known) the day the archive fetched the article, the latest it can have been said."""
    day = statement.said_on or statement.article.published_on
    if day is None:
        return statement.article.ingested_at
    return datetime.combine(day, time.min, tzinfo=dt_timezone.utc)


def readable_in_browsers(view):
    """Chromium shows application/atom+xml as plain text, stylesheet ignored. A browser opening a feed asks
    for text/html: it gets the same document as application/xml, which it styles; feed readers keep Atom's
    type. Wraps the page cache (which keeps Atom's type), so one cached document serves both."""

    @functools.wraps(view)
    def serve(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.get("Content-Type", "").startswith(Atom1Feed.content_type.split(";")[0]):
            patch_vary_headers(response, ["Accept"])
            if "text/html" in request.headers.get("Accept", ""):
                response["Content-Type"] = "application/xml; charset=utf-8"
        return response

    return serve


def feed_params(params):
    """A feed follows what is new: its newest statements, whatever order the list it follows is in."""
    params = params.copy()
    params["sort"] = "newest"
    for key in ("page", "cursor", "format"):
        params.pop(key, None)
    return params
