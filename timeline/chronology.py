"""Arranging a page of events under year and month headings, each ready to be read.

An event dated to a week, month, season or year sits at the start of its span, with
the span named ("whole month"). What each row shows is worked out here, once, and
written as HTML here too: a page draws fifty rows, and the template engine, which
resolves and escapes each of a row's twenty values one node at a time, takes many times
as long over them. Every value is escaped (article text is untrusted).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Protocol

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from timeline.dates import format_month
from timeline.models import Event, when_label

POINT_GRANULARITIES = ("day", "time")
# The event's columns a row shows; a page reads these alone. The others (timestamps,
# signature, editing record) cost more to convert than the rest of the row together.
ROW_FIELDS = (
    "id", "title", "date_value", "date_start", "date_end", "granularity", "status", "modality",
    "conflict", "n_articles",
)


class Row(Protocol):
    """An event as a page of the chronology reads it (rows_of), or an Event."""

    id: int
    title: str
    date_value: str
    date_start: datetime.date
    date_end: datetime.date
    granularity: str
    status: str
    modality: str
    conflict: bool
    n_articles: int


def rows_of(events: QuerySet[Event]) -> QuerySet:
    """The events as a page reads them: named tuples of ROW_FIELDS, which cost a third of
    what model instances do to make."""
    return events.values_list(*ROW_FIELDS, named=True)


_BADGES = {
    Event.Modality.PLANNED: ("planned", "planned", "Still to come when the articles were published"),
    Event.Modality.REPORTED: ("reported", "reported", "Reported as having happened by the publication date"),
}


@dataclass(slots=True)
class Entry:
    """One row of the chronology: the event and the strings its row shows."""

    event: Row
    url: str
    dom_id: str
    day: str  # ISO date of the start, for <time datetime>
    date_label: str
    span: str  # "whole month" for a coarse date, else ""
    badges: list[tuple[str, str, str]]  # (class, text, title)

    @property
    def html(self) -> SafeString:
        """The row: its date and span, its title linking to the evidence, its badges.

        The title opens the evidence in the row's slot with htmx, or the event's page
        without JavaScript. Every value is escaped by ``html.escape``, as Django's escape
        does, without its checks for lazy strings, which cost more than the escaping.
        """
        e = escape
        dom_id = e(self.dom_id)
        url = e(self.url)
        span = ""
        if self.span:
            span = (f' <span class="span" title="Dated to the {e(self.event.granularity)}; placed at its start">'
                    f"{e(self.span)}</span>")
        badges = "".join(badge_html(cls, text, title) for cls, text, title in self.badges)
        return mark_safe(  # noqa: S308 - every value above is escaped
            f'<li class="event{" coarse" if self.span else ""}" id="{dom_id}">'
            f'<p class="when"><time datetime="{e(self.day)}">{e(self.date_label)}</time>{span}</p>'
            f'<h4 class="title"><a href="{url}" hx-get="{url}" hx-target="#evidence-{dom_id}" hx-swap="innerHTML"'
            f' hx-indicator="#{dom_id}" aria-controls="evidence-{dom_id}" aria-expanded="false">{e(self.event.title)}</a></h4>'
            f'<p class="meta">{badges}</p>'
            f'<div class="evidence-slot" id="evidence-{dom_id}" aria-live="polite"></div>'
            "</li>"
        )


@functools.lru_cache(maxsize=1024)
def badge_html(cls: str, text: str, title: str) -> str:
    """A badge's markup, escaped. Badges repeat from row to row ("2 articles", "reported"):
    each is written once."""
    e = escape
    return f'<span class="badge {e(cls)}"' + (f' title="{e(title)}"' if title else "") + f">{e(text)}</span>"


def event_url_maker() -> Callable[[int], str]:
    """A function from an event's id to its page's address, reversing the route once.

    Reversing a route costs more than the rest of a row together; a page has fifty.
    """
    placeholder = 2_147_483_647
    pattern = reverse("timeline:event", args=[placeholder])
    head, _, tail = pattern.partition(str(placeholder))
    return lambda pk: f"{head}{int(pk)}{tail}"


def entry_for(event: Row, url_of: Callable[[int], str]) -> Entry:
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
        url=url_of(event.id),
        dom_id=f"event-{event.id}",
        day=event.date_start.isoformat(),
        date_label=when_label(event),
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
    events: list[Row] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)

    @property
    def html(self) -> SafeString:
        """The month's rows, one after another (each escaped by Entry.html)."""
        return mark_safe("".join(entry.html for entry in self.entries))  # noqa: S308


def group_by_month(
    events: list[Row], continuing_from: datetime.date | None = None
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
