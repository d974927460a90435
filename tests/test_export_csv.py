"""/events.csv: exactly the filtered view, every row, streamed, one row per event."""

import datetime

import pytest
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from tests.exports_world import make_article, make_event, read_csv, streamed_text
from timeline.exports.csv import CSV_COLUMNS, csv_chunks, csv_text
from timeline.exports.evidence import Source, event_batches
from timeline.filters import filtered_events
from timeline.ingest.pipeline import ingest_paths
from timeline.models import Article, Entity, Event

MARCH_12 = datetime.date(2025, 3, 12)


def test_the_header_names_the_documented_columns(client, db):
    rows = streamed_text(client.get("/events.csv")).splitlines()
    assert rows == [",".join(CSV_COLUMNS)]
    assert set(CSV_COLUMNS) >= {
        "event_id", "date_value", "date_start", "date_end", "granularity", "time_precision", "title",
        "status", "modality", "actors", "places", "n_articles", "articles", "urls", "first_passage", "conflict",
    }


def test_the_response_is_a_streamed_utf8_attachment(client, db):
    make_event("Зеленський у Києві: «переговори»", evidence=[(make_article("Київ"), "On Wednesday he spoke.", "Wednesday")])
    response = client.get("/events.csv")
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="events.csv"'
    [row] = read_csv(response)
    assert row["title"] == "Зеленський у Києві: «переговори»"


def test_a_row_carries_the_event_its_actors_places_and_evidence(client, db):
    wire = make_article("Putin in Kursk", outlet="Wire", url="https://wire.example/1", published=datetime.date(2025, 3, 13))
    daily = make_article("Kremlin visit", outlet="Daily", url="", published=datetime.date(2025, 3, 14))
    event = make_event(
        "Putin visits Kursk",
        conflict=True,
        status=Event.Status.CONFIRMED,
        evidence=[
            (daily, "The visit took place on Wednesday, the Kremlin said.", "on Wednesday"),
            (wire, "Putin visited Kursk on Wednesday.", "on Wednesday"),
            (wire, "He met commanders there on Wednesday.", "on Wednesday"),
        ],
        actors=["Vladimir Putin"],
        organisations=["Kremlin"],
        places=["Kursk", "Sudzha"],
    )
    [row] = read_csv(client.get("/events.csv"))
    assert row == {
        "event_id": str(event.pk),
        "date_value": "2025-03-12",
        "date_start": "2025-03-12",
        "date_end": "2025-03-12",
        "granularity": "day",
        "time_precision": "1",
        "date_label": "12 Mar 2025",
        "title": "Putin visits Kursk",
        "status": "confirmed",
        "modality": "occurred",
        "actors": "Vladimir Putin | Kremlin",
        "places": "Kursk | Sudzha",
        "n_articles": "2",
        "articles": "Putin in Kursk | Kremlin visit",
        "outlets": "Wire | Daily",
        "urls": "https://wire.example/1",
        "first_passage": "Putin visited Kursk on Wednesday.",
        "conflict": "true",
    }


@pytest.mark.parametrize(
    "granularity, value, start, end, precision",
    [
        ("day", "2025-03-12", MARCH_12, MARCH_12, "1"),
        ("week", "2025-W11", datetime.date(2025, 3, 10), datetime.date(2025, 3, 16), "2"),
        ("month", "2024-08", datetime.date(2024, 8, 1), datetime.date(2024, 8, 31), "3"),
        ("season", "2024-SU", datetime.date(2024, 6, 21), datetime.date(2024, 9, 22), ""),
        ("year", "2024", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), ""),
    ],
)
def test_time_precision_follows_acled_where_the_granularity_maps(client, db, granularity, value, start, end, precision):
    make_event(value=value, start=start, end=end, granularity=granularity)
    [row] = read_csv(client.get("/events.csv"))
    assert (row["date_value"], row["date_start"], row["date_end"]) == (value, start.isoformat(), end.isoformat())
    assert row["time_precision"] == precision


def test_an_event_without_evidence_or_entities_has_empty_cells(client, db):
    make_event(evidence=[])
    [row] = read_csv(client.get("/events.csv"))
    assert row["actors"] == row["places"] == row["articles"] == row["urls"] == row["first_passage"] == ""
    assert row["conflict"] == "false"


def test_rejected_events_are_left_out_as_on_the_page(client, db):
    kept = make_event("Kept")
    make_event("Rejected", status=Event.Status.REJECTED)
    assert [row["event_id"] for row in read_csv(client.get("/events.csv"))] == [str(kept.pk)]


