"""Fixtures shared by every test module: a private search index per test, and the loaded gazetteer."""

import pytest


@pytest.fixture(autouse=True)
def private_search_index(settings, tmp_path):
    """Each test gets its own empty index directory, so tests never see each other's documents."""
    settings.ARCHIVE_INDEX_DIR = tmp_path / "index"
    return settings.ARCHIVE_INDEX_DIR


@pytest.fixture
def gazetteer(db):
    """The project's gazetteer (speakers, aliases, roles, conflicts, outlets) loaded into the test database."""
    from statements.gazetteer import load_gazetteer

    return load_gazetteer()
