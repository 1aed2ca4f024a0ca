"""On a 390×844 phone in real headless Chromium: a list's first result is within the first screen, the
filters and facets wait behind their disclosures (and open with a tap), nothing scrolls sideways; on a
wide screen the same disclosures show open beside the results."""

from datetime import date

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.factories import make_article, make_conflict, make_outlet, make_speaker, make_statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}


@pytest.fixture
def archive():
    """Enough statements for full facets (speakers, conflicts, outlets, kinds) and several pages."""
    conflicts = [make_conflict(name=f"Conflict {name}") for name in ("Karabakh", "Kosovo", "Ukraine")]
    speakers = [make_speaker(name=name, country=country) for name, country in (
        ("Dmitry Peskov", "Russia"), ("Aleksandar Vučić", "Serbia"), ("Recep Tayyip Erdoğan", "Türkiye"),
    )]
    outlets = [make_outlet(name=name) for name in ("TASS", "Reuters", "BBC")]
    for n in range(30):
        text = f"Talks on the border will continue next week and the sides will meet again, number {n}"
        article = make_article(outlet=outlets[n % 3], published_on=date(2024, 1, 1 + n % 28),
                               body=f"The minister spoke on Monday. “{text},” the minister said.")
        make_statement(text=text, article=article, speaker=speakers[n % 3], conflicts=[conflicts[n % 3]],
                       kind="direct" if n % 2 else "indirect", cue="said")
    return {"speaker": speakers[0], "conflict": conflicts[0]}


@pytest.fixture
def phone(browser):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def first_result_box(browser) -> dict:
    return browser.execute_script(
        "const r = document.querySelector('ol.statements li.statement').getBoundingClientRect();"
        "return {top: r.top, bottom: r.bottom, viewport: window.innerHeight, width: document.documentElement.scrollWidth};"
    )


@pytest.mark.parametrize("filtered", [False, True])
def test_on_a_phone_the_first_result_is_within_the_first_screen(phone, live_server, archive, filtered):
    # Filtered, the page also lists the filters in force above the results (with links to remove each).
    query = f"?speaker={archive['speaker'].slug}&conflict={archive['conflict'].slug}&kind=direct" if filtered else ""
    phone.get(live_server.url + "/statements/" + query)

    box = first_result_box(phone)

    assert box["viewport"] == 844
    assert 0 < box["top"] and box["bottom"] <= 844, box
    assert box["width"] <= 390  # nothing wider than the phone
    facets = phone.find_element(By.CSS_SELECTOR, "details.facets-disclosure")
    filters = phone.find_element(By.CSS_SELECTOR, "details.more-filters")
    assert facets.get_attribute("open") is None and filters.get_attribute("open") is None
    assert not phone.find_element(By.CSS_SELECTOR, "aside.facets").is_displayed()
    # the facets come after the results, and open with a tap on their summary
    assert phone.execute_script(
        "return document.querySelector('ol.statements').compareDocumentPosition(document.querySelector('aside.facets'))"
        " & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    summary = facets.find_element(By.TAG_NAME, "summary")
    phone.execute_script("arguments[0].scrollIntoView()", summary)
    summary.click()
    assert facets.get_attribute("open") is not None
    assert phone.find_element(By.CSS_SELECTOR, "aside.facets a").is_displayed()


def test_a_speakers_page_on_a_phone_shows_its_statements_without_sideways_scrolling(phone, live_server, archive):
    phone.get(live_server.url + archive['speaker'].get_absolute_url())

    assert first_result_box(phone)["width"] <= 390


def test_on_a_wide_screen_filters_and_facets_show_open_beside_the_results(browser, live_server, archive):
    browser.get(live_server.url + "/statements/")

    # Rendered, as the browser says (Selenium's is_displayed() counts anything in a closed <details> hidden,
    # whatever the CSS shows), then used: a facet's link clicked.
    visible = "return arguments[0].checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})"
    facet_link = browser.find_element(By.CSS_SELECTOR, "aside.facets a")
    assert browser.execute_script(visible, facet_link)
    assert browser.execute_script(visible, browser.find_element(By.ID, "sort"))
    assert not browser.execute_script(visible, browser.find_element(By.CSS_SELECTOR, "details.facets-disclosure > summary"))
    results = browser.find_element(By.CSS_SELECTOR, "section.results").rect
    facets = browser.find_element(By.CSS_SELECTOR, "aside.facets").rect
    assert facets["x"] + facets["width"] <= results["x"]  # to the left, side by side
    assert not browser.find_elements(By.TAG_NAME, "script")
    href = facet_link.get_attribute("href")
    # A pointer's click where the link is drawn (WebElement.click() refuses what is_displayed() calls hidden).
    ActionChains(browser).move_to_element(facet_link).click().perform()
    WebDriverWait(browser, 20).until(lambda driver: driver.current_url == href)


def test_on_a_phone_a_charts_labels_stay_readable(phone, live_server, archive):
    phone.get(live_server.url + archive["speaker"].get_absolute_url())

    sizes = phone.execute_script(
        "return [...document.querySelectorAll('.timeline text.tick')].map(t => t.getBoundingClientRect().height);"
    )
    assert sizes and min(sizes) >= 9  # px drawn: 12px labels of a 720-wide chart scaled to 358px would be 6
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390  # the chart scrolls in its box
