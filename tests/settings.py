"""Test settings: the production settings file, with the environment a test run needs."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("SECURE_COOKIES", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from archive.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast user creation in tests
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405  WhiteNoise warns on every test client without it

# Rate limits are tested on their own (tests/test_abuse.py turns them on); the rest of the suite, the
# fuzzers above all, sends thousands of requests from one test client.
ARCHIVE_RATE_LIMIT = 0
ARCHIVE_RATE_LIMIT_EXPENSIVE = 0
ARCHIVE_EXPORTS_PER_CLIENT = 0  # tests/test_export_slots.py turns it on; elsewhere exports are not always read to the end
# Whole pages are cached in tests/test_page_cache.py and the browser tests; elsewhere a test reads a
# response's context, which a page served from the cache does not have.
ARCHIVE_PAGE_CACHE_SECONDS = 0

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # A test's statement that runs away (a bad plan) or waits on a lock fails with its SQL named, rather
    # than hanging the run. No statement of the suite needs more than a few seconds.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c statement_timeout=120s -c lock_timeout=60s"  # noqa: F405
