"""Ingest cost against corpus size: 1,000 then 10,000 generated articles, and the ratio.

    .venv/bin/python bench/ingest_bench.py                 # SQLite files under /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_ingest .venv/bin/python bench/ingest_bench.py
    .venv/bin/python bench/ingest_bench.py --sizes 200 2000   # a quicker look

Articles are written to a folder with a manifest and ingested through the same
path as `manage.py ingest`. Several outlets report each happening, in their own
words and with dates relative to their own publication day, so clustering has real
work to do. Linear cost means the ratio of the times is close to the ratio of the sizes.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")

PEOPLE = [
    ("Vladimir Putin", "Mr. Putin"), ("Volodymyr Zelensky", "Mr. Zelensky"),
    ("Valery Gerasimov", "General Gerasimov"), ("Oleksandr Syrsky", "General Syrsky"),
    ("Steve Witkoff", "Mr. Witkoff"), ("Dmitry Peskov", "Mr. Peskov"), ("Sergei Lavrov", "Mr. Lavrov"),
]
PLACES = ["Kursk", "Kharkiv", "Sudzha", "Pokrovsk", "Zaporizhzhia", "Kherson", "Odesa", "Belgorod", "Bryansk", "Dnipro"]
HAPPENINGS = [
    ("visited a command post in {place}", "made a visit to troops near {place}"),
    ("ordered an offensive toward {place}", "told commanders to push toward {place}"),
    ("met officials in {place} to discuss a cease-fire", "held cease-fire talks with officials in {place}"),
    ("inspected air defenses around {place}", "toured the air defense units near {place}"),
    ("announced new sanctions over the strikes on {place}", "said sanctions would follow the strikes on {place}"),
]
FILLER = [
    "The move drew sharp criticism from Western capitals.",
    "Analysts said the situation on the ground remained fluid.",
    "Residents described long queues for water and power.",
    "The ministry did not respond to a request for comment.",
    "Footage aired by state television showed columns of armored vehicles.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def relative_phrase(day: datetime.date, published: datetime.date, rng: random.Random) -> str:
    """How an outlet published on ``published`` would name ``day``."""
    delta = (published - day).days
    if delta == 0:
        return "on " + WEEKDAYS[day.weekday()] if rng.random() < 0.5 else "today"
    if delta == 1 and rng.random() < 0.5:
        return "yesterday"
    if 0 < delta < 7:
        return "on " + WEEKDAYS[day.weekday()]
    return f"on {MONTHS[day.month - 1]} {day.day}, {day.year}" if rng.random() < 0.5 else f"on {day.day} {MONTHS[day.month - 1]} {day.year}"


def generate(folder: Path, n_articles: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    start = datetime.date(2022, 2, 24)
    span = 3 * 365
    rows = []
    index = 0
    while index < n_articles:
        day = start + datetime.timedelta(days=rng.randrange(span))
        (person, short), place = rng.choice(PEOPLE), rng.choice(PLACES)
        variants = rng.choice(HAPPENINGS)
        for _ in range(min(rng.randint(1, 4), n_articles - index)):
            published = day + datetime.timedelta(days=rng.randint(0, 5))
            verb = rng.choice(variants).format(place=place)
            phrase = relative_phrase(day, published, rng)
            other_day = published - datetime.timedelta(days=rng.randint(20, 400))
            lines = [
                f"{person} {verb} {phrase}, officials said.",
                f"{short} spoke to soldiers and local officials during the trip.",
                rng.choice(FILLER),
                f"The region was shelled {relative_phrase(other_day, published, rng)}, according to local authorities.",
                rng.choice(FILLER),
                f"{short} is expected to travel to {rng.choice(PLACES)} next week.",
                f"Article number {index} of the generated corpus.",
            ]
            name = f"{index:06d}.txt"
            (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            rows.append({"file": name, "published": published.isoformat(), "outlet": f"Outlet {index % 17}"})
            index += 1
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "published", "outlet"])
        writer.writeheader()
        writer.writerows(rows)


def run(size: int) -> tuple[float, int, int]:
    import django
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    from timeline.ingest.pipeline import ingest_paths
    from timeline.models import Alias, Article, Entity, Event

    call_command("migrate", verbosity=0)
    for model in (Article, Event, Alias, Entity):
        model.objects.all().delete()
    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder), size)
        started = time.perf_counter()
        report = ingest_paths([folder])
        elapsed = time.perf_counter() - started
    assert report.ok, report.errors[:3]
    events = Event.objects.count()
    connection.close()
    return elapsed, len(report.created), events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000])
    args = parser.parse_args()
    default_db = os.environ.get("DATABASE_URL")
    results = []
    for size in args.sizes:
        if not default_db:
            path = Path(tempfile.gettempdir()) / f"ingest-bench-{size}.sqlite3"
            path.unlink(missing_ok=True)
            os.environ["DATABASE_URL"] = f"sqlite:///{path}"
            from django.db import connections

            connections["default"].close()
            from django.conf import settings

            if settings.configured:
                settings.DATABASES["default"]["NAME"] = str(path)
        elapsed, articles, events = run(size)
        results.append((size, elapsed))
        print(
            f"{articles:>6} articles -> {events:>6} events in {elapsed:7.1f} s "
            f"({articles / elapsed * 60:,.0f} articles/min, {elapsed / articles * 1000:.1f} ms/article)",
            flush=True,
        )
    (small, t_small), (large, t_large) = results
    print(f"size ratio {large / small:.1f}x, time ratio {t_large / t_small:.2f}x "
          f"(linear would be {large / small:.1f}x)")


if __name__ == "__main__":
    main()
