"""/events.json: the filtered events with their evidence, a page at a time with a ``next`` link."""

import datetime

from tests.exports_world import make_article, make_event
from timeline.models import Event


def test_an_event_carries_its_date_title_status_entities_and_evidence(client, db):
    wire = make_article("Putin in Kursk", outlet="Wire", url="https://wire.example/1", published=datetime.date(2025, 3, 13))
    event = make_event(
        "Putin visits Kursk",
        conflict=True,
        evidence=[(wire, "Putin visited Kursk on Wednesday.", "on Wednesday")],
        actors=["Vladimir Putin"],
        places=["Kursk"],
    )
    data = client.get("/events.json").json()
    assert data == {
        "events": [
            {
                "id": event.pk,
                "date": {"value": "2025-03-12", "start": "2025-03-12", "end": "2025-03-12", "granularity": "day", "label": "12 Mar 2025"},
                "title": "Putin visits Kursk",
                "status": "candidate",
                "modality": "occurred",
                "conflict": True,
                "n_articles": 1,
                "actors": ["Vladimir Putin"],
                "places": ["Kursk"],
                "url": f"http://testserver/events/{event.pk}/",
                "mentions": [
                    {
                        "article": {"title": "Putin in Kursk", "url": "https://wire.example/1", "outlet": "Wire", "published": "2025-03-13"},
                        "passage": "Putin visited Kursk on Wednesday.",
                        "phrase": "on Wednesday",
                        "value": "2025-03-12",
                        "explanation": "“on Wednesday” counted from the publication date, 13 Mar 2025: 12 Mar 2025",
                    }
                ],
            }
        ],
        "next": None,
    }


def test_an_article_without_a_date_has_published_null(client, db):
    undated = make_article(published=None)
    make_event(evidence=[(undated, "On 12 March 2025 troops moved.", "12 March 2025")])
    [mention] = client.get("/events.json").json()["events"][0]["mentions"]
    assert mention["article"]["published"] is None


def test_the_sample_corpus_visit_is_listed_with_its_evidence(client, ingested):
    data = client.get("/events.json").json()
    visit = next(e for e in data["events"] if e["date"]["value"] == "2025-03-12" and "visit" in e["title"].lower())
    assert visit["date"]["granularity"] == "day" and visit["n_articles"] >= 3
    assert all(mention["phrase"] in mention["passage"] for mention in visit["mentions"])


def test_pages_follow_next_until_every_event_is_seen_once(client, db, settings):
    settings.TIMELINE_PAGE_SIZE = 3
    for n in range(8):
        make_event(f"Event {n}", value="2025-03-12" if n < 5 else "2025-03-13", start=datetime.date(2025, 3, 12 if n < 5 else 13))
    seen, url, pages = [], "/events.json", 0
    while url:
        data = client.get(url).json()
        seen += [event["id"] for event in data["events"]]
        url, pages = data["next"], pages + 1
    assert pages == 3
    assert seen == list(Event.objects.visible().order_by("date_start", "id").values_list("id", flat=True))


def test_next_keeps_the_filters(client, db, settings):
    settings.TIMELINE_PAGE_SIZE = 1
    make_event("Pipeline one")
    make_event("Pipeline two")
    make_event("Something else")
    data = client.get("/events.json", {"q": "pipeline"}).json()
    assert "q=pipeline" in data["next"] and data["next"].startswith("http://testserver/events.json?")
    assert [event["title"] for event in client.get(data["next"]).json()["events"]] == ["Pipeline two"]


def test_the_filters_are_the_pages_filters(client, ingested, settings):
    settings.TIMELINE_PAGE_SIZE = 1000
    query = {"date_after": "2025-03-01", "date_before": "2025-03-31"}
    page = client.get("/", query)
    shown = {event.id for group in page.context["groups"] for event in group.events}
    assert {event["id"] for event in client.get("/events.json", query).json()["events"]} == shown


def test_an_event_says_whether_its_date_is_planned_or_only_reported(client, db):
    make_event("Talks in Istanbul", modality="planned")
    make_event("A visit reported by publication", modality="reported", start=datetime.date(2025, 5, 21), value="2025-05-21")
    events = client.get("/events.json").json()["events"]
    assert [event["modality"] for event in events] == ["planned", "reported"]
