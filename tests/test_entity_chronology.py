"""Each entity's chronology: the copy of its events that the actor and place filters read.

The copy is kept by database triggers, whatever code changes the links or the events,
and a page read from it holds the same events, in the same order, as the events' own
columns select.
"""

import datetime
import random
import threading
import time

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.http import QueryDict

from timeline.filters import filtered_events
from timeline.models import CHRONOLOGY_COLUMNS, Article, Entity, EntityChronology, Event, Mention, Passage
from timeline.pagination import Cursor, after_cursor, page_of

DAY = datetime.date(2025, 3, 12)
COPIED = CHRONOLOGY_COLUMNS


def make_event(title="Putin visits Kursk", start=DAY, end=DAY, **extra):
    fields = {"date_value": start.isoformat(), "granularity": "day", "n_articles": 1, **extra}
    return Event.objects.create(title=title, date_start=start, date_end=end, **fields)


def copies():
    """Every row of the chronology, as (entity, event, copied columns...), sorted."""
    return sorted(EntityChronology.objects.values_list("entity_id", "event_id", *COPIED))


def expected_copies():
    """What the chronology must hold: a row per link, with the event's columns now."""
    links = Event.entities.through.objects.values_list("entity_id", "event_id")
    events = {row[0]: row[1:] for row in Event.objects.values_list("pk", *COPIED)}
    return sorted((entity, event, *events[event]) for entity, event in links)


@pytest.fixture
def people(db):
    return (
        Entity.objects.create(name="Vladimir Putin", kind="person"),
        Entity.objects.create(name="Kursk", kind="place"),
    )


def test_a_link_copies_its_events_columns(people):
    putin, kursk = people
    event = make_event(n_articles=3, granularity="day", status="confirmed")
    event.entities.set([putin, kursk])
    assert copies() == [
        (putin.pk, event.pk, DAY, DAY, "confirmed", 3, "day"),
        (kursk.pk, event.pk, DAY, DAY, "confirmed", 3, "day"),
    ]


def test_a_change_to_the_event_reaches_its_copies(people):
    event = make_event()
    event.entities.set(people)
    event.date_start, event.date_end, event.granularity = datetime.date(2025, 3, 1), datetime.date(2025, 3, 31), "month"
    event.status, event.n_articles = "rejected", 4
    event.save()
    assert copies() == expected_copies()
    assert {row[2:] for row in copies()} == {(datetime.date(2025, 3, 1), datetime.date(2025, 3, 31), "rejected", 4, "month")}
    Event.objects.filter(pk=event.pk).update(n_articles=5)  # an update that no save() sees
    assert {row[5] for row in copies()} == {5}


def test_a_change_to_another_column_leaves_the_copies_alone(people):
    event = make_event()
    event.entities.set(people)
    before = copies()
    Event.objects.filter(pk=event.pk).update(title="Putin in Kursk", conflict=True)
    assert copies() == before


def test_a_removed_link_a_deleted_event_or_entity_leaves_no_copy(people):
    putin, kursk = people
    first, second, third = make_event("one"), make_event("two"), make_event("three")
    for event in (first, second, third):
        event.entities.set([putin, kursk])
    first.entities.remove(kursk)
    assert copies() == expected_copies()
    second.delete()
    assert copies() == expected_copies()
    kursk.delete()
    assert copies() == expected_copies() == [(putin.pk, first.pk, DAY, DAY, "candidate", 1, "day"), (putin.pk, third.pk, DAY, DAY, "candidate", 1, "day")]


def test_a_link_moved_to_another_entity_moves_its_copy(people):
    putin, kursk = people
    event = make_event()
    event.entities.set([putin])
    Event.entities.through.objects.filter(event=event).update(entity=kursk)
    assert copies() == expected_copies() == [(kursk.pk, event.pk, DAY, DAY, "candidate", 1, "day")]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="TRUNCATE is PostgreSQL's")
def test_truncating_the_events_empties_the_chronology(people):
    make_event().entities.set(people)
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # checks the test's pending keys first
        cursor.execute("TRUNCATE timeline_event CASCADE")
    assert copies() == []


def test_an_actors_page_is_read_from_its_chronology_with_the_filters_tested_there(people):
    putin, _ = people
    _, events = filtered_events(QueryDict(f"actor={putin.pk}&date_after=2025-01-01&min_articles=2&granularity=day"))
    sql = str(after_cursor(events, None).query)
    where, _, order = sql.partition(" WHERE ")[2].partition(" ORDER BY ")
    assert '"timeline_entitychronology"."entity_id"' in where
    for column in ("date_end", "date_start", "n_articles", "granularity", "status"):
        assert f'"timeline_entitychronology"."{column}"' in where
        assert f'"timeline_event"."{column}"' not in where
    assert order.startswith('"timeline_entitychronology"."date_start" ASC, "timeline_entitychronology"."event_id" ASC')


