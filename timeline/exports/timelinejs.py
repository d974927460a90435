"""Events in TimelineJS3's JSON format: ``{"title": {...}, "events": [...]}``.

Each date is exactly as precise as the event's granularity: a month event has a year
and a month and no day, a year event only a year, a week its first and last days.
TimelineJS renders headlines, texts, groups and display dates as HTML, so every piece
of article text is HTML-escaped here, and only http(s) links are kept.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable, Iterator
from html import escape

from django.db.models import QuerySet

from timeline.exports.evidence import BATCH_SIZE, EventRecord, Evidence, event_batches
from timeline.exports.json import json_items
from timeline.filters import EventFilter
from timeline.models import Event

TIMELINE_HEADLINE = "News timeline"

# How precisely each granularity is known: a date object gets the parts up to it.
_DAY, _MONTH, _YEAR = "day", "month", "year"
_PRECISION = {
    "time": _DAY,
    "day": _DAY,
    "week": _DAY,
    "month": _MONTH,
    "season": _MONTH,
    "quarter": _MONTH,
    "half": _MONTH,
    "year": _YEAR,
    "decade": _YEAR,
    "century": _YEAR,
}


def timelinejs_date(day: datetime.date, precision: str) -> dict[str, int]:
    """A TimelineJS date object with the parts known at ``precision``, and no more."""
    if precision == _YEAR:
        return {"year": day.year}
    if precision == _MONTH:
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def timelinejs_dates(event: EventRecord) -> dict[str, dict[str, int]]:
    """``start_date``, and ``end_date`` when the event covers more than one unit of its precision."""
    precision = _PRECISION.get(event.granularity, _DAY)
    start = timelinejs_date(event.date_start, precision)
    end = timelinejs_date(event.date_end, precision)
    if end == start:
        return {"start_date": start}
    return {"start_date": start, "end_date": end}


def timelinejs_slide(event: EventRecord, url: str | None = None) -> dict:
    slide = {
        **timelinejs_dates(event),
        "display_date": escape(event.date_label),
        "text": {"headline": escape(event.title), "text": evidence_html(event, url)},
        "unique_id": f"event-{event.id}",
    }
    group = (event.actors or event.places or [None])[0]
    if group:
        slide["group"] = escape(group)
    return slide


# What the date means when it is not the day the event happened on.
_MODALITY_NOTES = {
    "planned": "Planned: in the future when reported.",
    "reported": "Reported by this date; the sources give no date of its own.",
}


def evidence_html(event: EventRecord, url: str | None = None) -> str:
    """The slide's text: each supporting passage with its date phrase marked, and its source."""
    parts = [_passage_html(item) for item in event.evidence]
    facts = []
    if event.actors or event.places:
        facts.append(escape(", ".join(event.actors + event.places)))
    if event.modality in _MODALITY_NOTES:
        facts.append(_MODALITY_NOTES[event.modality])
    if event.conflict:
        facts.append("Sources give incompatible dates.")
    if url:
        facts.append(f'<a href="{escape(url)}">Evidence ({event.n_articles} article{"" if event.n_articles == 1 else "s"})</a>')
    if facts:
        parts.append(f"<p>{' · '.join(facts)}</p>")
    return "".join(parts)


def _passage_html(item: Evidence) -> str:
    text, start, end = item.passage, item.phrase_start, item.phrase_end
    if text[start:end] != item.phrase and item.phrase:
        # Offsets that do not point at the phrase (an edited passage): find it by its words.
        start = text.find(item.phrase)
        end = start + len(item.phrase)
    if 0 <= start < end <= len(text):
        quoted = f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}"
    else:
        quoted = escape(text)
    source = escape(item.article_title)
    if item.article_url.lower().startswith(("http://", "https://")):
        source = f'<a href="{escape(item.article_url)}">{source}</a>'
    details = [f"<cite>{source}</cite>"]
    if item.article_outlet:
        details.append(escape(item.article_outlet))
    if item.article_published:
        details.append(f"published {item.article_published.isoformat()}")
    return f"<blockquote>{quoted}</blockquote><p>{', '.join(details)}</p>"


def describe_filters(event_filter: EventFilter) -> str:
    """The filters in force, for a reader: "From: 2025-03-01 · Text: pipeline"."""
    if not event_filter.is_bound:
        return ""
    event_filter.is_valid()  # an invalid value is ignored by the export, and so left out here
    parts = []
    for name, value in getattr(event_filter.form, "cleaned_data", {}).items():
        if value in (None, "", [], ()):
            continue
        label = event_filter.filters[name].label or name
        shown = ", ".join(map(str, value)) if isinstance(value, (list, tuple, set)) else str(value)
        parts.append(f"{label}: {shown}")
    return " · ".join(parts)


def timelinejs_chunks(
    queryset: QuerySet[Event],
    description: str = "",
    event_url: Callable[[int], str] | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[str]:
    """Every event of ``queryset`` as one TimelineJS document, one chunk per batch."""
    return timelinejs_text(event_batches(queryset, batch_size), description, event_url)


def timelinejs_text(
    batches: Iterable[list[EventRecord]],
    description: str = "",
    event_url: Callable[[int], str] | None = None,
) -> Iterator[str]:
    title = {"text": {"headline": TIMELINE_HEADLINE, "text": f"<p>{escape(description)}</p>" if description else ""}}
    yield '{"title": ' + json.dumps(title, ensure_ascii=False) + ', "events": ['
    yield from json_items(batches, lambda event: timelinejs_slide(event, event_url(event.id) if event_url else None))
    yield "\n]}\n"
