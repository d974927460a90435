"""The overview chart: events per period, drawn on the server as SVG, each bar a link."""

import datetime

import pytest
from django.urls import reverse

from timeline.charts import periods_between
from timeline.models import Event

OVERVIEW = reverse("timeline:overview")


def make(title, start, end=None, granularity="day", **extra):
    return Event.objects.create(
        title=title, date_value=start.isoformat(), date_start=start, date_end=end or start,
        granularity=granularity, n_articles=1, **extra,
    )


def test_short_ranges_are_drawn_by_week_longer_by_month_then_by_year():
    unit, periods = periods_between(datetime.date(2025, 3, 12), datetime.date(2025, 4, 2))
    assert unit == "week" and periods[0] == (datetime.date(2025, 3, 10), datetime.date(2025, 3, 16))
    unit, periods = periods_between(datetime.date(2024, 9, 5), datetime.date(2025, 3, 1))
    assert unit == "month" and periods[0][0] == datetime.date(2024, 9, 1) and periods[-1][1] == datetime.date(2025, 3, 31)
    unit, periods = periods_between(datetime.date(1990, 5, 1), datetime.date(2025, 3, 1))
    assert unit == "year" and len(periods) == 36


def test_very_long_ranges_are_drawn_by_decade():
    unit, periods = periods_between(datetime.date(1000, 1, 1), datetime.date(2025, 1, 1))
    assert unit == "decade" and len(periods) <= 110


@pytest.mark.django_db
def test_each_bar_counts_the_events_starting_in_its_period_and_links_to_it(client):
    make("Monday", datetime.date(2025, 3, 10))
    make("Tuesday", datetime.date(2025, 3, 11))
    make("March", datetime.date(2025, 3, 1), datetime.date(2025, 3, 31), "month")
    make("April", datetime.date(2025, 4, 2))
    chart = client.get(OVERVIEW).context["chart"]
    assert chart.unit == "week"
    bars = {bar.start: bar for bar in chart.bars}
    week = bars[datetime.date(2025, 3, 10)]
    assert week.count == 2 and week.description == "week of 10 Mar 2025: 2 events"
    assert bars[datetime.date(2025, 2, 24)].count == 1, "the month sits at its start"
    assert week.url == "?date_after=2025-03-10&date_before=2025-03-16"
    listed = client.get(reverse("timeline:index") + week.url).context["groups"]
    titles = [event.title for group in listed for event in group.events]
    assert titles == ["March", "Monday", "Tuesday"], "the link shows the period by overlap"


@pytest.mark.django_db
def test_the_chart_reflects_the_other_filters_and_zooms_into_the_date_range(client):
    make("Visit", datetime.date(2025, 3, 12))
    make("Strike", datetime.date(2024, 3, 12), granularity="day")
    make("Planned", datetime.date(2025, 3, 20), modality="planned")
    chart = client.get(OVERVIEW, {"q": "visit"}).context["chart"]
    assert sum(bar.count for bar in chart.bars) == 1
    chart = client.get(OVERVIEW, {"date_after": "2025-03-01", "date_before": "2025-03-31"}).context["chart"]
    assert chart.unit == "week" and sum(bar.count for bar in chart.bars) == 2
    assert [bar.label for bar in chart.bars][0] == "week of 24 Feb 2025", "weeks start on Monday"


@pytest.mark.django_db
def test_bars_are_labelled_for_screen_readers_and_escaped(client):
    make("<b>Visit</b>", datetime.date(2025, 3, 12))
    html = client.get(OVERVIEW, {"q": '"><script>'}).content.decode()
    assert "<script>" not in html.split("<body")[1]
    html = client.get(OVERVIEW).content.decode()
    assert 'aria-label="week of 10 Mar 2025: 1 event"' in html and "<title>week of 10 Mar 2025: 1 event</title>" in html


@pytest.mark.django_db
def test_no_events_no_chart(client):
    assert client.get(OVERVIEW).context["chart"] is None


@pytest.mark.django_db
def test_bars_left_when_the_time_budget_is_spent_say_they_were_not_counted(client, monkeypatch):
    monkeypatch.setattr("timeline.charts.TIME_BUDGET", 0)
    monkeypatch.setattr("timeline.charts.READ_AT_ONCE", 0)  # as if the range held too many to read
    make("Visit", datetime.date(2025, 3, 12))
    chart = client.get(OVERVIEW).context["chart"]
    assert chart.bars and all(bar.count is None for bar in chart.bars)
    html = client.get(OVERVIEW).content.decode()
    assert "1 week (hatched) not counted" in html
    assert chart.uncounted == len(chart.bars) and "not counted." in chart.summary


@pytest.mark.django_db
def test_a_range_of_few_events_is_counted_in_one_query_whatever_the_time(monkeypatch, django_assert_num_queries):
    from timeline.charts import events_per_period

    monkeypatch.setattr("timeline.charts.TIME_BUDGET", 0)  # a loaded server: no time for a bar apart
    for day in (datetime.date(2022, 2, 24), datetime.date(2025, 3, 12), datetime.date(2025, 3, 13), datetime.date(2025, 5, 20)):
        make("Visit", day)
    with django_assert_num_queries(3):  # the first and last start, then the days between
        chart = events_per_period(Event.objects.all(), None, None)
    assert chart.uncounted == 0 and sum(bar.count for bar in chart.bars) == 4
    assert [bar.count for bar in chart.bars if bar.label == "March 2025"] == [2]


@pytest.mark.parametrize("n_periods", [1, 3])
def test_a_few_bars_keep_a_bars_width_and_stand_in_the_middle(n_periods):
    from timeline.charts import MIN_SLOTS, WIDTH, _layout

    first = datetime.date(2025, 3, 3)
    periods = [(first + datetime.timedelta(weeks=n), first + datetime.timedelta(weeks=n, days=6)) for n in range(n_periods)]
    chart = _layout("week", periods, [1] * n_periods, {})
    assert all(bar.width < WIDTH / MIN_SLOTS for bar in chart.bars)
    left, right = chart.bars[0].x, WIDTH - (chart.bars[-1].x + chart.bars[-1].width)
    assert abs(left - right) < 1 and left > WIDTH / 3


@pytest.mark.parametrize("n_periods", [3, 12, 40])
def test_ticks_a_phone_hides_are_those_too_close_to_the_one_before(n_periods):
    from timeline.charts import PHONE_TICK_SPACING, _layout

    first = datetime.date(2025, 3, 3)
    periods = [(first + datetime.timedelta(weeks=n), first + datetime.timedelta(weeks=n, days=6)) for n in range(n_periods)]
    chart = _layout("week", periods, [1] * n_periods, {})
    shown = [bar.x for bar in chart.bars if bar.tick and not bar.minor]
    assert shown and all(b - a >= PHONE_TICK_SPACING for a, b in zip(shown, shown[1:]))
    assert len(shown) >= min(2, n_periods), "a phone still reads two ticks or more"
