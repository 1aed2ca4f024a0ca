"""A researcher's session in real headless Chromium against a live server with the seed corpus: search,
narrow with two facets, read a statement in its article, save the search, reopen its short link, and
download the same rows as CSV."""

import csv
import io
import re
import urllib.request

import pytest
from django.conf import settings
from django.core.management import call_command
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from statements.search import process_index_queue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STATEMENT_LINK = re.compile(r"/statements/(\d+)/$")


@pytest.fixture
def seeded(gazetteer, settings):
    settings.ARCHIVE_PAGE_CACHE_SECONDS = 3600  # as in production: a page seen again comes from the cache
    call_command("ingest", str(settings.BASE_DIR / "fixtures" / "seeds"))
    process_index_queue(wait=True)


def wait_until_at(browser, url_start: str) -> None:
    """Wait for the navigation a click or a submit started: Selenium may return before the new page."""
    WebDriverWait(browser, 20).until(lambda driver: driver.current_url.startswith(url_start))
    WebDriverWait(browser, 20).until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def listed_ids(browser) -> list[int]:
    links = browser.find_elements(By.CSS_SELECTOR, "ol.statements li.statement blockquote a")
    return [int(STATEMENT_LINK.search(link.get_attribute("href")).group(1)) for link in links]


def facet_link(browser, facet: str, value: str):
    return browser.find_element(
        By.XPATH, f"//aside[@class='facets']//details[summary/h3[normalize-space()='{facet}']]//a[contains(., '{value}')]"
    )


def test_a_researcher_searches_narrows_reads_saves_and_exports(browser, live_server, seeded):
    browser.get(live_server.url + "/")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("peacekeepers", Keys.ENTER)
    wait_until_at(browser, live_server.url + "/statements/")

    assert browser.current_url.startswith(live_server.url + "/statements/?q=peacekeepers")
    everything = listed_ids(browser)
    assert len(everything) >= 3

    facet_link(browser, "Speaker", "Dmitry Peskov").click()
    wait_until_at(browser, live_server.url + "/statements/?q=peacekeepers&speaker=")
    facet_link(browser, "Conflict", "Armenia–Azerbaijan").click()
    wait_until_at(browser, live_server.url + "/statements/?q=peacekeepers&speaker=dmitry-peskov&conflict=")

    assert browser.current_url == (
        live_server.url + "/statements/?q=peacekeepers&speaker=dmitry-peskov&conflict=armenia-azerbaijan"
    )
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading == "Statements by Dmitry Peskov about Armenia–Azerbaijan, matching ‘peacekeepers’"
    narrowed = listed_ids(browser)
    assert narrowed and set(narrowed) < set(everything)
    assert browser.find_elements(By.CSS_SELECTOR, "ol.statements mark")  # the searched word, highlighted
    list_url = browser.current_url
    csv_href = browser.find_element(By.LINK_TEXT, "Download CSV").get_attribute("href")

    browser.find_element(By.CSS_SELECTOR, "ol.statements li.statement blockquote a").click()
    wait_until_at(browser, f"{live_server.url}/statements/{narrowed[0]}/")
    assert browser.current_url == f"{live_server.url}/statements/{narrowed[0]}/"
    quote = browser.find_element(By.CSS_SELECTOR, "blockquote.quote").text
    assert browser.find_element(By.CSS_SELECTOR, "blockquote.context mark").text.strip() in quote
    browser.find_element(By.PARTIAL_LINK_TEXT, "Read it in the whole article").click()
    wait_until_at(browser, live_server.url + "/articles/")
    marked = browser.find_element(By.ID, f"s{narrowed[0]}")
    assert marked.tag_name == "mark"
    assert marked.text.strip() == quote.strip()

    browser.get(list_url)
    name = browser.find_element(By.ID, "save-name")
    name.clear()
    name.send_keys("Peskov on peacekeepers in Karabakh")
    browser.find_element(By.XPATH, "//button[normalize-space()='Save this search']").click()
    wait_until_at(browser, live_server.url + "/s/")

    short_link = browser.current_url
    assert re.fullmatch(re.escape(live_server.url) + r"/s/[\w-]{6,16}/", short_link)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Peskov on peacekeepers in Karabakh"
    assert listed_ids(browser) == narrowed

    browser.get("about:blank")
    browser.get(short_link)
    assert listed_ids(browser) == narrowed

    with urllib.request.urlopen(csv_href) as response:
        assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
        rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))
    assert [int(row["id"]) for row in rows] == narrowed
    assert {row["speaker_slug"] for row in rows} == {"dmitry-peskov"}


def test_the_pages_work_from_the_keyboard_without_javascript(browser, live_server, seeded):
    browser.get(live_server.url + "/statements/?q=peacekeepers")

    # The first Tab reaches the skip link, which moves focus past the navigation to the content.
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.text == "Skip to content"
    skip.send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda driver: driver.current_url.endswith("#main"))
    assert not browser.find_elements(By.TAG_NAME, "script")
    labels = {label.get_attribute("for") for label in browser.find_elements(By.CSS_SELECTOR, "label[for]")}
    for field in browser.find_elements(By.CSS_SELECTOR, "input[type=search], input[type=text], select"):
        assert field.get_attribute("id") in labels, field.get_attribute("name")
