"""The overview above the list: how many events each period holds, as a server-drawn SVG.

A period's count is the number of events that start in it, as the chronology places
each event at the start of its span: the bar for March counts the events listed under
the March heading. (Clicking it filters to March by overlap, so an event that began in
February and runs into March is listed too.) Counting by start reads each index entry
of the range once; counting by overlap would read a year of the index again for every
bar, since an event may have begun up to its span before the period. The period is a
week when the range is short, a month for a few years, a year beyond that.

A range of up to ``READ_AT_ONCE`` events is counted from one read of their start days.
A larger one is counted bar by bar, and counting stops when ``TIME_BUDGET`` seconds are
spent (a text search over a million events can take that long for one bar); the bars
left are drawn as not counted. The geometry is computed here; the template draws it, so
every label goes through the template engine's escaping.
"""

from __future__ import annotations

import dataclasses
import datetime
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from collections.abc import Mapping

from django.db.models import F, QuerySet

from timeline.dates import format_day, format_month
from timeline.models import Event
from timeline.urlstate import query_with

WIDTH = 720
HEIGHT = 132
PLOT_TOP = 8
PLOT_BOTTOM = 108  # the axis; labels go below it
WEEKS_UP_TO_DAYS = 120
MONTHS_UP_TO_DAYS = 366 * 6
MAX_BARS = 80
MIN_SLOTS = 12  # fewer bars than this are drawn as narrow as this many
TIME_BUDGET = 0.4


@dataclass(frozen=True, slots=True)
class Bar:
    start: datetime.date
    end: datetime.date  # inclusive
    label: str
    count: int | None  # None: not counted, the time budget was spent
    x: float
    width: float
    y: float
    height: float
    tick: str  # axis text under the bar, often empty
    url: str  # the page's query string narrowed to this period
    minor: bool = False  # a tick too close to the one before for a phone's width

    @property
    def left_percent(self) -> float:
        return round(100 * self.x / WIDTH, 2)

    @property
    def description(self) -> str:
        if self.count is None:
            return f"{self.label}: not counted (counting took too long)"
        return f"{self.label}: {self.count:,} event{'' if self.count == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class Chart:
    unit: str  # week, month or year
    bars: list[Bar]
    peak: int
    width: int = WIDTH
    height: int = HEIGHT
    axis_y: int = PLOT_BOTTOM

    @property
    def uncounted(self) -> int:
        """Bars left uncounted when the time budget ran out."""
        return sum(bar.count is None for bar in self.bars)

    @property
    def summary(self) -> str:
        first, last = self.bars[0], self.bars[-1]
        text = f"Events by the {self.unit} they start in, {first.label} to {last.label}; the busiest {self.unit} has {self.peak:,}."
        if self.uncounted:
            text += f" {self.uncounted} {self.unit}{'' if self.uncounted == 1 else 's'} not counted."
        return text


def events_per_period(
    events: QuerySet[Event], after: datetime.date | None, before: datetime.date | None, params: Mapping = {}
) -> Chart | None:
    """Bars for ``events`` (filtered by everything but the date range) over [after, before].

    An open end of the range is closed by the earliest or latest event. None when
    there is nothing to draw.
    """
    first, last = after, before
    days = _start_days(events)
    if first is None:
        first = days.order_by("start_day").first()
    if last is None:
        last = days.order_by("-start_day").first()
    if first is None or last is None or first > last:
        return None
    unit, periods = periods_between(first, last)
    counts = _counts_read_at_once(events, periods)
    if counts is None:
        deadline = time.monotonic() + TIME_BUDGET
        counts = [
            _count_starting(events, start, end) if time.monotonic() < deadline else None for start, end in periods
        ]
    return _layout(unit, periods, counts, params)


def _start_days(events: QuerySet[Event]) -> QuerySet:
    """The events' start days, as ``start_day``: from an entity's chronology, when the
    events are read from one, whose index then orders and bounds them."""
    return events.annotate(start_day=F(events.column("date_start"))).order_by().values_list("start_day", flat=True)


# Up to this many events in the chart's range are read at once and counted here: one query,
# where counting each bar apart costs one query per bar.
READ_AT_ONCE = 5000


def _counts_read_at_once(events: QuerySet[Event], periods: list[tuple[datetime.date, datetime.date]]) -> list[int] | None:
    """Each period's count from one read of the range's start days; None when the range
    holds more than READ_AT_ONCE events (each bar is then counted by the database)."""
    days = list(_start_days(events).filter(start_day__gte=periods[0][0], start_day__lte=periods[-1][1])[: READ_AT_ONCE + 1])
    if len(days) > READ_AT_ONCE:
        return None
    days.sort()
    return [bisect_right(days, end) - bisect_left(days, start) for start, end in periods]


