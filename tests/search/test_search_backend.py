"""Choosing and opening the backend: by settings, lazily, in whatever directory settings name at call time."""

import threading
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from statements.search import search_ids
from statements.search.backend import get_backend
from statements.search.generations import POINTER
from statements.search.polling import keep_trying
from tests.search.support import index_now, make_statement

pytestmark = pytest.mark.django_db


def test_the_postgres_backend_refuses_a_database_that_is_not_postgresql(settings):
    if connection.vendor == "postgresql":
        pytest.skip("runs on the SQLite test database: here the postgres backend works")
    settings.ARCHIVE_SEARCH_BACKEND = "postgres"
    with pytest.raises(ImproperlyConfigured, match="needs a PostgreSQL DATABASE_URL"):
        get_backend()


def test_an_unknown_backend_is_named_in_the_error(settings):
    settings.ARCHIVE_SEARCH_BACKEND = "solr"
    with pytest.raises(ImproperlyConfigured, match="'solr'"):
        get_backend()


def test_it_creates_the_index_on_first_use(private_search_index):
    assert not private_search_index.exists()
    assert search_ids("anything") == []
    assert (private_search_index / POINTER).exists()


def test_it_reads_the_index_directory_from_settings_at_each_call(settings, tmp_path):
    statement = make_statement("The ceasefire must hold.")
    index_now()
    assert search_ids("ceasefire") == [statement.pk]
    settings.ARCHIVE_INDEX_DIR = tmp_path / "another-index"
    assert search_ids("ceasefire") == []


def test_searches_run_outside_the_main_thread():
    # Web servers search from worker threads, where signal-based time limits cannot be used.
    statement = make_statement("The ceasefire must hold.")
    index_now()
    found = []
    worker = threading.Thread(target=lambda: found.append(search_ids("ceasefire")))
    worker.start()
    worker.join()
    assert found == [[statement.pk]]


def _tantivy_threads() -> int:
    return sum(_thread_name(path).startswith("thread-tantivy") for path in Path("/proc/self/task").glob("*/comm"))


def _thread_name(comm: Path) -> str:
    try:
        return comm.read_text()
    except (ProcessLookupError, FileNotFoundError):
        return ""  # the thread ended between the listing and the read: it watches nothing


def test_tantivy_keeps_only_the_index_in_use_open(settings, tmp_path):
    # Each open Tantivy index has a thread watching its files: indexes of other directories (each test has
    # its own) left open would pile threads up for the life of the process.
    settings.ARCHIVE_SEARCH_BACKEND = "tantivy"
    for n in range(4):
        settings.ARCHIVE_INDEX_DIR = tmp_path / f"index-{n}"
        assert search_ids("ceasefire") == []
    # A closed index's thread ends at its next look at the files (every half second).
    assert keep_trying(lambda: _tantivy_threads() == 1, timeout=3), f"{_tantivy_threads()} watching threads"
