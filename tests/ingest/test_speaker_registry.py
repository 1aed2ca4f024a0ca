"""The ingest's speaker registry: cached across articles, checked against the database once per article
(not once per statement), and never hands out a speaker deleted or merged away since it was cached."""

import pytest

from statements.extraction.types import SpeakerRef
from statements.ingest.store import SpeakerRegistry
from statements.models import Speaker
from tests.factories import make_speaker

pytestmark = pytest.mark.django_db


def test_an_articles_cached_speakers_are_checked_with_one_query(django_assert_num_queries):
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    registry = SpeakerRegistry()
    ref = SpeakerRef(name="Dmitry Peskov", slug="dmitry-peskov")
    assert registry.speaker_for(ref) == peskov  # cached from here on

    with django_assert_num_queries(1):
        with registry.checked([ref] * 10 + [None]):
            assert [registry.speaker_for(ref) for _ in range(10)] == [peskov] * 10


def test_a_speaker_deleted_since_it_was_cached_is_not_used():
    old = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    registry = SpeakerRegistry()
    ref = SpeakerRef(name="Dmitry Peskov", slug="dmitry-peskov")
    assert registry.speaker_for(ref) == old
    Speaker.objects.filter(pk=old.pk).delete()  # a curator merged it away
    new = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")

    with registry.checked([ref]):
        assert registry.speaker_for(ref) == new
    Speaker.objects.filter(pk=new.pk).delete()
    assert registry.speaker_for(ref).pk not in (old.pk, new.pk)  # outside `checked`: checked on each call, as before
