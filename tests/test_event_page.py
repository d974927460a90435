"""An event's evidence: every supporting passage, the date phrase marked, the date explained."""

import datetime

from timeline.models import Event


def visit(ingested_db=None):
    return next(e for e in Event.objects.filter(date_value="2025-03-12") if "visit" in e.title.lower())


def test_the_permalink_shows_each_passage_with_its_phrase_marked(client, ingested):
    event = visit()
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert html.count('<li class="passage">') == event.mentions.count()
    assert "on <mark>Wednesday</mark>" in html
    assert "<mark>late Wednesday</mark>" in html
    assert "counted from the publication date, 13 Mar 2025: 12 Mar 2025" in html
    assert "Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops" in html


def test_htmx_loads_the_evidence_in_place(client, ingested):
    event = visit()
    html = client.get(f"/events/{event.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert html.lstrip().startswith('<div class="evidence">') and "<html" not in html


def test_an_unknown_event_is_not_found(client, db):
    assert client.get("/events/424242/").status_code == 404


def test_the_timeline_links_each_event_to_its_evidence(client, ingested):
    event = visit()
    html = client.get("/").content.decode()
    assert f'hx-get="/events/{event.pk}/"' in html and f'href="/events/{event.pk}/"' in html


def test_dates_of_the_evidence_are_the_articles_publication_dates(client, ingested):
    event = visit()
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert "published 12 Mar 2025" in html and "published 13 Mar 2025" in html
    assert event.date_start == datetime.date(2025, 3, 12)


def test_the_evidence_lists_the_events_actors_and_places_as_filters(client, db):
    from timeline.models import Entity

    event = Event.objects.create(
        title="Visit", date_value="2025-03-12", date_start=datetime.date(2025, 3, 12),
        date_end=datetime.date(2025, 3, 12), granularity="day", n_articles=1,
    )
    putin = Entity.objects.create(name="Vladimir Putin", kind="person")
    kursk = Entity.objects.create(name="Kursk", kind="place")
    event.entities.set([putin, kursk])
    html = client.get(f"/events/{event.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert f'href="/?actor={putin.pk}"' in html and f'href="/?place={kursk.pk}"' in html


def test_the_permalink_page_shows_badges_and_the_date_span(client, db):
    event = Event.objects.create(
        title="Talks", date_value="2025-W12", date_start=datetime.date(2025, 3, 17),
        date_end=datetime.date(2025, 3, 23), granularity="week", n_articles=2, modality="planned", conflict=True,
    )
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert "week of 17 Mar 2025" in html and "whole week" in html
    assert "badge planned" in html and "conflicting dates" in html and "2 articles" in html


def test_a_lead_dated_by_its_report_shows_its_passage_without_an_empty_highlight(client, ingested):
    from timeline.models import Mention

    lead = Mention.objects.get(rule="lead-reported", anchor=datetime.date(2025, 5, 21))
    html = client.get(f"/events/{lead.event_id}/").content.decode()
    assert "<mark></mark>" not in html
    assert "No date in the lead: reported by 21 May 2025, the publication date" in html
