"""Events as CSV: one row per event, every cell safe to open in a spreadsheet.

Article text is hostile input: a cell a spreadsheet would run as a formula gets a
single quote before it (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from django.core.exceptions import EmptyResultSet
from django.db import OperationalError, connections, transaction
from django.db.models import QuerySet

from timeline.dates import format_interval
from timeline.exports.evidence import _EVENT_COLUMNS, BATCH_SIZE, EventRecord, Source, _after, read_events
from timeline.models import Event
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
    "modality",
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
# write, so a bigger batch spreads the cost of each query over more rows (a batch of
# 10,000 exported a million events about 15% faster than one of 5,000 on PostgreSQL,
# for about 10 MB more memory).
CSV_BATCH_SIZE = 10 * BATCH_SIZE
# Each event's actors and places cells, and its articles, outlets, urls and first passage
# cells, as CSV, kept up to date by triggers (migration 0008).
EXPORT_CELLS_TABLE = "timeline_event_export"
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
        safe_cell(event.modality),
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


def csv_chunks(
    queryset: QuerySet[Event], batch_size: int = CSV_BATCH_SIZE, on_batch: Callable[[int], None] | None = None
) -> Iterator[str]:
    """The CSV text of every event of ``queryset``: the header, then one chunk per batch.

    Each batch of events is read in one query, with the cells kept ready for each event
    in ``timeline_event_export`` (see migration 0008): its actors and places, and its
    articles, outlets, urls and first passage, already as CSV. Cells that a change has
    made stale are worked out again from the evidence, written and stored. The rest of
    a row is the event's own columns, written here. ``on_batch`` hears how many events
    each chunk held, once the next chunk is asked for (a progress bar counts them).
    """
    yield ",".join(CSV_COLUMNS) + "\r\n"
    stored = _StoredCells(queryset.db)
    for rows in _event_rows(queryset, batch_size):
        stored.complete(rows)
        yield "".join([_csv_line(row, stored.cells) for row in rows])
        if on_batch:
            on_batch(len(rows))


def store_stale_cells(using: str = "default", batch_size: int = CSV_BATCH_SIZE) -> int:
    """Works out and stores the cells of every event whose stored cells are stale.

    The ingest calls this when it is done, so that the first export after it is as fast
    as any other. Returns how many events had stale cells.
    """
    sql = f"SELECT event_id FROM {EXPORT_CELLS_TABLE} WHERE entity_cells IS NULL AND event_id > %s ORDER BY event_id LIMIT %s"
    last, done = 0, 0
    while True:
        with connections[using].cursor() as db:
            db.execute(sql, [last, batch_size])
            stale = [pk for (pk,) in db.fetchall()]
        if not stale:
            return done
        stored = _StoredCells(using)
        for rows in _event_rows(Event.objects.using(using).filter(pk__in=stale), batch_size):
            stored.complete(rows)
        done += len(stale)
        last = stale[-1]


def _csv_line(row: tuple, cells: dict[int, tuple[str, str]]) -> str:
    """One event's CSV line: its own columns written here, the other cells as stored or just worked out."""
    pk, value, start, end, granularity, title, status, modality, conflict, n_articles, _, entity_cells, evidence_cells = row
    if entity_cells is None:
        entity_cells, evidence_cells = cells[pk]
    return (
        f"{pk},{_date_fragment(value, start, end, granularity)},{_csv_cell(title)},{_choice_cell(status)},{_choice_cell(modality)},"
        f"{entity_cells},{n_articles},{evidence_cells},{'true' if conflict else 'false'}\r\n"
    )


# A cell is quoted when it holds what the csv module quotes: the delimiter, the quote
# character or a line break.
_NEEDS_QUOTES = re.compile('[",\r\n]').search


