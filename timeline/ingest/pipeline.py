"""Ingest: an article source becomes an Article with passages, mentions and events.

Each article is written in one transaction: it is there whole or not at all. An
article whose text is already stored (same content hash) is left exactly as it is,
so ingesting a corpus again changes nothing and never undoes an editor's work.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from timeline.exports.csv import store_stale_cells
from timeline.ingest.cleaning import clean, derive_title
from timeline.ingest.entity_store import EntityResolver
from timeline.ingest.events import attach_mentions, refresh_events, relink_entities
from timeline.ingest.mentions import FoundMention, find_mentions
from timeline.ingest.sentences import split_sentences
from timeline.ingest.sources import ArticleSource, SourceError, read_sources
from timeline.models import Article, Event, Mention, Passage
from timeline.ingest.versions import dates_version


@dataclass
class IngestReport:
    created: list[Article] = field(default_factory=list)
    unchanged: list[Article] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def ingest_paths(
    paths: Iterable[str | Path],
    published: datetime.date | None = None,
    on_progress: Callable[[ArticleSource | SourceError, bool | None], None] | None = None,
) -> IngestReport:
    """Ingest every article under ``paths``; a bad file is reported and skipped."""
    report = IngestReport()
    resolver = EntityResolver()
    for source in read_sources(paths, published=published):
        if isinstance(source, SourceError):
            report.errors.append(source)
            created = None
        else:
            try:
                article, created = ingest_source(source, resolver)
            except Exception as error:  # one bad article must not stop the others
                source = SourceError(source.name, f"could not be stored ({error})")
                report.errors.append(source)
                created = None
            else:
                (report.created if created else report.unchanged).append(article)
        if on_progress:
            on_progress(source, created)
    if report.created:
        # The export's cells of the new events, worked out now rather than by the first export.
        store_stale_cells()
    return report


def ingest_source(source: ArticleSource, resolver: EntityResolver | None = None) -> tuple[Article, bool]:
    """Store one article and everything found in it; (article, False) if it was already there."""
    with transaction.atomic():
        existing = Article.objects.filter(content_hash=source.content_hash).first()
        if existing is not None:
            return existing, False
        cleaned = clean(source.raw_text)
        if source.title:
            title, title_source = source.title, source.title_source or Article.TitleSource.MANIFEST
        elif cleaned.title:
            title, title_source = cleaned.title, Article.TitleSource.DETECTED
        else:
            title, title_source = derive_title(cleaned.paragraphs), Article.TitleSource.DERIVED
        article = Article.objects.create(
            title=title[:500],
            title_source=title_source,
            outlet=source.outlet,
            url=source.url,
            published=source.published,
            published_source=source.published_source if source.published else "unknown",
            source_name=source.name,
            raw_text=source.raw_text,
            content_hash=source.content_hash,
            dates_version=dates_version(),
        )
        _analyse(article, resolver or EntityResolver())
    return article, True


@dataclass
class Reresolution:
    """What resolving an article's dates again changed."""

    changed: int = 0  # mentions kept whose date or phrase changed
    added: int = 0  # date phrases found that were not there before
    removed: int = 0  # mentions no longer found

    def __iadd__(self, other: Reresolution) -> Reresolution:
        self.changed += other.changed
        self.added += other.added
        self.removed += other.removed
        return self

    def __bool__(self) -> bool:
        return bool(self.changed or self.added or self.removed)


