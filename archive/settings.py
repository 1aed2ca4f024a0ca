"""Settings for the statement archive: one file, every deployment choice read from the environment.

Parsing is strict: a malformed value stops start-up with a message naming the variable, rather than
silently falling back to a default that would behave differently in production.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("ARCHIVE_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from None


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "insecure-development-key-only-for-DEBUG"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "csp",
    "axes",
    "statements",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the database (sessions): it says which database this request reads from.
    "statements.web.replicas.ReplicaMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Before any view runs, after sessions/auth: a refused request costs no database query.
    "statements.web.ratelimit.RateLimitMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the 429 page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: it refuses a locked-out user+address before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'archive.sqlite3'}",
        # Kept open between requests (each gunicorn thread keeps one) unless DEBUG (runserver starts a thread
        # per request): opening and setting up a connection per request took about 4% of a request's time
        # under load (benchmarks/load.py, SQLite).
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0 if DEBUG else 600),
        conn_health_checks=True,
    )
}
# A streaming replica of the PostgreSQL database (statements.web.replicas): public pages read from it, every
# write and everything else (admin, ingest, the index worker) uses the primary. A client that just wrote
# (a POST: a curator, a saved search) reads from the primary for ARCHIVE_READ_PRIMARY_AFTER_WRITE seconds,
# and a page is read from the replica only once it has replayed the write that last renewed the data generation.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=DATABASES["default"]["CONN_MAX_AGE"], conn_health_checks=True
    )
    # Tests run against one database: the replica alias reads the test database too.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    if {DATABASES["default"]["ENGINE"], DATABASES["replica"]["ENGINE"]} != {"django.db.backends.postgresql"}:
        raise ImproperlyConfigured("DATABASE_REPLICA_URL needs PostgreSQL for both DATABASE_URL and the replica")
DATABASE_ROUTERS = ["statements.web.replicas.ReplicaRouter"]
ARCHIVE_READ_PRIMARY_AFTER_WRITE = env_int("ARCHIVE_READ_PRIMARY_AFTER_WRITE", 10)
if ARCHIVE_READ_PRIMARY_AFTER_WRITE < 0:
    raise ImproperlyConfigured("ARCHIVE_READ_PRIMARY_AFTER_WRITE must be 0 (off) or more seconds")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (web requests) proceed while ingest writes; the timeout makes a second
    # writer wait for the lock instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Security: strict by default, loosened only by DEBUG for local development.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# The archive's own settings.
ARCHIVE_SEARCH_BACKEND = os.environ.get("ARCHIVE_SEARCH_BACKEND", "whoosh")
if ARCHIVE_SEARCH_BACKEND not in {"whoosh", "postgres", "tantivy"}:
    raise ImproperlyConfigured(
        f"ARCHIVE_SEARCH_BACKEND must be 'whoosh', 'postgres' or 'tantivy', not {ARCHIVE_SEARCH_BACKEND!r}"
    )
ARCHIVE_INDEX_DIR = Path(os.environ.get("ARCHIVE_INDEX_DIR", VAR_DIR / "index"))
ARCHIVE_PAGE_SIZE = env_int("ARCHIVE_PAGE_SIZE", 20)
# The fetcher (statements/ingest/fetch.py) never reaches private, loopback or link-local addresses unless
# this says so: "1" for all of them, or a comma-separated list of networks ("10.1.0.0/16,127.0.0.1/32").
_allow_private = env_list("ARCHIVE_FETCH_ALLOW_PRIVATE", [])
ARCHIVE_FETCH_ALLOW_PRIVATE = _allow_private == ["1"] or _allow_private
ARCHIVE_FETCH_MAX_BYTES = env_int("ARCHIVE_FETCH_MAX_BYTES", 20 * 1024 * 1024)
# A PEM file of certificate authorities the fetcher trusts besides the system's (certifi's): a corporate
# proxy's that re-signs https, or a private CA. Empty: the usual public authorities only.
ARCHIVE_FETCH_CA_BUNDLE = os.environ.get("ARCHIVE_FETCH_CA_BUNDLE", "")
# Long commands (ingest, poll_sources, reindex, reextract) in a log, not on a terminal: a progress line
# every so many items or seconds, whichever comes first (statements/management/progress.py).
ARCHIVE_PROGRESS_EVERY_ITEMS = env_int("ARCHIVE_PROGRESS_EVERY_ITEMS", 100)
ARCHIVE_PROGRESS_EVERY_SECONDS = float(os.environ.get("ARCHIVE_PROGRESS_EVERY_SECONDS", "30"))
# Polling sources (manage.py poll_sources): seconds between two requests to one host, retries of a failed
# request, and the first retry's wait in seconds (doubled for each further retry).
ARCHIVE_POLL_HOST_DELAY = float(os.environ.get("ARCHIVE_POLL_HOST_DELAY", "2"))
ARCHIVE_POLL_RETRIES = env_int("ARCHIVE_POLL_RETRIES", 2)
ARCHIVE_POLL_BACKOFF = float(os.environ.get("ARCHIVE_POLL_BACKOFF", "5"))

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    raise ImproperlyConfigured(f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, not {LOG_LEVEL!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # A refused host or a bad request is the client's doing, logged once without a traceback.
        "django.security.DisallowedHost": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "statements.web.ratelimit": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Content-Security-Policy (django-csp 4): scripts, styles, images and fonts from this site only, no inline
# script or style, no plugins, no framing, forms post back here only. A payload that got past escaping
# still could not run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

# Caches. "default" holds the list pages' facet and result counts (statements.web.generation), keyed by a data
# generation that every write renews, so a count is never read after the data it counted changed;
# "counters" holds the rate limits' counters and export slots (statements.web.ratelimit), written on every
# request. Local memory by default, which is per process: with several worker processes set
# ARCHIVE_CACHE=db (no new service: counts in the database table created by `manage.py bootstrap`,
# counters in a SQLite file of their own, ARCHIVE_COUNTERS_FILE, shared by the workers of this host) or
# ARCHIVE_CACHE=redis://host:6379/0 (both in Redis; needed when several hosts serve the archive).
ARCHIVE_CACHE = os.environ.get("ARCHIVE_CACHE", "locmem")
# Entries kept before the oldest are dropped: a list's cached counts take a few kilobytes.
ARCHIVE_CACHE_ENTRIES = env_int("ARCHIVE_CACHE_ENTRIES", 5000)
ARCHIVE_COUNTERS_FILE = Path(os.environ.get("ARCHIVE_COUNTERS_FILE", VAR_DIR / "counters.sqlite3"))
if ARCHIVE_CACHE == "locmem":
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "archive",
                    "OPTIONS": {"MAX_ENTRIES": ARCHIVE_CACHE_ENTRIES}},
        "counters": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "counters",
                     "OPTIONS": {"MAX_ENTRIES": 100_000}},
    }
elif ARCHIVE_CACHE == "db":
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "archive_cache",
                    "OPTIONS": {"MAX_ENTRIES": ARCHIVE_CACHE_ENTRIES}},
        "counters": {"BACKEND": "archive.counter_cache.SQLiteCounterCache", "LOCATION": str(ARCHIVE_COUNTERS_FILE)},
    }
elif ARCHIVE_CACHE.startswith(("redis://", "rediss://")):
    # Degrading: with Redis away, pages are rendered (nothing cached, rate limits off), never an error; the
    # data generation (statements.web.generation.GENERATION_KEY) is forgotten when Redis is back, since
    # renewals were lost meanwhile.
    CACHES = {
        "default": {"BACKEND": "archive.redis_cache.DegradingRedisCache", "LOCATION": ARCHIVE_CACHE,
                    "OPTIONS": {"FORGET_AFTER_OUTAGE": ["statements:data-generation"]}},
        "counters": {"BACKEND": "archive.redis_cache.DegradingRedisCache", "LOCATION": ARCHIVE_CACHE,
                     "KEY_PREFIX": "counters"},
    }
else:
    raise ImproperlyConfigured(f"ARCHIVE_CACHE must be locmem, db or a redis:// URL, not {ARCHIVE_CACHE!r}")
# How long a list's counts are kept (seconds); 0 computes them on every request. A write to the data
# makes them unreachable at once whatever this says.
ARCHIVE_COUNT_CACHE_SECONDS = env_int("ARCHIVE_COUNT_CACHE_SECONDS", 3600)
# How long a whole public page is kept (statements.web.page_cache); 0 renders every request. As for counts, a
# write to anything the page shows makes it unreachable at once.
ARCHIVE_PAGE_CACHE_SECONDS = env_int("ARCHIVE_PAGE_CACHE_SECONDS", 3600)
if ARCHIVE_COUNT_CACHE_SECONDS < 0 or ARCHIVE_PAGE_CACHE_SECONDS < 0 or ARCHIVE_CACHE_ENTRIES < 1:
    raise ImproperlyConfigured(
        "ARCHIVE_COUNT_CACHE_SECONDS and ARCHIVE_PAGE_CACHE_SECONDS must be 0 or more, ARCHIVE_CACHE_ENTRIES 1 or more"
    )
# Facet counts (and the count shown on the page) of a list with more statements than this are estimated
# from a uniform sample of about this many of them, and labelled so (statements.research.estimates); 0 counts
# every list exactly.
ARCHIVE_FACET_EXACT_LIMIT = env_int("ARCHIVE_FACET_EXACT_LIMIT", 10_000)
if ARCHIVE_FACET_EXACT_LIMIT < 0:
    raise ImproperlyConfigured("ARCHIVE_FACET_EXACT_LIMIT must be 0 (always exact) or more")

# Rate limits per client (statements.web.ratelimit): requests per minute to the researcher's pages, and a
# stricter one for searches that cost the engine more (wildcards, fuzzy words, exports). 0 turns a limit off.
ARCHIVE_RATE_LIMIT = env_int("ARCHIVE_RATE_LIMIT", 300)
ARCHIVE_RATE_LIMIT_EXPENSIVE = env_int("ARCHIVE_RATE_LIMIT_EXPENSIVE", 30)
if ARCHIVE_RATE_LIMIT < 0 or ARCHIVE_RATE_LIMIT_EXPENSIVE < 0:
    raise ImproperlyConfigured("ARCHIVE_RATE_LIMIT and ARCHIVE_RATE_LIMIT_EXPENSIVE must be 0 (off) or more")
# CSV/JSON exports streaming at once per client; one more is refused (429) until one ends. 0 turns it off.
ARCHIVE_EXPORTS_PER_CLIENT = env_int("ARCHIVE_EXPORTS_PER_CLIENT", 2)
if ARCHIVE_EXPORTS_PER_CLIENT < 0:
    raise ImproperlyConfigured("ARCHIVE_EXPORTS_PER_CLIENT must be 0 (off) or more")
# How many reverse proxies stand in front of the app: the client is the address that many hops from the
# right of X-Forwarded-For. 0 (default): REMOTE_ADDR, and X-Forwarded-For is ignored (anyone can forge it).
ARCHIVE_TRUSTED_PROXIES = env_int("ARCHIVE_TRUSTED_PROXIES", 0)

# Admin login throttling (django-axes): 5 failures for one user name from one address lock that pair out
# for 15 minutes (HTTP 429); a success resets the count. Failures are kept in the database, so every
# worker process sees them.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "statements.web.ratelimit.client_ip"
AXES_LOCKOUT_TEMPLATE = "429.html"
AXES_VERBOSE = False

# Sessions and CSRF: cookies not readable from JavaScript where nothing needs them.
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Uploads and form bodies: nothing in the archive's forms is larger.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
