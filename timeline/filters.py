"""The timeline's filters: one definition serves the page, the exports and the command line.

Every filter is a query-string parameter, so every state of the page is a stable URL.
Rejected events are left out unless the ``status`` filter asks for them.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from collections.abc import Mapping

import django_filters
from django import forms
from django.db import connection
from django.db.models import BooleanField, DateField, Exists, Expression, F, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL

from timeline import dates
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


class _ListedChoiceField(django_filters.fields.ModelChoiceField):
    """A model choice checked against the (id, label) options the page has already read.

    ``listed`` holds those options when there are few enough for a select; the chosen
    value is then an instance holding its id and label (all the filters and the
    descriptions of them use), and no query is made for it. Otherwise the value is
    looked up in the field's queryset, as usual.
    """

    listed: dict[int, str] | None = None
    label_field = "name"  # the model's field the labels come from

    def to_python(self, value):
        if self.listed is None or value in self.empty_values:
            return super().to_python(value)
        try:
            pk = int(str(value).strip())
        except ValueError:
            pk = None
        if pk not in self.listed:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
            )
        return self.queryset.model(pk=pk, **{self.label_field: self.listed[pk]})


class _ListedChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = _ListedChoiceField


class _DayField(forms.DateField):
    """A day as a date box sends it, YYYY-MM-DD. "3/4/2025" is refused, not guessed: it is
    4 March to some readers and 3 April to others."""

    input_formats = ["%Y-%m-%d"]

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError:
            raise forms.ValidationError(
                "“%(value)s” is not a day: write it as YYYY-MM-DD, e.g. 2025-03-12.",
                code="invalid",
                params={"value": str(value)[:40]},
            ) from None


class _DayFilter(django_filters.DateFilter):
    field_class = _DayField


class _FilterForm(forms.Form):
    def clean(self):
        data = super().clean()
        after, before = data.get("date_after"), data.get("date_before")
        if after and before and before < after:
            self.add_error(
                "date_before",
                f"“To” ({dates.format_day(before)}) comes before “From” ({dates.format_day(after)}): "
                "no day lies between them, so only “From” is used.",
            )
        return data


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_text",
        label="Text",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Words in titles or sources"}),
    )
    date_after = _DayFilter(
        method="filter_date_after", label="From", widget=_autosubmit(forms.DateInput, type="date")
    )
    date_before = _DayFilter(
        method="filter_date_before", label="To", widget=_autosubmit(forms.DateInput, type="date")
    )
    actor = _ListedChoiceFilter(
        queryset=Entity.objects.filter(kind__in=ACTOR_KINDS).order_by("name"),
        method="filter_entity",
        label="Actor",
        empty_label="Any actor",
        widget=_autosubmit(forms.Select),
    )
    place = _ListedChoiceFilter(
        queryset=Entity.objects.filter(kind__in=PLACE_KINDS).order_by("name"),
        method="filter_entity",
        label="Place",
        empty_label="Any place",
        widget=_autosubmit(forms.Select),
    )
    outlet = django_filters.ChoiceFilter(
        method="filter_outlet", label="Outlet", empty_label="Any outlet", choices=(), widget=_autosubmit(forms.Select)
    )
    article = _ListedChoiceFilter(
        queryset=Article.objects.order_by("-published", "title"),
        method="filter_article",
        label="Article",
        empty_label="Any article",
        widget=_autosubmit(forms.Select),
    )
    granularity = django_filters.ChoiceFilter(
        method="filter_granularity",
        label="Date precision",
        empty_label="Any precision",
        choices=GRANULARITY_CHOICES,
        widget=_autosubmit(forms.Select),
    )
    min_articles = django_filters.NumberFilter(
        method="filter_min_articles",
        label="Min. articles",
        min_value=1,
        # A text box with a numeric keypad, not a number input: a browser empties a number
        # input that holds something else, so a reader could not see what was refused.
        widget=_autosubmit(forms.TextInput, inputmode="numeric", autocomplete="off", size="4"),
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
        form = _FilterForm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stamp = catalogue_stamp()
        self.options = select_options(self.stamp)
        self.form.fields["outlet"].choices = [(outlet, outlet) for outlet in self.options["outlet"]]
        # A select of a hundred thousand articles helps nobody: past the limit, an id field.
        for name in ("article", "actor", "place"):
            field = self.form.fields[name]
            options = self.options[name]
            if options is None:
                field.widget = forms.NumberInput(attrs={"min": "1", "placeholder": "id"})
            else:
                # The options just read are the select's: left to itself, the field would
                # read them again, through a server-side cursor on PostgreSQL, and look
                # the chosen one up once more.
                field.widget.choices = [("", field.empty_label), *options]
                field.listed = dict(options)
                field.label_field = "title" if name == "article" else "name"

    def get_form_class(self):
        """The form class, built once: its fields follow from the class's filters alone.

        django-filter builds a new class, and a new field for each filter, for every
        filter set. Each form still gets its own copies of the fields, which the
        constructor above then fills with the current options.
        """
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            form_class = super().get_form_class()
            form_class.base_fields = _FieldCopies(form_class.base_fields)
            cls._form_class = form_class
        return cls._form_class

    # Conditions are written cheapest first (SQLite tests them in the order written):
    # columns of the row, then one-index lookups, then joins through the evidence, and
    # the text search, which reads passages, last.
    EVALUATION_ORDER = (
        "date_after", "date_before", "granularity", "min_articles", "status",
        "actor", "place", "article", "outlet", "q",
    )
    # With an actor or a place chosen (the first of these), the events are read from its
    # chronology, and the filters on the columns are tested there.
    ENTITY_FILTERS = ("actor", "place")

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
        data = {
            name: value for name, value in self.form.cleaned_data.items()
            if name not in ignoring and value not in (None, "")
        }
        # An actor's or a place's events are read in order from its chronology, which tests
        # the filters on the columns in its own index (see EntityChronology): a page of one
        # actor's events in a year no longer looks through the year's events for them.
        entity = next((name for name in self.ENTITY_FILTERS if name in data), None)
        if entity is not None:
            queryset = queryset.in_chronology_of(data[entity])
        # Unless a status is asked for (or its filter ignored), rejected events are left
        # out, tested where the status filter would be: before the costlier conditions.
        hide_rejected = "status" not in ignoring and "status" not in data
        for name in sorted({*data, *(("status",) if hide_rejected else ())}, key=self.EVALUATION_ORDER.index):
            if name == entity:
                continue
            if name == "status" and hide_rejected:
                queryset = queryset.visible()
            else:
                queryset = self.filters[name].filter(queryset, data[name])
        return queryset

    def narrowed_for_counting(self, name: str, queryset: QuerySet[Event], value) -> QuerySet[Event]:
        """``queryset`` narrowed to one value of the filter ``name``, written for a count.

        The page reads events in its own order and stops after fifty, so its filters test
        each event it reads (EXISTS). A facet's count reads up to a thousand matches in
        no order, which is far cheaper starting from the value's own index: a join lets
        the database do so. An event has an entity at most once, so entities need no
        DISTINCT; an outlet may support an event through several passages, so it does,
        and only SQLite gains by it (PostgreSQL plans the EXISTS as a join already).
        """
        if name in ("actor", "place"):
            return queryset.filter(entities=value)
        if name == "outlet" and connection.vendor == "sqlite":
            return queryset.filter(mentions__passage__article__outlet=value).distinct()
        return self.filters[name].filter(queryset, value)

    def filter_text(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        terms = text_terms(value)
        if terms is None:
            return queryset
        if not terms:
            return queryset.none()
        # Read from an entity's chronology, the event is named by its row there: the test
        # is then made before the event's own row is read, for the rows that pass it alone.
        return queryset.filter(text_matches(terms, F(queryset.chronology_keys()[1]), stamp=self.stamp))

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

    def filter_min_articles(self, queryset, name, value):
        # The facets ask for the same minimum several times a page: probe the index once.
        probed = self.__dict__.setdefault("_commonly_supported", {})
        # No event has more articles than the column holds: a larger minimum matches nothing.
        articles = min(int(value), MOST_ARTICLES)
        if queryset.reads_entity_chronology:
            return supported_by_at_least(queryset, articles)  # tested in the chronology's index
        if articles not in probed:
            probed[articles] = commonly_supported(articles)
        return supported_by_at_least(queryset, articles, test_each=probed[articles])

    def filter_status(self, queryset, name, value):
        if value == STATUS_ALL:
            return queryset
        return queryset.filter(**{queryset.column("status"): value})

    def filter_granularity(self, queryset, name, value):
        return queryset.filter(**{queryset.column("granularity"): value})


class _FilterCopies(dict):
    """A filter set's class-level filters, copied for each filter set one filter at a time.

    django-filter deep-copies the class's filters for every filter set it makes, and
    with them their querysets, widgets and choices: half the cost of reading the query
    string on every page. A filter set needs its own filters only to point them at
    itself (its ``parent``, on which a ``method=`` filter finds its method) and to own
    their ``extra`` options; what they hold besides is never changed, so it is shared.
    """

    def __deepcopy__(self, memo):
        copies = {}
        for name, original in self.items():
            clone = copy.copy(original)
            clone.extra = dict(original.extra)
            if original.method is not None:
                clone.method = original.method  # binds the filter's FilterMethod to the clone
            copies[name] = clone
        return copies


EventFilter.base_filters = _FilterCopies(EventFilter.base_filters)


class _FieldCopies(dict):
    """The filter form's class-level fields, copied for each form one field at a time.

    A Django form deep-copies its class's fields, and with them each field's choices and
    a clone of each model field's queryset. A form of the timeline's filters changes only
    its fields' widgets (their choices, or a widget of their own) and the fields' listed
    options; their choices, querysets and messages are never changed, so they are shared.
    """

    def __deepcopy__(self, memo):
        copies = {}
        for name, original in self.items():
            clone = copy.copy(original)
            clone.widget = copy.copy(original.widget)
            clone.widget.attrs = dict(original.widget.attrs)
            clone.validators = list(original.validators)
            copies[name] = clone
        return copies


# A word is a run of letters and digits, as the full-text index reads it.
WORD = re.compile(r"[^\W_]+")
# Longer words are in no text; a longer query is cut to its first words.
LONGEST_WORD = 200
MOST_WORDS = 32


def text_terms(value: str) -> list[list[str]] | None:
    """The terms of a text filter, each a list of lower-cased words: None when there are none.

    Every term must be found. A word is a term of its own; words in double quotes are one
    term, a phrase, whose words must follow one another ("Putin visits" with the quotes).
    An empty list means the text can match nothing: only punctuation, or a word longer
    than any indexed one.
    """
    value = value.strip()
    if not value:
        return None
    terms: list[list[str]] = []
    left = MOST_WORDS
    # Between quotes (odd parts) a phrase; an unclosed quote runs to the end.
    for index, part in enumerate(value.split('"')):
        words = [word.lower() for word in WORD.findall(part)][:left]
        left -= len(words)
        if not words:
            continue
        if index % 2:
            terms.append(words)
        else:
            terms.extend([word] for word in words)
    if not terms or any(len(word) > LONGEST_WORD for term in terms for word in term):
        return []
    return terms


# Up to this many matching events are read from the index and looked up by id; a more
# common text is tested on each event in the order of the page, which stops early.
FEW_MATCHES = 2000


def text_matches(terms: list[list[str]], pk=None, stamp: int | None = None):
    """A condition on events: the title or the supporting passages hold every term.

    A term's words must follow one another, case-insensitively; the query's last word may
    be the start of a longer word ("visit" finds "visits"), as a reader types. The index
    is the one migration 0007 keeps: FTS5 on SQLite, a tsvector with a GIN index on
    PostgreSQL.

    A rare text is answered from the index: its few events are looked up by id. A common
    one would make the page sort many thousands of matches, so each event the page reads
    in its own order is tested instead, and the page stops at its limit. ``pk`` names the
    event's id for that test (by default the event's own column); ``stamp``, the catalogue
    stamp the page read, lets a text found common before be taken as such (_is_common).
    """
    common = _is_common(terms, stamp)
    ids = [] if common else _indexed_matches(terms, last_as_prefix=True)
    if common or len(ids) > FEW_MATCHES:
        return Q(HoldsText(pk or F("pk"), terms))
    return Q(pk__in=ids)


# Per process and database: the texts found common, with the catalogue stamp they were
# counted at; at most this many are kept.
_COMMON_TEXTS: dict[tuple[str, str], tuple[int, set[str]]] = {}
MOST_COMMON_TEXTS_KEPT = 1000


def _is_common(terms: list[list[str]], stamp: int | None) -> bool:
    """Whether the text's whole words are in more than FEW_MATCHES events.

    The words as typed match at least the events the whole words match, and a prefix
    search costs ten times as much: a text common as whole words is known to be common.

    A text found common is taken as such until ``stamp`` changes (see catalogue_stamp):
    events and their passages come and go with articles, and with them how common a word
    is. A text that an editor's changes have since made rare would only be tested on each
    event where a lookup by id would be quicker: either way finds the same events, but for
    words next to the rare characters HoldsText names. A rare text is counted every time:
    its ids are read anyway.
    """
    text = fts5_query(terms, last_as_prefix=False)
    kept = _COMMON_TEXTS.get(_database()) if stamp is not None else None
    if kept is not None and kept[0] == stamp and text in kept[1]:
        return True
    common = _surely_common(terms) or _indexed_count(terms, last_as_prefix=False) > FEW_MATCHES
    # Counted inside a transaction, the verdict may rest on changes it does not commit.
    if common and stamp is not None and not connection.in_atomic_block:
        if kept is None or kept[0] != stamp or len(kept[1]) >= MOST_COMMON_TEXTS_KEPT:
            kept = _COMMON_TEXTS[_database()] = (stamp, set())
        kept[1].add(text)
    return common


def _surely_common(terms: list[list[str]]) -> bool:
    """Whether PostgreSQL's statistics put the whole words in ten times FEW_MATCHES events.

    Its statistics of the index's words (ANALYZE keeps the most common ones with their
    frequencies) answer in a fraction of a millisecond, where finding FEW_MATCHES of a
    common word's events reads thousands of rows. Only a clearly common text is taken on
    their word; a rarer one, or one the statistics do not know, is counted in the index.
    """
    if connection.vendor != "postgresql":
        return False
    sql = "EXPLAIN (FORMAT JSON) SELECT 1 FROM timeline_event_search WHERE document @@ to_tsquery('simple', %s)"
    with connection.cursor() as cursor:
        cursor.execute(sql, [tsquery(terms, last_as_prefix=False)])
        (plan,) = cursor.fetchone()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return plan[0]["Plan"]["Plan Rows"] > 10 * FEW_MATCHES


def _index_query(terms: list[list[str]], last_as_prefix: bool) -> tuple[str, list]:
    """The full-text index's query for up to FEW_MATCHES + 1 events holding every term."""
    if connection.vendor == "sqlite":
        sql = "SELECT rowid FROM timeline_event_search WHERE timeline_event_search MATCH %s LIMIT %s"
        return sql, [fts5_query(terms, last_as_prefix), FEW_MATCHES + 1]
    if connection.vendor == "postgresql":
        sql = "SELECT event_id FROM timeline_event_search WHERE document @@ to_tsquery('simple', %s) LIMIT %s"
        return sql, [tsquery(terms, last_as_prefix), FEW_MATCHES + 1]
    raise NotImplementedError(f"no full-text index on {connection.vendor}")  # pragma: no cover


