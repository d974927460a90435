"""Latency of the filtered timeline at a million events, beside a bare Django view.

    DATABASE_URL=sqlite:////tmp/bench_timeline.sqlite3 .venv/bin/python bench/timeline_bench.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_timeline .venv/bin/python bench/timeline_bench.py

The database is filled by bench/populate.py unless it already holds exactly --events
events (populating takes minutes; never point this at real data). Requests go through
django.test.Client in this process: the whole middleware stack, URL routing, the views,
templates and the database, but no sockets. The test environment is not set up:
its instrumented template rendering, which copies every template's context for the
test client, is no part of what a user waits for. The bare view goes through the same stack
and renders a one-line template. Debug is off, as in production.

Beside the bare view, a bare list (the first fifty events, read by the chronological index
and printed with no filter, form or chart) shows what reading a page's rows costs at least.
For each typical filter it prints p50 and p95 in milliseconds of:
  page      the full page (what a link or the no-JavaScript form gets); "x list" is its p50
            over the bare list's, the two requested in turn
  results   the htmx swap of the results (what typing in the filter form gets)
  overview  the chart and facet counts, which the page loads right after itself
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
os.environ["DJANGO_DEBUG"] = "0"
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key-not-for-production")
os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"


def bare(request):
    from django.http import HttpResponse
    from django.template import engines

    template = engines["django"].from_string("<!doctype html><p>{{ greeting }}</p>")
    return HttpResponse(template.render({"greeting": "Hello"}, request))


def bare_list(request):
    """The least a page of the timeline could cost: its first fifty events, read by the
    chronological index and printed as a plain list, with no filter, form or chart."""
    from django.http import HttpResponse
    from django.template import engines

    from timeline.models import Event

    rows = Event.objects.order_by("date_start", "id").values_list("date_start", "title")[:50]
    template = engines["django"].from_string(
        "<!doctype html><ol>{% for day, title in rows %}<li>{{ day }} {{ title }}</li>{% endfor %}</ol>"
    )
    return HttpResponse(template.render({"rows": rows}, request))


def urlpatterns_with_bare_view():
    from django.urls import include, path

    return [path("bare/", bare), path("bare-list/", bare_list), path("", include("timeline.urls"))]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed_get(client, url: str, headers: dict | None = None) -> float:
    started = time.perf_counter()
    response = client.get(url, headers=headers or {})
    response.content  # noqa: B018 - the body is part of the cost
    return (time.perf_counter() - started) * 1000


def warm(client, url: str, headers: dict | None = None) -> None:
    for _ in range(3):  # warm caches and connections
        response = client.get(url, headers=headers or {})
        assert response.status_code == 200, (url, response.status_code)


def measure(client, url: str, requests: int, headers: dict | None = None) -> tuple[float, float]:
    warm(client, url, headers)
    samples = [timed_get(client, url, headers) for _ in range(requests)]
    return statistics.median(samples), percentile(samples, 0.95)


def measure_beside(client, url: str, reference: str, requests: int) -> tuple[float, float, float]:
    """p50 and p95 of ``url``, and its p50 over that of ``reference``, the two requested in
    turn: a busy spell of the machine then slows both alike, not one figure of the ratio."""
    warm(client, url)
    samples, references = [], []
    for _ in range(requests):
        references.append(timed_get(client, reference))
        samples.append(timed_get(client, url))
    p50 = statistics.median(samples)
    return p50, percentile(samples, 0.95), p50 / statistics.median(references)


def scenarios() -> list[tuple[str, dict]]:
    from timeline.models import Entity

    actor = Entity.objects.filter(kind="person").order_by("name").values_list("pk", flat=True).first()
    return [
        ("no filter", {}),
        ("date range (3 months)", {"date_after": "2010-03-01", "date_before": "2010-05-31"}),
        ("text q=Kursk", {"q": "Kursk"}),
        ("actor", {"actor": actor}),
        ("min_articles=3", {"min_articles": 3}),
        (
            "combined",
            {"q": "Kursk", "actor": actor, "date_after": "2015-01-01", "date_before": "2015-12-31", "min_articles": 2},
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=40, help="timed requests per figure")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils.http import urlencode

    from timeline.models import Event

    call_command("migrate", verbosity=0)
    present = Event.objects.count()
    if present != args.events:
        print(f"{present:,} events in the database; populating {args.events:,} (takes minutes)")
        from populate import populate

        populate(args.events)
    else:
        print(f"reusing the {present:,} events already in the database")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    # Static file URLs without collectstatic's manifest: the same template work, no build step.
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    module = type(sys)("bench_urls")
    module.urlpatterns = urlpatterns_with_bare_view()
    sys.modules["bench_urls"] = module
    settings.ROOT_URLCONF = "bench_urls"
    client = Client()

    print(f"database: {connection.vendor}; {args.requests} timed requests each, in-process django.test.Client; ms")
    bare_p50, bare_p95 = measure(client, "/bare/", args.requests)
    print(f"{'bare view':<24} p50 {bare_p50:6.1f}  p95 {bare_p95:6.1f}")
    list_p50, list_p95 = measure(client, "/bare-list/", args.requests)
    print(f"{'bare list of 50 events':<24} p50 {list_p50:6.1f}  p95 {list_p95:6.1f}")
    print(
        f"{'filter':<24} {'page p50':>9} {'p95':>6} {'x bare':>7} {'x list':>7} | "
        f"{'results p50':>11} {'p95':>6} | {'overview p50':>12} {'p95':>6}"
    )
    for name, params in scenarios():
        query = f"?{urlencode(params)}" if params else ""
        page = measure_beside(client, f"/{query}", "/bare-list/", args.requests)
        results = measure(client, f"/{query}", args.requests, {"HX-Request": "true", "HX-Target": "results"})
        overview = measure(client, f"/overview/{query}", max(5, args.requests // 4), {"HX-Request": "true"})
        print(
            f"{name:<24} {page[0]:9.1f} {page[1]:6.1f} {page[0] / bare_p50:7.1f} {page[2]:7.1f} | "
            f"{results[0]:11.1f} {results[1]:6.1f} | {overview[0]:12.1f} {overview[1]:6.1f}"
        )


if __name__ == "__main__":
    main()
