"""Events as JSON: ``{"events": [...], "next": <url of the next page or null>}``.

The web view gives a page at a time with a ``next`` link; the command line streams the
whole filtered set as one document of the same shape, with ``next`` null.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from django.db.models import QuerySet

from timeline.exports.evidence import BATCH_SIZE, EventRecord, Evidence, event_batches
from timeline.models import Event


def event_json(event: EventRecord, url: str | None = None) -> dict:
    data = {
        "id": event.id,
        "date": {
            "value": event.date_value,
            "start": event.date_start.isoformat(),
            "end": event.date_end.isoformat(),
            "granularity": event.granularity,
            "label": event.date_label,
        },
        "title": event.title,
        "status": event.status,
        "modality": event.modality,
        "conflict": event.conflict,
        "n_articles": event.n_articles,
        "actors": event.actors,
        "places": event.places,
        "mentions": [_mention_json(item) for item in event.evidence],
    }
    if url is not None:
        data["url"] = url
    return data


def _mention_json(item: Evidence) -> dict:
    return {
        "article": {
            "title": item.article_title,
            "url": item.article_url,
            "outlet": item.article_outlet,
            "published": item.article_published.isoformat() if item.article_published else None,
        },
        "passage": item.passage,
        "phrase": item.phrase,
        "value": item.value,
        "explanation": item.explanation,
    }


def json_chunks(
    queryset: QuerySet[Event],
    event_url: Callable[[int], str] | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[str]:
    """Every event of ``queryset`` as one JSON document, one chunk per batch."""
    return json_text(event_batches(queryset, batch_size), event_url)


def json_text(
    batches: Iterable[list[EventRecord]], event_url: Callable[[int], str] | None = None
) -> Iterator[str]:
    yield '{"events": ['
    yield from json_items(batches, lambda event: event_json(event, event_url(event.id) if event_url else None))
    yield '\n], "next": null}\n'


def json_items(batches: Iterable[list[EventRecord]], render: Callable[[EventRecord], dict]) -> Iterator[str]:
    """The items of a JSON array, one chunk per batch: each event rendered, comma-separated."""
    separator = "\n"
    for batch in batches:
        parts = []
        for event in batch:
            parts.append(separator + json.dumps(render(event), ensure_ascii=False))
            separator = ",\n"
        yield "".join(parts)