# A world of random events, to compare what the chronology selects with the events' own columns.
STATUSES = ("candidate", "confirmed", "rejected")
GRANULARITIES = ("day", "week", "month", "year")


@pytest.fixture
def crowd(db):
    rng = random.Random(11)
    actors = [Entity.objects.create(name=name, kind="person") for name in ("Putin", "Zelensky", "Gerasimov")]
    places = [Entity.objects.create(name=name, kind="place") for name in ("Kursk", "Sudzha")]
    article = Article.objects.create(title="Wire", outlet="Wire", raw_text="", content_hash="w", published=DAY)
    for number in range(120):
        start = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(500))
        span = rng.choice([0, 0, 0, 6, 30, 364])
        granularity = {0: "day", 6: "week", 30: "month", 364: "year"}[span]
        # Several events on one day: the order then rests on the id.
        if number % 7 == 0:
            start = DAY
        event = make_event(
            f"Event {number} {'shelling' if number % 3 else 'talks'}", start, start + datetime.timedelta(days=span),
            granularity=granularity, status=rng.choice(STATUSES), n_articles=rng.choice([1, 1, 2, 3]),
        )
        event.entities.set(rng.sample(actors, rng.choice([0, 1, 1, 2])) + rng.sample(places, rng.choice([0, 1, 2])))
        passage = Passage.objects.create(article=article, position=number, start=0, end=10, text=f"Said on {start}.")
        Mention.objects.create(
            passage=passage, event=event, phrase_start=8, phrase_end=18, phrase=str(start), value=str(start),
            date_start=start, date_end=start, granularity="day",
        )
    return {"actors": actors, "places": places, "rng": rng}


def reference(params: dict) -> list[int]:
    """The events the filters select, worked out in Python from the events themselves."""
    params = dict(params)
    if params.get("date_before", "9999") < params.get("date_after", ""):
        del params["date_before"]  # a range that ends before it starts keeps its start alone
    chosen = []
    for event in Event.objects.prefetch_related("entities").order_by("date_start", "id"):
        entity_ids = {entity.pk for entity in event.entities.all()}
        if "actor" in params and params["actor"] not in entity_ids:
            continue
        if "place" in params and params["place"] not in entity_ids:
            continue
        if "date_after" in params and event.date_end < datetime.date.fromisoformat(params["date_after"]):
            continue
        if "date_before" in params and event.date_start > datetime.date.fromisoformat(params["date_before"]):
            continue
        if "granularity" in params and event.granularity != params["granularity"]:
            continue
        if "min_articles" in params and event.n_articles < params["min_articles"]:
            continue
        status = params.get("status")
        if (status is None and event.status == "rejected") or (status not in (None, "all") and event.status != status):
            continue
        if "q" in params and params["q"] not in event.title:
            continue
        chosen.append(event.pk)
    return chosen


def random_filters(rng, actors, places) -> dict:
    params = {}
    if rng.random() < 0.7:
        params["actor"] = rng.choice(actors).pk
    if rng.random() < 0.4 or not params:
        params["place"] = rng.choice(places).pk
    if rng.random() < 0.5:
        params["date_after"] = (datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(500))).isoformat()
    if rng.random() < 0.5:
        params["date_before"] = (datetime.date(2024, 6, 1) + datetime.timedelta(days=rng.randrange(400))).isoformat()
    if rng.random() < 0.3:
        params["granularity"] = rng.choice(GRANULARITIES)
    if rng.random() < 0.4:
        params["min_articles"] = rng.choice([2, 3])
    if rng.random() < 0.4:
        params["status"] = rng.choice([*STATUSES, "all"])
    if rng.random() < 0.3:
        params["q"] = rng.choice(["talks", "shelling"])
    return params


@pytest.mark.parametrize("text_test", ["looked up in the index", "made on each row"])
def test_an_entitys_pages_hold_the_events_its_filters_select_in_order(crowd, monkeypatch, text_test):
    if text_test == "made on each row":
        monkeypatch.setattr("timeline.filters.FEW_MATCHES", 0)  # every text counts as common
    rng, actors, places = crowd["rng"], crowd["actors"], crowd["places"]
    asked = 0
    for _ in range(60):
        params = random_filters(rng, actors, places)
        expected = reference(params)
        query = QueryDict(mutable=True)
        query.update({name: str(value) for name, value in params.items()})
        _, events = filtered_events(query)
        # Read in pages of four, each after the last one's cursor, as "load more" does.
        read, cursor = [], None
        while True:
            page = page_of(events, cursor, 4)
            read += [event.pk for event in page.events]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert read == expected, params
        assert events.count() == len(expected), params
        asked += bool(expected)
    assert asked > 20  # most questions had answers to compare


