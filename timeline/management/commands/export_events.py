"""python manage.py export_events [--format csv|json] [filters...] [--output FILE]"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from timeline import exports
from timeline.filters import filtered_events

FILTER_OPTIONS = ("q", "date_after", "date_before", "article", "outlet")


class Command(BaseCommand):
    help = "Export the events that match the timeline's filters, as CSV or JSON."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=("csv", "json"), default="csv")
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")
        parser.add_argument("--q", help="Text in the title or a supporting passage.")
        parser.add_argument("--date-after", dest="date_after", help="Events overlapping from this day (YYYY-MM-DD).")
        parser.add_argument("--date-before", dest="date_before", help="Events overlapping up to this day (YYYY-MM-DD).")
        parser.add_argument("--article", help="Id of an article the events must cite.")
        parser.add_argument("--outlet", help="Outlet the events must cite.")

    def handle(self, *args, **options) -> None:
        params = {name: options[name] for name in FILTER_OPTIONS if options.get(name)}
        event_filter, events = filtered_events(params)
        if event_filter.errors:
            problems = "; ".join(f"--{name.replace('_', '-')}: {' '.join(errs)}" for name, errs in event_filter.errors.items())
            raise CommandError(problems)
        self.stdout.ending = ""  # the formats carry their own line ends
        handle = open(options["output"], "w", encoding="utf-8", newline="") if options["output"] else self.stdout
        try:
            rows = exports.events_with_evidence(events)
            if options["format"] == "csv":
                for line in exports.csv_lines(rows):
                    handle.write(line)
            else:
                handle.write('{"events": [')
                for index, event in enumerate(rows):
                    handle.write(("," if index else "") + "\n" + json.dumps(exports.event_json(event), ensure_ascii=False))
                handle.write("\n]}\n")
        finally:
            if handle is not self.stdout:
                handle.close()
