"""A curator works through the review queue in real headless Chromium: logs in through the admin's
form, approves a statement from its row, rejects one with a bulk action, and adds a statement the
extractor missed by selecting its words in the article."""

import pytest
from django.contrib.auth.models import User
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from statements.models import ReviewStatus, Statement
from statements.search import verify_index
from tests.factories import make_article, make_speaker, make_statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = (
    "Talks resumed in Geneva on Monday.\n\n"
    "“We remain ready for talks,” the spokesman said. Observers called the meeting a step forward."
)
SELECT_WORDS = """
const [container, words] = arguments;
const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const at = node.textContent.indexOf(words);
  if (at < 0) continue;
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + words.length);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  container.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
  return true;
}
return false;
"""


def wait_for(browser, css):
    return WebDriverWait(browser, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, css))


def wait_for_message(browser, words):
    """The page after a submit shows `words` in its messages (the page before may show others)."""
    def shown(b):
        text = b.find_element(By.CSS_SELECTOR, ".messagelist").text
        return text if words in text else False
    return WebDriverWait(browser, 10, ignored_exceptions=[StaleElementReferenceException]).until(shown)


def test_a_curator_works_through_the_review_queue(browser, live_server, curator_group, settings):
    settings.ARCHIVE_PAGE_CACHE_SECONDS = 3600  # as in production: the public page below is kept once seen
    curator = User.objects.create_user("curator", password="a-long-test-password", is_staff=True)
    curator.groups.add(curator_group)
    article = make_article(body=BODY)
    unattributed = make_statement(text="We remain ready for talks", article=article, speaker=None,
                                  paragraph=BODY.split("\n\n")[1])
    attributed = make_statement(speaker=make_speaker(from_gazetteer=True))

    browser.get(f"{live_server.url}/admin/login/?next=/admin/statements/statementtoreview/")
    browser.find_element(By.NAME, "username").send_keys("curator")
    browser.find_element(By.NAME, "password").send_keys("a-long-test-password")
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()

    first_row = wait_for(browser, "#result_list tbody tr")
    assert "We remain ready for talks" in first_row.find_element(By.CSS_SELECTOR, "mark").text
    assert "unattributed" in first_row.text
    first_row.find_element(By.CSS_SELECTOR, "button.approve").click()
    wait_for_message(browser, "approved")
    assert Statement.objects.get(pk=unattributed.pk).status == ReviewStatus.APPROVED

    public_page = f"{live_server.url}/statements/{attributed.pk}/"
    browser.get(public_page)
    browser.get(public_page)  # now served from the page cache
    assert not browser.title.startswith("Page not found")
    browser.get(f"{live_server.url}/admin/statements/statementtoreview/")

    browser.find_element(By.CSS_SELECTOR, f"input.action-select[value='{attributed.pk}']").click()
    Select(browser.find_element(By.NAME, "action")).select_by_value("reject_selected")
    browser.find_element(By.CSS_SELECTOR, "button[name=index]").click()
    wait_for_message(browser, "1 of 1 statement(s) rejected")
    assert Statement.objects.get(pk=attributed.pk).status == ReviewStatus.REJECTED
    browser.get(public_page)
    assert browser.title.startswith("Page not found")  # rejected: gone from the public pages at once

    browser.get(f"{live_server.url}/admin/statements/statement/add/?article={article.pk}")
    container = wait_for(browser, "#article-text")
    assert browser.execute_script(SELECT_WORDS, container, "called the meeting a step forward")
    assert browser.find_element(By.ID, "id_text").get_attribute("value") == "called the meeting a step forward"
    start = int(browser.find_element(By.ID, "id_start").get_attribute("value"))
    assert start == BODY.index("called the meeting")
    browser.find_element(By.NAME, "_save").click()
    wait_for_message(browser, "was added successfully")
    browser.get("about:blank")  # no request of this test still in flight when the live server stops

    added = Statement.objects.get(text="called the meeting a step forward")
    assert (added.start, added.origin) == (start, "curator")
    assert verify_index().differences == 0
