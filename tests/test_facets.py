"""Facets: each filter value with the number of events it would show, given the other filters."""

import datetime

import pytest
from django.urls import reverse

from timeline.facets import CappedCount, count_up_to
from timeline.models import Article, Entity, Event, Mention, Passage

OVERVIEW = reverse("timeline:overview")


@pytest.fixture
def events(db):
    kursk = Entity.objects.create(name="Kursk", kind="place")
    kyiv = Entity.objects.create(name="Kyiv", kind="place")
    made = []
    for day, granularity, place, n_articles in [
        (1, "day", kursk, 1), (2, "day", kursk, 2), (3, "week", kyiv, 2), (4, "month", kyiv, 5),
    ]:
        start = datetime.date(2025, 3, day)
        event = Event.objects.create(
            title=f"Event {day}", date_value=start.isoformat(), date_start=start, date_end=start,
            granularity=granularity, n_articles=n_articles,
        )
        event.entities.add(place)
        made.append(event)
    Event.objects.create(
        title="Rejected", date_value="2025-03-05", date_start=datetime.date(2025, 3, 5),
        date_end=datetime.date(2025, 3, 5), granularity="day", status="rejected", n_articles=1,
    )
    return {"kursk": kursk, "kyiv": kyiv}


def facet(response, name):
    return {value.label: value for f in response.context["facets"] if f.name == name for value in f.values}


def test_each_value_counts_the_events_it_would_show(client, events):
    response = client.get(OVERVIEW)
    assert {label: str(v.count) for label, v in facet(response, "granularity").items()} == {"day": "2", "week": "1", "month": "1"}
    assert {label: str(v.count) for label, v in facet(response, "place").items()} == {"Kursk": "2", "Kyiv": "2"}
    assert {label: str(v.count) for label, v in facet(response, "min_articles").items()} == {"2 or more": "3", "3 or more": "1", "5 or more": "1"}


def test_a_facet_counts_on_the_other_filters_not_its_own(client, events):
    response = client.get(OVERVIEW, {"place": events["kyiv"].pk})
    assert {label: str(v.count) for label, v in facet(response, "granularity").items()} == {"week": "1", "month": "1"}
    places = facet(response, "place")
    assert str(places["Kursk"].count) == "2", "choosing Kyiv does not hide the count of Kursk"
    assert places["Kyiv"].selected and not places["Kursk"].selected


def test_rejected_events_are_counted_in_the_status_facet_only(client, events):
    response = client.get(OVERVIEW)
    assert str(facet(response, "status")["rejected"].count) == "1"
    assert sum(v.count.value for v in facet(response, "granularity").values()) == 4


def test_a_value_links_to_the_page_with_it_chosen_and_a_chosen_value_links_to_its_removal(client, events):
    response = client.get(OVERVIEW, {"granularity": "day", "q": ""})
    values = facet(response, "granularity")
    assert values["day"].url == "?" and values["day"].selected
    response = client.get(OVERVIEW, {"q": "Event"})
    assert facet(response, "granularity")["week"].url == "?q=Event&granularity=week"


def test_values_with_no_event_are_left_out(client, events):
    assert "decade" not in facet(client.get(OVERVIEW), "granularity")


def test_a_count_stops_at_its_limit(events):
    assert count_up_to(Event.objects.all(), limit=3) == CappedCount(3, capped=True)
    assert str(count_up_to(Event.objects.all(), limit=3)) == "3+"
    assert count_up_to(Event.objects.all(), limit=10) == CappedCount(5)


def test_the_overview_is_a_page_of_its_own_without_javascript(client, events):
    html = client.get(OVERVIEW, {"place": events["kursk"].pk}).content.decode()
    assert "<html" in html and "Back to the timeline" in html and "<svg" in html
    htmx = client.get(OVERVIEW, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in htmx and 'id="facets" class="facets" hx-swap-oob="true"' in htmx


def test_values_left_when_the_time_budget_is_spent_are_listed_without_a_count(client, events, monkeypatch):
    monkeypatch.setattr("timeline.facets.TIME_BUDGET", 0)
    monkeypatch.setattr("timeline.facets.COUNT_LIMIT", 1)  # as if the timeline were large
    response = client.get(OVERVIEW)
    granularity = facet(response, "granularity")
    assert granularity and all(value.count is None for value in granularity.values())
    assert "Not counted: counting took too long" in response.content.decode()


def test_a_small_timeline_is_counted_in_full_however_loaded_the_server(client, events, monkeypatch):
    monkeypatch.setattr("timeline.facets.TIME_BUDGET", 0)
    response = client.get(OVERVIEW)
    granularity = facet(response, "granularity")
    assert granularity and all(value.count is not None for value in granularity.values())
    assert "Not counted" not in response.content.decode()


def test_an_outlet_counts_an_event_once_however_many_of_its_passages_support_it(client, events):
    event = Event.objects.get(title="Event 1")
    for n in range(2):
        article = Article.objects.create(title=f"Wire {n}", outlet="Wire", raw_text="", content_hash=f"w{n}")
        passage = Passage.objects.create(article=article, position=0, start=0, end=10, text="It happened.")
        Mention.objects.create(
            passage=passage, event=event, phrase_start=0, phrase_end=2, phrase="It",
            value=event.date_value, date_start=event.date_start, date_end=event.date_end, granularity="day",
        )
    assert str(facet(client.get(OVERVIEW), "outlet")["Wire"].count) == "1"
