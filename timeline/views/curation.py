"""The curation queue: what waits for an editor, each with its one-click action.

Every action is a POST with CSRF. With htmx the answer is the updated row, swapped in
place; without JavaScript the form posts normally and the page is shown again.
The operations themselves are ``timeline.curation``'s.
"""

from __future__ import annotations

from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.admin.models import LogEntry
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from timeline import curation
from timeline.dates import DATE_BOX_FORMAT
from timeline.models import Article, Event, Mention
from timeline.timex_values import EXAMPLES, InvalidTimexValue, stretch_of_value

ROWS_PER_LIST = 50
QUEUE_TEMPLATE = "timeline/curation.html"


def staff_only(*permissions: str):
    """Signed-in staff with ``permissions``; others are sent to log in, or refused."""

    def decorator(view):
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.is_staff or not request.user.has_perms(permissions):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


class PublicationDateForm(forms.Form):
    published = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}, format=DATE_BOX_FORMAT))

    def clean_published(self):
        published = self.cleaned_data["published"]
        try:
            curation.check_publication_date(published)
        except curation.CurationError as error:
            raise forms.ValidationError(str(error)) from None
        return published


class EventDateForm(forms.Form):
    value = forms.CharField(max_length=40)

    def clean_value(self):
        try:
            return stretch_of_value(self.cleaned_data["value"])
        except InvalidTimexValue as error:
            raise forms.ValidationError(str(error)) from None


@require_GET
@staff_only("timeline.view_event")
def queue(request: HttpRequest) -> HttpResponse:
    waiting = curation.queue()
    sections = [
        {
            "key": "conflicts",
            "title": "Events whose sources give different dates",
            "hint": f"Set the date that holds (a TIMEX3 value such as {EXAMPLES}).",
            "rows": waiting.conflicting_events,
        },
        {
            "key": "low-confidence",
            "title": f"Low-confidence events (below {curation.LOW_CONFIDENCE:.0%})",
            "hint": "Check the evidence; confirm what holds, reject the rest.",
            "rows": waiting.low_confidence_events,
        },
        {
            "key": "candidates",
            "title": "New candidates",
            "hint": "Found by the last ingest and not yet reviewed.",
            "rows": waiting.candidate_events,
        },
    ]
    for section in sections:
        section["count"] = section["rows"].count()
        section["rows"] = list(section["rows"][:ROWS_PER_LIST])
    articles = waiting.articles_without_date.annotate(n_dates=Count("passages__mentions"))
    context = {
        "articles": [_article_row(article) for article in articles[:ROWS_PER_LIST]],
        "articles_count": articles.count(),
        "sections": sections,
        "rows_per_list": ROWS_PER_LIST,
        "recent": LogEntry.objects.filter(content_type__app_label="timeline")
        .select_related("user", "content_type")
        .order_by("-action_time")[:8],
    }
    return render(request, QUEUE_TEMPLATE, context)


@require_POST
@staff_only("timeline.change_event")
def event_status(request: HttpRequest, pk: int, status: str) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    if status not in Event.Status.values:
        return HttpResponse(status=404)
    curation.set_status(event, status, request.user)
    done = f"{event.get_status_display().capitalize()} by {request.user.get_username()}."
    return _answer_event(request, event, done=done)


@require_POST
@staff_only("timeline.change_event")
def event_date(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    form = EventDateForm(request.POST)
    if not form.is_valid():
        return _answer_event(request, event, error=form.errors["value"][0], value=request.POST.get("value", ""))
    curation.set_event_date(event, form.cleaned_data["value"], request.user)
    return _answer_event(request, event, done=f"Dated {event.date_label} by {request.user.get_username()}.")


@require_POST
@staff_only("timeline.change_article")
def article_published(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    form = PublicationDateForm(request.POST)
    if not form.is_valid():
        error = form.errors["published"][0]
        if request.htmx:
            return render(request, f"{QUEUE_TEMPLATE}#article_row", {"row": _article_row(article, error=error)})
        messages.error(request, f"{article.title}: {error}")
        return redirect(reverse("timeline:curation") + "#articles")
    curation.set_publication_date(article, form.cleaned_data["published"], request.user)
    found = Mention.objects.filter(passage__article=article).count()
    done = f"Published {article.publication_label}: {found} date{'s' if found != 1 else ''} resolved again."
    if request.htmx:
        return render(request, f"{QUEUE_TEMPLATE}#article_row", {"row": _article_row(article, done=done)})
    messages.success(request, f"{article.title}: {done}")
    return redirect(reverse("timeline:curation") + "#articles")


def _article_row(article: Article, done: str = "", error: str = "") -> dict:
    n_dates = getattr(article, "n_dates", None)
    if n_dates is None:
        n_dates = Mention.objects.filter(passage__article=article).count()
    return {"article": article, "n_dates": n_dates, "done": done, "error": error}


def _answer_event(request: HttpRequest, event: Event, done: str = "", error: str = "", value: str = ""):
    if request.htmx:
        context = {"event": event, "done": done, "error": error, "value": value}
        return render(request, f"{QUEUE_TEMPLATE}#event_row", context)
    if error:
        messages.error(request, f"{event.title}: {error}")
    else:
        messages.success(request, f"{event.title}: {done}")
    return redirect(reverse("timeline:curation") + f"#event-{event.pk}")
