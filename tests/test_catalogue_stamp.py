"""What a page reads once per change of articles or entities: the filter form's choices,
never stale, and which texts are common.

Outside a transaction, as a page is served, they are kept until the catalogue stamp
changes; these tests commit each change, as the ingest and the admin do.
"""

import datetime

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from timeline.filters import catalogue_stamp, filtered_events, select_options
from timeline.models import Article, Entity, Event

DAY = datetime.date(2025, 3, 12)


def article(title, outlet="Wire", **extra):
    return Article.objects.create(title=title, outlet=outlet, raw_text="", content_hash=title, published=DAY, **extra)


def reads_the_options() -> bool:
    """Whether asking for the options runs the query that reads them."""
    with CaptureQueriesContext(connection) as queries:
        select_options(catalogue_stamp())
    return any("WITH RECURSIVE" in query["sql"] for query in queries.captured_queries)


@pytest.mark.django_db(transaction=True)
def test_the_options_are_read_once_until_something_changes():
    article("Wire story")
    reads_the_options()
    assert not reads_the_options()
    article("Daily story", outlet="Daily")
    assert reads_the_options()
    assert select_options(catalogue_stamp())["outlet"] == ("Daily", "Wire")


@pytest.mark.django_db(transaction=True)
def test_every_kind_of_change_shows_in_the_options():
    putin = Entity.objects.create(name="Vladimir Putin", kind="person")
    story = article("Wire story")
    assert select_options(catalogue_stamp())["actor"] == ((putin.pk, "Vladimir Putin"),)
    Entity.objects.filter(pk=putin.pk).update(name="V. Putin")  # a bulk update, past any save()
    assert select_options(catalogue_stamp())["actor"] == ((putin.pk, "V. Putin"),)
    Entity.objects.filter(pk=putin.pk).update(kind="place")
    assert select_options(catalogue_stamp())["actor"] == () and select_options(catalogue_stamp())["place"] == ((putin.pk, "V. Putin"),)
    Article.objects.filter(pk=story.pk).update(outlet="Courier")
    assert select_options(catalogue_stamp())["outlet"] == ("Courier",)
    story.delete()
    assert select_options(catalogue_stamp())["article"] == () and select_options(catalogue_stamp())["outlet"] == ()


@pytest.mark.django_db(transaction=True)
def test_a_change_that_does_not_show_in_the_options_keeps_them():
    story = article("Wire story")
    select_options(catalogue_stamp())
    Article.objects.filter(pk=story.pk).update(raw_text="Text read again.")
    assert not reads_the_options()


@pytest.mark.django_db(transaction=True)
def test_a_change_in_a_transaction_shows_once_it_commits():
    article("Wire story")
    select_options(catalogue_stamp())
    with transaction.atomic():
        article("Daily story", outlet="Daily")
        # Inside the transaction its own changes show: the options are read afresh.
        assert select_options(catalogue_stamp())["outlet"] == ("Daily", "Wire")
    assert select_options(catalogue_stamp())["outlet"] == ("Daily", "Wire")


@pytest.mark.django_db(transaction=True)
def test_options_read_inside_a_rolled_back_change_are_not_taken_for_current():
    article("Wire story")
    with pytest.raises(RuntimeError), transaction.atomic():
        article("Rolled back", outlet="Gone")
        assert "Gone" in select_options(catalogue_stamp())["outlet"]
        raise RuntimeError("the ingest failed")
    assert select_options(catalogue_stamp())["outlet"] == ("Wire",)
    # A later change is told apart from the one rolled back, though both came after the same state.
    article("Daily story", outlet="Daily")
    assert select_options(catalogue_stamp())["outlet"] == ("Daily", "Wire")


def counts_the_text(text: str) -> tuple[bool, list[str]]:
    """Whether filtering by ``text`` counts its events in the full-text index (or asks
    PostgreSQL's statistics how many there are), and the titles found."""
    with CaptureQueriesContext(connection) as queries:
        _, events = filtered_events({"q": text})
        found = sorted(events.values_list("title", flat=True))
    counted = [
        query["sql"] for query in queries.captured_queries
        if "timeline_event_search" in query["sql"] and ("COUNT(*)" in query["sql"] or query["sql"].startswith("EXPLAIN"))
    ]
    return bool(counted), found


@pytest.mark.django_db(transaction=True)
def test_a_text_found_common_is_not_counted_again_until_articles_change(monkeypatch):
    monkeypatch.setattr("timeline.filters.FEW_MATCHES", 1)  # two events make a text common
    day = dict(date_value=DAY.isoformat(), date_start=DAY, date_end=DAY, granularity="day")
    Event.objects.create(title="Putin visits Kursk", **day)
    Event.objects.create(title="Shelling near Kursk", **day)
    Event.objects.create(title="Strike on Kyiv", **day)
    assert counts_the_text("kursk") == (True, ["Putin visits Kursk", "Shelling near Kursk"])
    assert counts_the_text("kursk") == (False, ["Putin visits Kursk", "Shelling near Kursk"])
    assert counts_the_text("kyiv") == (True, ["Strike on Kyiv"])
    assert counts_the_text("kyiv")[0], "a rare text is counted every time"
    article("Wire story")
    assert counts_the_text("kursk") == (True, ["Putin visits Kursk", "Shelling near Kursk"])


@pytest.mark.django_db
def test_inside_a_transaction_a_text_is_counted_every_time(monkeypatch):
    monkeypatch.setattr("timeline.filters.FEW_MATCHES", 0)
    Event.objects.create(title="Putin visits Kursk", date_value="2025-03-12", date_start=DAY, date_end=DAY, granularity="day")
    assert counts_the_text("kursk") == (True, ["Putin visits Kursk"])
    assert counts_the_text("kursk") == (True, ["Putin visits Kursk"])


@pytest.mark.django_db(transaction=True)
def test_a_verdict_counted_inside_a_transaction_is_not_kept(monkeypatch):
    from django.db import transaction

    from timeline.filters import EventFilter

    monkeypatch.setattr("timeline.filters.FEW_MATCHES", 1)
    day = dict(date_value=DAY.isoformat(), date_start=DAY, date_end=DAY, granularity="day")
    Event.objects.create(title="Putin visits Kursk", **day)
    page = EventFilter({"q": "kursk"}, queryset=Event.objects.all())  # the stamp is read here
    with pytest.raises(RuntimeError), transaction.atomic():
        Event.objects.create(title="Shelling near Kursk", **day)
        list(page.events())  # counted on a change that is then rolled back
        raise RuntimeError("the change fails")
    assert counts_the_text("kursk") == (True, ["Putin visits Kursk"])
