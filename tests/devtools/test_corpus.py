import pytest

from statements.devtools.corpus import generate_corpus
from statements.models import Article, Statement


@pytest.mark.django_db
def test_it_generates_the_requested_number_of_statements_with_valid_offsets():
    counts = generate_corpus(300, seed=7, batch_size=120)

    assert counts["statements"] == Statement.objects.count() == 300
    assert Article.objects.count() == counts["articles"]
    for statement in Statement.objects.select_related("article")[:50]:
        assert statement.article.body[statement.start : statement.end] == statement.text
        assert statement.conflicts.exists()


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_corpus():
    generate_corpus(60, seed=3)
    first = list(Statement.objects.order_by("id").values_list("text", "said_on"))
    Statement.objects.all().delete()
    Article.objects.all().delete()

    generate_corpus(60, seed=3)

    assert list(Statement.objects.order_by("id").values_list("text", "said_on")) == first
