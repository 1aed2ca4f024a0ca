"""The archive on several nodes, for real, on this machine: Redis, a PostgreSQL primary and its streaming
replica, and two gunicorn processes sharing them (tests/web/test_multinode.py, benchmarks/load_cluster.py).

Everything comes from the Debian packages (redis-server, postgresql-15), listens on free loopback ports
and lives in one directory; `stop()` ends every process it started (by its own pid or process group) and,
unless the directory was given to be kept, removes it. Every server is a child of this process that the
kernel kills if this process dies first (PR_SET_PDEATHSIG: a test run ended by its timeout or a kill
leaves nothing running; gunicorn's workers and PostgreSQL's backends follow their master). Readiness is
waited for by asking each server (generous deadlines: the machine may be busy), never by sleeping.
"""

from __future__ import annotations

import ctypes
import http.client
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
READY_SECONDS = 180  # a busy 2-core machine can take a minute to start Django
SUPERUSER = ("curator", "multinode-curator-password")
HOST = "127.0.0.1"  # the Host header every node gets, as from one proxy in front of them all


def _dies_with_this_process(user: str | None = None):
    """A preexec_fn: become `user` (PostgreSQL refuses to run as root), then ask for SIGKILL when the
    parent dies (after the user change, which clears that request)."""
    account = pwd.getpwnam(user) if user else None

    def setup() -> None:
        if account:
            os.setgroups([])
            os.setgid(account.pw_gid)
            os.setuid(account.pw_uid)
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG

    return setup


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(what: str, ready, seconds: float = READY_SECONDS, interval: float = 0.2):
    deadline = time.monotonic() + seconds
    while True:
        value = ready()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not ready within {seconds:.0f} s")
        time.sleep(interval)


class Response:
    def __init__(self, status: int, headers: dict[str, str], body: bytes, cookies: dict[str, str]):
        self.status, self.headers, self.body, self.cookies = status, headers, body, cookies

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def request(port: int, method: str, path: str, *, source: str = "127.0.0.1", cookies: dict | None = None,
            data: dict | None = None, timeout: float = 60) -> Response:
    """One HTTP request to a node on 127.0.0.1:port from the loopback address `source` (a client of its own
    for the rate limits), with the Host every node is given."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    headers = {"Host": HOST}
    body = None
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    if data is not None:
        body = urlencode(data, doseq=True)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        set_cookies = {}
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                set_cookies[key.strip()] = val.strip()
        return Response(response.status, {k.lower(): v for k, v in response.getheaders()}, content, set_cookies)
    finally:
        connection.close()


class Session:
    """A browser's cookies, kept across requests to any node."""

    def __init__(self, source: str = "127.0.0.1"):
        self.source, self.cookies = source, {}

    def get(self, port: int, path: str) -> Response:
        return self._keep(request(port, "GET", path, source=self.source, cookies=self.cookies))

    def post(self, port: int, path: str, data: dict) -> Response:
        data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}
        return self._keep(request(port, "POST", path, source=self.source, cookies=self.cookies, data=data))

    def _keep(self, response: Response) -> Response:
        for name, value in response.cookies.items():
            if value in ("", '""'):
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response

    def log_in(self, port: int) -> None:
        self.get(port, "/admin/login/")
        response = self.post(port, "/admin/login/?next=/admin/",
                             {"username": SUPERUSER[0], "password": SUPERUSER[1], "next": "/admin/"})
        assert response.status == 302 and "sessionid" in self.cookies, response.text[:2000]


