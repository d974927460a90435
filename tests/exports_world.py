"""Small hand-built timelines for the export tests: articles, evidence, events, entities."""

from __future__ import annotations

import csv
import datetime
import io
import itertools

from django.http import StreamingHttpResponse

from timeline.models import Article, Entity, Event, Mention, Passage

_numbers = itertools.count(1)


def make_article(
    title: str = "Troops move near Sudzha",
    *,
    outlet: str = "Wire",
    url: str = "https://news.example/sudzha",
    published: datetime.date | None = datetime.date(2025, 3, 13),
) -> Article:
    number = next(_numbers)
    return Article.objects.create(
        title=title,
        title_source=Article.TitleSource.MANIFEST,
        outlet=outlet,
        url=url,
        published=published,
        raw_text="",
        content_hash=f"export-test-{number}",
    )


def make_event(
    title: str = "Putin visits Kursk",
    *,
    value: str = "2025-03-12",
    start: datetime.date = datetime.date(2025, 3, 12),
    end: datetime.date | None = None,
    granularity: str = "day",
    status: str = Event.Status.CANDIDATE,
    modality: str = Event.Modality.OCCURRED,
    conflict: bool = False,
    evidence: list[tuple[Article, str, str]] = (),
    actors: list[str] = (),
    organisations: list[str] = (),
    places: list[str] = (),
) -> Event:
    """An event; ``evidence`` is (article, passage text, date phrase in it) for each mention."""
    end = end or start
    event = Event.objects.create(
        title=title,
        date_value=value,
        date_start=start,
        date_end=end,
        granularity=granularity,
        status=status,
        modality=modality,
        conflict=conflict,
        n_articles=len({article.pk for article, _, _ in evidence}),
    )
    for article, text, phrase in evidence:
        position = article.passages.count()
        passage = Passage.objects.create(article=article, position=position, start=0, end=len(text), text=text)
        at = text.index(phrase)
        Mention.objects.create(
            passage=passage,
            event=event,
            phrase_start=at,
            phrase_end=at + len(phrase),
            phrase=phrase,
            value=value,
            date_start=start,
            date_end=end,
            granularity=granularity,
            anchor=article.published,
            resolved_against="anchor" if article.published else "",
        )
    for kind, names in ((Entity.Kind.PERSON, actors), (Entity.Kind.ORGANISATION, organisations), (Entity.Kind.PLACE, places)):
        for name in names:
            entity, _ = Entity.objects.get_or_create(kind=kind, name=name)
            event.entities.add(entity)
    return event


def streamed_text(response) -> str:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8")


def read_csv(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(streamed_text(response))))
