"""gunicorn in production: `gunicorn -c archive/gunicorn.conf.py archive.wsgi` (benchmarks/load.py runs this).

Django is CPU-bound under the GIL, so one worker process per core does the work and a few threads per
worker cover the waits (database, streamed exports, slow clients). WEB_CONCURRENCY and GUNICORN_THREADS
override the sizes; GUNICORN_BIND the address (keep it on loopback behind the TLS-terminating proxy).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 2)
threads = int(os.environ.get("GUNICORN_THREADS") or 4)
worker_class = "gthread"
# A worker silent this long is restarted; a request's own work is bounded far below it (search time
# budgets, paginated lists), and a long export keeps its worker alive by streaming.
timeout = 60
graceful_timeout = 30
keepalive = 5
# Workers are not recycled by default: a gthread worker that restarts after max_requests resets the
# connections it has accepted but not yet served (benoitc/gunicorn#3038, open), which the load test saw as
# one failed request per restart. Memory stays flat without it (benchmarks/memory.py). GUNICORN_MAX_REQUESTS
# turns recycling on (with 10% jitter) where a slow leak matters more than those resets.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS") or 0)
max_requests_jitter = max_requests // 10
# Load Django in the master and fork the workers from it: a recycled worker starts in milliseconds instead
# of importing and setting up Django again (a second or more of CPU taken from the requests, and one
# worker fewer meanwhile). Nothing opens a database connection, the search index or the counter file at
# import; each worker opens its own on its first request.
preload_app = True
# Only the proxy in front (on this machine) may say which scheme a request came by.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
