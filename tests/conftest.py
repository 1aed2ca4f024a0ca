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
def index_on_commit(django_capture_on_commit_callbacks):
    """Run the index drain that a real commit triggers, and check the index agrees afterwards."""
    from statements.search import verify_index

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        yield callbacks
    assert verify_index().differences == 0


@pytest.fixture
def curator_group(db):
    """The "curator" group of the data migration 0003. A transactional test's flush empties every table,
    data migrations' rows included, so a test that runs after one gets the group made again by the same
    migration function rather than a copy of its permissions."""
    import importlib

    from django.apps import apps
    from django.contrib.auth.models import Group

    migration = importlib.import_module("statements.migrations.0003_curator_group")
    if not Group.objects.filter(name=migration.GROUP).exists():
        migration.create_group(apps, None)
    return Group.objects.get(name=migration.GROUP)


@pytest.fixture
def gazetteer(db):
    """The project's gazetteer (speakers, aliases, roles, conflicts, outlets) loaded into the test database."""
    from statements.ingest.gazetteer_loader import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def browser(tmp_path_factory, live_server):
    """Real headless Chromium (Debian's chromium + chromium-driver) driven by Selenium.

    It asks for the live server only to be closed before it: Chromium's keep-alive connections end while
    the server still shares its in-memory SQLite connection with the threads that answer them."""
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
