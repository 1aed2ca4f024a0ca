"""The review workflow in the admin: the queue, approving and rejecting, editing one statement or many,
adding a statement the extractor missed. After every action the search index agrees with the database."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from statements.models import ChangeRecord, ReviewStatus, Statement
from statements.search import search_ids, verify_index
from tests.factories import make_article, make_conflict, make_speaker, make_statement

pytestmark = pytest.mark.django_db

QUEUE = "/admin/statements/statementtoreview/"
LIST = "/admin/statements/statement/"
BODY = (
    "The talks resumed in Geneva.\n\n"
    "“We remain ready for talks,” the spokesman said, adding that “nothing is agreed yet”.\n\n"
    "Observers called the meeting a step forward."
)


@pytest.fixture
def article():
    return make_article(body=BODY)


def known_speaker(**fields):
    return make_speaker(from_gazetteer=True, **fields)


def test_the_queue_lists_unattributed_then_new_speakers_then_least_confident_first(admin_client, article):
    confident = make_statement(text="We remain ready for talks", article=article, speaker=known_speaker(),
                               confidence=0.9)
    doubtful = make_statement(text="nothing is agreed yet", article=article, speaker=known_speaker(), confidence=0.7)
    new_speaker = make_statement(speaker=make_speaker(from_gazetteer=False), confidence=0.9)
    unattributed = make_statement(speaker=None, confidence=0.9)
    make_statement(status=ReviewStatus.APPROVED, speaker=None)

    response = admin_client.get(QUEUE)

    assert list(response.context["cl"].result_list) == [unattributed, new_speaker, doubtful, confident]


def test_the_queue_shows_each_quote_marked_in_its_paragraph(admin_client, article):
    make_statement(text="nothing is agreed yet", article=article, paragraph=BODY.split("\n\n")[1])

    page = admin_client.get(QUEUE).content.decode()

    assert "the spokesman said, adding that “<mark>nothing is agreed yet</mark>”." in page


def test_the_approve_button_of_a_row_approves_that_statement(admin_client, article, index_on_commit):
    statement = make_statement(text="nothing is agreed yet", article=article)

    response = admin_client.post(f"{QUEUE}{statement.pk}/review/approve/", HTTP_REFERER=f"http://testserver{QUEUE}")

    assert response.status_code == 302 and response["Location"].endswith(QUEUE)
    statement.refresh_from_db()
    assert statement.status == ReviewStatus.APPROVED
    assert set(statement.curated_fields) >= {"status", "speaker", "text", "conflicts"}


def test_bulk_approve_and_reject_keep_the_index_in_agreement(admin_client, index_on_commit):
    first, second, third = (make_statement(text=f"Statement number {n} on the summit") for n in "abc")

    admin_client.post(LIST, {"action": "approve_selected", ACTION_CHECKBOX_NAME: [first.pk, second.pk]})
    admin_client.post(QUEUE, {"action": "reject_selected", ACTION_CHECKBOX_NAME: [third.pk]})

    statuses = dict(Statement.objects.values_list("pk", "status"))
    assert statuses == {first.pk: "approved", second.pk: "approved", third.pk: "rejected"}
    assert ChangeRecord.objects.filter(action="rejected", object_id=third.pk).exists()


def test_a_rejected_statement_disappears_from_the_public_pages_and_search(
    admin_client, client, django_capture_on_commit_callbacks
):
    statement = make_statement(text="Statement about zeppelins over the summit")
    with django_capture_on_commit_callbacks(execute=True):
        statement.save()
    assert search_ids("zeppelins") == [statement.pk]

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(QUEUE, {"action": "reject_selected", ACTION_CHECKBOX_NAME: [statement.pk]})

    assert search_ids("zeppelins") == []
    assert client.get(statement.get_absolute_url()).status_code == 404
    assert verify_index().differences == 0


def test_the_bulk_edit_form_sets_speaker_kind_date_and_conflicts(admin_client, index_on_commit):
    statements = [make_statement(), make_statement()]
    speaker, added, removed = known_speaker(name="Sergei Lavrov"), make_conflict(), make_conflict()
    for statement in statements:
        statement.conflicts.add(removed)
    ids = [s.pk for s in statements]

    form = admin_client.post(LIST, {"action": "edit_selected", ACTION_CHECKBOX_NAME: ids})
    assert form.status_code == 200 and b"Edit selected statements" in form.content
    done = admin_client.post(LIST, {
        "action": "edit_selected", ACTION_CHECKBOX_NAME: ids, "apply": "Apply", "speaker": speaker.pk,
        "kind": "indirect", "said_on": "2024-02-03", "add_conflicts": [added.pk], "remove_conflicts": [removed.pk],
    })

    assert done.status_code == 302
    for statement in Statement.objects.filter(pk__in=ids):
        assert (statement.speaker, statement.kind, str(statement.said_on)) == (speaker, "indirect", "2024-02-03")
        assert list(statement.conflicts.all()) == [added]
        assert set(statement.curated_fields) == {"speaker", "kind", "said_on", "conflicts"}


def test_the_bulk_edit_can_make_statements_unattributed(admin_client, index_on_commit):
    statement = make_statement()

    admin_client.post(LIST, {"action": "edit_selected", ACTION_CHECKBOX_NAME: [statement.pk], "apply": "Apply",
                             "unattributed": "on"})

    assert Statement.objects.get(pk=statement.pk).speaker is None


def edit_data(statement, **changes):
    data = {
        "text": statement.text, "speaker": statement.speaker_id or "", "speaker_mention": statement.speaker_mention,
        "kind": statement.kind, "cue": statement.cue, "said_on": statement.said_on or "",
        "conflicts": [c.pk for c in statement.conflicts.all()], "status": statement.status,
        "article": statement.article_id, "start": statement.start, "end": statement.end,
    }
    data.update(changes)
    return data


def test_editing_one_statement_marks_the_fields_the_curator_decided(admin_client, article, index_on_commit):
    statement = make_statement(text="We remain ready for talks", article=article)
    other = known_speaker()

    response = admin_client.post(f"{LIST}{statement.pk}/change/", edit_data(statement, speaker=other.pk))

    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.curated_fields == ["speaker"]
    record = ChangeRecord.objects.get(object_id=statement.pk)
    assert record.changes["speaker"][1] == other.name


def test_typing_new_text_finds_its_boundaries_in_the_article(admin_client, article, index_on_commit):
    statement = make_statement(text="We remain ready for talks", article=article)

    admin_client.post(f"{LIST}{statement.pk}/change/", edit_data(statement, text="We remain ready"))

    statement.refresh_from_db()
    assert (statement.text, BODY[statement.start : statement.end]) == ("We remain ready", "We remain ready")
    assert statement.curated_fields == ["text"]


def test_changing_the_offsets_moves_the_boundaries(admin_client, article, index_on_commit):
    statement = make_statement(text="We remain ready for talks", article=article)

    admin_client.post(f"{LIST}{statement.pk}/change/", edit_data(statement, end=statement.end + 1))

    statement.refresh_from_db()
    assert statement.text == "We remain ready for talks,"


def test_text_that_is_not_in_the_article_is_refused_with_a_reason(admin_client, article):
    statement = make_statement(text="We remain ready for talks", article=article)

    response = admin_client.post(f"{LIST}{statement.pk}/change/", edit_data(statement, text="Words never said"))

    assert response.status_code == 200
    assert "does not occur in the article" in str(response.context["adminform"].form.errors)


def test_a_curator_adds_a_statement_the_extractor_missed_by_typing_its_text(admin_client, article, index_on_commit):
    add_page = admin_client.get(f"{LIST}add/", {"article": article.pk})
    assert 'id="article-text"' in add_page.content.decode()

    response = admin_client.post(f"{LIST}add/", {
        "article": article.pk, "text": "called the meeting a step forward", "kind": "indirect",
        "status": "extracted", "speaker": known_speaker().pk, "start": "", "end": "", "said_on": "",
        "cue": "called", "speaker_mention": "Observers",
    })

    assert response.status_code == 302, response.context["adminform"].form.errors
    added = Statement.objects.get(text="called the meeting a step forward")
    assert BODY[added.start : added.end] == added.text
    assert added.origin == "curator" and added.paragraph == "Observers called the meeting a step forward."
    assert ChangeRecord.objects.filter(object_id=added.pk, action="added").exists()


def test_selected_offsets_are_used_when_they_hold_the_text(admin_client, article, index_on_commit):
    start = BODY.index("Geneva")
    admin_client.post(f"{LIST}add/", {
        "article": article.pk, "text": "Geneva", "start": start, "end": start + 6, "kind": "direct",
        "status": "extracted",
    })

    assert Statement.objects.get(text="Geneva").start == start


def test_the_article_change_page_shows_its_text_with_statements_marked(admin_client, article):
    statement = make_statement(text="nothing is agreed yet", article=article)

    page = admin_client.get(f"/admin/statements/article/{article.pk}/change/").content.decode()

    assert f'<a href="/admin/statements/statement/{statement.pk}/change/">nothing is agreed yet</a></mark>' in page
    assert f"/admin/statements/statement/add/?article={article.pk}" in page


def test_list_pages_do_not_count_the_whole_table(admin_client, django_assert_max_num_queries):
    for n in range(30):
        make_statement(text=f"Statement number {n} of many")

    for url in (LIST, QUEUE, "/admin/statements/article/", "/admin/statements/speaker/"):
        with django_assert_max_num_queries(12):
            response = admin_client.get(url)
        assert response.status_code == 200
        assert response.context["cl"].show_full_result_count is False
