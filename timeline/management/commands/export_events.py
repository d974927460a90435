"""python manage.py export_events [--format csv|json|timelinejs] [filters...] [--output FILE]

The filter options are the timeline page's own filters, read from ``EventFilter``: a
filter added to the page is an option here too (``date_after`` becomes
``--date-after``). ``--query`` takes a page's query string as it is.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator

from django.core.management.base import BaseCommand, CommandError, OutputWrapper
from django.http import QueryDict

from timeline.exports.csv import csv_chunks
from timeline.exports.evidence import event_batches
from timeline.exports.json import json_text
from timeline.exports.timelinejs import describe_filters, timelinejs_text
from timeline.filters import EventFilter, filtered_events
from timeline.pagination import CURSOR_PARAM

FORMATS = ("csv", "json", "timelinejs")


def filter_parameters() -> dict[str, str]:
    """Each query-string parameter of the page's filters, and the label it goes by."""
    parameters = {}
    for name, event_filter in EventFilter.base_filters.items():
        suffixes = getattr(event_filter.field_class.widget, "suffixes", None) or getattr(
            event_filter.extra.get("widget"), "suffixes", None
        )
        label = str(event_filter.label or name.replace("_", " "))
        if suffixes:
            for suffix in suffixes:
                parameters[f"{name}_{suffix}" if suffix else name] = f"{label} ({suffix})" if suffix else label
        else:
            parameters[name] = label
    return parameters


class Command(BaseCommand):
    help = "Export the events that match the timeline's filters, as CSV, JSON or TimelineJS."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=FORMATS, default="csv")
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")
        parser.add_argument(
            "--query",
            default="",
            help="A query string from the timeline page, e.g. 'date_after=2025-03-01&q=Kursk'; "
            "options given as well take precedence.",
        )
        filters = parser.add_argument_group("filters", "The timeline page's filters; repeat an option to give several values.")
        for parameter, label in filter_parameters().items():
            filters.add_argument(
                f"--{parameter.replace('_', '-')}",
                dest=f"filter_{parameter}",
                action="append",
                metavar=parameter.upper(),
                help=f"{label} (the page's '{parameter}').",
            )

    def handle(self, *args, **options) -> None:
        event_filter, events = filtered_events(self.filter_params(options))
        if event_filter.errors:
            raise CommandError(
                "; ".join(
                    f"--{name.replace('_', '-')}: {' '.join(errors)}" for name, errors in event_filter.errors.items()
                )
            )
        progress = None
        # On a terminal only, and not over the export itself when that goes to the same screen.
        if self.stderr.isatty() and (options["output"] or not self.stdout.isatty()):
            progress = Progress(self.stderr, events.count())
        if options["format"] == "csv":
            # The same stream as /events.csv, which reads the cells each event keeps ready.
            chunks = csv_chunks(events, on_batch=progress.add if progress else None)
        else:
            batches = event_batches(events)
            if progress:
                batches = progress.counting(batches)
            if options["format"] == "json":
                chunks = json_text(batches)
            else:
                chunks = timelinejs_text(batches, describe_filters(event_filter))
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8", newline="") as handle:
                handle.writelines(chunks)
        else:
            try:
                for chunk in chunks:
                    self.stdout.write(chunk, ending="")
                self.stdout.flush()
            except BrokenPipeError:
                # The reader went away (`export_events | head`): stop quietly, as a
                # Unix tool does, with a status that says the export is incomplete.
                if self.stdout._out is sys.stdout:
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                sys.exit(1)
        if progress:
            progress.finish()

    def filter_params(self, options) -> QueryDict:
        params = QueryDict(options["query"].lstrip("?"), mutable=True)
        params.pop(CURSOR_PARAM, None)
        for parameter in filter_parameters():
            values = options.get(f"filter_{parameter}")
            if values:
                params.setlist(parameter, values)
        return params


class Progress:
    """Rows written out of the total, redrawn in place on a terminal a few times a second."""

    def __init__(self, stream: OutputWrapper, total: int, width: int = 30) -> None:
        self.stream, self.total, self.width = stream, total, width
        self.rows = 0
        self.last_drawn = -1.0

    def counting(self, batches: Iterable[list]) -> Iterator[list]:
        """The same batches; a batch counts once the next one is asked for, i.e. once written."""
        for batch in batches:
            yield batch
            self.add(len(batch))

    def add(self, rows: int) -> None:
        """``rows`` more rows written; the bar is redrawn at most five times a second."""
        self.rows += rows
        now = time.monotonic()
        if now - self.last_drawn >= 0.2:
            self.draw()
            self.last_drawn = now

    def finish(self) -> None:
        self.draw()
        self.stream.write("", ending="\n", style_func=_plain)

    def draw(self) -> None:
        share = self.rows / self.total if self.total else 1.0
        filled = min(self.width, int(share * self.width))
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(
            f"\r[{bar}] {self.rows:,} / {self.total:,} rows ({share:.0%})", ending="", style_func=_plain
        )
        self.stream.flush()


def _plain(text: str) -> str:
    return text
