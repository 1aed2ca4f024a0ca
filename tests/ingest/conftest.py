import pytest

from tests.ingest.page_server import PageServer


@pytest.fixture
def page_server(settings):
    """A live HTTP server on 127.0.0.1, with the fetcher allowed to reach loopback for this test only."""
    settings.ARCHIVE_FETCH_ALLOW_PRIVATE = ["127.0.0.1/32"]
    server = PageServer().start()
    yield server
    server.stop()
