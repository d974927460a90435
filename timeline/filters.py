"""The timeline's filters: one definition serves the page, the exports and the command line."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet

from timeline.models import Article, Event, Mention


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_text",
        label="Text",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Words in titles or sources"}),
    )
    date_after = django_filters.DateFilter(
        method="filter_date_after",
        label="From",
        widget=forms.DateInput(attrs={"type": "date", "class": "autosubmit"}),
    )
    date_before = django_filters.DateFilter(
        method="filter_date_before",
        label="To",
        widget=forms.DateInput(attrs={"type": "date", "class": "autosubmit"}),
    )
    article = django_filters.ModelChoiceFilter(
        queryset=Article.objects.order_by("-published", "title"),
        method="filter_article",
        label="Article",
        empty_label="All articles",
        widget=forms.Select(attrs={"class": "autosubmit"}),
    )
    outlet = django_filters.ChoiceFilter(
        method="filter_outlet",
        label="Outlet",
        empty_label="All outlets",
        choices=(),
        widget=forms.Select(attrs={"class": "autosubmit"}),
    )

    class Meta:
        model = Event
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        outlets = (
            Article.objects.exclude(outlet="").order_by("outlet").values_list("outlet", flat=True).distinct()
        )
        self.filters["outlet"].extra["choices"] = [(outlet, outlet) for outlet in outlets]

    def filter_text(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        value = value.strip()
        if not value:
            return queryset
        in_passages = Mention.objects.filter(event=OuterRef("pk"), passage__text__icontains=value)
        return queryset.filter(Q(title__icontains=value) | Exists(in_passages))

    def filter_date_after(self, queryset, name, value):
        return queryset.overlapping(after=value)

    def filter_date_before(self, queryset, name, value):
        return queryset.overlapping(before=value)

    def filter_article(self, queryset, name, value):
        return queryset.filter(Exists(Mention.objects.filter(event=OuterRef("pk"), passage__article=value)))

    def filter_outlet(self, queryset, name, value):
        return queryset.filter(
            Exists(Mention.objects.filter(event=OuterRef("pk"), passage__article__outlet=value))
        )


def filtered_events(params) -> tuple[EventFilter, QuerySet[Event]]:
    """The filter bound to ``params`` and the visible events it selects.

    Invalid values are reported on the form and ignored in the result, so a bad
    query string gives a message, never an error page.
    """
    event_filter = EventFilter(params, queryset=Event.objects.visible())
    if event_filter.is_valid():
        return event_filter, event_filter.qs
    valid = {name: value for name, value in params.items() if name not in event_filter.errors}
    fallback = EventFilter(valid, queryset=Event.objects.visible())
    return event_filter, (fallback.qs if fallback.is_valid() else Event.objects.visible())
