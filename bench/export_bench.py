"""How fast the filtered events export, and in how much memory.

    DATABASE_URL=sqlite:////tmp/export-bench.sqlite3 .venv/bin/python bench/export_bench.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_export .venv/bin/python bench/export_bench.py

Fill the database first with bench/populate.py (a million events). Each run exports
through the view itself: a GET of /events.csv (or .timelinejs.json, or the streamed
JSON document of the command line) built with RequestFactory, its streaming content
consumed chunk by chunk as a client would read it, and nothing kept. The first run
exports the first ~100,000 events (the page's own ``date_before`` filter picks them),
the second every event, so the two peaks show whether memory grows with rows.

The CSV export reads the cells each event keeps ready (timeline_event_export, see
migration 0008) and works out only those a change made stale, storing them again: the
first CSV export after migrating or re-populating works out every event and is far
slower than the next. Each CSV line printed says how many events had stale cells before it.

Each run is a child process of its own, so each peak is its own. Peak memory is the
process's peak resident set size, VmHWM in /proc/self/status, read after the export;
the resident size before the export (Django set up, connection open) is printed beside
it, so the difference is what the export itself added.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
# Measured as in production: with DEBUG on, Django would keep the SQL of the last
# 9,000 queries (and on SQLite run an extra query per query to quote its parameters).
os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "export-benchmark-only")

PATHS = {"csv": "/events.csv", "timelinejs": "/events.timelinejs.json", "json": None}


def memory_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (the peak so far) of this process, in megabytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def run_export(export_format: str, rows: int | None) -> dict:
    """One export in this process; returns its figures."""
    import django

    django.setup()
    from django.db import connection
    from django.test import RequestFactory
    from django.urls import resolve

    from timeline.exports.csv import EXPORT_CELLS_TABLE
    from timeline.exports.json import json_chunks
    from timeline.filters import filtered_events
    from timeline.models import Event

    params = {}
    if rows is not None:
        # The day of the rows-th event: the page's "To" filter selects about that many.
        last_day = Event.objects.order_by("date_start", "id").values_list("date_start", flat=True)[rows - 1]
        params["date_before"] = last_day.isoformat()
    expected = filtered_events(params)[1].count()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {EXPORT_CELLS_TABLE} WHERE entity_cells IS NULL")
        [stale] = cursor.fetchone()
    connection.ensure_connection()
    baseline = memory_mb("VmRSS")

    started, cpu_started = time.perf_counter(), time.process_time()
    if PATHS[export_format]:
        request = RequestFactory().get(PATHS[export_format], params, SERVER_NAME="localhost")
        view = resolve(PATHS[export_format]).func
        response = view(request)
        stream = iter(response)
    else:  # the command line's JSON document, which is streamed the same way
        _, events = filtered_events(params)
        stream = (chunk.encode("utf-8") for chunk in json_chunks(events))
    size = lines = 0
    for chunk in stream:
        size += len(chunk)
        lines += chunk.count(b"\n")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "format": export_format,
        "database": connection.vendor,
        "query": params,
        "rows": expected,
        "stale_cells": stale,
        "lines": lines,
        "bytes": size,
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "rows_per_second": expected / elapsed if elapsed else 0.0,
        "rss_before_mb": baseline,
        "peak_rss_mb": memory_mb("VmHWM"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--format", choices=sorted(PATHS), default="csv")
    parser.add_argument("--rows", type=int, nargs="*", default=[100_000, 0], help="Events per run; 0 = every event.")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        [rows] = args.rows
        print(json.dumps(run_export(args.format, rows or None)))
        return
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start", flush=True)
    for rows in args.rows:
        child = subprocess.run(
            [sys.executable, __file__, "--child", "--format", args.format, "--rows", str(rows)],
            check=True,
            capture_output=True,
            text=True,
        )
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"{figures['format']} on {figures['database']}: {figures['rows']:,} rows "
            f"({figures['bytes'] / 1e6:,.0f} MB) in {figures['seconds']:.1f} s = "
            f"{figures['rows_per_second']:,.0f} rows/s ({figures['cpu_seconds']:.1f} s of CPU in this process: "
            f"{figures['rows'] / figures['cpu_seconds']:,.0f} rows per CPU second); peak RSS {figures['peak_rss_mb']:.0f} MB "
            f"(RSS before the export {figures['rss_before_mb']:.0f} MB)"
            + (f"; filter {figures['query']}" if figures["query"] else "")
            + (f"; {figures['stale_cells']:,} events of the database with stale cells before" if figures["format"] == "csv" else ""),
            flush=True,
        )


if __name__ == "__main__":
    main()
