"""Arranging a page of events under year and month headings, each ready to be read.

An event dated to a week, month, season or year sits at the start of its span, with
the span named ("whole month"). What each row shows is worked out here, once, so
the template that draws fifty rows a page does little more than print strings.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse

from timeline.dates import format_month
from timeline.models import Event

POINT_GRANULARITIES = ("day", "time")
_BADGES = {
    Event.Modality.PLANNED: ("planned", "planned", "Still to come when the articles were published"),
    Event.Modality.REPORTED: ("reported", "reported", "Reported as having happened by the publication date"),
}


@dataclass(slots=True)
class Entry:
    """One row of the chronology: the event and the strings its row shows."""

    event: Event
    url: str
    dom_id: str
    day: str  # ISO date of the start, for <time datetime>
    date_label: str
    span: str  # "whole month" for a coarse date, else ""
    badges: list[tuple[str, str, str]]  # (class, text, title)


def event_url_maker() -> Callable[[int], str]:
    """A function from an event's id to its page's address, reversing the route once.

    Reversing a route costs more than the rest of a row together; a page has fifty.
    """
    placeholder = 2_147_483_647
    pattern = reverse("timeline:event", args=[placeholder])
    head, _, tail = pattern.partition(str(placeholder))
    return lambda pk: f"{head}{int(pk)}{tail}"


def entry_for(event: Event, url_of: Callable[[int], str]) -> Entry:
    articles = f"{event.n_articles} article{'' if event.n_articles == 1 else 's'}"
    badges = [("articles", articles, "Articles that support this event")]
    if event.modality in _BADGES:
        badges.append(_BADGES[event.modality])
    if event.conflict:
        badges.append(("conflict", "conflicting dates", "Sources give different dates"))
    if event.status in (Event.Status.CONFIRMED, Event.Status.REJECTED):
        badges.append((event.status, event.status, ""))
    coarse = event.granularity not in POINT_GRANULARITIES
    return Entry(
        event=event,
        url=url_of(event.pk),
        dom_id=f"event-{event.pk}",
        day=event.date_start.isoformat(),
        date_label=event.date_label,
        span=f"whole {event.granularity}" if coarse else "",
        badges=badges,
    )


@dataclass
class MonthGroup:
    year: int
    month: int
    label: str
    new_year: bool
    continued: bool = False  # the month's heading is already on screen
    events: list[Event] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


def group_by_month(
    events: list[Event], continuing_from: datetime.date | None = None
) -> list[MonthGroup]:
    """Consecutive events grouped by the month their interval starts in.

    ``continuing_from`` is the start of the last event already shown (a later page),
    so a heading that is already on screen is not repeated as a new year.
    """
    groups: list[MonthGroup] = []
    previous_year = continuing_from.year if continuing_from else None
    previous_key = (continuing_from.year, continuing_from.month) if continuing_from else None
    url_of = event_url_maker()
    for event in events:
        key = (event.date_start.year, event.date_start.month)
        if not groups or (groups[-1].year, groups[-1].month) != key:
            groups.append(
                MonthGroup(
                    year=key[0],
                    month=key[1],
                    label=format_month(event.date_start),
                    new_year=key[0] != previous_year,
                    continued=key == previous_key,
                )
            )
            previous_year = key[0]
        groups[-1].events.append(event)
        groups[-1].entries.append(entry_for(event, url_of))
    return groups
