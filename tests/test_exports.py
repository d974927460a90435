"""Exports: exactly the filtered view, as streamed CSV (formula-safe) and paginated JSON."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.http import StreamingHttpResponse

from timeline.exports.csv import CSV_COLUMNS, safe_cell
from timeline.ingest.pipeline import ingest_paths
from timeline.models import Event


def read_csv(response):
    assert isinstance(response, StreamingHttpResponse)
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_the_documented_columns_and_one_row_per_event(client, ingested):
    response = client.get("/events.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert list(rows[0].keys()) == list(CSV_COLUMNS)
    assert len(rows) == Event.objects.visible().count()
    visit = next(r for r in rows if r["date_value"] == "2025-03-12" and "visit" in r["title"].lower())
    assert visit["date_start"] == visit["date_end"] == "2025-03-12"
    assert visit["granularity"] == "day" and int(visit["n_articles"]) >= 3


def test_csv_follows_the_same_filters_as_the_page(client, ingested):
    page = client.get("/", {"date_after": "2025-03-01", "date_before": "2025-03-31"})
    shown = {e.pk for g in page.context["groups"] for e in g.events}
    rows = read_csv(client.get("/events.csv", {"date_after": "2025-03-01", "date_before": "2025-03-31"}))
    assert {int(r["event_id"]) for r in rows} == shown


@pytest.mark.parametrize("dangerous", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_cells_that_would_run_as_formulas_are_neutralised(dangerous):
    assert safe_cell(dangerous) == "'" + dangerous


def test_hostile_article_text_cannot_become_a_formula(client, db, tmp_path):
    path = tmp_path / "formula.txt"
    path.write_text('=HYPERLINK("http://evil.example","click") troops moved on Wednesday.', encoding="utf-8")
    ingest_paths([path], published=datetime.date(2025, 3, 13))
    [row] = read_csv(client.get("/events.csv"))
    assert row["first_passage"].startswith("'=HYPERLINK")
    assert all(not value.startswith(("=", "+", "@")) for value in row.values())


def test_json_lists_events_with_their_evidence(client, ingested):
    data = client.get("/events.json").json()
    assert data["next"] is None
    visit = next(e for e in data["events"] if e["date"]["value"] == "2025-03-12" and "visit" in e["title"].lower())
    assert set(visit) >= {"id", "date", "title", "n_articles", "mentions"}
    assert visit["date"] == {"value": "2025-03-12", "start": "2025-03-12", "end": "2025-03-12", "granularity": "day", "label": "12 Mar 2025"}
    mention = visit["mentions"][0]
    assert set(mention) >= {"article", "passage", "phrase", "value"}
    assert set(mention["article"]) >= {"title", "url", "published"}
    assert mention["phrase"] in mention["passage"]


def test_json_pages_with_a_next_link_until_every_event_is_seen(client, ingested, settings):
    settings.TIMELINE_PAGE_SIZE = 3
    seen, url = [], "/events.json"
    while url:
        data = client.get(url).json()
        seen += [e["id"] for e in data["events"]]
        url = data["next"]
    assert len(seen) == len(set(seen)) == Event.objects.visible().count()


def test_export_command_writes_the_filtered_events(ingested, tmp_path):
    target = tmp_path / "out.csv"
    call_command("export_events", "--format", "csv", "--date-after", "2025-03-12", "--date-before", "2025-03-12", "--output", str(target))
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows and all(r["date_start"] <= "2025-03-12" <= r["date_end"] for r in rows)
    out = io.StringIO()
    call_command("export_events", "--format", "json", "--q", "pipeline", stdout=out)
    assert len(json.loads(out.getvalue())["events"]) == 1
