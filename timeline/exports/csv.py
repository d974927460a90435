"""Events as CSV: one row per event, every cell safe to open in a spreadsheet.

Article text is hostile input: a cell a spreadsheet would run as a formula gets a
single quote before it (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from timeline.exports.evidence import BATCH_SIZE, EventRecord, event_batches
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
    if not text:
        return text
    first = text[0]
    if first in _FORMULA_TRIGGERS or (first.isspace() and text.lstrip()[:1] in _FORMULA_TRIGGERS):
        return "'" + text
    return text


def csv_row(event: EventRecord) -> list[str]:
    articles = event.articles()
    return [
        str(event.id),
        safe_cell(event.date_value),
        event.date_start.isoformat(),
        event.date_end.isoformat(),
        safe_cell(event.granularity),
        TIME_PRECISION.get(event.granularity, ""),
        safe_cell(event.date_label),
        safe_cell(event.title),
        safe_cell(event.status),
        safe_cell(LIST_SEPARATOR.join(event.actors)),
        safe_cell(LIST_SEPARATOR.join(event.places)),
        str(event.n_articles),
        safe_cell(LIST_SEPARATOR.join(item.article_title for item in articles)),
        safe_cell(LIST_SEPARATOR.join(_distinct(item.article_outlet for item in articles if item.article_outlet))),
        safe_cell(LIST_SEPARATOR.join(item.article_url for item in articles if item.article_url)),
        safe_cell(event.evidence[0].passage) if event.evidence else "",
        "true" if event.conflict else "false",
    ]


def csv_chunks(queryset: QuerySet[Event], batch_size: int = BATCH_SIZE) -> Iterator[str]:
    """The CSV text of every event of ``queryset``: the header, then one chunk per batch."""
    return csv_text(event_batches(queryset, batch_size))


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


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
