"""Canonical URLs: one article per page, whatever tracking, fragment or AMP decoration the link carries."""

import pytest

from statements.extraction.urls import canonical_url

STORY = "https://www.telegraph.co.uk/news/2020/10/02/plumber-jailed"


@pytest.mark.parametrize("variant", [
    STORY,
    STORY + "/",
    STORY + "?utm_source=twitter&utm_medium=social",
    STORY + "#comments",
    STORY + "?fbclid=IwAR0x&gclid=abc",
    STORY + "?csv",
    STORY + "/amp/",
    STORY + "?amp=1",
    "https://WWW.Telegraph.co.uk:443/news/2020/10/02/plumber-jailed",
])
def test_decorated_links_to_one_story_have_one_canonical_url(variant):
    assert canonical_url(variant) == STORY


def test_parameters_that_name_the_page_are_kept():
    assert canonical_url("https://blog.example.org/?p=123") == "https://blog.example.org/?p=123"
    assert canonical_url("https://example.org/article.php?id=77&utm_campaign=z") == "https://example.org/article.php?id=77"


@pytest.mark.parametrize("bad", ["", "ftp://example.org/x", "javascript:alert(1)", "http://[::1", "not a url"])
def test_what_is_not_an_http_url_has_no_canonical_form(bad):
    assert canonical_url(bad) == ""
