"""The curator's admin: staff only, every model reachable, an edit is saved and searchable at once."""

import pytest
from django.contrib.auth.models import Permission, User

from statements.models import Statement
from statements.search import search_ids
from tests.factories import make_article, make_conflict, make_speaker, make_statement, change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement():
    article = make_article(body="The ministry spoke.\n“We remain ready for talks about zeppelins”, she said.")
    return make_statement(
        text="We remain ready for talks", article=article, speaker=make_speaker(name="Maria Zakharova"),
        conflicts=[make_conflict()],
    )


@pytest.mark.parametrize("url", ["/admin/", "/admin/statements/statement/"])
def test_it_sends_an_anonymous_visitor_to_the_login_page(client, db, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_it_refuses_a_logged_in_user_who_is_not_staff(client, statement):
    client.force_login(User.objects.create_user("reader", password="x"))

    response = client.get("/admin/statements/statement/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(
    "model", ["outlet", "article", "speaker", "speakerredirect", "conflict", "statement", "savedsearch"]
)
def test_every_model_has_a_working_list_and_add_page(admin_client, statement, model):
    assert admin_client.get(f"/admin/statements/{model}/").status_code == 200
    assert admin_client.get(f"/admin/statements/{model}/add/").status_code == 200


def test_the_statement_list_filters_and_searches(admin_client, statement):
    make_statement(text="Another matter entirely", status="rejected")

    found = admin_client.get("/admin/statements/statement/", {"q": "ready for talks"})
    rejected = admin_client.get("/admin/statements/statement/", {"status__exact": "rejected"})

    assert list(found.context["cl"].result_list) == [statement]
    assert [s.text for s in rejected.context["cl"].result_list] == ["Another matter entirely"]


def test_the_change_pages_render(admin_client, statement):
    speaker = statement.speaker
    speaker.aliases.create(name="Ms Zakharova")
    for obj in [statement, speaker, statement.article, statement.article.outlet, statement.conflicts.get()]:
        url = f"/admin/statements/{obj._meta.model_name}/{obj.pk}/change/"
        assert admin_client.get(url).status_code == 200, url


def test_staff_with_the_permission_can_change_a_statement(client, statement):
    curator = User.objects.create_user("curator", password="x", is_staff=True)
    curator.user_permissions.add(*Permission.objects.filter(codename__in=["view_statement", "change_statement"]))
    client.force_login(curator)
    new_speaker = make_speaker(name="Sergei Lavrov")

    response = client.post(
        f"/admin/statements/statement/{statement.pk}/change/",
        change_form_data(statement, speaker=new_speaker.pk, status="approved"),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    statement.refresh_from_db()
    assert statement.speaker == new_speaker
    assert statement.status == "approved"


def test_an_admin_edit_is_searchable_right_after_saving(admin_client, statement, django_capture_on_commit_callbacks):
    # Executing the on-commit callbacks runs the same index drain a real commit triggers.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/statements/statement/{statement.pk}/change/",
            change_form_data(statement, text="We remain ready for talks about zeppelins"),
        )
    assert response.status_code == 302

    assert statement.pk in search_ids("zeppelins")
    listed = admin_client.get("/statements/", {"q": "zeppelins"})
    assert [s.pk for s in listed.context["page_obj"].object_list] == [statement.pk]


def test_a_deep_page_of_the_review_queue_lists_the_rows_of_that_place_in_order(admin_client, settings):
    from statements.curation.admin.statements import ReviewQueueAdmin
    from statements.models import StatementToReview

    speakers = [None, make_speaker(from_gazetteer=False), make_speaker(from_gazetteer=True)]
    for n in range(60):
        make_statement(text=f"Queued statement {n}", speaker=speakers[n % 3], confidence=round(0.5 + (n % 7) / 20, 2))
    size = ReviewQueueAdmin.list_per_page
    expected = list(
        StatementToReview.objects.filter(status="extracted").order_by("review_priority", "confidence", "id")
        .values_list("pk", flat=True)
    )

    pages = [admin_client.get("/admin/statements/statementtoreview/", {"p": p}) for p in (1, 2, 3)]

    listed = [s.pk for page in pages for s in page.context["cl"].result_list]
    assert listed == expected
    assert [len(page.context["cl"].result_list) for page in pages] == [size, size, 60 - 2 * size]


def test_the_statement_list_pages_through_a_conflict_filter_without_duplicates(admin_client):
    conflict, other = make_conflict(), make_conflict()
    for n in range(55):
        make_statement(text=f"Tagged statement {n}", conflicts=[conflict, other] if n % 2 else [conflict])

    pages = [admin_client.get("/admin/statements/statement/", {"conflicts__id__exact": conflict.pk, "p": p})
             for p in (1, 2)]

    listed = [s.pk for page in pages for s in page.context["cl"].result_list]
    assert len(listed) == len(set(listed)) == 55
    assert listed == list(Statement.objects.order_by("-said_on", "-id").values_list("pk", flat=True))


def test_the_article_list_filters_by_year_from_the_ends_of_its_index(admin_client):
    from datetime import date

    old, new = make_article(published_on=date(2021, 5, 1)), make_article(published_on=date(2023, 5, 1))

    response = admin_client.get("/admin/statements/article/", {"year": "2021"})
    page = admin_client.get("/admin/statements/article/").content.decode()

    assert list(response.context["cl"].result_list) == [old]
    assert all(f"?year={year}" in page for year in (2021, 2022, 2023))
    assert new.title in page
    assert admin_client.get("/admin/statements/article/", {"year": "later"}).status_code == 200


def test_the_change_log_filters_by_action_without_reading_every_record(admin_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from statements.curation import decisions as curation

    statement = make_statement()
    curation.approve(Statement.objects.filter(pk=statement.pk), user=None)
    curation.edit_statements(Statement.objects.filter(pk=statement.pk), user=None, kind="mixed")

    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get("/admin/statements/changerecord/", {"action": "approved"})

    assert [r.action for r in response.context["cl"].result_list] == ["approved"]
    assert not [q["sql"] for q in queries.captured_queries if "DISTINCT" in q["sql"]]
