"""What an editor does to the timeline: plain operations over the models.

The admin and the curation queue call these; neither holds curation logic of its own.
Every operation:

- marks what the editor decided so that an ingest never changes it back
  (``Event.edited_fields`` for a title, date, status or names; ``Mention.placed_by_editor``
  for evidence an editor put in an event);
- records who did what as an admin ``LogEntry``, so the History page of the object
  tells its story with a readable message;
- runs in one transaction.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from timeline.ingest.events import refresh_events, relink_entities
from timeline.ingest.titles import headline
from timeline.models import Alias, Article, Entity, Event, Mention
from timeline.temporal.calendar_math import Stretch
from timeline.timex_values import stretch_at, stretch_of_value

LOW_CONFIDENCE = 0.5


class CurationError(ValueError):
    """The operation makes no sense for what was chosen; the message says why, for the editor."""


# --- the record of who did what ---------------------------------------------------------


def record(user, obj: models.Model, message: str, action_flag: int = CHANGE) -> LogEntry:
    """Write the admin history entry of one curation step on ``obj``."""
    return LogEntry.objects.create(
        user_id=user.pk,
        content_type_id=ContentType.objects.get_for_model(obj, for_concrete_model=False).pk,
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        action_flag=action_flag,
        change_message=message,
    )


def _mark_edited(event: Event, *fields: str) -> None:
    event.edited_fields = sorted(set(event.edited_fields) | set(fields))


def _quote(event: Event) -> str:
    return f"#{event.pk} “{event.title}”"


# --- events: status, title, date ---------------------------------------------------------


def set_status(event: Event, status: str, user) -> Event:
    """Confirm, reject or return an event to candidate; the status is the editor's from now on."""
    if status not in Event.Status.values:
        raise CurationError(f"Unknown status “{status}”.")
    with transaction.atomic():
        previous = event.get_status_display()
        event.status = status
        _mark_edited(event, "status")
        event.save()
        record(user, event, f"Status set to {event.get_status_display()} (was {previous}).")
    return event


def confirm(event: Event, user) -> Event:
    return set_status(event, Event.Status.CONFIRMED, user)


def reject(event: Event, user) -> Event:
    return set_status(event, Event.Status.REJECTED, user)


def set_title(event: Event, title: str, user) -> Event:
    title = " ".join(title.split())
    if not title:
        raise CurationError("A title cannot be empty.")
    with transaction.atomic():
        previous = event.title
        event.title = title[:300]
        _mark_edited(event, "title")
        event.save()
        record(user, event, f"Title set to “{event.title}” (was “{previous}”).")
    return event


def apply_date(event: Event, stretch: Stretch) -> None:
    """Give ``event`` the date ``stretch`` as the editor's, without saving or recording it."""
    event.date_value = stretch.value
    event.date_start = stretch.first
    event.date_end = stretch.last
    event.granularity = stretch.granularity
    # An editor who sets the date has decided between the sources.
    event.conflict = False
    _mark_edited(event, "date")


def set_event_date(event: Event, value: str | Stretch, user) -> Event:
    """Date ``event`` by a TIMEX3 value ("2025-W11") or a stretch; raises InvalidTimexValue."""
    stretch = value if isinstance(value, Stretch) else stretch_of_value(value)
    with transaction.atomic():
        previous = event.date_label
        apply_date(event, stretch)
        event.save()
        record(user, event, f"Date set to {event.date_label} ({event.date_value}; was {previous}).")
    return event


def set_event_day(event: Event, day: datetime.date, granularity: str, user) -> Event:
    """Date ``event`` by a day at a granularity: 12 Mar 2025 as a week is the week of 10 Mar."""
    return set_event_date(event, stretch_at(day, granularity), user)


# --- events: merge and split -------------------------------------------------------------


