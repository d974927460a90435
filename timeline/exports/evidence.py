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
from functools import lru_cache
from typing import NamedTuple

from django.db.models import F, Prefetch, Q, QuerySet, prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.db.models.sql.constants import MULTI

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
    "modality",
    "conflict",
    "n_articles",
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
# Actors are persons then organisations, each by name: the first actor is the event's
# main one where a single name must stand for it. Places come apart, by name.
_ENTITY_RANK = {Entity.Kind.PERSON.value: 0, Entity.Kind.ORGANISATION.value: 1, Entity.Kind.PLACE.value: 2}
_PLACE_RANK = _ENTITY_RANK[Entity.Kind.PLACE.value]


class Source(NamedTuple):
    """Where a piece of evidence comes from: its article and passage (what the CSV needs)."""

    article_id: int
    article_title: str
    article_url: str
    article_outlet: str
    article_published: datetime.date | None
    passage: str


class Evidence(NamedTuple):
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
    rule: str

    @property
    def explanation(self) -> str:
        # The model's own wording; it reads only fields this row has.
        return Mention.explanation.fget(self)


_SOURCE_COLUMNS = (
    "passage__article_id",
    "passage__article__title",
    "passage__article__url",
    "passage__article__outlet",
    "passage__article__published",
    "passage__text",
)
_EVIDENCE_COLUMNS = {
    Source: _SOURCE_COLUMNS,
    Evidence: _SOURCE_COLUMNS
    + (
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
        "rule",
    ),
}


@lru_cache(maxsize=4096)
def _date_label(value: str, start: datetime.date, end: datetime.date, granularity: str) -> str:
    # Events share dates by the thousand; a label is worked out once per date.
    return dates.format_interval(value, start, end, granularity)


class EventRecord:
    """An event as exported: its date, title and status, actors, places and evidence."""

    __slots__ = (*_EVENT_COLUMNS, "actors", "places", "evidence")

    def __init__(self, id, date_value, date_start, date_end, granularity, title, status, modality, conflict, n_articles):
        self.id = id
        self.date_value = date_value
        self.date_start = date_start
        self.date_end = date_end
        self.granularity = granularity
        self.title = title
        self.status = status
        self.modality = modality
        self.conflict = bool(conflict)
        self.n_articles = n_articles
        self.actors: list[str] = []
        self.places: list[str] = []
        self.evidence: list[Source] | list[Evidence] = []

    @property
    def date_label(self) -> str:
        return _date_label(self.date_value, self.date_start, self.date_end, self.granularity)

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.date_start, self.id)

    def articles(self) -> list[Source | Evidence]:
        """The first piece of evidence of each article, in evidence order."""
        if len(self.evidence) < 2:
            return self.evidence
        seen: dict[int, Source | Evidence] = {}
        for item in self.evidence:
            if item.article_id not in seen:
                seen[item.article_id] = item
        return list(seen.values())


def event_batches(
    queryset: QuerySet[Event], batch_size: int = BATCH_SIZE, evidence: type[Source] | type[Evidence] = Evidence
) -> Iterator[list[EventRecord]]:
    """Every event of ``queryset`` in chronological order, with its evidence, a batch at a time.

    Keyset iteration over (date_start, id): each batch starts after the last event of
    the one before, so no row is read twice and no OFFSET is ever scanned.
    """
    cursor: Cursor | None = None
    entities: dict[int, tuple[int, str]] = {}
    while True:
        batch = read_events(_after(queryset, cursor)[:batch_size], evidence, entities)
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


def read_events(
    queryset: QuerySet[Event],
    evidence: type[Source] | type[Evidence] = Evidence,
    entities: dict[int, tuple[int, str]] | None = None,
) -> list[EventRecord]:
    """The events of a (sliced) queryset as records with ``evidence``, actors and places.

    Three queries, whatever the number of events (a fourth when links name entities
    not in ``entities``, the cache of entities read so far, which it fills). Rows are
    read as the database gives them: the columns read are plain, so Django's per-value
    converters are not needed.
    """
    if entities is None:
        entities = {}
    records = [EventRecord(*row) for row in _rows(queryset.values_list(*_EVENT_COLUMNS))]
    if not records:
        return records
    by_id = {record.id: record for record in records}
    ids = _id_list(list(by_id))
    make = evidence._make
    mentions = (
        Mention.objects.filter(event_id__in=ids)
        .order_by(*_EVIDENCE_ORDER)
        .values_list("event_id", *_EVIDENCE_COLUMNS[evidence])
    )
    for row in _rows(mentions):
        by_id[row[0]].evidence.append(make(row[1:]))
    _attach_entities(by_id, ids, entities)
    return records


def _attach_entities(by_id: dict[int, EventRecord], ids: RawSQL, entities: dict[int, tuple]) -> None:
    """Each event's actors and places, from its entity links and the ``entities`` known so far.

    Links are read alone (from their covering index); the few distinct entities they
    name are read once per export and kept, instead of joined again for every link.
    """
    events_of: dict[int, list[int]] = {}
    for event_id, entity_id in _rows(
        Event.entities.through.objects.filter(event_id__in=ids).order_by().values_list("event_id", "entity_id")
    ):
        events_of.setdefault(entity_id, []).append(event_id)
    unknown = events_of.keys() - entities.keys()
    if unknown:
        for pk, kind, name in Entity.objects.filter(pk__in=unknown).order_by().values_list("pk", "kind", "name"):
            entities[pk] = (_ENTITY_RANK.get(kind, len(_ENTITY_RANK)), name)
    # Entity by entity in their order, so each event's names come out in that order.
    for entity_id in sorted(events_of, key=entities.__getitem__):
        rank, name = entities[entity_id]
        if rank == _PLACE_RANK:
            for event_id in events_of[entity_id]:
                by_id[event_id].places.append(name)
        elif rank < _PLACE_RANK:
            for event_id in events_of[entity_id]:
                by_id[event_id].actors.append(name)


def _id_list(ids: list[int]) -> RawSQL:
    """``ids`` as the right-hand side of an IN, passed to the database as they are.

    They came from the database a moment ago; preparing each through the ORM's lookup
    machinery would cost more than the query itself.
    """
    return RawSQL(", ".join(["%s"] * len(ids)), ids)


def _rows(queryset: QuerySet) -> Iterator[tuple]:
    """The rows of a values_list() queryset straight from the database cursor."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    for chunk in compiler.execute_sql(MULTI):
        yield from chunk


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
