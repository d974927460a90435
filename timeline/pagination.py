"""Keyset pagination over the chronology (date_start, id): never OFFSET.

The cursor names the last event shown, "2025-03-12.42"; the next page starts after it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from timeline.models import Event

CURSOR_PARAM = "after"


@dataclass(frozen=True, slots=True)
class Cursor:
    date_start: datetime.date
    id: int

    def __str__(self) -> str:
        return f"{self.date_start.isoformat()}.{self.id}"

    @classmethod
    def parse(cls, raw: str | None) -> Cursor | None:
        if not raw:
            return None
        day, _, pk = raw.partition(".")
        try:
            return cls(datetime.date.fromisoformat(day), int(pk))
        except ValueError:
            return None

    @classmethod
    def of(cls, event) -> Cursor:
        """The cursor after ``event``: an Event, or a row with its ``date_start`` and ``id``."""
        return cls(event.date_start, event.id)


def after_cursor(queryset: QuerySet[Event], cursor: Cursor | None) -> QuerySet[Event]:
    """Events strictly after ``cursor`` in chronological order."""
    day, pk = queryset.chronology_keys()
    ordered = queryset.order_by(day, pk)
    if cursor is None:
        return ordered
    return ordered.filter(
        Q(**{f"{day}__gt": cursor.date_start}) | Q(**{day: cursor.date_start, f"{pk}__gt": cursor.id})
    )


@dataclass(frozen=True, slots=True)
class Page:
    events: list  # Events, or rows of them (chronology.rows_of)
    next_cursor: Cursor | None


def page_of(queryset: QuerySet[Event], cursor: Cursor | None, size: int) -> Page:
    """One page of ``size`` events after ``cursor``, and the cursor of the next page, if any."""
    rows = list(after_cursor(queryset, cursor)[: size + 1])
    has_more = len(rows) > size
    events = rows[:size]
    return Page(events, Cursor.of(events[-1]) if has_more and events else None)