def test_every_matching_event_in_chronological_order(client, db):
    later = make_event("Later", value="2025-05-20", start=datetime.date(2025, 5, 20))
    month = make_event("A month", value="2024-08", start=datetime.date(2024, 8, 1), end=datetime.date(2024, 8, 31), granularity="month")
    first = make_event("First", value="2024-08-01", start=datetime.date(2024, 8, 1))
    rows = read_csv(client.get("/events.csv"))
    assert [int(row["event_id"]) for row in rows] == [month.pk, first.pk, later.pk]


def test_the_filters_are_the_pages_filters(client, ingested):
    query = {"date_after": "2025-03-01", "date_before": "2025-03-31"}
    page = client.get("/", query)
    shown = {event.id for group in page.context["groups"] for event in group.events}
    rows = read_csv(client.get("/events.csv", query))
    assert {int(row["event_id"]) for row in rows} == shown


def test_a_text_filter_selects_the_same_events_as_the_page(client, db):
    pipeline = make_event("Gas pipeline used by troops", evidence=[(make_article(), "They crawled through a pipeline on Wednesday.", "on Wednesday")])
    make_event("Putin visits Kursk")
    rows = read_csv(client.get("/events.csv", {"q": "pipeline"}))
    assert [int(row["event_id"]) for row in rows] == [pipeline.pk]


def test_event_ids_do_not_change_when_the_same_corpus_is_ingested_again(client, ingested, sample_corpus):
    before = streamed_text(client.get("/events.csv"))
    report = ingest_paths([sample_corpus])
    assert report.ok and not report.created
    assert streamed_text(client.get("/events.csv")) == before


def test_batches_cover_every_event_once_across_equal_dates(db):
    events = [make_event(f"Same day {n}") for n in range(7)] + [make_event("Next day", value="2025-03-13", start=datetime.date(2025, 3, 13))]
    batches = list(event_batches(Event.objects.visible(), batch_size=3))
    assert [len(batch) for batch in batches] == [3, 3, 2]
    assert [record.id for batch in batches for record in batch] == [event.pk for event in events]


def test_the_number_of_queries_does_not_grow_with_the_rows(db):
    article = make_article()

    def queries_for_export() -> int:
        with CaptureQueriesContext(connection) as queries:
            for _ in csv_chunks(Event.objects.visible(), batch_size=100):
                pass
        return len(queries)

    for n in range(3):
        make_event(f"Event {n}", evidence=[(article, f"Troops moved on Wednesday ({n}).", "on Wednesday")], actors=["Putin"], places=["Kursk"])
    few = queries_for_export()
    for n in range(3, 60):
        make_event(f"Event {n}", evidence=[(article, f"Troops moved on Wednesday ({n}).", "on Wednesday")], actors=["Putin"], places=["Kursk"])
    assert queries_for_export() == few


def test_each_batch_is_read_in_a_fixed_number_of_queries(db, django_assert_max_num_queries, django_assert_num_queries):
    article = make_article()
    for n in range(10):
        make_event(f"Event {n}", evidence=[(article, f"Troops moved on Wednesday ({n}).", "on Wednesday")], actors=["Putin"])
    # Stale cells, per batch: the events with their stored cells; for the stale ones their
    # events, evidence, entity links and the entities not read before; then storing them.
    with django_assert_max_num_queries(3 * 8):
        assert sum(1 for _ in csv_chunks(Event.objects.visible(), batch_size=4)) == 1 + 3
    # Stored cells: one query per batch.
    with django_assert_num_queries(3):
        assert sum(1 for _ in csv_chunks(Event.objects.visible(), batch_size=4)) == 1 + 3


def test_batches_follow_the_chronology_by_keyset_never_by_offset(db):
    for n in range(9):
        make_event(f"Event {n}", value=f"2025-03-{10 + n % 3}", start=datetime.date(2025, 3, 10 + n % 3))
    with CaptureQueriesContext(connection) as queries:
        chunks = list(csv_chunks(Event.objects.visible(), batch_size=2))
    assert len(chunks) == 1 + 5  # the header, then one chunk per batch, each written as it is read
    assert not any("OFFSET" in query["sql"].upper() for query in queries.captured_queries)


