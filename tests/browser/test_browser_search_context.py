"""Search by what a statement is about, in real headless Chromium: a conflict's name finds the statement
whose paragraph says it (its own words do not), and a search that cannot match says why."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from statements.models import Conflict
from statements.search import process_index_queue
from tests.browser.test_browser_research import listed_ids, wait_until_at
from tests.search.support import make_speaker, make_statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def about_kosovo():
    kosovo = Conflict.objects.create(slug="kosovo-serbia", name="Kosovo–Serbia", places="Kosovo\nMitrovica")
    statement = make_statement(
        "it is up to the parties to find a solution", speaker=make_speaker("Dmitry Peskov", "dmitry-peskov"),
        conflicts=(kosovo,),
    )
    statement.paragraph = "Turning to the situation in Kosovo, Peskov said it is up to the parties to find a solution."
    statement.save()
    make_statement("the harvest was good this year")
    process_index_queue(wait=True)
    return statement


def search(browser, live_server, words: str) -> None:
    browser.get(live_server.url + "/")
    browser.find_element(By.NAME, "q").send_keys(words, Keys.ENTER)
    wait_until_at(browser, live_server.url + "/statements/")


def test_a_conflicts_name_finds_the_statement_its_paragraph_is_about(browser, live_server, about_kosovo):
    search(browser, live_server, "kosovo")
    assert listed_ids(browser) == [about_kosovo.pk]
    assert "Did you mean" not in browser.page_source


def test_a_search_that_cannot_match_says_why_and_lists_nothing(browser, live_server, about_kosovo):
    search(browser, live_server, "conflict:narnia")
    notice = browser.find_element(By.CSS_SELECTOR, ".message.notice").text
    assert "no conflict has the slug “narnia”" in notice
    assert browser.find_element(By.ID, "no-results").is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, "ol.statements") == []
    assert browser.find_elements(By.CSS_SELECTOR, "aside.facets") == []  # no empty "Narrow down"
