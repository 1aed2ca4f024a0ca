"""The archive on several nodes, for real: two gunicorn processes sharing Redis (the data generation, cached
pages, rate-limit counters and export slots), a PostgreSQL primary with the PostgreSQL search backend, and
a streaming replica the public pages read from (tests/web/cluster.py starts them all; ARCHIVE_MULTINODE=1).

Every test asks the nodes over HTTP, as a browser behind a load balancer would, from loopback addresses of
its own (each a separate client for the rate limits), and picks statements no other test has touched.
"""

from __future__ import annotations

import http.client
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from urllib.parse import urlencode

import pytest

from tests.web.cluster import ROOT, Cluster, Session, request, wait_until

pytestmark = pytest.mark.multinode

RATE_LIMIT = 40  # requests a minute per client, on every node together
WRITER_LOCK_KEY = 0x49_4E_44_58  # statements.search.postgres_backend: the index writer's advisory lock
RESULT_COUNT = re.compile(r'id="results-count">(?:<span[^>]*>About</span> )?([\d,]+) statement')


@pytest.fixture(scope="module")
def running_cluster():
    cluster = Cluster(statements=7000, web_env={"ARCHIVE_RATE_LIMIT": str(RATE_LIMIT), "ARCHIVE_EXPORTS_PER_CLIENT": "1"})
    cluster.start()
    cluster.used, cluster.clients = set(), 0
    yield cluster
    cluster.stop()


@pytest.fixture
def cluster(running_cluster):
    """The running cluster, with whatever an earlier test stopped or paused running again."""
    running_cluster.ensure_redis()
    running_cluster.ensure_replica()
    if running_cluster.sql("SELECT pg_is_wal_replay_paused()", replica=True)[0][0]:
        running_cluster.resume_replica()
    for node in (0, 1):
        running_cluster.ensure_web(node)
    return running_cluster


def new_client(cluster) -> str:
    """A loopback address no request has come from yet: a client of its own for the rate limits."""
    cluster.clients += 1
    return f"127.1.{cluster.clients // 250}.{cluster.clients % 250 + 1}"


def fresh_statements(cluster, count: int) -> list[dict]:
    """`count` public statements with a speaker that no other test has used."""
    rows = cluster.sql(
        "SELECT s.id, s.article_id, sp.slug, s.text FROM statements_statement s "
        "JOIN statements_speaker sp ON sp.id = s.speaker_id WHERE s.status <> 'rejected' ORDER BY s.id"
    )
    chosen = [row for row in rows if row[0] not in cluster.used][:count]
    assert len(chosen) == count, "the cluster's corpus has run out of unused statements"
    cluster.used.update(row[0] for row in chosen)
    return [{"id": row[0], "article": row[1], "speaker": row[2], "text": row[3]} for row in chosen]


def settle(cluster) -> None:
    """Both nodes have a data generation (a node that missed writes while Redis was away drops it at its
    next call), the replica has replayed it (nothing renews it until the test writes), and both nodes read
    from the replica again (a node that found it unreachable leaves it alone for a few seconds)."""
    for port in cluster.web_ports:
        assert request(port, "GET", "/", source=new_client(cluster)).status == 200
    wait_until("the replica to catch up", cluster.replica_caught_up)

    def reads_from_replica(port: int) -> bool:
        started = cluster.sql("SELECT now()", replica=True)[0][0]
        # A JSON page is never kept in the page cache: it reads the database every time.
        assert request(port, "GET", "/statements/1/?format=json", source=new_client(cluster)).status in (200, 404, 410)
        return cluster.sql("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
                           "AND pid <> pg_backend_pid() AND query_start >= %s", [started], replica=True)[0][0] > 0

    for port in cluster.web_ports:
        wait_until(f"node {port} reading from the replica", lambda: reads_from_replica(port), interval=0.5)


def result_count(page: str) -> int:
    match = RESULT_COUNT.search(page)
    assert match, page[:3000]
    return int(match[1].replace(",", ""))


def reject_through_admin(cluster, node: int, statement_id: int) -> None:
    curator = Session(new_client(cluster))
    curator.log_in(cluster.web_ports[node])
    curator.get(cluster.web_ports[node], "/admin/statements/statement/")
    done = curator.post(cluster.web_ports[node], "/admin/statements/statement/", {
        "action": "reject_selected", "_selected_action": [str(statement_id)], "index": "0", "select_across": "0",
    })
    assert done.status == 302, done.text[:2000]


