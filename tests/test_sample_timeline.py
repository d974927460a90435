"""The sample corpus read as a chronology: each happening once, with the right date."""

import datetime

import pytest

from timeline.models import Event

D = datetime.date


def events_matching(*words, value=None):
    """Visible events whose title or statements (the clauses that date them) hold every word."""
    found = []
    for event in Event.objects.visible().prefetch_related("mentions__passage"):
        statements = [m.passage.text[m.clause_start : m.clause_end] for m in event.mentions.all()]
        text = " ".join([event.title, *statements]).lower()
        if all(word.lower() in text for word in words) and (value is None or event.date_value == value):
            found.append(event)
    return found


@pytest.mark.parametrize(
    "words, value, granularity",
    [
        (("full-scale invasion",), "2022-02", "month"),
        (("launched its operation",), "2024-08", "month"),
        (("we do not need a truce",), "2024-12", "month"),
        (("freeze u.s. intelligence",), "2025-W10", "week"),
        (("breakthrough attack",), "2025-03-08", "day"),
        (("delegation met in saudi arabia",), "2025-03-11", "day"),
        (("visited", "command post"), "2025-03-12", "day"),
        (("witkoff",), "2025-W11", "week"),
        (("counterattack",), "2025-03", "month"),
    ],
)
def test_each_happening_is_one_event_with_its_date(ingested, words, value, granularity):
    [event] = events_matching(*words)
    assert (event.date_value, event.granularity) == (value, granularity)


def test_the_incursion_is_one_event_in_august_2024_backed_by_three_articles(ingested):
    [event] = events_matching("incursion")
    assert event.date_value == "2024-08"
    assert event.n_articles == 3  # "last August" twice, "last year" and "last summer" besides
    assert {m.value for m in event.mentions.all()} == {"2024-08", "2024", "2024-SU"}


def test_the_command_post_visit_is_backed_by_four_articles(ingested):
    [event] = events_matching("visited", "command post")
    assert event.n_articles == 4
    assert event.modality == "occurred"
    assert len(event.title) <= 100 and "Putin" in event.title and "Kursk" in event.title
    assert not event.title.lower().startswith("in a significant")


def test_the_envoys_trip_is_planned_and_told_by_two_articles(ingested):
    [event] = events_matching("witkoff")
    assert event.modality == "planned" and event.n_articles == 2


def test_the_may_visit_is_dated_by_its_report(ingested):
    [event] = events_matching("official visit to the kursk region")
    assert event.modality == "reported"
    assert event.date_start == D(2025, 5, 21)
    assert event.confidence < 0.5


def test_titles_are_short_and_free_of_relative_dates(ingested):
    for event in Event.objects.all():
        assert len(event.title) <= 100
        assert "last August" not in event.title and "on Wednesday" not in event.title


def test_events_name_their_people_and_places(ingested):
    [event] = events_matching("visited", "command post")
    names = {entity.name for entity in event.entities.all()}
    assert {"Vladimir Putin", "Kursk"} <= names
    [witkoff] = events_matching("witkoff")
    assert "Steve Witkoff" in {e.name for e in witkoff.entities.all()}
