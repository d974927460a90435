"""The chronology page and an event's evidence."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from timeline import exports
from timeline.chronology import group_by_month
from timeline.filters import filtered_events
from timeline.models import Event
from timeline.pagination import CURSOR_PARAM, Cursor, page_of
from timeline.views.access import readable
from timeline.views.querystring import with_cursor, without_cursor


@readable
def index(request: HttpRequest) -> HttpResponse:
    event_filter, events = filtered_events(request.GET)
    cursor = Cursor.parse(request.GET.get(CURSOR_PARAM))
    page = page_of(events, cursor, settings.TIMELINE_PAGE_SIZE)
    exports.with_evidence(page.events)
    query = without_cursor(request)
    context = {
        "filter": event_filter,
        "groups": group_by_month(page.events, continuing_from=cursor.date_start if cursor else None),
        "next_url": f"?{with_cursor(query, page.next_cursor)}" if page.next_cursor else None,
        "query": query,
        "total": events.count() if cursor is None else None,
    }
    if request.htmx and cursor is not None:
        return render(request, "timeline/page.html#more", context)
    if request.htmx and request.htmx.target == "results":
        return render(request, "timeline/page.html#results", context)
    return render(request, "timeline/page.html", context)


@readable
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event.objects.all(), pk=pk)
    exports.with_evidence([event])
    template = "timeline/event.html#evidence" if request.htmx else "timeline/event.html"
    return render(request, template, {"event": event})
