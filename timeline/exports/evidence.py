"""Events read for export: plain rows with their evidence, a keyset batch at a time.

An export of a million events cannot afford a model instance per event and per
mention, nor a query per row. Each batch is read in a fixed number of queries (the
events, their mentions with passage and article, their actors and places) as plain
tuples, whatever the batch holds; a batch is dropped once written, so memory stays
flat however many rows go out.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import F, Prefetch, Q, QuerySet, prefetch_related_objects

from timeline import dates
from timeline.models import Entity, Event, Mention
from timeline.pagination import Cursor, after_cursor

BATCH_SIZE = 1000

_EVENT_COLUMNS = (
    "id",
    "date_value",
    "date_start",
    "date_end",
    "granularity",
    "title",
    "status",
    "conflict",
    "n_articles",
)
_MENTION_COLUMNS = (
    "event_id",
    "passage__article_id",
    "passage__article__title",
    "passage__article__url",
    "passage__article__outlet",
    "passage__article__published",
    "passage__text",
    "phrase",
    "phrase_start",
    "phrase_end",
    "value",
    "date_start",
    "date_end",
    "granularity",
    "anchor",
    "resolved_against",
    "reference",
)
# The order evidence is read in: earliest article first, then place in the article.
# Articles without a publication date come last on every database.
_EVIDENCE_ORDER = (
    "event_id",
    F("passage__article__published").asc(nulls_last=True),
    "passage__article_id",
    "passage__position",
    "phrase_start",
)
_ACTOR_KINDS = frozenset({Entity.Kind.PERSON.value, Entity.Kind.ORGANISATION.value})


@dataclass(slots=True)
class Evidence:
    """One mention of an event: the date phrase in its passage, and the article it is from."""

    article_id: int
    article_title: str
    article_url: str
    article_outlet: str
    article_published: datetime.date | None
    passage: str
    phrase: str
    phrase_start: int
    phrase_end: int
    value: str
    date_start: datetime.date
    date_end: datetime.date
    granularity: str
    anchor: datetime.date | None
    resolved_against: str
    reference: str

    @property
    def explanation(self) -> str:
        # The model's own wording; it reads only fields this row has.
        return Mention.explanation.fget(self)


@dataclass(slots=True)
class EventRecord:
    """An event as exported: its date, title and status, actors, places and evidence."""

    id: int
    date_value: str
    date_start: datetime.date
    date_end: datetime.date
    granularity: str
    title: str
    status: str
    conflict: bool
    n_articles: int
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def date_label(self) -> str:
        return dates.format_interval(self.date_value, self.date_start, self.date_end, self.granularity)

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.date_start, self.id)

    def articles(self) -> list[Evidence]:
        """The first piece of evidence of each article, in evidence order."""
        seen: dict[int, Evidence] = {}
        for item in self.evidence:
            if item.article_id not in seen:
                seen[item.article_id] = item
        return list(seen.values())


def event_batches(queryset: QuerySet[Event], batch_size: int = BATCH_SIZE) -> Iterator[list[EventRecord]]:
    """Every event of ``queryset`` in chronological order, with its evidence, a batch at a time.

    Keyset iteration over (date_start, id): each batch starts after the last event of
    the one before, so no row is read twice and no OFFSET is ever scanned.
    """
    cursor: Cursor | None = None
    while True:
        batch = read_events(_after(queryset, cursor)[:batch_size])
        if batch:
            yield batch
        if len(batch) < batch_size:
            return
        cursor = batch[-1].cursor


def page_of_records(
    queryset: QuerySet[Event], cursor: Cursor | None, size: int
) -> tuple[list[EventRecord], Cursor | None]:
    """One page of ``size`` events after ``cursor``, and the cursor of the next page, if any."""
    records = read_events(_after(queryset, cursor)[: size + 1])
    if len(records) > size:
        records = records[:size]
        return records, records[-1].cursor
    return records, None


def read_events(queryset: QuerySet[Event]) -> list[EventRecord]:
    """The events of a (sliced) queryset as records with evidence: three queries in all."""
    records = [EventRecord(*row) for row in queryset.values_list(*_EVENT_COLUMNS)]
    if not records:
        return records
    by_id = {record.id: record for record in records}
    ids = list(by_id)
    for event_id, *columns in (
        Mention.objects.filter(event_id__in=ids)
        .order_by(*_EVIDENCE_ORDER)
        .values_list(*_MENTION_COLUMNS)
    ):
        by_id[event_id].evidence.append(Evidence(*columns))
    _attach_entities(by_id)
    return records


def with_evidence(events: list[Event]) -> list[Event]:
    """Model instances with their mentions, passages and articles loaded, for the pages."""
    prefetch_related_objects(events, _MENTIONS)
    return events


_MENTIONS = Prefetch(
    "mentions",
    queryset=Mention.objects.select_related("passage__article").order_by(*_EVIDENCE_ORDER[1:]),
)


def _after(queryset: QuerySet[Event], cursor: Cursor | None) -> QuerySet[Event]:
    ordered = after_cursor(queryset, cursor)
    if cursor is None:
        return ordered
    # The same rows; the plain lower bound lets the database start its index scan at
    # the cursor instead of filtering every earlier row again on each batch.
    return ordered.filter(Q(date_start__gte=cursor.date_start))


def _attach_entities(by_id: dict[int, EventRecord]) -> None:
    through = Event.entities.through
    links = list(
        through.objects.filter(event_id__in=list(by_id)).values_list("event_id", "entity_id")
    )
    if not links:
        return
    entities = {
        pk: (kind, name)
        for pk, kind, name in Entity.objects.filter(pk__in={entity for _, entity in links}).values_list(
            "pk", "kind", "name"
        )
    }
    # Entity order: persons before organisations, then by name; the first actor is the
    # event's main one where a single name must stand for it.
    links.sort(key=lambda link: (_KIND_ORDER.get(entities[link[1]][0], 9), entities[link[1]][1]))
    for event_id, entity_id in links:
        kind, name = entities[entity_id]
        record = by_id[event_id]
        if kind in _ACTOR_KINDS:
            record.actors.append(name)
        elif kind == Entity.Kind.PLACE.value:
            record.places.append(name)


_KIND_ORDER = {Entity.Kind.PERSON.value: 0, Entity.Kind.ORGANISATION.value: 1, Entity.Kind.PLACE.value: 2}
