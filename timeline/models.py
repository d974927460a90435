"""The timeline's data: articles as read, their passages, dated mentions and events.

An ``Article`` keeps its raw text exactly as read; a ``Passage`` is a span of that
text (offsets into ``Article.raw_text``), so a highlight lands on the original words.
A ``Mention`` is one dated statement found in a passage; an ``Event`` gathers the
mentions of one happening, possibly from many articles.
"""

from __future__ import annotations

import datetime

from django.db import models
from django.urls import reverse

from timeline import dates


class Article(models.Model):
    class DateSource(models.TextChoices):
        MANIFEST = "manifest", "manifest"
        HTML = "html", "HTML metadata"
        EDITOR = "editor", "editor"
        COMMAND_LINE = "command_line", "command line"
        UNKNOWN = "unknown", "unknown"

    class TitleSource(models.TextChoices):
        MANIFEST = "manifest", "manifest"
        HTML = "html", "HTML metadata"
        DETECTED = "detected", "detected in the text"
        DERIVED = "derived", "derived from the first sentence"
        EDITOR = "editor", "editor"

    title = models.CharField(max_length=500)
    title_source = models.CharField(max_length=20, choices=TitleSource.choices)
    outlet = models.CharField(max_length=200, blank=True, db_index=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    published_source = models.CharField(
        max_length=20, choices=DateSource.choices, default=DateSource.UNKNOWN
    )
    source_name = models.CharField(
        max_length=500, blank=True, help_text="The file the article was read from."
    )
    raw_text = models.TextField(help_text="The text exactly as read.")
    content_hash = models.CharField(max_length=64, unique=True)
    ingested_at = models.DateTimeField(auto_now_add=True)
    dates_version = models.CharField(
        "dates resolved by engine",
        max_length=40,
        null=True,
        blank=True,
        editable=False,
        help_text="A fingerprint of the code that found the stored dates (None: stored before fingerprints).",
    )

    class Meta:
        ordering = ["-published", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def publication_label(self) -> str:
        return dates.format_day(self.published) if self.published else "date unknown"

    @property
    def link_url(self) -> str:
        """The url when a browser may follow it: http(s) only, never javascript: or data:."""
        return self.url if self.url.lower().startswith(("http://", "https://")) else ""


class Passage(models.Model):
    """A sentence of an article, located by character offsets into its raw text."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="passages")
    position = models.PositiveIntegerField(help_text="Order within the article.")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="passage_position_unique")
        ]

    def __str__(self) -> str:
        return self.text[:80]


class Entity(models.Model):
    """A person, organisation or place, with the names it goes by."""

    class Kind(models.TextChoices):
        PERSON = "person", "person"
        ORGANISATION = "organisation", "organisation"
        PLACE = "place", "place"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)

    class Meta:
        ordering = ["kind", "name"]
        verbose_name_plural = "entities"
        constraints = [models.UniqueConstraint(fields=["kind", "name"], name="entity_kind_name_unique")]

    def __str__(self) -> str:
        return self.name


class Alias(models.Model):
    """Another name of an entity ("Mr. Putin", "Kiev"), matched case-insensitively."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "aliases"
        constraints = [models.UniqueConstraint(fields=["entity", "name"], name="alias_entity_name_unique")]

    def __str__(self) -> str:
        return self.name


# The event's columns an entity's chronology copies (see EntityChronology), and the name
# each copy goes by in a query that reads the events from one.
CHRONOLOGY_COLUMNS = ("date_start", "date_end", "status", "n_articles", "granularity")
CHRONOLOGY_EVENT = "chronology_event"


def _copy_of(column: str) -> str:
    return f"chronology_{column}"


class EventQuerySet(models.QuerySet):
    def overlapping(
        self, after: datetime.date | None = None, before: datetime.date | None = None
    ) -> EventQuerySet:
        """Events whose date interval overlaps [after, before] (either end open)."""
        qs = self
        if after is not None:
            qs = qs.filter(**{f"{self.column('date_end')}__gte": after})
        if before is not None:
            qs = qs.filter(**{f"{self.column('date_start')}__lte": before})
        return qs

    def visible(self) -> EventQuerySet:
        return self.exclude(**{self.column("status"): Event.Status.REJECTED})

    def in_chronology_of(self, entity) -> EventQuerySet:
        """The entity's events, to be read in order from its chronology (EntityChronology).

        The copied columns are then named by column(): a condition on them is tested in
        the chronology's index, and the events are read in its order. (A condition written
        as ``chronology__…`` would join the chronology once more.)
        """
        copies = {_copy_of(column): models.F(f"chronology__{column}") for column in CHRONOLOGY_COLUMNS}
        return self.filter(chronology__entity=entity).alias(
            **copies, **{CHRONOLOGY_EVENT: models.F("chronology__event_id")}
        )

    @property
    def reads_entity_chronology(self) -> bool:
        """Whether the events are read from an entity's chronology (in_chronology_of)."""
        return CHRONOLOGY_EVENT in self.query.annotations

    def column(self, name: str) -> str:
        """How a filter names the event's column ``name``: its chronology's copy, when
        the events are read from an entity's chronology, else the column itself."""
        if name in CHRONOLOGY_COLUMNS and self.reads_entity_chronology:
            return _copy_of(name)
        return name

    def chronology_keys(self) -> tuple[str, str]:
        """The names of the chronology's order: (start day, event)."""
        if self.reads_entity_chronology:
            return _copy_of("date_start"), CHRONOLOGY_EVENT
        return "date_start", "id"

    def chronological(self) -> EventQuerySet:
        return self.order_by(*self.chronology_keys())


class Event(models.Model):
    class Status(models.TextChoices):
        CANDIDATE = "candidate", "candidate"
        CONFIRMED = "confirmed", "confirmed"
        REJECTED = "rejected", "rejected"

    class Modality(models.TextChoices):
        OCCURRED = "occurred", "occurred"
        PLANNED = "planned", "planned (future at publication)"
        REPORTED = "reported", "reported (on or before publication)"

    # Fields an editor may set; once set by an editor an ingest never changes them.
    EDITABLE_FIELDS = ("title", "date", "status", "entities")

    title = models.CharField(max_length=300)
    date_value = models.CharField(max_length=40, help_text="TIMEX3 value, e.g. 2024-08.")
    date_start = models.DateField()
    date_end = models.DateField()
    granularity = models.CharField(max_length=10)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CANDIDATE)
    modality = models.CharField(max_length=10, choices=Modality.choices, default=Modality.OCCURRED)
    confidence = models.FloatField(default=1.0, help_text="0 to 1: how sure extraction is.")
    conflict = models.BooleanField(
        default=False, help_text="Sources give incompatible dates; an editor should decide."
    )
    n_articles = models.PositiveIntegerField(default=0, help_text="Articles that support it.")
    entities = models.ManyToManyField(Entity, blank=True, related_name="events")
    # The content words of its statements, kept so that clustering compares a new
    # mention with an event without loading all of its mentions.
    signature = models.TextField(blank=True, editable=False)
    edited_fields = models.JSONField(
        default=list, blank=True, help_text="Fields an editor set; ingest leaves them alone."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date_start", "id"]
        indexes = [
            models.Index(fields=["date_end"], name="event_date_end"),
            models.Index(fields=["date_value"], name="event_date_value"),
            models.Index(fields=["status", "date_start", "id"], name="event_status_chronology"),
            models.Index(fields=["granularity", "date_start", "id"], name="event_granularity_chronology"),
            models.Index(fields=["n_articles", "date_start", "id"], name="event_support_chronology"),
            # The chronology's order with every filter column of the row: a page, a chart bar
            # or a facet tests date overlap, status, minimum articles and precision in the
            # index, and reads the table only for the events that pass.
            models.Index(
                fields=["date_start", "id", "date_end", "status", "n_articles", "granularity"],
                name="event_chronology_filters",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date_label}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("timeline:event", args=[self.pk])

    @property
    def date_label(self) -> str:
        return dates.format_interval(self.date_value, self.date_start, self.date_end, self.granularity)

    @property
    def when_label(self) -> str:
        return when_label(self)

    def is_edited(self, field: str) -> bool:
        return field in self.edited_fields


def when_label(event) -> str:
    """The date as the timeline shows it: "by 21 May 2025" when only a report dates it.

    ``event`` is an Event or a row read with the same names (chronology.rows_of)."""
    label = dates.format_interval(event.date_value, event.date_start, event.date_end, event.granularity)
    return f"by {label}" if event.modality == Event.Modality.REPORTED else label


class EntityChronology(models.Model):
    """An entity's events in the chronology's order, with the columns the filters test.

    One row per link between an event and an entity, copying the event's date span,
    status, support and precision. A page of one actor's events then reads that actor's
    rows in order from one index and tests the filters in it, where the events' own
    order would have to be searched for the actor's few among them. The table, its
    indexes and the database triggers that keep it in step with the links and the
    events, whatever code writes them, are migration 0014's; nothing else writes it.
    """

    # One row per link, named by it: a dump loaded again rewrites the rows its links rebuilt.
    # (Event first: the triggers find an event's rows by it.)
    pk = models.CompositePrimaryKey("event", "entity")
    entity = models.ForeignKey(Entity, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    event = models.ForeignKey(Event, on_delete=models.DO_NOTHING, db_constraint=False, related_name="chronology")
    date_start = models.DateField()
    date_end = models.DateField()
    status = models.CharField(max_length=10)
    n_articles = models.PositiveIntegerField()
    granularity = models.CharField(max_length=10)

    class Meta:
        managed = False  # the table, its indexes and its triggers are migration 0014's
        db_table = "timeline_entitychronology"
        verbose_name_plural = "entity chronologies"

    def __str__(self) -> str:
        return f"{self.entity_id}: {self.date_start} {self.event_id}"


class Mention(models.Model):
    """One dated statement: a date phrase in a passage, resolved against an anchor."""

    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="mentions")
    event = models.ForeignKey(
        Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="mentions"
    )
    # The date phrase, as offsets into the passage text.
    phrase_start = models.PositiveIntegerField()
    phrase_end = models.PositiveIntegerField()
    phrase = models.CharField(max_length=200)
    timex_type = models.CharField(max_length=10, default="DATE")
    value = models.CharField(max_length=40)
    date_start = models.DateField()
    date_end = models.DateField()
    granularity = models.CharField(max_length=10)
    anchor = models.DateField(null=True, blank=True, help_text="The publication date used.")
    resolved_against = models.CharField(max_length=12, blank=True)
    reference = models.CharField(max_length=40, blank=True)
    rule = models.CharField(max_length=60, blank=True)
    modality = models.CharField(
        max_length=10, choices=Event.Modality.choices, default=Event.Modality.OCCURRED
    )
    placed_by_editor = models.BooleanField(
        default=False, help_text="An editor put it in its event; ingest never moves it."
    )
    # The clause of the passage that states the happening, and a headline made from it.
    clause_start = models.PositiveIntegerField(default=0)
    clause_end = models.PositiveIntegerField(default=0)
    headline = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["date_start", "passage__article", "passage__position", "phrase_start"]
        indexes = [models.Index(fields=["value"], name="mention_value")]

    def __str__(self) -> str:
        return f"{self.phrase!r} -> {self.value}"

    @property
    def article(self) -> Article:
        return self.passage.article

    @property
    def before_phrase(self) -> str:
        return self.passage.text[: self.phrase_start]

    @property
    def after_phrase(self) -> str:
        return self.passage.text[self.phrase_end :]

    @property
    def explanation(self) -> str:
        """How the date was reached, for a reader:
        "“last August” counted from the publication date, 13 Mar 2025: August 2024"."""
        result = dates.format_interval(self.value, self.date_start, self.date_end, self.granularity)
        if not self.phrase and self.anchor:
            return f"No date in the lead: reported by {result}, the publication date"
        if self.resolved_against == "anchor" and self.anchor:
            return f"“{self.phrase}” counted from the publication date, {dates.format_day(self.anchor)}: {result}"
        if self.resolved_against == "discourse" and self.reference and self.rule.endswith("-quoted"):
            said = dates.format_value(self.reference)
            return f"“{self.phrase}” in a quote, counted from the day it was said, {said}: {result}"
        if self.resolved_against == "discourse" and self.reference and self.rule.endswith("-before-report"):
            reported = dates.format_value(self.reference)
            return f"“{self.phrase}” counted from the day it was reported, {reported}: {result}"
        if self.resolved_against == "discourse" and self.reference and self.rule == "range-first-day":
            return f"“{self.phrase}” opens a range ending {dates.format_value(self.reference)}: {result}"
        if self.resolved_against == "discourse" and self.reference and self.rule.endswith("-main-clause"):
            return f"“{self.phrase}” places the happening its sentence already dates: {result}"
        if self.resolved_against == "discourse" and self.reference:
            return f"“{self.phrase}” counted from {dates.format_value(self.reference)}, the date before it in the text: {result}"
        return f"“{self.phrase}”: {result}"
