"""Gathering mentions into events, and keeping each event's derived fields true.

A mention joins an event when their dates are compatible (one interval holds the
other: a day inside its week or month) and their statements share enough content
words. Candidates are fetched by date, so a mention is only ever compared with the
events of its own stretch of calendar: the cost grows with the corpus, not its square.
Two statements that read alike but give two different days are not merged: both
events are flagged as a conflict for an editor.

Fields an editor set (``Event.edited_fields``) and mentions an editor placed are
never touched.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter

from django.db.models import Q
from django.utils.timezone import now

from timeline.ingest.entities import BROAD_PLACES, PLACE, find_entities, places_disagree
from timeline.ingest.entity_store import EntityResolver
from timeline.ingest.similarity import best_match, content_terms, signature, statements_of
from timeline.ingest.titles import headline
from timeline.models import Event, Mention
from timeline.temporal import calendar_math
from timeline.temporal.expression import GRANULARITIES

# A lead statement without a date happened on or before its publication day; we look
# this far back for the event it reports.
REPORTED_WINDOW = datetime.timedelta(days=7)
# Statements this alike but two days apart are one happening told two ways: a conflict.
CONFLICT_WINDOW = datetime.timedelta(days=7)
MAX_CANDIDATES = 400
_RANK = {granularity: index for index, granularity in enumerate(GRANULARITIES)}


def statement_text(mention: Mention) -> str:
    """The mention's clause; its whole sentence if the clause says too little on its own."""
    text = mention.passage.text
    clause = text[mention.clause_start : mention.clause_end]
    return clause if len(content_terms(clause)) >= 3 else text


def involved(mention: Mention, statement: str) -> list:
    """Who acts in the mention's ``statement`` (its statement_text), and where: people and
    organisations named in it ("Putin" of "Putin visited Kursk for the first time since
    Ukraine's incursion last year" is not in the incursion), places named anywhere in its
    sentence (which locates the story: "sentenced … after his capture in the Kursk region"),
    but not a capital that only speaks for its government ("…, Moscow said")."""
    in_sentence = find_entities(mention.passage.text)
    speakers = _speaking(mention.passage.text, in_sentence)  # "…, Moscow said": no place of it
    places = [name for name in in_sentence if name.kind == PLACE and name.surface not in speakers]
    if statement == mention.passage.text:
        return [name for name in in_sentence if name.kind != PLACE] + places
    actors = [name for name in find_entities(statement) if name.kind != PLACE]
    return actors + places


_SAYING_AFTER = (
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day|\s+(?:also|later|earlier|again))?"  # "Moscow on Tuesday said"
    r"\s+(?:has\s+|had\s+)?(?:said|says|told|tells|announced|announces|claimed|claims|denied|denies|accused|"
    r"accuses|warned|warns|insisted|insists|confirmed|confirms|reported|reports|stated|states|responded|replied)\b"
)


_CAPITALISED = r"[A-Z][\w'’-]+"
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
# Lower-case words that may open the clause of a speaker: "both Kyiv and Moscow said".
_OPENING_WORDS = frozenset("both but while as when though although because since that whereas".split())
# Words that make the name after them a place: prepositions, and "and" after another place.
_PLACING_WORDS = frozenset("in on at near from to across around outside inside into and of".split())


def _speaking(sentence: str, names: list) -> set[str]:
    """Places named only as the one who speaks ("…, Moscow said", "according to Kyiv"):
    a government, not where the happening is."""
    speaking = set()
    for name in names:
        if name.kind != PLACE:
            continue
        said = re.escape(name.surface)
        uses = len(re.findall(rf"\b{said}\b", sentence))
        as_speaker = len(re.findall(
            rf"\b{said}(?={_SAYING_AFTER})"
            rf"|(?<=\band\s){said}(?={_SAYING_AFTER})"
            rf"|\baccording\s+to\s+(?:{_CAPITALISED}\s+and\s+)?{said}\b"
            rf"|(?<=\baccording\sto\s){said}(?=\s+and\s+{_CAPITALISED}\b)",
            sentence,
        ))
        # "Both Kyiv and Moscow said": the first of two speakers, unless a verb or preposition
        # before it makes it a place ("struck Kharkiv and Zelensky said").
        for first in re.finditer(rf"\b{said}(?=\s+and\s+{_CAPITALISED}{_SAYING_AFTER})", sentence):
            word_before = _WORD_BEFORE.search(sentence, 0, first.start())
            word = word_before.group(1) if word_before else ""
            if word.lower() in _PLACING_WORDS:
                continue  # "struck Sumy and Kharkiv and …", "In Kharkiv and Kyiv …": a place
            if not word or not word.islower() or word in _OPENING_WORDS:
                as_speaker += 1
        if uses and uses == as_speaker:
            speaking.add(name.surface)
    return speaking


