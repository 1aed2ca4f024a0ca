"""The search tests' fixture: each shared case runs once per engine."""

import pytest
from django.db import connection

from tests.search.support import BACKENDS


@pytest.fixture(params=BACKENDS)
def search_backend(request, settings):
    """Runs a test once per search backend; the postgres one only on the PostgreSQL test database."""
    if request.param == "postgres" and connection.vendor != "postgresql":
        pytest.skip("postgres search backend: needs the PostgreSQL test database (scripts/test.sh runs it)")
    settings.ARCHIVE_SEARCH_BACKEND = request.param
    return request.param
