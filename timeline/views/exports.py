"""The filtered events as files: the same query string as the page."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from django.urls import reverse

from timeline import exports
from timeline.filters import filtered_events
from timeline.pagination import CURSOR_PARAM, Cursor, page_of
from timeline.views.access import readable
from timeline.views.querystring import with_cursor, without_cursor


@readable
def events_csv(request: HttpRequest) -> StreamingHttpResponse:
    _, events = filtered_events(request.GET)
    response = StreamingHttpResponse(
        exports.csv_lines(exports.events_with_evidence(events)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="events.csv"'
    return response


@readable
def events_json(request: HttpRequest) -> JsonResponse:
    _, events = filtered_events(request.GET)
    cursor = Cursor.parse(request.GET.get(CURSOR_PARAM))
    page = page_of(events, cursor, settings.TIMELINE_PAGE_SIZE)
    exports.with_evidence(page.events)
    next_url = None
    if page.next_cursor:
        next_url = request.build_absolute_uri(
            f"{reverse('timeline:events_json')}?{with_cursor(without_cursor(request), page.next_cursor)}"
        )
    return JsonResponse({"events": [exports.event_json(e) for e in page.events], "next": next_url})