def _distinctive_words_needed(mention: Mention, event: Event) -> int:
    """A statement of a week joins a day's event only on stronger evidence: a week holds many happenings."""
    if mention.granularity == "week" and event.granularity == "day":
        return 2
    return 1


def attach_mentions(mentions: list[Mention], resolver: EntityResolver | None = None) -> set[int]:
    """Put each mention into an event; returns the ids of the events touched.

    Writes are gathered and made once per call: the events' statements, the mentions'
    event, and the entities each event names.
    """
    resolver = resolver or EntityResolver()
    seen: dict[int, Event] = {}  # events loaded or made in this call, with their new statements
    places_of: dict[int, set[str]] = {}  # their places, as stored and as added in this call
    changed: set[int] = set()
    links: set[tuple[int, int]] = set()
    for mention in mentions:
        if mention.placed_by_editor and mention.event_id:
            continue
        statement = statement_text(mention)
        terms = content_terms(statement)
        names = involved(mention, statement)
        entities = resolver.resolve(names)
        places = {entity.name for entity in entities if entity.kind == PLACE}
        candidates = _candidates(mention)
        if places - BROAD_PLACES:  # only a town or a region can disagree with another
            places_of.update(places_of_events([e.pk for e in candidates if e.pk not in places_of]))
        best, best_score = None, 0.0
        for event in candidates:
            event = seen.setdefault(event.pk, event)
            if places_disagree(places, places_of.get(event.pk, set())):
                continue  # the same words about another town: another happening
            score = best_match(terms, event.signature, distinctive=_distinctive_words_needed(mention, event))
            if score > best_score:
                best, best_score = event, score
        if best is None:
            best = Event.objects.create(
                title=mention.headline or headline(mention.passage.text),
                date_value=mention.value,
                date_start=mention.date_start,
                date_end=mention.date_end,
                granularity=mention.granularity,
                modality=mention.modality,
                signature=signature([terms]),
            )
            seen[best.pk] = best
            places_of[best.pk] = set()
            _flag_conflicts(mention, best, terms, places)
        else:
            best.signature = signature([*statements_of(best.signature), terms])
            changed.add(best.pk)
            if best.pk not in places_of:
                places_of.update(places_of_events([best.pk]))
        mention.event = best
        if not best.is_edited("entities"):
            places_of[best.pk] |= places
            for entity in entities:
                links.add((best.pk, entity.pk))
    for pk in changed:
        Event.objects.filter(pk=pk).update(signature=seen[pk].signature)
    by_event: dict[int, list[int]] = {}
    for mention in mentions:
        if mention.event_id:
            by_event.setdefault(mention.event_id, []).append(mention.pk)
    for event_id, mention_ids in by_event.items():
        Mention.objects.filter(pk__in=mention_ids).update(event_id=event_id)
    through = Event.entities.through
    through.objects.bulk_create(
        [through(event_id=event_id, entity_id=entity_id) for event_id, entity_id in sorted(links)],
        ignore_conflicts=True,
    )
    return {m.event_id for m in mentions if m.event_id}


def places_of_events(event_ids: list[int]) -> dict[int, set[str]]:
    """The places each event names, by event id (an empty set for none)."""
    places: dict[int, set[str]] = {pk: set() for pk in event_ids}
    if event_ids:
        rows = Event.entities.through.objects.filter(event_id__in=event_ids, entity__kind=PLACE)
        for event_id, name in rows.values_list("event_id", "entity__name"):
            places[event_id].add(name)
    return places