def _indexed_matches(terms: list[list[str]], last_as_prefix: bool) -> list[int]:
    """Ids of up to FEW_MATCHES + 1 events whose indexed text holds every term."""
    sql, params = _index_query(terms, last_as_prefix)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [pk for (pk,) in cursor.fetchall()]


def _indexed_count(terms: list[list[str]], last_as_prefix: bool) -> int:
    """How many events, up to FEW_MATCHES + 1, hold every term: counted in the database,
    which reads no rows into Python."""
    sql, params = _index_query(terms, last_as_prefix)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({sql}) found", params)
        return cursor.fetchone()[0]


def fts5_query(terms: list[list[str]], last_as_prefix: bool = True) -> str:
    """FTS5's query: each term a quoted phrase, all of them required; "*" makes a prefix."""
    return " AND ".join('"' + " ".join(term) + '"' for term in terms) + (" *" if last_as_prefix else "")


def tsquery(terms: list[list[str]], last_as_prefix: bool = True) -> str:
    """PostgreSQL's query: each term's words in a row (<->), all terms required (&)."""
    query = " & ".join("(" + " <-> ".join(f"'{word}'" for word in term) + ")" for term in terms)
    return query[:-1] + ":*)" if last_as_prefix else query


def text_pattern(words: list[str], last_as_prefix: bool = True) -> str:
    """The regular expression of the index's match of one term: whole words in a row."""
    inner = "(?![^\\W_])[\\W_]+".join(re.escape(word) for word in words)
    return "(?i)(?<![^\\W_])" + inner + ("" if last_as_prefix else "(?![^\\W_])")


