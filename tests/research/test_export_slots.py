"""At most ARCHIVE_EXPORTS_PER_CLIENT exports stream at once per client: one more gets 429 with a message,
and a slot comes back when its export is read to the end or closed early. Saving a search counts against
the stricter per-minute limit."""

from __future__ import annotations

import pytest
from django.core.signals import request_finished
from django.db import close_old_connections
from django.test import Client

from statements.search import process_index_queue
from tests.factories import make_statement

pytestmark = pytest.mark.django_db

ALICE, BOB = "198.51.100.21", "198.51.100.22"


@pytest.fixture
def slots(settings):
    # Every test starts with an empty cache (conftest's fresh_cache), so no slot of another test is held.
    settings.ARCHIVE_EXPORTS_PER_CLIENT = 2
    return settings


@pytest.fixture
def archive(db):
    for n in range(5):
        make_statement(text=f"Border talks, round {n}, went on.")
    process_index_queue(wait=True)


def close(*responses) -> None:
    """Close responses as a WSGI server does when a client goes away, keeping the test's database
    connection (the test client disconnects close_old_connections the same way when it closes one)."""
    request_finished.disconnect(close_old_connections)
    try:
        for response in responses:
            response.close()
    finally:
        request_finished.connect(close_old_connections)


def export(client: Client, address: str, export_format: str = "csv", **params):
    return client.get("/statements/", {**params, "format": export_format}, REMOTE_ADDR=address)


def test_a_third_export_at_once_is_refused_with_a_message(slots, archive):
    client = Client()
    first, second = export(client, ALICE), export(client, ALICE, "json")

    third = export(client, ALICE)

    assert (first.status_code, second.status_code) == (200, 200)
    assert third.status_code == 429
    assert "already has 2 exports downloading" in third.content.decode()
    assert int(third["Retry-After"]) > 0
    assert export(client, BOB).status_code == 200  # another client has slots of its own
    close(first, second)


def test_an_export_read_to_the_end_gives_its_slot_back(slots, archive):
    client = Client()
    first, second = export(client, ALICE), export(client, ALICE)
    assert export(client, ALICE).status_code == 429

    body = b"".join(first.streaming_content).decode()

    assert body.count("Border talks") == 5  # the whole file was sent
    again = export(client, ALICE)
    assert again.status_code == 200
    assert export(client, ALICE).status_code == 429  # `second` and `again` hold the two slots
    close(second, again)


# Without the test's enclosing transaction, as in production (autocommit): Django's test client reconnects
# close_old_connections while a half-read stream is closed, and closing the connection inside the test's
# transaction would break it (PostgreSQL), an artefact of the test client, not of the export.
@pytest.mark.django_db(transaction=True)
def test_an_export_closed_early_gives_its_slot_back(slots, archive):
    client = Client()
    first, second = export(client, ALICE), export(client, ALICE)
    next(iter(first.streaming_content))  # the client read a little, then went away

    close(first)  # what the WSGI server does when the connection drops

    assert export(client, ALICE).status_code == 200
    close(second)


def test_an_export_never_read_and_closed_gives_its_slot_back(slots, archive):
    client = Client()
    first, second = export(client, ALICE), export(client, ALICE)

    close(second)

    assert export(client, ALICE).status_code == 200
    close(first)


def test_a_refused_or_invalid_export_holds_no_slot(slots, archive):
    client = Client()
    invalid = [export(client, ALICE, speaker="nobody") for _ in range(3)]
    assert [r.status_code for r in invalid] == [400, 400, 400]

    first, second = export(client, ALICE), export(client, ALICE)
    assert (first.status_code, second.status_code) == (200, 200)
    assert export(client, ALICE).status_code == 429
    assert export(client, ALICE).status_code == 429
    close(first)
    assert export(client, ALICE).status_code == 200  # the two refusals took nothing
    close(second)


def test_clients_behind_a_trusted_proxy_are_told_apart_by_x_forwarded_for(slots, archive):
    slots.ARCHIVE_TRUSTED_PROXIES = 1
    client = Client()

    def via_proxy(address):
        return client.get("/statements/", {"format": "csv"}, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=address)

    held = [via_proxy(ALICE), via_proxy(ALICE)]
    assert via_proxy(ALICE).status_code == 429
    other = via_proxy(BOB)
    assert other.status_code == 200
    close(*held, other)


def test_the_cap_can_be_turned_off(slots, archive):
    slots.ARCHIVE_EXPORTS_PER_CLIENT = 0
    client = Client()

    responses = [export(client, ALICE) for _ in range(5)]

    assert [r.status_code for r in responses] == [200] * 5


def test_saving_searches_counts_against_the_stricter_limit(slots, archive):
    slots.ARCHIVE_RATE_LIMIT = 300
    slots.ARCHIVE_RATE_LIMIT_EXPENSIVE = 3
    client = Client()

    statuses = [
        client.post("/s/", {"name": f"Talks {n}", "query": "q=talks"}, REMOTE_ADDR=ALICE).status_code for n in range(5)
    ]

    assert statuses[:3] == [302] * 3
    assert statuses[3:] == [429] * 2
    assert client.post("/s/", {"name": "Mine", "query": "q=talks"}, REMOTE_ADDR=BOB).status_code == 302
    assert client.get("/statements/", {"q": "talks"}, REMOTE_ADDR=ALICE).status_code == 200  # browsing goes on