def _quoted(cell: str) -> str:
    """A cell as the csv module writes it (its default dialect, "excel")."""
    if _NEEDS_QUOTES(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _csv_cell(text: str) -> str:
    """``text`` neutralised and written as a CSV cell; most text needs no neutralising."""
    return _quoted(safe_cell(text) if text[:1] in _FIRST_CHARACTERS_TO_CHECK else text)


def _csv_fragment(cells: Iterable[str]) -> str:
    """Cells already neutralised, as the part of a CSV line that holds them."""
    return ",".join([_quoted(cell) for cell in cells])


@lru_cache(maxsize=64)
def _choice_cell(choice: str) -> str:
    """A status or a modality: a few values, each written once."""
    return _csv_cell(choice)


@lru_cache(maxsize=4096)
def _date_fragment(value: str, start: datetime.date | str, end: datetime.date | str, granularity: str) -> str:
    return _csv_fragment(_date_cells(value, start, end, granularity))


# The cells of a CSV row that are stored: actors and places; articles to first_passage.
_ENTITY_SLICE = slice(CSV_COLUMNS.index("actors"), CSV_COLUMNS.index("places") + 1)
_EVIDENCE_SLICE = slice(CSV_COLUMNS.index("articles"), CSV_COLUMNS.index("first_passage") + 1)
# Positions in the rows of _event_rows: the event's columns, then its stored cells.
_VERSION = len(_EVENT_COLUMNS)
_ENTITY_CELLS = _VERSION + 1


class _StoredCells:
    """Works out the cells of events whose stored cells are stale, and stores them.

    A stored row is written only where its version is still the one read with the
    event: if a change marked it stale again meanwhile, the next export works it out.
    """

    def __init__(self, using: str):
        self.using = using
        self.entities: dict[int, tuple[int, str]] = {}
        self.cells: dict[int, tuple[str, str]] = {}

    def complete(self, rows: list[tuple]) -> None:
        """Fills ``cells`` for the rows of one batch that have no stored cells."""
        self.cells.clear()
        versions = {row[0]: row[_VERSION] for row in rows if row[_ENTITY_CELLS] is None}
        if not versions:
            return
        for record in read_events(Event.objects.using(self.using).filter(pk__in=list(versions)), Source, self.entities):
            cells = csv_row(record)
            self.cells[record.id] = (_csv_fragment(cells[_ENTITY_SLICE]), _csv_fragment(cells[_EVIDENCE_SLICE]))
        self._store(versions)

    def _store(self, versions: dict[int, int | None]) -> None:
        # An event without a row (no version) has none to fill: the triggers make one for each event.
        stored = [(pk, version, *self.cells[pk]) for pk, version in versions.items() if version is not None]
        connection = connections[self.using]
        try:
            with transaction.atomic(using=self.using), connection.cursor() as db:
                if connection.vendor == "postgresql":
                    # One statement for the batch: a statement per row would cost a round
                    # trip and an executor start each.
                    db.execute(_STORE_ALL_SQL, [list(column) for column in zip(*stored)])
                else:
                    db.executemany(_STORE_SQL, [(*cells, pk, version) for pk, version, *cells in stored])
        except OperationalError:
            # The database is busy writing (SQLite allows one writer): the cells are
            # only a copy, worked out again by the next export.
            pass


# Stored cells are written only where the version read with the event is still current.
_STORE_SQL = (
    f"UPDATE {EXPORT_CELLS_TABLE} SET entity_cells = %s, evidence_cells = %s "
    "WHERE event_id = %s AND version = %s"
)
_STORE_ALL_SQL = (
    f"UPDATE {EXPORT_CELLS_TABLE} x SET entity_cells = v.entity_cells, evidence_cells = v.evidence_cells "
    "FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::text[]) AS v(event_id, version, entity_cells, evidence_cells) "
    "WHERE x.event_id = v.event_id AND x.version = v.version"
)


def _event_rows(queryset: QuerySet[Event], batch_size: int) -> Iterator[list[tuple]]:
    """Every event of ``queryset`` in chronological order, a keyset batch of events at a time.

    Keyset batches over (date_start, id), never OFFSET. A row is the event's columns,
    then the version, entity cells and evidence cells stored for it (NULL when stale).
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
        if len(rows) < batch_size:
            return
        day = rows[-1][2]
        cursor = Cursor(day if isinstance(day, datetime.date) else datetime.date.fromisoformat(day), rows[-1][0])


@lru_cache(maxsize=4)
def _rows_sql(vendor: str, events_sql: str) -> str:
    """The events of ``events_sql`` with their stored cells, in chronological order."""
    columns = [f"b.{column}" for column in _EVENT_COLUMNS]
    stored = f"{EXPORT_CELLS_TABLE} x ON x.event_id = b.id"
    if vendor == "sqlite":
        # The days as SQLite stores them, ISO text: no date object is made per cell.
        columns = [f"CAST({column} AS TEXT)" if column in ("b.date_start", "b.date_end") else column for column in columns]
    elif vendor == "postgresql":
        # One primary-key lookup per event of the batch. Joined plainly, PostgreSQL
        # would hash the whole table (a row per event) for every batch; a LIMIT keeps the
        # subquery (one row at most, by its key) from being merged into such a join.
        stored = (
            f"LATERAL (SELECT version, entity_cells, evidence_cells FROM {EXPORT_CELLS_TABLE} x "
            "WHERE x.event_id = b.id LIMIT 1) x ON true"
        )
    return (
        f"SELECT {', '.join(columns)}, x.version, x.entity_cells, x.evidence_cells FROM ({events_sql}) b "
        f"LEFT JOIN {stored} ORDER BY b.date_start, b.id"
    )


def csv_text(batches: Iterable[list[EventRecord]]) -> Iterator[str]:
    """The CSV of events read with their evidence, every cell worked out afresh.

    The reference that the stored cells of ``csv_chunks`` must always reproduce.
    """
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