class HoldsText(Expression):
    """Whether the event's indexed title or passages hold every term, tested on one event.

    The test reads the full-text index's own copy of the title and the passages, by the
    event's id: read from an entity's chronology, an event's own row is then read only
    once it has passed.

    On PostgreSQL it tests the index's own document, so it finds what the index finds. On
    SQLite a regular expression stands in for FTS5's reading of words, and agrees with it
    on letters, digits, spaces and punctuation. It differs at rarer characters: FTS5 reads
    a symbol, combining mark or private-use character next to a word as part of it (the
    expression, as a word's end); the expression takes "İ" and "ı" for "i", which FTS5
    does not; and the LIKE screen passes over a word spelt with the Kelvin sign or a long
    s, which FTS5 reads as k and s.
    """

    output_field = BooleanField()

    def __init__(self, pk, terms: list[list[str]]):
        super().__init__(output_field=BooleanField())
        self.pk = pk
        self.terms = terms

    def get_source_expressions(self):
        return [self.pk]

    def set_source_expressions(self, exprs):
        (self.pk,) = exprs

    def as_sql(self, compiler, connection):
        pk_sql, pk_params = compiler.compile(self.pk)
        if connection.vendor == "sqlite":
            # The FTS5 table keeps its text in a table of its own (columns c0, the title,
            # and c1, the passages), read here by id: a lookup through the virtual table
            # costs four times as much. Each term is looked for in the title, then in the
            # passages. LIKE, in C, passes the few texts worth the regular expression. It
            # folds the case of ASCII letters only, so it screens by the term's longest
            # ASCII word, if any.
            term_sql = "((s.c0 LIKE %s ESCAPE '\\' AND s.c0 REGEXP %s) OR (s.c1 LIKE %s ESCAPE '\\' AND s.c1 REGEXP %s))"
            params: list = []
            for index, term in enumerate(self.terms):
                pattern = text_pattern(term, last_as_prefix=index == len(self.terms) - 1)
                screen = max((word for word in term if word.isascii()), key=len, default="")
                like = "%" + screen.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                params += [like, pattern, like, pattern]
            sql = "EXISTS (SELECT 1 FROM timeline_event_search_content s WHERE s.id = {pk} AND {terms})".format(
                pk=pk_sql, terms=" AND ".join([term_sql] * len(self.terms))
            )
            return sql, (*pk_params, *params)
        if connection.vendor == "postgresql":
            # This test is only made for a common text. PostgreSQL cannot estimate a
            # subquery's match and takes it to be rare; with other filters it would then
            # read every event they select, then sort them, where reading events in the
            # page's order stops after a few hundred. Behind coalesce() it guesses no
            # selectivity of its own, and the page's order wins. (A missing row is no
            # match either way.)
            sql = (
                "coalesce((SELECT s.document FROM timeline_event_search s WHERE s.event_id = {pk}) "
                "@@ to_tsquery('simple', %s), false)"
            ).format(pk=pk_sql)
            return sql, (*pk_params, tsquery(self.terms))
        raise NotImplementedError(f"no full-text index on {connection.vendor}")  # pragma: no cover