def relink_entities(event_ids: set[int], resolver: EntityResolver | None = None) -> None:
    """Make each event name exactly who and where its mentions name now: after mentions
    left it (resolved again to another date, split out by an editor), the names only they
    gave go too. An event whose names an editor set keeps them."""
    resolver = resolver or EntityResolver()
    events = [e for e in Event.objects.filter(pk__in=event_ids).only("pk", "edited_fields") if not e.is_edited("entities")]
    if not events:
        return
    links: set[tuple[int, int]] = set()
    told: set[int] = set()
    for mention in Mention.objects.filter(event__in=events).select_related("passage"):
        told.add(mention.event_id)
        for entity in resolver.resolve(involved(mention, statement_text(mention))):
            links.add((mention.event_id, entity.pk))
    through = Event.entities.through
    # An event kept for an editor after its last mention left keeps the names it had.
    through.objects.filter(event_id__in=told).delete()
    through.objects.bulk_create([through(event_id=e, entity_id=n) for e, n in sorted(links)])


def refresh_events(event_ids: set[int]) -> None:
    """Recompute what an event derives from its mentions; drop events left with none.

    An event an editor touched is kept even without mentions: the editor's work stays.
    """
    updated: list[Event] = []
    emptied: list[Event] = []
    for event in Event.objects.filter(pk__in=event_ids).prefetch_related("mentions__passage"):
        mentions = sorted(event.mentions.all(), key=lambda m: m.pk)
        if not mentions:
            emptied.append(event)
            if not event.edited_fields:
                event.delete()
            else:  # kept for the editor's work, with nothing left to support or dispute it
                Event.objects.filter(pk=event.pk).update(n_articles=0, conflict=False)
            continue
        event.n_articles = len({mention.passage.article_id for mention in mentions})
        dated = [m for m in mentions if m.modality != Event.Modality.REPORTED] or mentions
        best = best_supported(dated)
        if not event.is_edited("date"):
            event.date_value = best.value
            event.date_start = best.date_start
            event.date_end = best.date_end
            event.granularity = best.granularity
        same_value = [m for m in dated if m.value == best.value]
        if all(m.modality == Event.Modality.REPORTED for m in mentions):
            event.modality = Event.Modality.REPORTED
        elif all(m.modality == Event.Modality.PLANNED for m in same_value):
            event.modality = Event.Modality.PLANNED
        else:
            event.modality = Event.Modality.OCCURRED
        days = {m.value for m in dated if m.granularity == "day" and m.modality != Event.Modality.REPORTED}
        if len(days) > 1:
            event.conflict = True
        event.confidence = _confidence(event)
        if not event.is_edited("title"):
            event.title = next((m.headline for m in same_value if m.headline), event.title)
        event.updated_at = now()
        updated.append(event)
    for event in updated:  # a plain UPDATE each: far cheaper than bulk_update's CASE for a few rows
        Event.objects.filter(pk=event.pk).update(**{field: getattr(event, field) for field in _DERIVED_FIELDS})
    _unflag_conflicts_with(emptied)


def _unflag_conflicts_with(gone: list[Event]) -> None:
    """Events flagged as conflicting with an event that lost its last mention: the flag stays
    only if they still disagree with a live account, or their own sources disagree."""
    for event in gone:
        if event.granularity != "day":
            continue
        for flagged in _other_days_nearby(event.date_start, event).filter(conflict=True):
            if flagged.is_edited("date") or conflicting_accounts(flagged):
                continue
            if not days_given(flagged.mentions.all()):
                Event.objects.filter(pk=flagged.pk).update(conflict=False)


_DERIVED_FIELDS = [
    "n_articles", "date_value", "date_start", "date_end", "granularity", "modality",
    "conflict", "confidence", "title", "updated_at",
]


def best_supported(mentions: list[Mention]) -> Mention:
    """The most precise date that the most articles support (earliest mention on ties)."""
    support = Counter()
    for value, article in {(m.value, m.passage.article_id) for m in mentions}:
        support[value] += 1
    return min(mentions, key=lambda m: (_RANK.get(m.granularity, len(_RANK)), -support[m.value], m.pk))


def _confidence(event: Event) -> float:
    if event.modality == Event.Modality.REPORTED:
        return 0.4
    base = 0.7 if event.modality == Event.Modality.PLANNED else 0.8
    if event.conflict:
        base -= 0.3
    return round(min(1.0, base + 0.1 * (event.n_articles - 1)), 2)


