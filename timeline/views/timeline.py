"""The chronology page, its overview (chart and facet counts) and an event's evidence.

The page answers three kinds of request at one URL: a full page (no JavaScript, a
link, a history restore), the results alone (the filter form, with htmx), or the
whole timeline region (a facet or a chart bar, which also changes the form's values).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render

from timeline import exports
from timeline.charts import events_per_period
from timeline.chronology import group_by_month, rows_of
from timeline.facets import CappedCount, count_up_to, facets_for
from timeline.filters import filtered_events
from timeline.ingest.events import conflicting_accounts, days_given
from timeline.models import Event
from timeline.pagination import CURSOR_PARAM, Cursor, page_of
from timeline.routes import routes
from timeline.urlstate import clean_params, export_query, has_empty_params, query_with, return_address
from timeline.views.access import readable
from timeline.views.querystring import with_cursor


@readable
def index(request: HttpRequest) -> HttpResponse:
    if not request.htmx and has_empty_params(request.GET):
        # A plain form submits every field; the address keeps only those in use.
        return HttpResponseRedirect(routes()["index"] + query_with(request.GET).rstrip("?"))
    event_filter, events = filtered_events(request.GET)
    cursor = Cursor.parse(request.GET.get(CURSOR_PARAM))
    page = page_of(rows_of(events), cursor, settings.TIMELINE_PAGE_SIZE)
    params = clean_params(request.GET)
    query = params.urlencode()
    htmx = request.htmx
    more = cursor is not None and htmx and not htmx.history_restore_request
    context = {
        "filter": event_filter,
        # "Load more" adds to the month on screen; a later page opened on its own (without
        # JavaScript, or in a new tab) heads its first month and links back to the start.
        "groups": group_by_month(page.events, continuing_from=cursor.date_start if more else None),
        "start_url": f"?{query}" if cursor is not None and not more else None,
        "next_url": f"?{with_cursor(query, page.next_cursor)}" if page.next_cursor else None,
        "query": query,
        # The exports take the filters the list shows: a value it ignores is left out.
        "export_query": export_query(params, event_filter.errors) if event_filter.errors else query,
        # When every match fits on the page, its length is the total; otherwise the
        # total is counted with the overview, which the page loads right after itself,
        # so that counting never holds back the first results.
        "total": CappedCount(len(page.events)) if cursor is None and page.next_cursor is None else None,
        "more_than": len(page.events) if cursor is None and page.next_cursor is not None else None,
        "filtered": bool(query),
        "routes": routes(),
    }
    if htmx and not htmx.history_restore_request:
        if more:
            return render(request, "timeline/page.html#more", context)
        if htmx.target in ("results", "timeline"):
            response = render(request, f"timeline/page.html#{htmx.target}", context)
            response["HX-Push-Url"] = routes()["index"] + (f"?{query}" if query else "")
            return response
    return render(request, "timeline/page.html", context)


@readable
def overview(request: HttpRequest) -> HttpResponse:
    """The chart of events per period and the facet counts, for the page's filters."""
    event_filter, events = filtered_events(request.GET)
    data = event_filter.form.cleaned_data
    context = {
        "filter": event_filter,
        # The chart draws the date range itself, over the events every other filter selects.
        "chart": events_per_period(
            event_filter.events(ignoring=("date_after", "date_before")),
            data.get("date_after"),
            data.get("date_before"),
            request.GET,
        ),
        "facets": facets_for(event_filter, request.GET),
        "total": count_up_to(events),
        "query": clean_params(request.GET).urlencode(),
        "all_dates_url": query_with(request.GET, date_after=None, date_before=None).rstrip("?"),
        "routes": routes(),
    }
    template = "timeline/overview.html#overview" if request.htmx else "timeline/overview.html"
    return render(request, template, context)


@readable
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event.objects.prefetch_related("entities"), pk=pk)
    exports.with_evidence([event])
    template = "timeline/event.html#evidence" if request.htmx else "timeline/event.html"
    context = {
        "event": event,
        "conflicting_accounts": conflicting_accounts(event),
        "days_given": days_given(event.mentions.all()),
        "back": return_address(request.headers.get("Referer", ""), request.get_host(), routes()["index"]),
    }
    return render(request, template, context)