# The largest count the n_articles column holds (a positive integer in every database).
MOST_ARTICLES = 2_147_483_647
# Up to this many events with enough articles are read from the n_articles index.
FEW_SUPPORTED = 2000


def commonly_supported(articles: int) -> bool:
    """Whether more than FEW_SUPPORTED events have at least ``articles`` articles (SQLite only).

    SQLite keeps no histogram, so its planner takes any range of the n_articles index
    to be narrow: for "2 or more" it would read half the timeline from that index and
    sort it to show fifty events, or to find the earliest one. When many events qualify,
    each event is better tested in the page's own order, which stops at the page's end.
    PostgreSQL's planner knows the distribution and chooses well alone.
    """
    if connection.vendor != "sqlite":
        return False
    sql = "SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE n_articles >= %s LIMIT %s)".format(
        table=connection.ops.quote_name(Event._meta.db_table)
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [articles, FEW_SUPPORTED + 1])
        (found,) = cursor.fetchone()
    return found > FEW_SUPPORTED


def supported_by_at_least(queryset: QuerySet[Event], articles: int, test_each: bool = False) -> QuerySet[Event]:
    """Events that at least ``articles`` articles support; ``test_each``: written so no index serves it."""
    if test_each:
        return queryset.alias(support_unindexed=F("n_articles") + 0).filter(support_unindexed__gte=articles)
    return queryset.filter(**{f"{queryset.column('n_articles')}__gte": articles})


