"""Arranging a page of events under year and month headings."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from timeline.dates import format_month
from timeline.models import Event


@dataclass
class MonthGroup:
    year: int
    month: int
    label: str
    new_year: bool
    continued: bool = False  # the month's heading is already on screen
    events: list[Event] = field(default_factory=list)


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
    return groups
