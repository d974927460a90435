"""An event's evidence: every supporting passage, the date phrase marked, the date explained."""

import datetime

from timeline.models import Event, Mention


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
    lead = Mention.objects.get(rule="lead-reported", anchor=datetime.date(2025, 5, 21))
    html = client.get(f"/events/{lead.event_id}/").content.decode()
    assert "<mark></mark>" not in html
    assert "No date in the lead: reported by 21 May 2025, the publication date" in html


def test_a_conflicting_event_names_the_accounts_it_disagrees_with(client, db, tmp_path):
    from timeline.ingest.pipeline import ingest_paths

    texts = {
        "a.txt": "Lead.\nUkrainian drones struck the Ryazan oil refinery and its storage tanks on Tuesday.",
        "b.txt": "Lead.\nUkrainian drones struck the Ryazan oil refinery and its storage tanks on Monday.",
        "c.txt": "Lead.\nThe parliament in Kyiv approved a new budget on Monday.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ingest_paths([tmp_path / name for name in texts], published=datetime.date(2025, 3, 13))
    tuesday = Event.objects.get(date_value="2025-03-11", conflict=True)
    monday = Event.objects.get(date_value="2025-03-10", conflict=True)
    html = client.get(tuesday.get_absolute_url()).content.decode()
    assert "Sources disagree on the date." in html
    assert f'<a href="{monday.get_absolute_url()}">{monday.title}</a> <span class="hint">10 Mar 2025</span>' in html
    assert "budget" not in html, "an unlike event the same day is no rival"
    assert tuesday.get_absolute_url() in client.get(monday.get_absolute_url()).content.decode()


def test_an_event_whose_own_sources_disagree_says_which_days_they_give(client, db):
    from tests.exports_world import make_article, make_event

    event = make_event("Putin visits Kursk", conflict=True, evidence=[
        (make_article("Wire"), "Putin visited Kursk on Wednesday.", "Wednesday"),
    ])
    Mention.objects.create(
        passage=event.mentions.get().passage, event=event, phrase_start=0, phrase_end=5, phrase="Putin",
        value="2025-03-11", date_start=datetime.date(2025, 3, 11), date_end=datetime.date(2025, 3, 11),
        granularity="day", anchor=datetime.date(2025, 3, 13), clause_start=0, clause_end=10,
    )
    html = client.get(event.get_absolute_url()).content.decode()
    assert "This event's sources give 11 Mar 2025 and 12 Mar 2025." in html
    assert "Sources disagree" not in client.get(make_event("Calm").get_absolute_url()).content.decode()


def back_link(html: str) -> str:
    import re

    return re.search(r'<p class="back"><a href="([^"]*)"', html).group(1)


def test_back_to_the_timeline_returns_to_its_filters_when_the_reader_came_from_them(client, ingested):
    url = f"/events/{visit().pk}/"
    came_from = lambda referer: back_link(client.get(url, headers={"Referer": referer}).content.decode())  # noqa: E731
    assert came_from("http://testserver/?q=Kursk&granularity=day") == "/?q=Kursk&amp;granularity=day"
    assert came_from("http://testserver/") == "/"
    assert came_from("http://elsewhere.example/?q=Kursk") == "/", "another site's address is not followed"
    assert came_from("http://testserver/events.csv?q=Kursk") == "/"
    assert came_from("http://testserver/?q=%22%3E%3Cscript%3E") == "/?q=%22%3E%3Cscript%3E"
    assert came_from('http://testserver/?q="><b>x') == "/?q=&quot;&gt;&lt;b&gt;x", "escaped as any text"
    assert back_link(client.get(url).content.decode()) == "/"