def overlapping(
    queryset: QuerySet[Event], after: datetime.date | None = None, before: datetime.date | None = None
) -> QuerySet[Event]:
    """Events whose interval overlaps [after, before], either end open.

    "Ends on or after ``after``" alone cannot use the chronological index. A redundant
    lower bound on the start, the earliest start an event reaching ``after`` can have,
    turns the condition into a range of the index.
    """
    queryset = queryset.overlapping(after=after, before=before)
    if after is not None:
        earliest = earliest_start_reaching(after)
        if earliest is not None:
            queryset = queryset.filter(**{f"{queryset.column('date_start')}__gte": earliest})
    return queryset


# Most events last a day, a week or a month: one of these that reaches a date starts at
# most this many days before it.
SHORT_SPAN_DAYS = 31
# The earliest start of an event that reaches a date, worked out by the database in the
# filtered query itself (a round trip of its own costs more than its index probes): from
# the widest span on the timeline in days (the span index of migration 0005) and the
# earliest start of an event longer than SHORT_SPAN_DAYS that reaches the date (the partial
# index of such events, migration 0010; its condition must match the index's exactly).
# Year 1 where the bound says nothing.
#
# PostgreSQL calls a function of migration 0015, which keeps its plans: written out as
# subqueries, the bound took as long to plan as to run. SQLite prepares a statement once
# per text and connection, and takes the subqueries; their parameters: the number of days
# since year 1 (a wider span would fall off the calendar), the date, the date
# SHORT_SPAN_DAYS before it, that again, the date, the date, the date SHORT_SPAN_DAYS before it.
_SQLITE_EARLIEST_START_REACHING = (
    "(SELECT CASE WHEN widest.days >= %s THEN '0001-01-01' "
    "WHEN widest.days <= 31 THEN date(%s, '-' || widest.days || ' days') "
    'ELSE min(%s, COALESCE((SELECT MIN("date_start") FROM "timeline_event" '
    'WHERE julianday("date_end") - julianday("date_start") > 31 AND "date_start" < %s AND "date_end" >= %s '
    "AND \"date_start\" >= date(%s, '-' || widest.days || ' days')), %s)) END "
    'FROM (SELECT CAST(COALESCE(MAX(julianday("date_end") - julianday("date_start")), 0) AS INTEGER) + 1 AS days '
    'FROM "timeline_event") widest)'
)


