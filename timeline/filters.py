"""The timeline's filters: one definition serves the page, the exports and the command line.

Every filter is a query-string parameter, so every state of the page is a stable URL.
Rejected events are left out unless the ``status`` filter asks for them.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

import django_filters
from django import forms
from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet

from timeline.models import Article, Entity, Event, Mention
from timeline.timex_values import GRANULARITY_CHOICES

ACTOR_KINDS = (Entity.Kind.PERSON, Entity.Kind.ORGANISATION)
PLACE_KINDS = (Entity.Kind.PLACE,)
VISIBLE_STATUSES = (Event.Status.CANDIDATE, Event.Status.CONFIRMED)
STATUS_ALL = "all"
STATUS_CHOICES = [
    (Event.Status.CONFIRMED, "confirmed"),
    (Event.Status.CANDIDATE, "candidate"),
    (Event.Status.REJECTED, "rejected"),
    (STATUS_ALL, "any, rejected too"),
]
# A select lists every article or entity up to this many; beyond it the field takes an id.
SELECT_LIMIT = 200


def _autosubmit(widget_class, **attrs):
    return widget_class(attrs={"class": "autosubmit", **attrs})


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_text",
        label="Text",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Words in titles or sources"}),
    )
    date_after = django_filters.DateFilter(
        method="filter_date_after", label="From", widget=_autosubmit(forms.DateInput, type="date")
    )
    date_before = django_filters.DateFilter(
        method="filter_date_before", label="To", widget=_autosubmit(forms.DateInput, type="date")
    )
    actor = django_filters.ModelChoiceFilter(
        queryset=Entity.objects.filter(kind__in=ACTOR_KINDS).order_by("name"),
        method="filter_entity",
        label="Actor",
        empty_label="Any actor",
        widget=_autosubmit(forms.Select),
    )
    place = django_filters.ModelChoiceFilter(
        queryset=Entity.objects.filter(kind__in=PLACE_KINDS).order_by("name"),
        method="filter_entity",
        label="Place",
        empty_label="Any place",
        widget=_autosubmit(forms.Select),
    )
    outlet = django_filters.ChoiceFilter(
        method="filter_outlet", label="Outlet", empty_label="Any outlet", choices=(), widget=_autosubmit(forms.Select)
    )
    article = django_filters.ModelChoiceFilter(
        queryset=Article.objects.order_by("-published", "title"),
        method="filter_article",
        label="Article",
        empty_label="Any article",
        widget=_autosubmit(forms.Select),
    )
    granularity = django_filters.ChoiceFilter(
        field_name="granularity",
        label="Date precision",
        empty_label="Any precision",
        choices=GRANULARITY_CHOICES,
        widget=_autosubmit(forms.Select),
    )
    min_articles = django_filters.NumberFilter(
        field_name="n_articles",
        lookup_expr="gte",
        label="Min. articles",
        min_value=1,
        widget=_autosubmit(forms.NumberInput, min="1", step="1", inputmode="numeric"),
    )
    status = django_filters.ChoiceFilter(
        method="filter_status",
        label="Status",
        empty_label="Not rejected",
        choices=STATUS_CHOICES,
        widget=_autosubmit(forms.Select),
    )

    class Meta:
        model = Event
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["outlet"].extra["choices"] = [(outlet, outlet) for outlet in known_outlets()]
        # A select of a hundred thousand articles helps nobody: past the limit, an id field.
        for name in ("article", "actor", "place"):
            choices = self.filters[name].queryset
            if len(choices.values_list("pk", flat=True)[: SELECT_LIMIT + 1]) > SELECT_LIMIT:
                self.form.fields[name].widget = forms.NumberInput(attrs={"min": "1", "placeholder": "id"})

    # Conditions are written cheapest first (SQLite tests them in the order written):
    # columns of the row, then one-index lookups, then joins through the evidence, and
    # the text search, which reads passages, last.
    EVALUATION_ORDER = (
        "date_after", "date_before", "granularity", "min_articles", "status",
        "actor", "place", "article", "outlet", "q",
    )

    @property
    def qs(self) -> QuerySet[Event]:
        return self.events()

    def events(self, ignoring: str | tuple[str, ...] = ()) -> QuerySet[Event]:
        """The events every valid filter selects, leaving out the filters named in ``ignoring``.

        A value that does not validate is left out of ``cleaned_data`` and so ignored;
        the form keeps its error for the page to show. Facets count each filter's values
        on the events the *other* filters select.
        """
        ignoring = (ignoring,) if isinstance(ignoring, str) else ignoring
        self.form.is_valid()
        queryset = self.queryset.all()
        data = self.form.cleaned_data
        for name in sorted(data, key=self.EVALUATION_ORDER.index):
            value = data[name]
            if name in ignoring or value in (None, ""):
                continue
            queryset = self.filters[name].filter(queryset, value)
        if "status" not in ignoring and not self.form.cleaned_data.get("status"):
            queryset = queryset.exclude(status=Event.Status.REJECTED)
        return queryset

    def filter_text(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        value = value.strip()
        if not value:
            return queryset
        # The event is matched by a range of one id, not "event = outer id": PostgreSQL
        # turns an equality-correlated EXISTS under OR into a hashed subplan that reads
        # every passage of the database before the first row; with the range it looks up
        # the passages of each candidate event, and the page's LIMIT stops early.
        in_passages = Mention.objects.filter(
            event_id__gte=OuterRef("pk"), event_id__lte=OuterRef("pk"), passage__text__icontains=value
        )
        return queryset.filter(Q(title__icontains=value) | Exists(in_passages))

    def filter_date_after(self, queryset, name, value):
        return overlapping(queryset, after=value)

    def filter_date_before(self, queryset, name, value):
        return overlapping(queryset, before=value)

    def filter_entity(self, queryset, name, value):
        links = Event.entities.through.objects.filter(event=OuterRef("pk"), entity=value)
        return queryset.filter(Exists(links))

    def filter_article(self, queryset, name, value):
        return queryset.filter(Exists(Mention.objects.filter(event=OuterRef("pk"), passage__article=value)))

    def filter_outlet(self, queryset, name, value):
        return queryset.filter(
            Exists(Mention.objects.filter(event=OuterRef("pk"), passage__article__outlet=value))
        )

    def filter_status(self, queryset, name, value):
        if value == STATUS_ALL:
            return queryset
        return queryset.filter(status=value)


def overlapping(
    queryset: QuerySet[Event], after: datetime.date | None = None, before: datetime.date | None = None
) -> QuerySet[Event]:
    """Events whose interval overlaps [after, before], either end open.

    "Ends on or after ``after``" alone cannot use the chronological index. An event
    that ends on or after ``after`` starts no earlier than ``after`` minus the widest
    span on the timeline, so that redundant lower bound on the start turns the
    condition into a range of the index.
    """
    queryset = queryset.overlapping(after=after, before=before)
    if after is not None:
        lowest_start = after - datetime.timedelta(days=widest_span_days())
        queryset = queryset.filter(date_start__gte=lowest_start)
    return queryset


def widest_span_days() -> int:
    """The longest interval on the timeline, in days (read from an expression index)."""
    if connection.vendor == "postgresql":
        sql = 'SELECT MAX("date_end" - "date_start") FROM "timeline_event"'
    elif connection.vendor == "sqlite":
        sql = 'SELECT MAX(julianday("date_end") - julianday("date_start")) FROM "timeline_event"'
    else:  # pragma: no cover - other databases read every row, which is still correct
        sql = None
    if sql is None:
        return max(((e - s).days for s, e in Event.objects.values_list("date_start", "date_end")), default=0)
    with connection.cursor() as cursor:
        cursor.execute(sql)
        (days,) = cursor.fetchone()
    return int(days or 0) + 1


def known_outlets(limit: int = 500) -> list[str]:
    """The outlets of the ingested articles, alphabetically, at most ``limit`` of them.

    A loose index scan: one probe of the outlet index per distinct outlet, where
    SELECT DISTINCT would read the index entry of every article.
    """
    sql = """
        WITH RECURSIVE outlets(name) AS (
            SELECT MIN(outlet) FROM {table} WHERE outlet > ''
            UNION ALL
            SELECT (SELECT MIN(outlet) FROM {table} WHERE outlet > outlets.name)
            FROM outlets WHERE outlets.name IS NOT NULL
        )
        SELECT name FROM outlets WHERE name IS NOT NULL LIMIT %s
    """.format(table=connection.ops.quote_name(Article._meta.db_table))
    with connection.cursor() as cursor:
        cursor.execute(sql, [limit])
        return [name for (name,) in cursor.fetchall()]


def filtered_events(params: Mapping) -> tuple[EventFilter, QuerySet[Event]]:
    """The filter bound to ``params`` and the events it selects.

    Invalid values are reported on the form and ignored in the result, so a bad
    query string gives a message, never an error page.
    """
    event_filter = EventFilter(params, queryset=Event.objects.all())
    return event_filter, event_filter.events()