class Cluster:
    def __init__(self, root: Path | None = None, *, statements: int = 1500, replica: bool = True,
                 web_env: dict[str, str] | None = None, workers: int = 1, threads: int = 4):
        self.keep = root is not None
        self.root = Path(root) if root else Path(tempfile.mkdtemp(prefix="archive-multinode-"))
        self.root.mkdir(parents=True, exist_ok=True)
        self.statements, self.with_replica, self.workers, self.threads = statements, replica, workers, threads
        self.web_env = dict(web_env or {})
        self.redis: subprocess.Popen | None = None
        self.postgres: dict[str, subprocess.Popen] = {}
        self.webs: list[subprocess.Popen | None] = [None, None]
        self.web_ports = [free_port(), free_port()]
        self.redis_port, self.primary_port, self.replica_port = free_port(), free_port(), free_port()
        self.as_postgres = os.getuid() == 0  # PostgreSQL refuses to run as root

    # Addresses

    def database_url(self, port: int | None = None) -> str:
        return f"postgres://archive@127.0.0.1:{port or self.primary_port}/postgres"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    def environment(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("ARCHIVE_", "DATABASE_", "GUNICORN_", "SECURE_")) and key not in
               ("DEBUG", "DJANGO_SETTINGS_MODULE", "WEB_CONCURRENCY", "ALLOWED_HOSTS", "STATIC_ROOT", "SECRET_KEY")}
        env.update({
            "DJANGO_SETTINGS_MODULE": "archive.settings",
            "SECRET_KEY": "multinode-test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
            "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "0", "SECURE_COOKIES": "0", "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": self.database_url(),
            "ARCHIVE_CACHE": self.redis_url,
            "ARCHIVE_SEARCH_BACKEND": "postgres",
            "ARCHIVE_INDEX_DIR": str(self.root / "index"),
            "STATIC_ROOT": str(self.root / "static"),
            "LOG_LEVEL": "WARNING",
        })
        if self.with_replica:
            env["DATABASE_REPLICA_URL"] = self.database_url(self.replica_port)
        env.update(self.web_env)
        return env

    # Life cycle

    def start(self) -> Cluster:
        try:
            self.start_redis()
            self.start_postgres("primary", self.primary_port)
            self.prepare_data()
            if self.with_replica:
                self.start_replica()
            for node in (0, 1):
                self.start_web(node)
            for node in (0, 1):
                self.wait_for_web(node)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for node in (0, 1):
            self.stop_web(node)
        if self.redis is not None:
            self.stop_redis()
        for name in ("replica", "primary"):
            self.stop_postgres(name)
        if not self.keep:
            logs = os.environ.get("ARCHIVE_MULTINODE_LOGS")  # a directory to keep the servers' logs in
            if logs:
                shutil.rmtree(logs, ignore_errors=True)
                shutil.copytree(self.root, logs, ignore=shutil.ignore_patterns("primary", "replica", "static", "redis", "index"))
            shutil.rmtree(self.root, ignore_errors=True)

    # Redis

    def start_redis(self) -> None:
        (self.root / "redis").mkdir(parents=True, exist_ok=True)
        self.redis = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.root / "redis"), "--logfile", str(self.root / "redis" / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=_dies_with_this_process(),
        )
        wait_until("redis-server", self.redis_answers)

    def redis_answers(self) -> bool:
        try:
            return self.redis_client().ping()
        except Exception:
            return False

    def redis_client(self):
        import redis

        return redis.Redis.from_url(self.redis_url, socket_connect_timeout=1, socket_timeout=5)

    def stop_redis(self) -> None:
        self.redis.terminate()
        try:
            self.redis.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.redis.kill()
            self.redis.wait()
        self.redis = None

    def ensure_redis(self) -> None:
        if self.redis is not None:
            os.kill(self.redis.pid, signal.SIGCONT)  # a test may have paused it
            if self.redis.poll() is None:
                return
        self.start_redis()

    # PostgreSQL

    def _pg(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(PG_BIN / program), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=READY_SECONDS)
        if check and result.returncode != 0:
            raise RuntimeError(f"{program} failed: {result.stdout}\n{result.stderr}")
        return result

    def start_postgres(self, name: str, port: int) -> None:
        data = self.root / name
        if self.as_postgres:
            shutil.chown(self.root, "postgres")
        if not (data / "PG_VERSION").exists():
            self._pg("initdb", "-D", str(data), "-U", "archive", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8")
        options = ["listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off", "full_page_writes=off",
                   "max_connections=100", "wal_level=replica", "max_wal_senders=4", "hot_standby=on"]
        log = open(self.root / f"{name}.log", "ab")
        self.postgres[name] = subprocess.Popen(
            [str(PG_BIN / "postgres"), "-D", str(data), "-p", str(port), "-k", str(self.root),
             *[arg for option in options for arg in ("-c", option)]],
            stdout=log, stderr=log, stdin=subprocess.DEVNULL,
            preexec_fn=_dies_with_this_process("postgres" if self.as_postgres else None),
        )
        log.close()

        def accepts() -> bool:
            if self.postgres[name].poll() is not None:
                raise RuntimeError(f"PostgreSQL {name} exited: see {self.root / f'{name}.log'}")
            return self._pg("pg_isready", "-q", "-h", "127.0.0.1", "-p", str(port), check=False).returncode == 0

        wait_until(f"PostgreSQL {name}", accepts)

    def stop_postgres(self, name: str) -> None:
        server = self.postgres.pop(name, None)
        if server is None:
            return
        server.send_signal(signal.SIGINT)  # a fast shutdown: a kept data directory stays clean
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    def start_replica(self) -> None:
        data = self.root / "replica"
        shutil.rmtree(data, ignore_errors=True)  # a kept directory's replica is taken afresh
        self._pg("pg_basebackup", "-h", "127.0.0.1", "-p", str(self.primary_port), "-U", "archive", "-D", str(data),
                 "-R", "-X", "stream", "-c", "fast")
        self.start_postgres("replica", self.replica_port)
        wait_until("the replica to catch up", self.replica_caught_up)

    def ensure_replica(self) -> None:
        server = self.postgres.get("replica")
        if server is not None and server.poll() is None:
            return
        self.postgres.pop("replica", None)
        self.start_postgres("replica", self.replica_port)
        wait_until("the replica to catch up", self.replica_caught_up)

    def sql(self, statement: str, params=(), *, replica: bool = False):
        """Run one statement on the primary (or the replica), autocommit; its rows if it returns any."""
        import psycopg

        url = self.database_url(self.replica_port if replica else self.primary_port)
        with psycopg.connect(url, autocommit=True, connect_timeout=10) as connection:
            cursor = connection.execute(statement, params)
            return cursor.fetchall() if cursor.description else None

    def replica_caught_up(self) -> bool:
        primary = self.sql("SELECT pg_current_wal_insert_lsn()")[0][0]
        return bool(self.sql("SELECT pg_last_wal_replay_lsn() >= %s", [primary], replica=True)[0][0])

    def pause_replica(self) -> None:
        self.sql("SELECT pg_wal_replay_pause()", replica=True)
        wait_until("the replica's replay to pause",
                   lambda: self.sql("SELECT pg_get_wal_replay_pause_state()", replica=True)[0][0] == "paused")

    def resume_replica(self) -> None:
        self.sql("SELECT pg_wal_replay_resume()", replica=True)
        wait_until("the replica to catch up", self.replica_caught_up)

    # The archive

    def manage(self, *args: str, env: dict | None = None, timeout: float = 3600) -> str:
        environment = {**self.environment(), **(env or {})}
        environment.pop("DATABASE_REPLICA_URL", None)  # commands use the primary anyway; no replica needed yet
        result = subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=environment, cwd=ROOT,
                                capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def prepare_data(self) -> None:
        marker = self.root / f"ready-{self.statements}"
        if marker.exists():
            return
        self.manage("migrate", "--verbosity", "0")
        self.manage("load_gazetteer")
        self.manage("generate_corpus", "--statements", str(self.statements))
        self.manage("collectstatic", "--noinput", "--verbosity", "0")
        self.manage("shell", "-c",
                    "from django.contrib.auth.models import User; "
                    f"User.objects.create_superuser({SUPERUSER[0]!r}, 'curator@example.org', {SUPERUSER[1]!r})")
        marker.touch()

    # Web nodes

    def start_web(self, node: int) -> None:
        log = open(self.root / f"web{node}.log", "ab")
        self.webs[node] = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "archive" / "gunicorn.conf.py"), "archive.wsgi",
             "--access-logfile", "/dev/null"],
            env={**self.environment(), "GUNICORN_BIND": f"127.0.0.1:{self.web_ports[node]}",
                 "WEB_CONCURRENCY": str(self.workers), "GUNICORN_THREADS": str(self.threads)},
            cwd=ROOT, start_new_session=True, stdout=log, stderr=log, preexec_fn=_dies_with_this_process(),
        )
        log.close()

    def wait_for_web(self, node: int) -> None:
        def answers() -> bool:
            if self.webs[node].poll() is not None:
                raise RuntimeError(f"web node {node} exited: see {self.root / f'web{node}.log'}")
            try:
                # Any page at all: a 429 (this address over its rate limit) is Django answering too.
                return request(self.web_ports[node], "GET", "/help/search/", timeout=30).status in (200, 429)
            except OSError:
                return False

        wait_until(f"web node {node}", answers, interval=0.5)

    def kill_web(self, node: int, sig: int = signal.SIGKILL) -> None:
        """Signal the node's whole process group (gunicorn's master and its workers)."""
        os.killpg(self.webs[node].pid, sig)

    def stop_web(self, node: int) -> None:
        server = self.webs[node]
        if server is None:
            return
        try:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        try:  # workers left behind by a master killed outright
            os.killpg(server.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.webs[node] = None

    def ensure_web(self, node: int) -> None:
        server = self.webs[node]
        if server is not None and server.poll() is None:
            return
        self.stop_web(node)
        self.start_web(node)
        self.wait_for_web(node)
