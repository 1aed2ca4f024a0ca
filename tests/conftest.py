"""Fixtures shared by every test module: a private search index per test, and the loaded gazetteer."""

import pytest


@pytest.fixture(autouse=True)
def private_search_index(settings, tmp_path):
    """Each test gets its own empty index directory, so tests never see each other's documents."""
    settings.ARCHIVE_INDEX_DIR = tmp_path / "index"
    return settings.ARCHIVE_INDEX_DIR


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters and cached counts live in the cache: each test starts with none of another's."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture
def gazetteer(db):
    """The project's gazetteer (speakers, aliases, roles, conflicts, outlets) loaded into the test database."""
    from statements.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """Real headless Chromium (Debian's chromium + chromium-driver) driven by Selenium."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
