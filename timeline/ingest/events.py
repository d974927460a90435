"""Gathering mentions into events, and keeping each event's derived fields true.

A mention joins the event whose statements share enough content words with it among
the events already holding mentions of the same date value (the block); otherwise it
starts a new event. Fields an editor set (``Event.edited_fields``) are never touched.
"""

from __future__ import annotations

from collections import Counter

from timeline.ingest.similarity import SAME_HAPPENING, content_terms, overlap
from timeline.ingest.titles import headline
from timeline.models import Event, Mention
from timeline.temporal.expression import GRANULARITIES


def attach_mentions(mentions: list[Mention]) -> set[int]:
    """Put each mention into an event; returns the ids of the events touched."""
    touched: set[int] = set()
    block_cache: dict[str, list[tuple[Event, set[str]]]] = {}
    for mention in mentions:
        terms = content_terms(mention.passage.text)
        block = block_cache.get(mention.value)
        if block is None:
            block = block_cache[mention.value] = _load_block(mention.value)
        best, best_terms, best_score = None, set(), 0.0
        for event, event_terms in block:
            score = overlap(terms, event_terms)
            if score > best_score:
                best, best_terms, best_score = event, event_terms, score
        if best is None or best_score < SAME_HAPPENING:
            best = Event.objects.create(
                title=headline(mention.passage.text),
                date_value=mention.value,
                date_start=mention.date_start,
                date_end=mention.date_end,
                granularity=mention.granularity,
            )
            block.append((best, set(terms)))
        else:
            best_terms.update(terms)
        mention.event = best
        mention.save(update_fields=["event"])
        touched.add(best.pk)
    return touched


def refresh_events(event_ids: set[int]) -> None:
    """Recompute what an event derives from its mentions; drop events left with none.

    An event an editor touched is kept even without mentions: the editor's work stays.
    """
    for event in Event.objects.filter(pk__in=event_ids).prefetch_related("mentions__passage"):
        mentions = list(event.mentions.all())
        if not mentions:
            if not event.edited_fields:
                event.delete()
            continue
        event.n_articles = len({mention.passage.article_id for mention in mentions})
        if not event.is_edited("date"):
            best = _best_supported_date(mentions)
            event.date_value = best.value
            event.date_start = best.date_start
            event.date_end = best.date_end
            event.granularity = best.granularity
        event.save()


def _load_block(value: str) -> list[tuple[Event, set[str]]]:
    events = (
        Event.objects.filter(mentions__value=value)
        .exclude(status=Event.Status.REJECTED)
        .distinct()
        .prefetch_related("mentions__passage")
    )
    block = []
    for event in events:
        terms: set[str] = set()
        for mention in event.mentions.all():
            terms |= content_terms(mention.passage.text)
        block.append((event, terms))
    return block


def _best_supported_date(mentions: list[Mention]) -> Mention:
    """The most precise date that the most articles support."""
    support = Counter(mention.value for mention in mentions)
    rank = {granularity: index for index, granularity in enumerate(GRANULARITIES)}
    return min(
        mentions,
        key=lambda m: (rank.get(m.granularity, len(rank)), -support[m.value], m.pk),
    )
