"""The filtered events as files: the same query string as the page, the same events."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse

from timeline.exports.csv import csv_chunks
from timeline.exports.evidence import page_of_records
from timeline.exports.json import event_json
from timeline.exports.timelinejs import describe_filters, timelinejs_chunks
from timeline.filters import EventFilter, filtered_events
from timeline.pagination import CURSOR_PARAM, Cursor
from timeline.views.access import readable
from timeline.views.querystring import with_cursor, without_cursor


def _refusal(event_filter: EventFilter, as_json: bool = False) -> HttpResponse | None:
    """A 400 naming each filter value that was not understood, or None when all were.

    The page shows the events with such a value left out, and says so beside them; a file
    cannot carry that message, so it is not written at all rather than written for other
    filters than the ones asked for. (The page's own export links leave the value out.)
    """
    if not event_filter.errors:
        return None
    fields = event_filter.form.fields
    problems = {name: [str(error) for error in errors] for name, errors in event_filter.errors.items()}
    if as_json:
        return JsonResponse({"errors": problems}, status=400, json_dumps_params={"ensure_ascii": False})
    lines = [
        f"{fields[name].label if name in fields else 'Filters'} ({name}): {' '.join(errors)}"
        for name, errors in problems.items()
    ]
    text = "Some filter values were not understood, so nothing was exported:\n" + "\n".join(lines) + "\n"
    return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")


@readable
def events_csv(request: HttpRequest) -> HttpResponse:
    event_filter, events = filtered_events(request.GET)
    if (refused := _refusal(event_filter)) is not None:
        return refused
    response = StreamingHttpResponse(csv_chunks(events), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="events.csv"'
    return response


@readable
def events_json(request: HttpRequest) -> JsonResponse:
    event_filter, events = filtered_events(request.GET)
    if (refused := _refusal(event_filter, as_json=True)) is not None:
        return refused
    cursor = Cursor.parse(request.GET.get(CURSOR_PARAM))
    records, next_cursor = page_of_records(events, cursor, settings.TIMELINE_PAGE_SIZE)
    next_url = None
    if next_cursor:
        next_url = request.build_absolute_uri(
            f"{reverse('timeline:events_json')}?{with_cursor(without_cursor(request), next_cursor)}"
        )
    event_url = _event_url(request)
    return JsonResponse(
        {"events": [event_json(record, event_url(record.id)) for record in records], "next": next_url},
        json_dumps_params={"ensure_ascii": False},
    )


@readable
def events_timelinejs(request: HttpRequest) -> HttpResponse:
    event_filter, events = filtered_events(request.GET)
    if (refused := _refusal(event_filter, as_json=True)) is not None:
        return refused
    chunks = timelinejs_chunks(events, describe_filters(event_filter), _event_url(request))
    return StreamingHttpResponse(chunks, content_type="application/json; charset=utf-8")


def _event_url(request: HttpRequest) -> Callable[[int], str]:
    """Absolute links to an event's evidence page, without a reverse() per row."""
    template = request.build_absolute_uri(reverse("timeline:event", args=[0]))
    head, _, tail = template.rpartition("/0/")
    return lambda pk: f"{head}/{pk}/{tail}"
