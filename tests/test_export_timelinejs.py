"""/events.timelinejs.json: the filtered events in TimelineJS3's format, dates only as precise as known."""

import datetime
import json

import pytest

from tests.exports_world import make_article, make_event, streamed_text


def timeline_of(client, **query) -> dict:
    response = client.get("/events.timelinejs.json", query)
    assert response.streaming and response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(streamed_text(response))


def test_the_document_has_a_title_slide_and_one_slide_per_event(client, db):
    first = make_event("First")
    second = make_event("Second", value="2025-03-13", start=datetime.date(2025, 3, 13))
    timeline = timeline_of(client)
    assert set(timeline) == {"title", "events"}
    assert timeline["title"]["text"]["headline"] == "News timeline"
    assert [slide["unique_id"] for slide in timeline["events"]] == [f"event-{first.pk}", f"event-{second.pk}"]


@pytest.mark.parametrize(
    "granularity, value, start, end, dates",
    [
        ("day", "2025-03-12", datetime.date(2025, 3, 12), datetime.date(2025, 3, 12),
         {"start_date": {"year": 2025, "month": 3, "day": 12}}),
        ("week", "2025-W11", datetime.date(2025, 3, 10), datetime.date(2025, 3, 16),
         {"start_date": {"year": 2025, "month": 3, "day": 10}, "end_date": {"year": 2025, "month": 3, "day": 16}}),
        ("month", "2024-08", datetime.date(2024, 8, 1), datetime.date(2024, 8, 31),
         {"start_date": {"year": 2024, "month": 8}}),
        ("season", "2024-SU", datetime.date(2024, 6, 21), datetime.date(2024, 9, 22),
         {"start_date": {"year": 2024, "month": 6}, "end_date": {"year": 2024, "month": 9}}),
        ("year", "2024", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31),
         {"start_date": {"year": 2024}}),
        ("decade", "199", datetime.date(1990, 1, 1), datetime.date(1999, 12, 31),
         {"start_date": {"year": 1990}, "end_date": {"year": 1999}}),
    ],
)
def test_dates_are_only_as_precise_as_the_granularity(client, db, granularity, value, start, end, dates):
    make_event(value=value, start=start, end=end, granularity=granularity)
    [slide] = timeline_of(client)["events"]
    assert {key: slide[key] for key in ("start_date", "end_date") if key in slide} == dates


def test_the_display_date_is_the_pages_label(client, db):
    make_event(value="2024-08", start=datetime.date(2024, 8, 1), end=datetime.date(2024, 8, 31), granularity="month")
    [slide] = timeline_of(client)["events"]
    assert slide["display_date"] == "August 2024"


def test_the_text_quotes_the_evidence_with_the_date_phrase_marked(client, db):
    wire = make_article("Putin in Kursk", outlet="Wire", url="https://wire.example/1")
    event = make_event(evidence=[(wire, "Putin visited Kursk on Wednesday.", "on Wednesday")])
    [slide] = timeline_of(client)["events"]
    assert slide["text"]["headline"] == "Putin visits Kursk"
    text = slide["text"]["text"]
    assert "<blockquote>Putin visited Kursk <mark>on Wednesday</mark>.</blockquote>" in text
    assert '<a href="https://wire.example/1">Putin in Kursk</a>' in text and "Wire" in text
    assert f'href="http://testserver/events/{event.pk}/"' in text


def test_a_phrase_whose_offsets_have_drifted_is_found_by_its_words(client, db):
    event = make_event(evidence=[(make_article(), "Putin visited Kursk on Wednesday.", "on Wednesday")])
    event.mentions.update(phrase_start=0, phrase_end=5)
    [slide] = timeline_of(client)["events"]
    assert "Putin visited Kursk <mark>on Wednesday</mark>." in slide["text"]["text"]


def test_article_text_is_html_escaped(client, db):
    hostile = make_article('<img src=x onerror="alert(1)">', outlet="<b>Outlet</b>", url="javascript:alert(1)")
    make_event(
        "<script>alert('title')</script>",
        evidence=[(hostile, "<script>alert(1)</script> moved on Wednesday & left.", "on Wednesday")],
        actors=["<i>Actor</i>"],
    )
    [slide] = timeline_of(client)["events"]
    assert slide["text"]["headline"] == "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;"
    text = slide["text"]["text"]
    assert "<script>" not in text and "<img" not in text and "<b>" not in text and "<i>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; moved <mark>on Wednesday</mark> &amp; left." in text
    assert "javascript:" not in text
    assert slide["group"] == "&lt;i&gt;Actor&lt;/i&gt;"


def test_the_group_is_the_main_actor_else_the_main_place(client, db):
    make_event("With actors", actors=["Vladimir Putin"], organisations=["Kremlin"], places=["Kursk"])
    make_event("With a place", places=["Sudzha", "Kursk"])
    make_event("With neither")
    slides = {slide["text"]["headline"]: slide for slide in timeline_of(client)["events"]}
    assert slides["With actors"]["group"] == "Vladimir Putin"
    assert slides["With a place"]["group"] == "Kursk"
    assert "group" not in slides["With neither"]


def test_the_filters_apply_and_are_named_in_the_title(client, db):
    make_event("Gas pipeline used by troops")
    make_event("Putin visits Kursk")
    timeline = timeline_of(client, q="pipeline", date_after="2025-03-01")
    assert [slide["text"]["headline"] for slide in timeline["events"]] == ["Gas pipeline used by troops"]
    assert "pipeline" in timeline["title"]["text"]["text"] and "2025-03-01" in timeline["title"]["text"]["text"]


def test_an_invalid_filter_value_refuses_the_file_and_says_why(client, db):
    make_event("Putin visits Kursk")
    response = client.get("/events.timelinejs.json", {"q": "Kursk", "date_after": "not a date"})
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["date_after"]


def test_no_events_is_still_a_valid_document(client, db):
    assert timeline_of(client)["events"] == []


def test_a_planned_or_only_reported_date_is_said_so(client, db):
    make_event("Talks in Istanbul", modality="planned")
    make_event("A visit reported by publication", modality="reported", start=datetime.date(2025, 5, 21), value="2025-05-21")
    make_event("A strike", start=datetime.date(2025, 6, 1), value="2025-06-01")
    slides = json.loads(streamed_text(client.get("/events.timelinejs.json")))["events"]
    texts = [slide["text"]["text"] for slide in slides]
    assert "Planned: in the future when reported." in texts[0]
    assert "Reported by this date" in texts[1]
    assert "Planned" not in texts[2] and "Reported" not in texts[2]