def test_the_streamed_csv_is_the_csv_written_from_event_records(db):
    """The export reads each batch in one query; its rows are those of the event records."""
    undated = make_article("Undated =report", outlet="Wire", url="", published=None)
    early = make_article("Early", outlet="Daily", url="https://daily.example/1", published=datetime.date(2025, 3, 12))
    late = make_article("Late", outlet="Wire", url="https://wire.example/2", published=datetime.date(2025, 3, 14))
    same_day = make_article("Same day", outlet="Daily", url="https://daily.example/3", published=datetime.date(2025, 3, 12))
    make_event(
        "Many sources",
        evidence=[
            (undated, "Undated on Wednesday.", "on Wednesday"),
            (late, "Late second on Wednesday.", "on Wednesday"),
            (late, "Late first on Wednesday.", "on Wednesday"),
            (same_day, "Same day on Wednesday.", "on Wednesday"),
            (early, "Early on Wednesday.", "on Wednesday"),
        ],
        actors=["Zelensky", "Ärzte", "abc", "Putin"],
        organisations=["Kremlin", "@Org"],
        places=["Sudzha", "Kursk", "Łódź", "-Kyiv"],
    )
    make_event("Only undated", value="2025-03-13", start=datetime.date(2025, 3, 13), evidence=[(undated, "On Thursday, =1+1.", "On Thursday")])
    make_event("No evidence", value="2025-03", start=datetime.date(2025, 3, 1), end=datetime.date(2025, 3, 31), granularity="month")
    for n in range(5):
        make_event(f" +Same day {n}", evidence=[(early, f"Troops moved on Wednesday ({n}).", "on Wednesday")], places=["Kursk"])
    events = Event.objects.visible()
    for batch_size in (1, 2, 3, 100):
        expected = "".join(csv_text(event_batches(events, batch_size, evidence=Source)))
        assert "".join(csv_chunks(events, batch_size=batch_size)) == expected


def test_cells_are_quoted_as_the_csv_module_quotes_them_whether_stored_or_worked_out(db):
    tricky = make_article('Kursk, "live"', outlet='Wire, "Daily"', url="https://wire.example/a,b", published=None)
    make_event(
        'He said "yes", then\nleft',
        value="2025-03-12",
        evidence=[(tricky, 'On Wednesday, "=1+1"\r\nand more.', "On Wednesday")],
        actors=['Mr "X", Jr.'],
        places=["Line\rbreak", " @Kyiv"],
    )
    make_event("\t=SUM(A1)", status=Event.Status.CONFIRMED, evidence=[(tricky, "-On Wednesday, then", "On Wednesday")])
    events = Event.objects.visible()
    expected = "".join(csv_text(event_batches(events, evidence=Source)))
    assert "".join(csv_chunks(events)) == expected  # worked out, then stored
    assert "".join(csv_chunks(events)) == expected  # read from the stored cells


def _a_value_of(name: str):
    """A value of each filter that selects some of the sample corpus's events, not all."""
    if name in ("actor", "place"):
        kinds = ("person", "organisation") if name == "actor" else ("place",)
        return Entity.objects.filter(kind__in=kinds, events__isnull=False).order_by("pk").values_list("pk", flat=True).first()
    article = Article.objects.annotate(n=Count("passages__mentions")).order_by("-n", "pk").first()
    if name == "article":
        return article.pk
    if name == "outlet":
        Article.objects.filter(pk=article.pk).update(outlet="Wire")
        return "Wire"
    return {
        "date_after": "2025-03-10", "date_before": "2025-03-12", "granularity": "day",
        "min_articles": "2", "status": "rejected", "q": "Kursk",
    }[name]


@pytest.mark.parametrize(
    "name", ["date_after", "date_before", "actor", "place", "article", "outlet", "granularity", "min_articles", "status", "q"]
)
def test_each_filter_selects_the_events_of_the_filtered_view(client, ingested, name):
    Event.objects.filter(pk=Event.objects.order_by("pk").values_list("pk", flat=True).first()).update(status=Event.Status.REJECTED)
    query = {name: _a_value_of(name)}
    _, view = filtered_events(query)
    expected = list(view.order_by("date_start", "id").values_list("pk", flat=True))
    assert expected and len(expected) < Event.objects.count()
    for _ in range(2):  # with the cells worked out, then read from those stored
        assert [int(row["event_id"]) for row in read_csv(client.get("/events.csv", query))] == expected


@pytest.mark.parametrize("modality", ["occurred", "planned", "reported"])
def test_a_row_says_whether_the_date_is_when_it_happened_is_planned_or_only_reported(client, db, modality):
    make_event("Talks in Istanbul", modality=modality)
    [row] = read_csv(client.get("/events.csv"))
    assert row["modality"] == modality
