"""Counts next to each filter value, Datasette-style, kept cheap at a million events.

Each filter's values are counted on the events that the *other* filters select, so
a count says how many events that choice would show. Two limits keep this cheap:
a count stops at ``COUNT_LIMIT`` (shown as "1,000+": a capped count reads at most
that many matching rows), and a facet counts at most ``FACET_VALUES`` values.
Counting also stops when the page's facets have used ``TIME_BUDGET`` seconds, as
Datasette's facet time limit does: the values left are listed without a count. A
timeline of fewer than ``COUNT_LIMIT`` events is always counted in full. The
facets that indexes answer come first, the ones that join through the evidence last.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import QuerySet

from timeline.filters import ACTOR_KINDS, GRANULARITY_CHOICES, PLACE_KINDS, EventFilter
from timeline.models import Entity, Event
from timeline.urlstate import query_with

COUNT_LIMIT = 1000
FACET_VALUES = 12
MIN_ARTICLES_STEPS = (2, 3, 5, 10)
TIME_BUDGET = 0.3


@dataclass(frozen=True, slots=True)
class CappedCount:
    """A count that stopped at a limit: ``capped`` means "at least ``value``"."""

    value: int
    capped: bool = False

    def __str__(self) -> str:
        return f"{self.value:,}+" if self.capped else f"{self.value:,}"

    @property
    def description(self) -> str:
        return f"more than {self.value:,}" if self.capped else f"{self.value:,}"


def count_up_to(queryset: QuerySet, limit: int | None = None) -> CappedCount:
    """How many rows, reading no more than ``limit`` (default ``COUNT_LIMIT``) + 1 of them."""
    limit = COUNT_LIMIT if limit is None else limit
    found = queryset.order_by()[: limit + 1].count()
    return CappedCount(limit, capped=True) if found > limit else CappedCount(found)


@dataclass(slots=True)
class FacetValue:
    value: str
    label: str
    count: CappedCount | None  # None: not counted, the time budget was spent
    selected: bool
    url: str  # the page with this value chosen, or without it when it is chosen


@dataclass(slots=True)
class Facet:
    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)
    uncounted: int = 0  # values left out by FACET_VALUES


def facets_for(event_filter: EventFilter, params) -> list[Facet]:
    """Every facet of the page, each counted on the events the other filters select."""
    data = event_filter.form.cleaned_data if event_filter.form.is_bound else {}
    actor_kinds = Entity.objects.filter(kind__in=ACTOR_KINDS).order_by("name")
    place_kinds = Entity.objects.filter(kind__in=PLACE_KINDS).order_by("name")
    specs = [
        ("status", "Status", _status_values()),
        ("granularity", "Date precision", list(GRANULARITY_CHOICES)),
        ("min_articles", "Supporting articles", [(str(n), f"{n} or more") for n in MIN_ARTICLES_STEPS]),
        ("actor", "Actors", _entity_values(actor_kinds, data.get("actor"))),
        ("place", "Places", _entity_values(place_kinds, data.get("place"))),
        ("outlet", "Outlets", [(outlet, outlet) for outlet in event_filter.options["outlet"]]),
    ]
    # On a timeline of fewer events than a count reads, every count is quick whatever the
    # server's load: all are made.
    small = not count_up_to(Event.objects.all()).capped
    deadline = float("inf") if small else time.monotonic() + TIME_BUDGET
    return [
        _facet(event_filter, params, name, label, choices, _selected(data.get(name)), deadline)
        for name, label, choices in specs
    ]


def _facet(event_filter, params, name, label, choices, selected, deadline) -> Facet:
    facet = Facet(name, label, uncounted=max(0, len(choices) - FACET_VALUES))
    counted = choices[:FACET_VALUES]
    if selected and selected not in {value for value, _ in counted}:
        counted += [choice for choice in choices if choice[0] == selected]
    base = event_filter.events(ignoring=name)
    for value, value_label in counted:
        is_selected = value == selected
        count = None
        if time.monotonic() < deadline:
            count = count_up_to(event_filter.narrowed_for_counting(name, base, _filter_value(event_filter, name, value)))
        if count is not None and count.value == 0 and not is_selected:
            continue
        url = query_with(params, **{name: None if is_selected else value})
        facet.values.append(FacetValue(value, value_label, count, is_selected, url))
    return facet


def _filter_value(event_filter, name, value):
    """The cleaned value a filter method expects for a raw facet value."""
    if name in ("actor", "place"):
        return Entity(pk=int(value))
    if name == "min_articles":
        return int(value)
    return value


def _selected(value) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, Entity):
        return str(value.pk)
    if isinstance(value, (int, float, Decimal)):
        return str(int(value))
    return str(value)


def _status_values() -> list[tuple[str, str]]:
    return [(status.value, status.label) for status in (Event.Status.CONFIRMED, Event.Status.CANDIDATE, Event.Status.REJECTED)]


def _entity_values(entities: QuerySet[Entity], selected) -> list[tuple[str, str]]:
    values = [(str(pk), name) for pk, name in entities.values_list("pk", "name")[: FACET_VALUES * 4]]
    if selected is not None and str(selected.pk) not in {value for value, _ in values}:
        values.append((str(selected.pk), selected.name))
    return values