def earliest_start_reaching(after: datetime.date) -> RawSQL | None:
    """The earliest start of an event that ends on or after ``after``, worked out by the
    database in the query that uses it (None on a database without the SQL for it).

    At most the widest span on the timeline before ``after``; but a year-long event
    makes that a year, and the page would read a year of events that end too soon to
    show. An event of SHORT_SPAN_DAYS or less starts at most that long before; the
    few longer ones are looked up in their own index, among those starting earlier.
    """
    day = connection.ops.adapt_datefield_value(after)
    if connection.vendor == "postgresql":
        return RawSQL("timeline_earliest_start_reaching(%s::date)", (day,), output_field=DateField())
    if connection.vendor != "sqlite":  # pragma: no cover - another database reads without the bound, as correctly
        return None
    days_since_first = (after - datetime.date.min).days
    short = connection.ops.adapt_datefield_value(after - datetime.timedelta(days=min(SHORT_SPAN_DAYS, days_since_first)))
    return RawSQL(
        _SQLITE_EARLIEST_START_REACHING, (days_since_first, day, short, short, day, day, short), output_field=DateField()
    )


# The outlets a select lists, at most.
MOST_OUTLETS = 500
# Every known outlet, alphabetically, by a loose index scan: one probe of the outlet index
# per distinct outlet, where SELECT DISTINCT would read the index entry of every article.
_OUTLETS_SQL = """
    outlets(name, n) AS (
        SELECT MIN(outlet), 1 FROM {article} WHERE outlet > ''
        UNION ALL
        SELECT (SELECT MIN(outlet) FROM {article} WHERE outlet > outlets.name), n + 1
        FROM outlets WHERE outlets.name IS NOT NULL AND n < %s
    )
"""


def catalogue_stamp() -> int | None:
    """The catalogue stamp (migration 0013), which changes whenever articles or entities
    do; None inside a transaction: on PostgreSQL the stamp is renewed when a transaction
    commits, so it does not yet tell of the transaction's own changes.

    What a process keeps of what it read (the select options, the texts found common) is
    kept with the stamp it was read at, and read again once the stamp has changed. The
    stamp is read first: a change made after it only makes the next page read again.
    """
    if connection.in_atomic_block:
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT stamp FROM timeline_catalogue_stamp WHERE id = 1")
        (stamp,) = cursor.fetchone()
    return stamp