def save_search(session: Session, port: int, name: str, query: str) -> str:
    """Save a search through `port` as a visitor would (the list page first, for its CSRF cookie)."""
    session.get(port, "/statements/?" + query)
    saved = session.post(port, "/s/", {"name": name, "query": query})
    assert saved.status == 302, saved.text[:2000]
    return saved.headers["location"]


# Shared state: the data generation and the page cache


def test_an_edit_through_one_node_is_seen_through_the_other_at_once(cluster):
    a, b = cluster.web_ports
    [statement] = fresh_statements(cluster, 1)
    page = f"/statements/{statement['id']}/"
    search = "/statements/?" + urlencode({"q": " ".join(re.findall(r"[A-Za-z]{5,}", statement["text"])[:3])})
    settle(cluster)
    reader = Session(new_client(cluster))
    assert reader.get(a, page).status == 200
    cached = reader.get(b, page)
    assert cached.status == 200 and cached.headers["x-archive-cache"] == "hit"  # B serves A's rendering
    assert f'href="/statements/{statement["id"]}/' in reader.get(a, search).text  # (lists add ?from=)

    reject_through_admin(cluster, 0, statement["id"])  # a curator on node A

    assert reader.get(b, page).status == 410  # withdrawn, at once on node B: no stale page from the cache
    found = reader.get(b, search)
    assert found.status == 200 and f'href="/statements/{statement["id"]}/' not in found.text


def test_rate_limits_are_counted_once_across_both_nodes(cluster):
    client = new_client(cluster)
    # The limit's window slides by the minute: start with 20 s of this minute left, so the burst is
    # counted in one window and the limit is exact.
    wait_until("a minute with 20 s left", lambda: time.time() % 60 < 40, seconds=30, interval=0.5)
    statuses = [request(cluster.web_ports[n % 2], "GET", "/help/search/", source=client).status
                for n in range(RATE_LIMIT + 10)]
    assert statuses[:RATE_LIMIT] == [200] * RATE_LIMIT
    assert statuses[RATE_LIMIT:] == [429] * 10  # both nodes refuse: not 40 requests a minute on each