def merge_events(events: Iterable[Event], user, into: Event | None = None) -> Event:
    """Make one event of several: the evidence, entities and the editor's choices are kept.

    The surviving event is ``into``, else the one whose title an editor set, else the one
    with the most mentions. An editor-set title, date or status wins over a derived one
    (the survivor's first), and names an editor set win over found ones; what no editor set
    is derived again from the united mentions.
    Every mention of the result is marked as placed by an editor, so an ingest never
    splits it again. The other events are deleted.
    """
    events = list({event.pk: event for event in events}.values())
    if len(events) < 2:
        raise CurationError("Choose at least two events to merge.")
    counts = dict(
        Event.objects.filter(pk__in=[e.pk for e in events])
        .annotate(n=models.Count("mentions"))
        .values_list("pk", "n")
    )
    if into is None:
        into = min(events, key=lambda e: (not e.is_edited("title"), -counts.get(e.pk, 0), e.pk))
    elif into.pk not in {e.pk for e in events}:
        raise CurationError("The event to keep must be one of those merged.")
    others = [e for e in events if e.pk != into.pk]
    with transaction.atomic():
        # Editor-set fields: the survivor's own first, then the others' in order.
        for other in others:
            if other.is_edited("title") and not into.is_edited("title"):
                into.title = other.title
                _mark_edited(into, "title")
            if other.is_edited("status") and not into.is_edited("status"):
                into.status = other.status
                _mark_edited(into, "status")
            if other.is_edited("date") and not into.is_edited("date"):
                for field in ("date_value", "date_start", "date_end", "granularity"):
                    setattr(into, field, getattr(other, field))
                into.conflict = False
                _mark_edited(into, "date")
        if not into.is_edited("date"):
            into.conflict = any(e.conflict for e in events)
        into.confidence = max(e.confidence for e in events)
        moved = Mention.objects.filter(event__in=others).update(event=into, placed_by_editor=True)
        Mention.objects.filter(event=into).update(placed_by_editor=True)
        # Names as titles: those an editor set win over found ones; found ones are united.
        chosen = [e for e in events if e.is_edited("entities")]
        if chosen:
            into.entities.set(Entity.objects.filter(events__in=chosen).distinct())
            _mark_edited(into, "entities")
        else:
            into.entities.add(*Entity.objects.filter(events__in=others).distinct())
        into.save()
        for other in others:
            record(user, other, f"Merged into event {_quote(into)}.", DELETION)
        Event.objects.filter(pk__in=[o.pk for o in others]).delete()
        refresh_events({into.pk})
        into.refresh_from_db()
        names = ", ".join(_quote(o) for o in others)
        record(
            user,
            into,
            f"Merged {names} into this event: {moved} mention{'s' if moved != 1 else ''} moved; "
            f"dated {into.date_label}, {into.n_articles} article{'s' if into.n_articles != 1 else ''}.",
        )
    return into


def split_mentions(mentions: Iterable[Mention], user) -> Event:
    """Take mentions out of their events into one new event of their own.

    The new event is dated and titled from the first mention; every moved mention is
    marked as placed by an editor. An event left without mentions goes, unless an editor
    had set something on it.
    """
    mentions = sorted({m.pk: m for m in mentions}.values(), key=lambda m: m.pk)
    if not mentions:
        raise CurationError("Choose at least one mention to split out.")
    sources = {m.event_id for m in mentions if m.event_id is not None}
    if len(sources) == 1 and not any(m.event_id is None for m in mentions):
        (source,) = sources
        if Mention.objects.filter(event_id=source).exclude(pk__in=[m.pk for m in mentions]).count() == 0:
            raise CurationError("These are all the mentions of their event: there is nothing to split from.")
    first = mentions[0]
    with transaction.atomic():
        event = Event.objects.create(
            title=headline(first.passage.text),
            date_value=first.value,
            date_start=first.date_start,
            date_end=first.date_end,
            granularity=first.granularity,
            modality=first.modality,
        )
        Mention.objects.filter(pk__in=[m.pk for m in mentions]).update(event=event, placed_by_editor=True)
        phrases = ", ".join(f"“{m.phrase}” ({m.passage.article.title})" for m in mentions)
        for source in Event.objects.filter(pk__in=sources):
            record(user, source, f"Split {phrases} out into a new event {_quote(event)}.")
        refresh_events(sources | {event.pk})
        relink_entities(sources | {event.pk})
        event.refresh_from_db()
        origin = ", ".join(f"#{pk}" for pk in sorted(sources)) or "no event"
        record(user, event, f"Created from {phrases}, split out of {origin}.", ADDITION)
    for mention in mentions:
        mention.event = event
        mention.placed_by_editor = True
    return event


def split_mention(mention: Mention, user) -> Event:
    return split_mentions([mention], user)


# --- articles -----------------------------------------------------------------------------


# No news article is older than the first printed newspapers (1605); dates resolved
# back from an anchor near 1 January of year 1 would fall off the calendar.
EARLIEST_PUBLICATION = datetime.date(1600, 1, 1)


def check_publication_date(published: datetime.date | None) -> None:
    """Refuse a publication date no article can have (one after tomorrow, wherever the editor is)."""
    if published and published > datetime.date.today() + datetime.timedelta(days=1):
        raise CurationError("A publication date cannot be in the future.")
    if published and published < EARLIEST_PUBLICATION:
        raise CurationError(f"A publication date cannot be before {EARLIEST_PUBLICATION.year}.")


def set_publication_date(article: Article, published: datetime.date, user) -> Article:
    """Set or correct when an article was published; its relative dates are resolved again.

    Its events move with their mentions, except where an editor fixed an event's date.
    """
    from timeline.ingest.pipeline import reresolve_article

    check_publication_date(published)
    with transaction.atomic():
        previous = article.publication_label
        article.published = published
        article.published_source = Article.DateSource.EDITOR if published else Article.DateSource.UNKNOWN
        article.save(update_fields=["published", "published_source"])
        reresolve_article(article)
        found = Mention.objects.filter(passage__article=article).count()
        record(
            user,
            article,
            f"Publication date set to {article.publication_label} (was {previous}); "
            f"its dates were resolved again: {found} found.",
        )
    return article


