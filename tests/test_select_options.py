"""The filter form's choices: read once per change of articles or entities, never stale.

Outside a transaction, as a page is served, the options are kept until the catalogue stamp
changes; these tests commit each change, as the ingest and the admin do.
"""

import datetime

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from timeline.filters import select_options
from timeline.models import Article, Entity

DAY = datetime.date(2025, 3, 12)


def article(title, outlet="Wire", **extra):
    return Article.objects.create(title=title, outlet=outlet, raw_text="", content_hash=title, published=DAY, **extra)


def reads_the_options() -> bool:
    """Whether asking for the options runs the query that reads them."""
    with CaptureQueriesContext(connection) as queries:
        select_options()
    return any("WITH RECURSIVE" in query["sql"] for query in queries.captured_queries)


@pytest.mark.django_db(transaction=True)
def test_the_options_are_read_once_until_something_changes():
    article("Wire story")
    reads_the_options()
    assert not reads_the_options()
    article("Daily story", outlet="Daily")
    assert reads_the_options()
    assert select_options()["outlet"] == ("Daily", "Wire")


@pytest.mark.django_db(transaction=True)
def test_every_kind_of_change_shows_in_the_options():
    putin = Entity.objects.create(name="Vladimir Putin", kind="person")
    story = article("Wire story")
    assert select_options()["actor"] == ((putin.pk, "Vladimir Putin"),)
    Entity.objects.filter(pk=putin.pk).update(name="V. Putin")  # a bulk update, past any save()
    assert select_options()["actor"] == ((putin.pk, "V. Putin"),)
    Entity.objects.filter(pk=putin.pk).update(kind="place")
    assert select_options()["actor"] == () and select_options()["place"] == ((putin.pk, "V. Putin"),)
    Article.objects.filter(pk=story.pk).update(outlet="Courier")
    assert select_options()["outlet"] == ("Courier",)
    story.delete()
    assert select_options()["article"] == () and select_options()["outlet"] == ()


@pytest.mark.django_db(transaction=True)
def test_a_change_that_does_not_show_in_the_options_keeps_them():
    story = article("Wire story")
    select_options()
    Article.objects.filter(pk=story.pk).update(raw_text="Text read again.")
    assert not reads_the_options()


@pytest.mark.django_db(transaction=True)
def test_a_change_in_a_transaction_shows_once_it_commits():
    article("Wire story")
    select_options()
    with transaction.atomic():
        article("Daily story", outlet="Daily")
        # Inside the transaction its own changes show: the options are read afresh.
        assert select_options()["outlet"] == ("Daily", "Wire")
    assert select_options()["outlet"] == ("Daily", "Wire")


@pytest.mark.django_db(transaction=True)
def test_options_read_inside_a_rolled_back_change_are_not_taken_for_current():
    article("Wire story")
    with pytest.raises(RuntimeError), transaction.atomic():
        article("Rolled back", outlet="Gone")
        assert "Gone" in select_options()["outlet"]
        raise RuntimeError("the ingest failed")
    assert select_options()["outlet"] == ("Wire",)
    # A later change is told apart from the one rolled back, though both came after the same state.
    article("Daily story", outlet="Daily")
    assert select_options()["outlet"] == ("Daily", "Wire")