def test_an_export_slot_taken_on_one_node_is_taken_on_the_other(cluster):
    a, b = cluster.web_ports
    client = new_client(cluster)
    export = "/statements/?format=json"
    # An export on A read slowly: a small receive buffer and nothing read past the headers keep it streaming.
    slow = socket.socket()
    slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    slow.bind((client, 0))
    slow.settimeout(60)
    try:
        slow.connect(("127.0.0.1", a))
        slow.sendall(f"GET {export} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        assert slow.recv(1024).startswith(b"HTTP/1.1 200")
        refused = request(b, "GET", export, source=client)
        assert refused.status == 429 and "export" in refused.text
        assert request(b, "GET", export, source=new_client(cluster)).status == 200  # another client has its own
    finally:
        slow.close()
    # Closing the connection ends A's export and gives its slot back (once A notices).
    wait_until("the export slot to be free", lambda: request(b, "GET", export, source=client).status == 200,
               seconds=60, interval=1)


# One index writer, two nodes searching


def test_the_index_queue_is_drained_by_exactly_one_worker_while_both_nodes_search(cluster):
    word = "quorumzyx"
    ids = [statement["id"] for statement in fresh_statements(cluster, 400)]
    cluster.sql("UPDATE statements_statement SET text = text || ' ' || %s WHERE id = ANY(%s)", [word, ids])
    cluster.sql("INSERT INTO statements_indexqueueentry (statement_id, queued_at) SELECT unnest(%s::bigint[]), now()", [ids])
    search = f"/statements/?q={word}"
    assert result_count(request(cluster.web_ports[0], "GET", search, source=new_client(cluster)).text) == 0

    import psycopg

    # Hold the writer lock while two workers start, so that both are waiting for it when it is released.
    holder = psycopg.connect(cluster.database_url(), autocommit=True)
    holder.execute("SELECT pg_advisory_lock(%s)", [WRITER_LOCK_KEY])
    environment = {**cluster.environment(), "DATABASE_REPLICA_URL": ""}
    workers = [subprocess.Popen([sys.executable, str(ROOT / "manage.py"), "process_index_queue"], env=environment,
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    statuses: list[int] = []
    stop = threading.Event()

    def search_both() -> None:
        n, source = 0, ""
        while not stop.is_set():
            source = new_client(cluster) if n % 20 == 0 else source  # within the rate limit
            statuses.append(request(cluster.web_ports[n % 2], "GET", "/statements/?q=peace+talks", source=source).status)
            n += 1

    searcher = threading.Thread(target=search_both)
    searcher.start()
    try:
        wait_until("both workers waiting for the writer lock", lambda: cluster.sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")[0][0] == 2)
        holder.execute("SELECT pg_advisory_unlock(%s)", [WRITER_LOCK_KEY])
        outputs = sorted(worker.communicate(timeout=300)[0].strip() for worker in workers)
    finally:
        holder.close()
        stop.set()
        searcher.join(timeout=120)
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    assert [worker.returncode for worker in workers] == [0, 0]
    assert outputs == ["indexed 0 queued statements", f"indexed {len(ids)} queued statements"]
    assert statuses and set(statuses) == {200}, statuses
    for port in cluster.web_ports:
        assert result_count(request(port, "GET", search, source=new_client(cluster)).text) == len(ids)
    assert cluster.sql("SELECT count(*) FROM statements_indexqueueentry")[0][0] == 0


# A node going away


def test_killing_one_node_loses_no_request_the_other_could_serve(cluster):
    a, b = cluster.web_ports
    [statement] = fresh_statements(cluster, 1)
    paths = ["/", f"/statements/{statement['id']}/", "/statements/?q=border", f"/speakers/{statement['speaker']}/",
             "/statements/?q=ceasefire&sort=newest", f"/articles/{statement['article']}/"]
    visitor = Session(new_client(cluster))
    visitor.get(a, "/statements/?q=sanctions")  # a CSRF cookie and token from node A
    on_b_alone: list[int] = []
    stop = threading.Event()

    def only_b() -> None:
        n = 0
        while not stop.is_set():
            on_b_alone.append(request(b, "GET", paths[n % len(paths)], source=f"127.2.0.{n // 30 + 1}").status)
            n += 1

    watcher = threading.Thread(target=only_b)
    watcher.start()
    answered, failed_over = [], 0
    try:
        for n in range(60):
            if n == 20:
                cluster.kill_web(0, signal.SIGKILL)  # node A's master and workers, with whatever they hold
            path, source = paths[n % len(paths)], f"127.3.0.{n // 30 + 1}"
            try:
                response = request(a, "GET", path, source=source, timeout=30)
            except (OSError, http.client.HTTPException):
                failed_over += 1  # what a load balancer does with a node that does not answer
                response = request(b, "GET", path, source=source, timeout=30)
            answered.append(response.status)
    finally:
        stop.set()
        watcher.join(timeout=120)
    assert answered == [200] * 60
    assert failed_over >= 40
    assert on_b_alone and set(on_b_alone) == {200}
    # The form node A rendered is accepted by node B: one secret key, one session and cache store.
    saved = visitor.post(b, "/s/", {"name": "After node A died", "query": "q=sanctions"})
    assert saved.status == 302
    assert "After node A died" in visitor.get(b, saved.headers["location"]).text


# Redis going away


def test_without_redis_pages_are_rendered_and_cached_again_when_it_is_back(cluster):
    a, b = cluster.web_ports
    [statement] = fresh_statements(cluster, 1)
    paths = ["/", f"/statements/{statement['id']}/", "/statements/?q=humanitarian", f"/speakers/{statement['speaker']}/",
             f"/articles/{statement['article']}/", "/statements/feed/?q=peace", "/statements/?q=corridor&format=csv"]
    visitor = Session(new_client(cluster))
    cluster.stop_redis()
    for port in (a, b):
        for path in paths:
            response = visitor.get(port, path)
            assert response.status == 200, (port, path, response.text[:2000])
            assert response.headers.get("x-archive-cache") in (None, "miss")
    location = save_search(visitor, a, "Saved while Redis was away", "q=humanitarian")
    assert "Saved while Redis was away" in visitor.get(b, location).text

    cluster.start_redis()  # the same address, empty
    page = f"/statements/{statement['id']}/"
    # Each node asks Redis again a few seconds after its last failure (archive.redis_cache.RETRY_SECONDS),
    # and forgets the data generation once, having missed writes: then a page one renders the other sends.
    wait_until("pages cached again and shared",
               lambda: visitor.get(a, page).status == 200 and visitor.get(b, page).headers["x-archive-cache"] == "hit",
               seconds=60, interval=1)


def test_a_write_made_while_redis_did_not_answer_is_not_hidden_by_pages_cached_before(cluster):
    a, b = cluster.web_ports
    [statement] = fresh_statements(cluster, 1)
    page = f"/statements/{statement['id']}/"
    settle(cluster)
    reader = Session(new_client(cluster))
    reader.get(b, page)
    assert reader.get(b, page).headers["x-archive-cache"] == "hit"
    curator = Session(new_client(cluster))
    curator.log_in(a)
    curator.get(a, "/admin/statements/statement/")
    # Redis stops answering (a partition, a stalled host) but keeps what it holds, the page included.
    cluster.redis.send_signal(signal.SIGSTOP)
    try:
        done = curator.post(a, "/admin/statements/statement/", {
            "action": "reject_selected", "_selected_action": [str(statement["id"])], "index": "0", "select_across": "0",
        })
        assert done.status == 302  # the renewal of the generation is lost with Redis away
        assert reader.get(b, page).status == 410  # withdrawn: rendered from the database meanwhile
    finally:
        cluster.redis.send_signal(signal.SIGCONT)
    # The first node to reach Redis again forgets the generation its missed writes could not renew.
    wait_until("pages cached again", lambda: reader.get(a, "/help/search/").status == 200
               and reader.get(a, "/").headers.get("x-archive-cache") == "hit", seconds=60, interval=1)
    assert reader.get(b, page).status == 410


# Read replicas


def test_without_the_replica_pages_are_read_from_the_primary(cluster):
    a, b = cluster.web_ports
    [statement] = fresh_statements(cluster, 1)
    paths = [f"/statements/{statement['id']}/", f"/speakers/{statement['speaker']}/", f"/articles/{statement['article']}/",
             "/statements/?q=dialogue", "/"]
    settle(cluster)  # both nodes hold a connection to the replica, which is about to break
    cluster.stop_postgres("replica")
    for port in (a, b):
        for path in paths:
            response = request(port, "GET", path, source=new_client(cluster))
            assert response.status == 200, (port, path, response.text[:2000])
    marker = "noreplicamarker"
    cluster.sql("UPDATE statements_statement SET text = text || ' ' || %s WHERE id = %s", [marker, statement["id"]])
    fresh = request(b, "GET", f"/statements/{statement['id']}/?format=json", source=new_client(cluster))
    assert fresh.status == 200 and marker in fresh.text




def test_public_pages_read_from_the_replica_and_a_client_that_wrote_from_the_primary(cluster):
    a, b = cluster.web_ports
    first, second = fresh_statements(cluster, 2)
    settle(cluster)
    cluster.pause_replica()
    marker = "primaryonlymarker"
    # A change the replica will not see while paused (written past the application: no generation renewal).
    cluster.sql("UPDATE statements_statement SET text = text || ' ' || %s WHERE id = ANY(%s)",
                [marker, [first["id"], second["id"]]])
    reader = Session(new_client(cluster))
    shown = reader.get(a, f"/statements/{first['id']}/")
    assert shown.status == 200 and marker not in shown.text  # read from the replica

    # A visitor who just saved a search (a write through node B) reads from the primary for a while.
    writer = Session(new_client(cluster))
    save_search(writer, b, "pinned", "q=peace")
    assert "archive_primary" in writer.cookies
    assert marker in writer.get(a, f"/statements/{second['id']}/").text
    # So does the curators' admin, always.
    curator = Session(new_client(cluster))
    curator.log_in(b)
    assert marker in curator.get(b, f"/admin/statements/statement/{second['id']}/change/").text

    # The save renewed the data generation, which the paused replica has not replayed: every page is read
    # from the primary now, and nothing read from the replica is cached under the new generation.
    again = Session(new_client(cluster)).get(b, f"/statements/{first['id']}/")
    assert again.headers["x-archive-cache"] == "miss" and marker in again.text

    cluster.resume_replica()
    after = Session(new_client(cluster)).get(a, f"/statements/{first['id']}/")
    assert marker in after.text


def test_a_generation_is_never_drawn_for_data_the_replica_has_not_replayed(cluster):
    a, b = cluster.web_ports
    [statement] = fresh_statements(cluster, 1)
    page = f"/statements/{statement['id']}/"
    settle(cluster)
    cluster.pause_replica()
    marker = "redrawnmarker"
    cluster.sql("UPDATE statements_statement SET text = text || ' ' || %s WHERE id = %s", [marker, statement["id"]])
    # The cache loses the generation (eviction, a Redis restart): the next reader draws a new one, which
    # carries the primary's WAL position, past what the paused replica has replayed.
    cluster.redis_client().delete(":1:statements:data-generation")
    first = request(a, "GET", page, source=new_client(cluster))
    assert first.status == 200 and marker in first.text  # read from the primary, not the lagging replica
    cluster.resume_replica()
    assert marker in request(b, "GET", page, source=new_client(cluster)).text

