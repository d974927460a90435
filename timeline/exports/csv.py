"""Events as CSV: one row per event, every cell safe to open in a spreadsheet.

Article text is hostile input: a cell a spreadsheet would run as a formula gets a
single quote before it (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from functools import lru_cache

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet

from timeline.dates import format_interval
from timeline.exports.evidence import _ENTITY_RANK, _EVENT_COLUMNS, _PLACE_RANK, BATCH_SIZE, EventRecord, _after
from timeline.models import Article, Entity, Event, Mention, Passage
from timeline.pagination import Cursor

CSV_COLUMNS = (
    "event_id",
    "date_value",
    "date_start",
    "date_end",
    "granularity",
    "time_precision",
    "date_label",
    "title",
    "status",
    "actors",
    "places",
    "n_articles",
    "articles",
    "outlets",
    "urls",
    "first_passage",
    "conflict",
)
# Events per query and per chunk of the streamed CSV: a row costs little to read and
# write, so a bigger batch spreads the cost of building each query over more rows.
CSV_BATCH_SIZE = 5 * BATCH_SIZE
# Joins the values of a many-valued cell (actors, places, articles, outlets, urls).
LIST_SEPARATOR = " | "

# ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month.
TIME_PRECISION = {"time": "1", "day": "1", "week": "2", "month": "3"}

# Characters that make a spreadsheet read a cell as a formula or a command (OWASP,
# ASVS 1.2.10), and their full-width forms, which some spreadsheets accept too.
_FORMULA_TRIGGERS = frozenset("=+-@\t\r\0" "\uff1d\uff0b\uff0d\uff20")


# A cell needs a closer look only when it starts with one of these: a trigger or a blank.
_FIRST_CHARACTERS_TO_CHECK = _FORMULA_TRIGGERS | frozenset(c for c in map(chr, range(0x3001)) if c.isspace())


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: a formula trigger gets a quote before it.

    Spreadsheets may skip leading blanks before reading a formula, so " =1+1" and
    "\\n@SUM(A1)" are neutralised as well as "=1+1".
    """
    text = "" if value is None else str(value)
    if text and (text[0] in _FORMULA_TRIGGERS or (text[0].isspace() and text.lstrip()[:1] in _FORMULA_TRIGGERS)):
        return "'" + text
    return text


def csv_row(event: EventRecord) -> list[str]:
    articles = event.articles()
    evidence = event.evidence
    return [
        str(event.id),
        *_date_cells(event.date_value, event.date_start, event.date_end, event.granularity),
        safe_cell(event.title),
        safe_cell(event.status),
        safe_cell(LIST_SEPARATOR.join(event.actors)),
        safe_cell(LIST_SEPARATOR.join(event.places)),
        str(event.n_articles),
        safe_cell(LIST_SEPARATOR.join([item.article_title for item in articles])),
        safe_cell(LIST_SEPARATOR.join(dict.fromkeys([item.article_outlet for item in articles if item.article_outlet]))),
        safe_cell(LIST_SEPARATOR.join([item.article_url for item in articles if item.article_url])),
        safe_cell(evidence[0].passage) if evidence else "",
        "true" if event.conflict else "false",
    ]


@lru_cache(maxsize=4096)
def _date_cells(value: str, start: datetime.date | str, end: datetime.date | str, granularity: str) -> tuple[str, ...]:
    """date_value to date_label: events share dates by the thousand, so worked out once per date.

    The days come as dates, or as ISO text where the database hands them over as text.
    """
    if not isinstance(start, datetime.date):
        start = datetime.date.fromisoformat(start)
    if not isinstance(end, datetime.date):
        end = datetime.date.fromisoformat(end)
    return (
        safe_cell(value),
        start.isoformat(),
        end.isoformat(),
        safe_cell(granularity),
        TIME_PRECISION.get(granularity, ""),
        safe_cell(format_interval(value, start, end, granularity)),
    )


def csv_chunks(queryset: QuerySet[Event], batch_size: int = CSV_BATCH_SIZE) -> Iterator[str]:
    """The CSV text of every event of ``queryset``: the header, then one chunk per batch.

    Each batch is read with one query: the events joined to their evidence (a row per
    mention, in evidence order) with the ids of their entities, as plain tuples. The
    cells of actors and places are worked out once per set of entities, not per row.
    """
    lines = _Lines()
    writer = csv.writer(lines)
    writer.writerow(CSV_COLUMNS)
    yield lines.take()
    entity_cells = _EntityCells(queryset.db)
    for rows in _evidence_rows(queryset, batch_size):
        writer.writerows(_csv_rows(rows, entity_cells))
        yield lines.take()


class _Lines(list):
    """Where the CSV writer puts its lines until they are sent: cheaper than a StringIO."""

    write = list.append

    def take(self) -> str:
        text = "".join(self)
        self.clear()
        return text


# Positions in the rows of _rows_sql: the event's columns, its entity ids, then its evidence.
_ENTITY_IDS = len(_EVENT_COLUMNS)
_ARTICLE = _ENTITY_IDS + 1


