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

from timeline.ingest.cleaning import clean, derive_title
from timeline.ingest.events import attach_mentions, refresh_events
from timeline.ingest.mentions import find_mentions
from timeline.ingest.sentences import split_sentences
from timeline.ingest.sources import ArticleSource, SourceError, read_sources
from timeline.models import Article, Mention, Passage


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
    for source in read_sources(paths, published=published):
        if isinstance(source, SourceError):
            report.errors.append(source)
            created = None
        else:
            try:
                article, created = ingest_source(source)
            except Exception as error:  # one bad article must not stop the others
                report.errors.append(SourceError(source.name, f"could not be stored ({error})"))
                created = None
            else:
                (report.created if created else report.unchanged).append(article)
        if on_progress:
            on_progress(source, created)
    return report


def ingest_source(source: ArticleSource) -> tuple[Article, bool]:
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
        )
        _analyse(article)
    return article, True


def reresolve_article(article: Article) -> None:
    """Find the article's passages and mentions again, e.g. after its date was corrected.

    Events that lose their mentions are recomputed (or dropped when no editor touched
    them); an event whose date an editor set keeps that date.
    """
    with transaction.atomic():
        previous_events = set(
            Mention.objects.filter(passage__article=article, event__isnull=False)
            .values_list("event_id", flat=True)
        )
        article.passages.all().delete()
        touched = _analyse(article)
        refresh_events(previous_events - touched)


def _analyse(article: Article) -> set[int]:
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
        Mention(
            passage=passages[item.passage_index],
            phrase_start=item.phrase_start,
            phrase_end=item.phrase_end,
            phrase=item.expression.text[:200],
            timex_type=item.expression.type,
            value=item.expression.value,
            date_start=item.expression.first_day,
            date_end=item.expression.last_day,
            granularity=item.expression.granularity or "day",
            anchor=article.published,
            resolved_against=item.expression.resolved_against,
            reference=item.expression.reference or "",
            rule=item.expression.rule,
        )
        for item in found
    )
    touched = attach_mentions(mentions)
    refresh_events(touched)
    return touched
