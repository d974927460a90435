"""Events as CSV and JSON: exactly the filtered view, every row, streamed.

CSV cells that a spreadsheet would run as a formula are neutralised (OWASP's advice
on CSV injection): article text is hostile input.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from django.db.models import Prefetch, QuerySet, prefetch_related_objects

from timeline.models import Event, Mention
from timeline.pagination import iterate

CSV_COLUMNS = (
    "event_id",
    "date_value",
    "date_start",
    "date_end",
    "granularity",
    "date_label",
    "title",
    "status",
    "n_articles",
    "articles",
    "urls",
    "first_passage",
)
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_MENTIONS = Prefetch(
    "mentions",
    queryset=Mention.objects.select_related("passage__article").order_by(
        "passage__article__published", "passage__article_id", "passage__position", "phrase_start"
    ),
)


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading formula character gets a quote before it."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_TRIGGERS):
        return "'" + text
    return text


def events_with_evidence(queryset: QuerySet[Event], batch: int = 1000) -> Iterator[Event]:
    """Every event in chronological order with its mentions loaded, a batch at a time."""
    pending: list[Event] = []
    for event in iterate(queryset, batch=batch):
        pending.append(event)
        if len(pending) == batch:
            prefetch_related_objects(pending, _MENTIONS)
            yield from pending
            pending = []
    if pending:
        prefetch_related_objects(pending, _MENTIONS)
        yield from pending


def csv_row(event: Event) -> list[str]:
    mentions = list(event.mentions.all())
    articles = _distinct(mention.passage.article for mention in mentions)
    return [
        safe_cell(value)
        for value in (
            event.pk,
            event.date_value,
            event.date_start.isoformat(),
            event.date_end.isoformat(),
            event.granularity,
            event.date_label,
            event.title,
            event.status,
            event.n_articles,
            " | ".join(article.title for article in articles),
            " | ".join(article.url for article in articles if article.url),
            mentions[0].passage.text if mentions else "",
        )
    ]


def csv_lines(events: Iterable[Event]) -> Iterator[str]:
    """The CSV text, a line at a time, header first."""
    buffer = _LineBuffer()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield buffer.take()
    for event in events:
        writer.writerow(csv_row(event))
        yield buffer.take()


def event_json(event: Event) -> dict:
    return {
        "id": event.pk,
        "date": {
            "value": event.date_value,
            "start": event.date_start.isoformat(),
            "end": event.date_end.isoformat(),
            "granularity": event.granularity,
            "label": event.date_label,
        },
        "title": event.title,
        "status": event.status,
        "n_articles": event.n_articles,
        "mentions": [
            {
                "article": {
                    "title": mention.passage.article.title,
                    "url": mention.passage.article.url,
                    "outlet": mention.passage.article.outlet,
                    "published": (
                        mention.passage.article.published.isoformat()
                        if mention.passage.article.published
                        else None
                    ),
                },
                "passage": mention.passage.text,
                "phrase": mention.phrase,
                "value": mention.value,
                "explanation": mention.explanation,
            }
            for mention in event.mentions.all()
        ],
    }


def with_evidence(events: list[Event]) -> list[Event]:
    prefetch_related_objects(events, _MENTIONS)
    return events


def _distinct(items):
    seen = {}
    for item in items:
        seen.setdefault(item.pk, item)
    return list(seen.values())


class _LineBuffer:
    """A file-like target for csv.writer that hands back what was written."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    def write(self, text: str) -> None:
        self._parts.append(text)

    def take(self) -> str:
        text = "".join(self._parts)
        self._parts.clear()
        return text
