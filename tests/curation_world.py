"""Small curation worlds built directly through the models: articles, passages, mentions, events."""

from __future__ import annotations

import datetime
import hashlib

from django.contrib.auth.models import User

from timeline.models import Article, Event, Mention, Passage
from timeline.timex_values import stretch_of_value


def make_editor(username: str = "editor") -> User:
    return User.objects.create_user(username, password="pw-editor-123", is_staff=True, is_superuser=True)


def make_article(text: str, published: datetime.date | None = datetime.date(2025, 3, 13), title: str = "") -> Article:
    return Article.objects.create(
        title=title or text[:40],
        title_source=Article.TitleSource.MANIFEST,
        published=published,
        published_source=Article.DateSource.MANIFEST if published else Article.DateSource.UNKNOWN,
        raw_text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def make_mention(article: Article, phrase: str, value: str, event: Event | None = None) -> Mention:
    """A mention of ``phrase`` in the article's single passage, dated ``value``."""
    passage, _ = Passage.objects.get_or_create(
        article=article, position=0, defaults={"start": 0, "end": len(article.raw_text), "text": article.raw_text}
    )
    start = passage.text.index(phrase)
    stretch = stretch_of_value(value)
    return Mention.objects.create(
        passage=passage,
        event=event,
        phrase_start=start,
        phrase_end=start + len(phrase),
        phrase=phrase,
        value=stretch.value,
        date_start=stretch.first,
        date_end=stretch.last,
        granularity=stretch.granularity,
        anchor=article.published,
        resolved_against="anchor",
    )


def make_event(title: str, value: str, **fields) -> Event:
    stretch = stretch_of_value(value)
    return Event.objects.create(
        title=title,
        date_value=stretch.value,
        date_start=stretch.first,
        date_end=stretch.last,
        granularity=stretch.granularity,
        **fields,
    )


def event_with_mentions(title: str, value: str, texts: list[tuple[str, str]], **fields) -> Event:
    """An event supported by one article per (text, phrase) pair, each mention dated ``value``."""
    event = make_event(title, value, **fields)
    for text, phrase in texts:
        make_mention(make_article(text), phrase, value, event)
    event.n_articles = len(texts)
    event.save()
    return event
