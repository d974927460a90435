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

from django.db.models import QuerySet

from timeline.dates import format_interval
from timeline.exports.evidence import BATCH_SIZE, EventRecord, Source, event_batches
from timeline.models import Event

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
# Joins the values of a many-valued cell (actors, places, articles, outlets, urls).
LIST_SEPARATOR = " | "

# ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month.
TIME_PRECISION = {"time": "1", "day": "1", "week": "2", "month": "3"}

# Characters that make a spreadsheet read a cell as a formula or a command (OWASP,
# ASVS 1.2.10), and their full-width forms, which some spreadsheets accept too.
_FORMULA_TRIGGERS = frozenset("=+-@\t\r\0" "\uff1d\uff0b\uff0d\uff20")


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
def _date_cells(value: str, start: datetime.date, end: datetime.date, granularity: str) -> tuple[str, ...]:
    """date_value to date_label: events share dates by the thousand, so worked out once per date."""
    return (
        safe_cell(value),
        start.isoformat(),
        end.isoformat(),
        safe_cell(granularity),
        TIME_PRECISION.get(granularity, ""),
        safe_cell(format_interval(value, start, end, granularity)),
    )


def csv_chunks(queryset: QuerySet[Event], batch_size: int = BATCH_SIZE) -> Iterator[str]:
    """The CSV text of every event of ``queryset``: the header, then one chunk per batch."""
    return csv_text(event_batches(queryset, batch_size, evidence=Source))


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