def _csv_rows(rows: list[tuple], entity_cells: _EntityCells) -> list[tuple]:
    """The rows of one batch (one per mention, or per event without any) as CSV rows."""
    entity_cells.prepare(rows)
    check = _FIRST_CHARACTERS_TO_CHECK
    entities = entity_cells.cells
    out = []
    append = out.append
    i, n = 0, len(rows)
    while i < n:
        row = rows[i]
        pk = row[0]
        j = i + 1
        while j < n and rows[j][0] == pk:
            j += 1
        _, value, start, end, granularity, title, status, conflict, n_articles, ids, article, *source = row
        if j == i + 1:
            if article is None:
                articles = outlets = urls = passage = ""
            else:
                articles, urls, outlets, passage = source
        else:
            first: dict[int, tuple] = {}
            for other in rows[i:j]:
                if other[_ARTICLE] not in first:
                    first[other[_ARTICLE]] = other
            sources = [other[_ARTICLE + 1 :] for other in first.values()]
            articles = LIST_SEPARATOR.join([item[0] for item in sources])
            urls = LIST_SEPARATOR.join([item[1] for item in sources if item[1]])
            outlets = LIST_SEPARATOR.join(dict.fromkeys([item[2] for item in sources if item[2]]))
            passage = source[3]
        i = j
        actors, places = entities[ids]
        append(
            (
                pk,
                *_date_cells(value, start, end, granularity),
                safe_cell(title) if title[:1] in check else title,
                safe_cell(status) if status[:1] in check else status,
                actors,
                places,
                n_articles,
                safe_cell(articles) if articles[:1] in check else articles,
                safe_cell(outlets) if outlets[:1] in check else outlets,
                safe_cell(urls) if urls[:1] in check else urls,
                safe_cell(passage) if passage[:1] in check else passage,
                "true" if conflict else "false",
            )
        )
    return out


class _EntityCells:
    """The actors and places cells of each set of entity ids met in an export.

    Entities are read once, when first named; the cells of a set are worked out once.
    Both are kept for one export, the cells within a bound.
    """

    LIMIT = 10_000

    def __init__(self, using: str):
        self.using = using
        self.entities: dict[int, tuple[int, str]] = {}
        self.cells: dict[str | None, tuple[str, str]] = {None: ("", "")}

    def prepare(self, rows: list[tuple]) -> None:
        new = {row[_ENTITY_IDS] for row in rows} - self.cells.keys()
        if not new:
            return
        if len(self.cells) + len(new) > self.LIMIT:
            self.cells = {None: ("", "")}
        sets = {ids: [int(pk) for pk in ids.split(",")] for ids in new}
        unknown = {pk for pks in sets.values() for pk in pks} - self.entities.keys()
        if unknown:
            for pk, kind, name in (
                Entity.objects.using(self.using).filter(pk__in=unknown).order_by().values_list("pk", "kind", "name")
            ):
                self.entities[pk] = (_ENTITY_RANK.get(kind, len(_ENTITY_RANK)), name)
        for ids, pks in sets.items():
            # Persons then organisations, each by name; places by name (as for the other formats).
            named = sorted((*self.entities[pk], pk) for pk in pks if pk in self.entities)
            actors = LIST_SEPARATOR.join([name for rank, name, _ in named if rank < _PLACE_RANK])
            places = LIST_SEPARATOR.join([name for rank, name, _ in named if rank == _PLACE_RANK])
            self.cells[ids] = (safe_cell(actors), safe_cell(places))


def _evidence_rows(queryset: QuerySet[Event], batch_size: int) -> Iterator[list[tuple]]:
    """Every event of ``queryset`` in chronological order, a keyset batch of events at a time.

    Keyset batches over (date_start, id), never OFFSET. A row is an event's columns, the
    ids of its entities ("3,12", in no order), then one mention's article id, title, url,
    outlet and passage; an event has a row per mention, in evidence order, or one row
    with no article.
    """
    connection = connections[queryset.db]
    cursor: Cursor | None = None
    while True:
        page = _after(queryset, cursor)[:batch_size].values_list(*_EVENT_COLUMNS)
        try:
            events_sql, params = page.query.get_compiler(using=page.db).as_sql()
        except EmptyResultSet:  # the filters can match nothing ("q=*"): no rows, no query
            return
        with connection.cursor() as db:
            db.execute(_rows_sql(connection.vendor, events_sql), params)
            rows = db.fetchall()
        if rows:
            yield rows
        last = None
        events = 0
        for row in rows:
            if row[0] != last:
                events += 1
                last = row[0]
        if events < batch_size:
            return
        day = rows[-1][2]
        cursor = Cursor(day if isinstance(day, datetime.date) else datetime.date.fromisoformat(day), rows[-1][0])


@lru_cache(maxsize=4)
def _rows_sql(vendor: str, events_sql: str) -> str:
    """The events of ``events_sql`` joined to their evidence, in the order of the export."""
    mention, passage, article = Mention._meta.db_table, Passage._meta.db_table, Article._meta.db_table
    link = Event.entities.through._meta.db_table
    if vendor == "postgresql":
        entity_ids = f"(SELECT string_agg(l.entity_id::text, ',') FROM {link} l WHERE l.event_id = b.id)"
    else:
        entity_ids = f"(SELECT group_concat(l.entity_id, ',') FROM {link} l WHERE l.event_id = b.id)"
    columns = [f"b.{column}" for column in _EVENT_COLUMNS]
    if vendor == "sqlite":
        # The days as SQLite stores them, ISO text: no date object is made per cell.
        columns = [f"CAST({column} AS TEXT)" if column in ("b.date_start", "b.date_end") else column for column in columns]
    return (
        f"SELECT {', '.join(columns)}, {entity_ids}, a.id, a.title, a.url, a.outlet, p.text FROM ({events_sql}) b "
        f"LEFT JOIN {mention} m ON m.event_id = b.id "
        f"LEFT JOIN {passage} p ON p.id = m.passage_id "
        f"LEFT JOIN {article} a ON a.id = p.article_id "
        # The evidence order: earliest article first (undated last), then place in the article.
        f"ORDER BY b.date_start, b.id, a.published IS NULL, a.published, a.id, p.position, m.phrase_start"
    )


def csv_text(batches: Iterable[list[EventRecord]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield _take(buffer)
    for batch in batches:
        writer.writerows(map(csv_row, batch))
        yield _take(buffer)


def _take(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