def periods_between(first: datetime.date, last: datetime.date) -> tuple[str, list[tuple[datetime.date, datetime.date]]]:
    """Consecutive calendar periods (inclusive ends) covering first..last, at most MAX_BARS."""
    days = (last - first).days
    if days <= WEEKS_UP_TO_DAYS:
        start = first - datetime.timedelta(days=first.weekday())
        periods = []
        while start <= last:
            # The calendar ends on 31 Dec 9999: the last week stops there.
            end = min(start, datetime.date.max - datetime.timedelta(days=6)) + datetime.timedelta(days=6)
            periods.append((start, end))
            if end == datetime.date.max:
                break
            start = end + datetime.timedelta(days=1)
        return "week", periods
    if days <= MONTHS_UP_TO_DAYS:
        periods, start = [], first.replace(day=1)
        while start <= last:
            if start.year == datetime.MAXYEAR and start.month == 12:
                periods.append((start, datetime.date.max))
                break
            following = _next_month(start)
            periods.append((start, following - datetime.timedelta(days=1)))
            start = following
        return "month", periods
    step = 1
    while (last.year - first.year) // step + 1 > MAX_BARS:
        step *= 10
    year = first.year - first.year % step
    periods = []
    while year <= last.year:
        periods.append((datetime.date(max(year, 1), 1, 1), datetime.date(min(year + step - 1, 9999), 12, 31)))
        year += step
    return ("year" if step == 1 else "decade"), periods


def _next_month(day: datetime.date) -> datetime.date:
    return day.replace(year=day.year + 1, month=1) if day.month == 12 else day.replace(month=day.month + 1)


def _count_starting(events, start, end) -> int:
    day = events.column("date_start")
    return events.filter(**{f"{day}__gte": start, f"{day}__lte": end}).order_by().count()


def _label(unit: str, start: datetime.date, end: datetime.date) -> str:
    if unit == "week":
        return f"week of {format_day(start)}"
    if unit == "month":
        return format_month(start)
    if unit == "decade":
        return f"{start.year}s"
    return str(start.year)


def _tick(unit: str, index: int, start: datetime.date, n_bars: int) -> str:
    """Axis text, sparse enough to stay readable."""
    if unit == "week":
        every = max(1, n_bars // 6)
        return f"{start.day} {start.strftime('%b')}" if index % every == 0 else ""
    if unit == "month":
        if n_bars <= 14:
            return start.strftime("%b")
        return str(start.year) if start.month == 1 or index == 0 else ""
    every = max(1, n_bars // 8)
    return str(start.year) if index % every == 0 else ""


def _layout(unit, periods, counts, params) -> Chart:
    peak = max((count for count in counts if count is not None), default=0)
    # A few periods get bars of a bar's usual width, centred, rather than blocks that fill
    # the chart: one week's bar as wide as the page reads as anything but a bar.
    slot = WIDTH / max(len(periods), MIN_SLOTS)
    offset = (WIDTH - slot * len(periods)) / 2
    gap = min(2.0, slot * 0.2)
    plot_height = PLOT_BOTTOM - PLOT_TOP
    bars = []
    for index, ((start, end), count) in enumerate(zip(periods, counts)):
        if count is None:
            height = float(plot_height)
        else:
            height = 0.0 if peak == 0 else max(1.5 if count else 0.0, plot_height * count / peak)
        bars.append(
            Bar(
                start=start,
                end=end,
                label=_label(unit, start, end),
                count=count,
                x=round(offset + index * slot + gap / 2, 2),
                width=round(slot - gap, 2),
                y=round(PLOT_BOTTOM - height, 2),
                height=round(height, 2),
                tick=_tick(unit, index, start, len(periods)),
                url=query_with(params, date_after=start.isoformat(), date_before=end.isoformat()),
            )
        )
    return Chart(unit=unit, bars=_thin_ticks(bars), peak=peak)


# At a phone's width the chart is about 360 px wide, and a tick ("24 Feb") needs about 40.
PHONE_TICK_SPACING = WIDTH * 0.12


def _thin_ticks(bars: list[Bar]) -> list[Bar]:
    """Mark the ticks that would run into the one before them on a phone."""
    thinned, last = [], None
    for bar in bars:
        if bar.tick and last is not None and bar.x - last < PHONE_TICK_SPACING:
            bar = dataclasses.replace(bar, minor=True)
        elif bar.tick:
            last = bar.x
        thinned.append(bar)
    return thinned