def test_the_chronology_follows_an_editors_change_of_date(crowd):
    putin = crowd["actors"][0]
    event = Event.objects.filter(entities=putin, status="candidate").first()
    event.date_start = event.date_end = datetime.date(2030, 1, 1)
    event.save()
    _, events = filtered_events(QueryDict(f"actor={putin.pk}&date_after=2029-12-31"))
    assert [found.pk for found in page_of(events, None, 10).events] == [event.pk]
    assert Cursor.of(event) == Cursor(datetime.date(2030, 1, 1), event.pk)


def test_a_dump_loaded_again_rebuilds_the_chronology_once(people, tmp_path):
    """Loading the links rebuilds the chronology, and the dump's own rows, named by their
    links, rewrite those rows instead of adding to them."""
    putin, kursk = people
    events = [make_event(f"event {number}") for number in range(3)]
    for event in events:
        event.entities.set([putin, kursk])
    events[0].entities.remove(kursk)  # a gap in the chronology's ids
    before = copies()
    dump = tmp_path / "timeline.json"
    call_command("dumpdata", "timeline", output=str(dump), verbosity=0)
    assert '"model": "timeline.entitychronology"' in dump.read_text()
    Event.objects.all().delete()
    Entity.objects.all().delete()
    assert copies() == []
    call_command("loaddata", str(dump), verbosity=0)
    assert copies() == expected_copies() == before
    _, events_of_putin = filtered_events(QueryDict(f"actor={putin.pk}"))
    assert [event.pk for event in page_of(events_of_putin, None, 10).events] == [event.pk for event in events]


def test_links_written_before_their_event_get_their_rows_when_it_comes(people):
    """Keys are checked at commit: a link may be written before the event it names."""
    putin, _ = people
    pk = (Event.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1000
    with transaction.atomic():
        Event.entities.through.objects.create(event_id=pk, entity=putin)
        assert copies() == []
        make_event(pk=pk)
    assert copies() == [(putin.pk, pk, DAY, DAY, "candidate", 1, "day")]


def _connect():
    settings = connection.settings_dict
    return psycopg.connect(
        dbname=settings["NAME"], user=settings["USER"], password=settings["PASSWORD"] or None,
        host=settings["HOST"], port=settings["PORT"] or 5432,
    )


def _blocked(session, seconds=5.0) -> bool:
    """Whether the backend of ``session`` comes to wait for a lock within ``seconds``."""
    pid = session.info.backend_pid
    with _connect() as watcher:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            row = watcher.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone()
            if row and row[0] == "Lock":
                return True
            time.sleep(0.02)
    return False


NEW_DAY = datetime.date(2030, 1, 1)
REDATE = "UPDATE timeline_event SET date_start = %s, date_end = %s WHERE id = %s"
LINK = "INSERT INTO timeline_event_entities (event_id, entity_id) VALUES (%s, %s)"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite writes one transaction at a time")
@pytest.mark.parametrize("first", ["the editor's change", "the new link"])
def test_an_editors_change_and_a_new_link_at_once_leave_the_row_up_to_date(first):
    """An editor redates an event while an ingest links an actor to it, each in its own
    transaction: whichever writes first, the second waits, and the row ends up current."""
    putin = Entity.objects.create(name="Vladimir Putin", kind="person")
    event = make_event()
    editor, ingest = _connect(), _connect()
    try:
        if first == "the editor's change":
            editor.execute(REDATE, [NEW_DAY, NEW_DAY, event.pk])
            second, statement, params, holder = ingest, LINK, [event.pk, putin.pk], editor
        else:
            ingest.execute(LINK, [event.pk, putin.pk])
            second, statement, params, holder = editor, REDATE, [NEW_DAY, NEW_DAY, event.pk], ingest

        def write_and_commit():
            second.execute(statement, params)
            second.commit()

        worker = threading.Thread(target=write_and_commit)
        worker.start()
        assert _blocked(second), "the second writer waits for the first"
        holder.commit()
        worker.join(10)
        assert not worker.is_alive()
    finally:
        editor.close()
        ingest.close()
    assert copies() == expected_copies() == [(putin.pk, event.pk, NEW_DAY, NEW_DAY, "candidate", 1, "day")]
