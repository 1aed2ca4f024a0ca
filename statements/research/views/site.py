"""What browsers and crawlers ask every site for: /robots.txt and /favicon.ico."""

from __future__ import annotations

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

# Statement, speaker, conflict and article pages are what a search engine should find. Searches,
# exports, feeds, comparisons and saved searches are endless combinations of URLs over the same
# statements (each one a database query), and the admin is for curators. A statement linked from a list
# (?from=) is the same page as its permalink.
ROBOTS = """\
User-agent: *
Disallow: /admin/
Disallow: /s/
Disallow: /compare/
Disallow: /statements/feed/
Disallow: /*format=
Disallow: /*q=
Disallow: /*from=
Disallow: /*/cite.
"""


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    return HttpResponse(ROBOTS, content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links: sent to the icon the pages link."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
