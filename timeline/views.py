"""Thin views: the filtered chronology, an event's evidence, and the exports."""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from timeline import exports
from timeline.filters import filtered_events
from timeline.models import Event
from timeline.pagination import CURSOR_PARAM, Cursor, page_of
from timeline.chronology import group_by_month


def readable(view):
    """Anyone reads the timeline, unless TIMELINE_REQUIRE_LOGIN asks for a signed-in user."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if settings.TIMELINE_REQUIRE_LOGIN and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return require_GET(wrapper)


@readable
def timeline(request: HttpRequest) -> HttpResponse:
    event_filter, events = filtered_events(request.GET)
    cursor = Cursor.parse(request.GET.get(CURSOR_PARAM))
    page = page_of(events, cursor, settings.TIMELINE_PAGE_SIZE)
    exports.with_evidence(page.events)
    query = _query_without_cursor(request)
    context = {
        "filter": event_filter,
        "groups": group_by_month(page.events, continuing_from=cursor.date_start if cursor else None),
        "next_url": f"?{_with_cursor(query, page.next_cursor)}" if page.next_cursor else None,
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
            f"{reverse('timeline:events_json')}?{_with_cursor(_query_without_cursor(request), page.next_cursor)}"
        )
    return JsonResponse({"events": [exports.event_json(e) for e in page.events], "next": next_url})


def _query_without_cursor(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop(CURSOR_PARAM, None)
    return params.urlencode()


def _with_cursor(query: str, cursor: Cursor) -> str:
    return f"{query}&{CURSOR_PARAM}={cursor}" if query else f"{CURSOR_PARAM}={cursor}"