def _database() -> tuple[str, str]:
    """What a process keeps of one database is kept under this key."""
    return connection.alias, str(connection.settings_dict["NAME"])


# Each process's select options per database, with the stamp they were read at.
_OPTIONS_READ: dict[tuple[str, str], tuple[int, dict[str, tuple | None]]] = {}


def select_options(stamp: int | None) -> dict[str, tuple | None]:
    """What the filter form's selects offer (see _read_select_options), read again only
    when ``stamp``, catalogue_stamp()'s, says that articles or entities changed since;
    read every time when it is None (inside a transaction)."""
    if stamp is None:
        return _read_select_options()
    key = _database()
    read = _OPTIONS_READ.get(key)
    if read is None or read[0] != stamp:
        read = _OPTIONS_READ[key] = (stamp, _read_select_options())
    return read[1]


def forget_what_was_read() -> None:
    """Drop the select options and the common texts this process keeps, so that the next
    page reads them."""
    _OPTIONS_READ.clear()
    _COMMON_TEXTS.clear()


def _read_select_options() -> dict[str, tuple | None]:
    """What the filter form's selects offer, read in one query.

    "outlet": the known outlets, alphabetically (see _OUTLETS_SQL). "article", "actor" and "place":
    (id, label) pairs in the order the select shows them, or None when there are more
    than SELECT_LIMIT, too many for a select: their labels are then not read at all.
    Four queries through the ORM cost twice this one, and every page and overview asks.
    """
    quote = connection.ops.quote_name
    article, entity = quote(Article._meta.db_table), quote(Entity._meta.db_table)

    def listing(name: str, table: str, label: str, where: str, order: str) -> str:
        # The first rows in the select's order, numbered so (numbering before the cut
        # would sort the whole table); none when the table holds too many, which one
        # more row than the limit tells, and a marker row says so.
        too_many = f"(SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE {where} LIMIT %s) counted) > %s"
        return (
            f" UNION ALL SELECT '{name}', id, {label}, n FROM ("
            f"SELECT id, {label}, row_number() OVER (ORDER BY {order}) AS n FROM ("
            f"SELECT * FROM {table} WHERE {where} ORDER BY {order} LIMIT %s) first) {name}_rows "
            f"WHERE NOT {too_many}"
            f" UNION ALL SELECT '{name}', NULL, NULL, 0 WHERE {too_many}"
        )

    def kinds(kind_list) -> str:
        return "kind IN (" + ", ".join(["%s"] * len(kind_list)) + ")"

    lists = [
        ("article", article, "title", "1 = 1", "published DESC, title, id", ()),
        ("actor", entity, "name", kinds(ACTOR_KINDS), "name, id", ACTOR_KINDS),
        ("place", entity, "name", kinds(PLACE_KINDS), "name, id", PLACE_KINDS),
    ]
    sql = (
        "WITH RECURSIVE" + _OUTLETS_SQL.format(article=article)
        + "SELECT 'outlet', NULL, name, n FROM outlets WHERE name IS NOT NULL"
        + "".join(listing(name, table, label, where, order) for name, table, label, where, order, _ in lists)
    )
    params: list = [MOST_OUTLETS]
    for *_, kind_params in lists:
        counted = [*kind_params, SELECT_LIMIT + 1, SELECT_LIMIT]
        params += [*kind_params, SELECT_LIMIT + 1, *counted, *counted]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = sorted(cursor.fetchall(), key=lambda row: (row[0], row[3]))
    options: dict[str, list | None] = {"outlet": [], "article": [], "actor": [], "place": []}
    for group, pk, label, _ in rows:
        if group == "outlet":
            options[group].append(label)
        elif pk is None:
            options[group] = None  # too many for a select
        else:
            options[group].append((pk, label))
    # Shared by every page until the stamp changes: nothing may change them.
    return {name: None if values is None else tuple(values) for name, values in options.items()}


def filtered_events(params: Mapping) -> tuple[EventFilter, QuerySet[Event]]:
    """The filter bound to ``params`` and the events it selects.

    Invalid values are reported on the form and ignored in the result, so a bad
    query string gives a message, never an error page.
    """
    event_filter = EventFilter(params, queryset=Event.objects.all())
    return event_filter, event_filter.events()
