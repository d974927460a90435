"""Fill the configured database with a large synthetic timeline for benchmarks.

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python bench/populate.py --events 1000000

Each event gets one article passage and one mention; dates spread over 1990-2025 at
day, week, month and year granularity; a few actors and places are attached. The
database is migrated first and emptied of timeline rows (never point this at real data).
Then, as the ingest does, the export's cells of every event are worked out and stored.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")

OUTLETS = ["Wire", "Daily", "Courier", "Herald", "Times", "Post", "Ledger", "Tribune"]
ACTORS = ["Vladimir Putin", "Volodymyr Zelensky", "Valery Gerasimov", "Oleksandr Syrsky", "Steve Witkoff"]
PLACES = ["Kursk", "Kyiv", "Moscow", "Sudzha", "Riyadh", "Kharkiv", "Donetsk", "Zaporizhzhia"]
VERBS = ["visited", "attacked", "met officials in", "announced talks on", "shelled", "retook", "left"]
FIRST_DAY = datetime.date(1990, 1, 1)
SPAN_DAYS = (datetime.date(2025, 12, 31) - FIRST_DAY).days


def synthetic_date(rng: random.Random) -> tuple[str, datetime.date, datetime.date, str]:
    day = FIRST_DAY + datetime.timedelta(days=rng.randrange(SPAN_DAYS))
    kind = rng.random()
    if kind < 0.7:
        return day.isoformat(), day, day, "day"
    if kind < 0.8:
        monday = day - datetime.timedelta(days=day.weekday())
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}", monday, monday + datetime.timedelta(days=6), "week"
    if kind < 0.95:
        first = day.replace(day=1)
        last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
        return f"{day.year}-{day.month:02d}", first, last, "month"
    return str(day.year), datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31), "year"


def populate(n_events: int, batch: int = 5000, seed: int = 7, quiet: bool = False) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from timeline.ingest.versions import dates_version
    from timeline.models import Article, Entity, Event, Mention, Passage

    call_command("migrate", verbosity=0)
    rng = random.Random(seed)
    started = time.perf_counter()
    with transaction.atomic():
        for model in (Mention, Passage, Event, Article, Entity):
            model.objects.all().delete()
        entities = [Entity.objects.create(name=n, kind="person") for n in ACTORS]
        entities += [Entity.objects.create(name=n, kind="place") for n in PLACES]
    through = Event.entities.through
    articles_per_batch = max(1, batch // 10)
    made = 0
    while made < n_events:
        size = min(batch, n_events - made)
        with transaction.atomic():
            articles = Article.objects.bulk_create(
                Article(
                    title=f"Report {made + i}",
                    title_source="derived",
                    outlet=rng.choice(OUTLETS),
                    published=FIRST_DAY + datetime.timedelta(days=rng.randrange(SPAN_DAYS)),
                    published_source="manifest",
                    raw_text="",
                    content_hash=f"bench-{made + i}",
                    # Made-up mentions of an empty text: stamped as current, so that
                    # `retag` does not resolve them away.
                    dates_version=dates_version(),
                )
                for i in range(articles_per_batch)
            )
            texts, dates = [], []
            for i in range(size):
                actor, verb, place = rng.choice(ACTORS), rng.choice(VERBS), rng.choice(PLACES)
                texts.append((actor, place, f"{actor} {verb} {place} on the day in question ({made + i})."))
                dates.append(synthetic_date(rng))
            events = Event.objects.bulk_create(
                Event(
                    title=text[:-1],
                    date_value=value,
                    date_start=start,
                    date_end=end,
                    granularity=granularity,
                    status=rng.choice(["candidate"] * 8 + ["confirmed"] * 2),
                    n_articles=rng.choice([1, 1, 1, 2, 2, 3, 5]),
                )
                for (_, _, text), (value, start, end, granularity) in zip(texts, dates)
            )
            passages = Passage.objects.bulk_create(
                Passage(article=articles[i % len(articles)], position=i // len(articles), start=0, end=len(text), text=text)
                for i, (_, _, text) in enumerate(texts)
            )
            Mention.objects.bulk_create(
                Mention(
                    passage=passage,
                    event=event,
                    phrase_start=len(text) - 30,
                    phrase_end=len(text) - 20,
                    phrase="the day",
                    value=event.date_value,
                    date_start=event.date_start,
                    date_end=event.date_end,
                    granularity=event.granularity,
                    anchor=passage.article.published,
                    resolved_against="anchor",
                    rule="synthetic",
                )
                for passage, event, (_, _, text) in zip(passages, events, texts)
            )
            by_name = {entity.name: entity for entity in entities}
            through.objects.bulk_create(
                link
                for event, (actor, place, _) in zip(events, texts)
                for link in (
                    through(event_id=event.pk, entity_id=by_name[actor].pk),
                    through(event_id=event.pk, entity_id=by_name[place].pk),
                )
            )
        made += size
        if not quiet:
            print(f"\r{made:,} events ({time.perf_counter() - started:.0f} s)", end="", flush=True)
    # As the ingest does, work out the export's cells of the new events now.
    from timeline.exports.csv import store_stale_cells

    cells_started = time.perf_counter()
    stored = store_stale_cells()
    if not quiet:
        print(f"\nexport cells of {stored:,} events stored in {time.perf_counter() - cells_started:.1f} s", end="")
    with connection.cursor() as cursor:
        # Statistics for the planners; on PostgreSQL, VACUUM also sets the visibility map
        # that index-only scans need, as autovacuum would soon after a load this size.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    if not quiet:
        print(f"\n{made:,} events in {time.perf_counter() - started:.1f} s on {connection.vendor}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=5000)
    args = parser.parse_args()
    populate(args.events, batch=args.batch)


if __name__ == "__main__":
    main()