def reresolve_article(article: Article) -> Reresolution:
    """Resolve the article's dates again: after its publication date was corrected, or
    with a newer temporal engine.

    Passages stay (the text has not changed); each mention is updated in place, so an
    editor's placement of a mention in an event survives. A mention whose date changed finds
    the event that fits its new date, except in an event an editor worked on that only this
    article tells: that event moves with its mentions.
    Events left without mentions are dropped unless an editor touched them; an event whose
    date an editor set keeps that date.
    """
    outcome = Reresolution()
    with transaction.atomic():
        passages = list(article.passages.order_by("position"))
        spans = [(p.start, p.end) for p in passages]
        existing = {
            (m.passage_id, m.phrase_start, m.phrase_end, m.clause_start): m
            for m in Mention.objects.filter(passage__article=article)
        }
        previous_events = {m.event_id for m in existing.values() if m.event_id}
        told_by_others = set(
            Mention.objects.filter(event_id__in=previous_events)
            .exclude(passage__article=article)
            .values_list("event_id", flat=True)
        )
        edited_events = {e.pk for e in Event.objects.filter(pk__in=previous_events).only("edited_fields") if e.edited_fields}
        fresh: list[Mention] = []
        kept: list[Mention] = []  # mentions found again, with their new dates, not yet saved
        moved: set[int] = set()  # of which those whose date changed
        for item in find_mentions(article.raw_text, spans, article.published):
            new = _mention(passages[item.passage_index], item, article.published)
            key = (new.passage_id, new.phrase_start, new.phrase_end, new.clause_start)
            old = existing.pop(key, None)
            if old is not None:
                if any(getattr(old, field) != getattr(new, field) for field in _DATE_FIELDS):
                    outcome.changed += 1
                    moved.add(old.pk)
                for field in _RESOLVED_FIELDS:
                    setattr(old, field, getattr(new, field))
                kept.append(old)
            else:
                new.save()
                fresh.append(new)
                outcome.added += 1
        # A mention whose date moved finds its event afresh, as the engine now reads it; so
        # do all of an event's mentions when they give it different days (an earlier engine
        # put them together). The others stay, so that reading again changes nothing that
        # need not change. An event an editor worked on that only this article tells keeps
        # its mentions and moves with them: a corrected publication date moves its page and
        # the editor's title or names along, instead of leaving them on an empty event.
        days: dict[int, set[str]] = {}
        for mention in kept:
            if mention.event_id and mention.granularity == "day" and mention.modality != Event.Modality.REPORTED:
                days.setdefault(mention.event_id, set()).add(mention.value[:10])
        for mention in kept:
            event_id = mention.event_id
            if not mention.placed_by_editor and event_id:
                parted = len(days.get(event_id, ())) > 1
                keeps_with_editor = event_id in edited_events and event_id not in told_by_others
                if parted or (mention.pk in moved and not keeps_with_editor):
                    mention.event = None
            mention.save()
            fresh.append(mention)
        for leftover in existing.values():
            leftover.delete()
            outcome.removed += 1
        resolver = EntityResolver()
        touched = attach_mentions([m for m in fresh if m.event_id is None], resolver)
        refresh_events(touched | previous_events)
        relink_entities(touched | previous_events, resolver)
        if article.dates_version != dates_version():
            article.dates_version = dates_version()
            article.save(update_fields=["dates_version"])
    return outcome


_RESOLVED_FIELDS = (
    "phrase", "timex_type", "value", "date_start", "date_end", "granularity", "anchor",
    "resolved_against", "reference", "rule", "modality", "clause_end", "headline",
)
# What a reader sees of a mention's date: a change to one of these is a changed date.
_DATE_FIELDS = ("phrase", "timex_type", "value", "date_start", "date_end", "granularity", "modality")


def _analyse(article: Article, resolver: EntityResolver) -> set[int]:
    cleaned = clean(article.raw_text)
    spans: list[tuple[int, int]] = []
    for paragraph in cleaned.paragraphs:
        for start, end in split_sentences(paragraph.text):
            spans.append((paragraph.start + start, paragraph.start + end))
    passages = Passage.objects.bulk_create(
        Passage(article=article, position=index, start=start, end=end, text=article.raw_text[start:end])
        for index, (start, end) in enumerate(spans)
    )
    found = find_mentions(article.raw_text, spans, article.published)
    mentions = Mention.objects.bulk_create(
        _mention(passages[item.passage_index], item, article.published) for item in found
    )
    touched = attach_mentions(mentions, resolver)
    refresh_events(touched)
    return touched


def _mention(passage: Passage, item: FoundMention, anchor: datetime.date | None) -> Mention:
    statement = item.statement
    expression = statement.expression
    common = dict(
        passage=passage,
        clause_start=statement.clause_start,
        clause_end=statement.clause_end,
        headline=statement.title[:300],
        modality=statement.modality,
        anchor=anchor,
    )
    if expression is None:  # a lead statement dated by its publication day
        return Mention(
            **common,
            phrase_start=0,
            phrase_end=0,
            phrase="",
            timex_type="DATE",
            value=anchor.isoformat(),
            date_start=anchor,
            date_end=anchor,
            granularity="day",
            resolved_against="publication",
            reference=anchor.isoformat(),
            rule="lead-reported",
        )
    return Mention(
        **common,
        phrase_start=statement.phrase_start,
        phrase_end=statement.phrase_end,
        phrase=expression.text[:200],
        timex_type=expression.type,
        value=expression.value,
        date_start=expression.first_day,
        date_end=expression.last_day,
        granularity=expression.granularity or "day",
        resolved_against=expression.resolved_against,
        reference=expression.reference or "",
        rule=expression.rule,
    )
