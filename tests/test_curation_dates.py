"""An editor dates an event: a TIMEX3 value or a day at a granularity, validated, kept."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry

from timeline import curation
from timeline.timex_values import InvalidTimexValue, stretch_at, stretch_of_value
from tests.curation_world import event_with_mentions, make_editor


@pytest.mark.parametrize(
    "value, granularity, first, last",
    [
        ("2025-03-12", "day", "2025-03-12", "2025-03-12"),
        ("2025-W11", "week", "2025-03-10", "2025-03-16"),
        ("2025-03", "month", "2025-03-01", "2025-03-31"),
        ("2024-SU", "season", "2024-06-21", "2024-09-22"),
        ("2024-WI", "season", "2024-12-21", "2025-03-20"),
        ("2025-Q1", "quarter", "2025-01-01", "2025-03-31"),
        ("2025-H2", "half", "2025-07-01", "2025-12-31"),
        ("2024", "year", "2024-01-01", "2024-12-31"),
        ("199", "decade", "1990-01-01", "1999-12-31"),
        ("19", "century", "1900-01-01", "1999-12-31"),
        (" 2025-w11 ", "week", "2025-03-10", "2025-03-16"),
    ],
)
def test_a_timex_value_names_a_stretch_of_the_calendar(value, granularity, first, last):
    stretch = stretch_of_value(value)
    assert (stretch.granularity, stretch.first.isoformat(), stretch.last.isoformat()) == (granularity, first, last)


@pytest.mark.parametrize(
    "value, reason",
    [
        ("2025-13", "Month 13 does not exist"),
        ("2025-02-30", "not on the calendar"),
        ("2025-W60", "Week 60 does not exist"),
        ("2021-W53", "not on the calendar"),
        ("0000", "not on the calendar"),
        ("last week", "“last week” is not a TIMEX3 date value"),
        ("", "Give a date value"),
    ],
)
def test_a_value_that_is_not_a_date_is_refused_with_a_reason(value, reason):
    with pytest.raises(InvalidTimexValue, match=reason):
        stretch_of_value(value)


@pytest.mark.parametrize(
    "granularity, value",
    [("day", "2025-03-12"), ("week", "2025-W11"), ("month", "2025-03"), ("season", "2024-WI"),
     ("quarter", "2025-Q1"), ("half", "2025-H1"), ("year", "2025"), ("decade", "202")],
)
def test_a_day_at_a_granularity_is_the_stretch_holding_it(granularity, value):
    assert stretch_at(datetime.date(2025, 3, 12), granularity).value == value


def test_setting_a_date_derives_the_interval_marks_it_and_records_it(db):
    editor = make_editor()
    event = event_with_mentions("Talks", "2025-03-12", [("Talks began on Wednesday.", "on Wednesday")], conflict=True)
    curation.set_event_date(event, "2025-W11", editor)
    event.refresh_from_db()
    assert (event.date_value, event.granularity) == ("2025-W11", "week")
    assert (event.date_start, event.date_end) == (datetime.date(2025, 3, 10), datetime.date(2025, 3, 16))
    assert event.edited_fields == ["date"]
    assert event.conflict is False
    entry = LogEntry.objects.get(object_id=str(event.pk))
    assert entry.user == editor
    assert entry.get_change_message() == "Date set to week of 10 Mar 2025 (2025-W11; was 12 Mar 2025)."


def test_setting_a_day_at_a_granularity(db):
    event = event_with_mentions("Talks", "2025-03-12", [("Talks began on Wednesday.", "on Wednesday")])
    curation.set_event_day(event, datetime.date(2025, 3, 12), "month", make_editor())
    event.refresh_from_db()
    assert (event.date_value, event.date_label) == ("2025-03", "March 2025")


class TestTheAdminDateForm:
    @pytest.fixture
    def event(self, db):
        return event_with_mentions("Talks", "2025-03-12", [("Talks began on Wednesday.", "on Wednesday")])

    def post(self, client, event, **fields):
        client.force_login(make_editor())
        form = {"title": event.title, "status": event.status, "modality": event.modality,
                "confidence": event.confidence, "date_value": event.date_value, "date_granularity": "day",
                "mentions-TOTAL_FORMS": "1", "mentions-INITIAL_FORMS": "1",
                "mentions-MIN_NUM_FORMS": "0", "mentions-MAX_NUM_FORMS": "1000",
                "mentions-0-id": str(event.mentions.get().pk), "mentions-0-event": str(event.pk)}
        form.update(fields)
        return client.post(f"/admin/timeline/event/{event.pk}/change/", form)

    def test_a_timex_value(self, client, event):
        response = self.post(client, event, date_value="2024-SU")
        assert response.status_code == 302, response.content.decode()[:3000]
        event.refresh_from_db()
        assert (event.date_value, event.granularity, event.date_start) == ("2024-SU", "season", datetime.date(2024, 6, 21))
        assert event.edited_fields == ["date"]
        assert LogEntry.objects.get(object_id=str(event.pk)).get_change_message() == "Date set to summer 2024 (2024-SU)."

    def test_a_day_and_a_granularity(self, client, event):
        response = self.post(client, event, date_day="2025-03-12", date_granularity="week")
        assert response.status_code == 302
        event.refresh_from_db()
        assert (event.date_value, event.date_label) == ("2025-W11", "week of 10 Mar 2025")

    def test_a_bad_value_is_a_clear_form_error(self, client, event):
        response = self.post(client, event, date_value="2025-13")
        assert response.status_code == 200
        assert "Month 13 does not exist" in response.content.decode()
        event.refresh_from_db()
        assert event.date_value == "2025-03-12" and event.edited_fields == []

    def test_an_unchanged_date_is_not_marked_as_the_editors(self, client, event):
        assert self.post(client, event, title="Talks in Riyadh").status_code == 302
        event.refresh_from_db()
        assert event.edited_fields == ["title"]
