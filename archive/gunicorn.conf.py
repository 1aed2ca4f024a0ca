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
# Recycle workers now and then so that no slow growth (caches, fragmentation) builds up.
max_requests = 5000
max_requests_jitter = 500
# Only the proxy in front (on this machine) may say which scheme a request came by.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