def enclosing_values(start: datetime.date, end: datetime.date) -> set[str]:
    """The TIMEX3 values of the calendar stretches that hold the whole of [start, end]."""
    values = {start.isoformat()} if start == end else set()
    stretches = [calendar_math.season_of(start)]
    for unit in ("W", "M", "Q", "H", "Y", "DE"):
        try:
            stretches.append(calendar_math.stretch_of(start, unit))
        except calendar_math.OutOfRange:
            continue
    values.update(s.value for s in stretches if s.first <= start and end <= s.last)
    return values


def _candidates(mention: Mention) -> list[Event]:
    """Events whose date is compatible with the mention's, nearest in granularity first.

    Each look-up is an index range or a handful of exact values, never a scan: the
    events holding the mention's stretch by their value, those inside it by their
    start, and (for a day) the reports of the following week.
    """
    # What matching reads of an event, and no more: its statements, precision and who set what.
    events = Event.objects.exclude(status=Event.Status.REJECTED).only(
        "pk", "signature", "granularity", "edited_fields", "date_start", "date_end", "modality", "status"
    )
    if mention.modality == Event.Modality.REPORTED:
        published = mention.date_end
        found = list(events.filter(date_start__gte=published - REPORTED_WINDOW, date_start__lte=published, date_end__lte=published)[:MAX_CANDIDATES])
    else:
        found = list(events.filter(date_value__in=enclosing_values(mention.date_start, mention.date_end)))
        found += events.filter(
            date_start__gte=mention.date_start, date_start__lte=mention.date_end, date_end__lte=mention.date_end
        )[:MAX_CANDIDATES]
        if mention.granularity == "day":
            found += events.filter(
                modality=Event.Modality.REPORTED,
                date_start__gte=mention.date_end,
                date_start__lte=mention.date_end + REPORTED_WINDOW,
            )[:MAX_CANDIDATES]
    unique = {event.pk: event for event in found}
    rank = _RANK.get(mention.granularity, 0)
    return sorted(unique.values(), key=lambda e: (abs(_RANK.get(e.granularity, 0) - rank), e.pk))


def _other_days_nearby(day: datetime.date, event: Event):
    """Day-dated events a few days before or after ``day``, on another day than it."""
    return (
        Event.objects.filter(
            granularity="day",
            date_start__gte=day - CONFLICT_WINDOW,
            date_start__lte=day + CONFLICT_WINDOW,
        )
        .exclude(pk=event.pk)
        .exclude(date_start=day)
        # An event an editor kept after its last mention left tells nothing. (A new event
        # has no articles counted yet either, until its mentions are in.)
        .exclude(Q(n_articles=0) & ~Q(edited_fields=[]))
        .exclude(modality=Event.Modality.REPORTED)
        .exclude(status=Event.Status.REJECTED)
    )


def _flag_conflicts(mention: Mention, event: Event, terms: frozenset[str], places: set[str]) -> None:
    """A new day-dated event that reads like another one a few days off, in the same place:
    flag both."""
    if mention.granularity != "day" or mention.modality == Event.Modality.REPORTED:
        return
    nearby = _other_days_nearby(mention.date_start, event)
    alike = [other.pk for other in nearby if best_match(terms, other.signature, strict=True)]
    elsewhere = places_of_events(alike)
    rivals = [pk for pk in alike if not places_disagree(places, elsewhere[pk])]
    if rivals:
        Event.objects.filter(pk__in=[*rivals, event.pk]).update(conflict=True)
        event.conflict = True


def conflicting_accounts(event: Event) -> list[Event]:
    """The events that tell ``event``'s happening on another day nearby: what its conflict is with."""
    if not event.conflict or event.granularity != "day":
        return []
    statements = list(statements_of(event.signature))
    nearby = (
        _other_days_nearby(event.date_start, event)
        .only("pk", "title", "date_value", "date_start", "date_end", "granularity", "signature")
        .order_by("date_start", "pk")
    )
    alike = [other for other in nearby if any(best_match(terms, other.signature, strict=True) for terms in statements)]
    places = places_of_events([event.pk, *(other.pk for other in alike)])
    return [other for other in alike if not places_disagree(places[event.pk], places[other.pk])]


def days_given(mentions) -> list[datetime.date]:
    """The different days an event's own sources date it to, when they disagree."""
    days = sorted({m.date_start for m in mentions if m.granularity == "day" and m.modality != Event.Modality.REPORTED})
    return days if len(days) > 1 else []