def delete_articles(articles: Iterable[Article], user) -> int:
    """Delete articles with their passages and mentions; the events they told follow: an
    event no other article tells goes (unless an editor touched it), the others count,
    date and name from what is left, and their history says so. Returns how many went."""
    articles = list(articles)
    with transaction.atomic():
        tellers: dict[int, set[str]] = {}
        rows = Mention.objects.filter(passage__article__in=articles, event__isnull=False)
        for event_id, title in rows.values_list("event_id", "passage__article__title"):
            tellers.setdefault(event_id, set()).add(title)
        told = set(tellers)
        deleted = Article.objects.filter(pk__in=[a.pk for a in articles]).delete()[1].get(Article._meta.label, 0)
        refresh_events(told)
        relink_entities(told)
        for event in Event.objects.filter(pk__in=told):
            titles = sorted(tellers[event.pk])
            named = "; ".join(f"“{title}”" for title in titles)
            record(user, event, f"Its account in {named} went with the article{'s' if len(titles) > 1 else ''}.")
    return deleted


def reingest_article(article: Article, user) -> Article:
    """Read an article's stored text again: passages, dates and events found afresh."""
    from timeline.ingest.pipeline import reresolve_article

    with transaction.atomic():
        reresolve_article(article)
        found = Mention.objects.filter(passage__article=article).count()
        record(user, article, f"Read again against {article.publication_label}: {found} dates found.")
    return article


# --- entities -----------------------------------------------------------------------------


def merge_entities(entities: Iterable[Entity], user, into: Entity | None = None) -> Entity:
    """Make one entity of several of a kind: names become aliases, aliases and events move.

    The surviving entity is ``into``, else the one linked to the most events.
    """
    entities = list({entity.pk: entity for entity in entities}.values())
    if len(entities) < 2:
        raise CurationError("Choose at least two entities to merge.")
    if len({entity.kind for entity in entities}) > 1:
        raise CurationError("Only entities of one kind can be merged; correct the kind first.")
    counts = dict(
        Entity.objects.filter(pk__in=[e.pk for e in entities])
        .annotate(n=models.Count("events"))
        .values_list("pk", "n")
    )
    if into is None:
        into = min(entities, key=lambda e: (-counts.get(e.pk, 0), e.pk))
    others = [e for e in entities if e.pk != into.pk]
    with transaction.atomic():
        known = {into.name.casefold()} | {name.casefold() for name in into.aliases.values_list("name", flat=True)}
        names = []
        for other in others:
            for name in [other.name, *other.aliases.values_list("name", flat=True)]:
                if name.casefold() not in known:
                    known.add(name.casefold())
                    names.append(name)
            into.events.add(*other.events.all())
        Alias.objects.bulk_create(Alias(entity=into, name=name) for name in names)
        for other in others:
            record(user, other, f"Merged into entity #{into.pk} “{into.name}”.", DELETION)
        Entity.objects.filter(pk__in=[o.pk for o in others]).delete()
        merged = ", ".join(f"#{o.pk} “{o.name}”" for o in others)
        record(
            user,
            into,
            f"Merged {merged} into this entity; new aliases: {', '.join(names) or 'none'}.",
        )
    return into


# --- the curation queue ----------------------------------------------------------------------


@dataclass
class Queue:
    """What waits for an editor, most urgent first."""

    articles_without_date: models.QuerySet
    conflicting_events: models.QuerySet
    low_confidence_events: models.QuerySet
    candidate_events: models.QuerySet


def queue() -> Queue:
    """Articles to date, then events whose sources disagree, then doubtful ones, then the rest.

    An event appears in one list only: the first that applies.
    """
    open_events = Event.objects.exclude(status=Event.Status.REJECTED).order_by("date_start", "id")
    return Queue(
        articles_without_date=Article.objects.filter(published__isnull=True).order_by("ingested_at", "id"),
        conflicting_events=open_events.filter(conflict=True),
        low_confidence_events=open_events.filter(
            conflict=False, status=Event.Status.CANDIDATE, confidence__lt=LOW_CONFIDENCE
        ),
        candidate_events=open_events.filter(
            conflict=False, status=Event.Status.CANDIDATE, confidence__gte=LOW_CONFIDENCE
        ),
    )


def describe_date(event: Event) -> str:
    """The event's date with its TIMEX3 value, as an editor reads it: "week of 10 Mar 2025 (2025-W11)"."""
    return f"{event.date_label} ({event.date_value})"

