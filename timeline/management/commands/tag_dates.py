"""Print the temporal expressions of a text: a thin wrapper over timeline.temporal.tag().

    python manage.py tag_dates --anchor 2025-03-13 article.txt
    echo "Putin visited Kursk on Wednesday." | python manage.py tag_dates --anchor 2025-03-13 -
"""

from __future__ import annotations

import datetime
import sys

from django.core.management.base import BaseCommand, CommandError

from timeline.temporal import tag


class Command(BaseCommand):
    help = "Tag the dates, durations and sets in a text, resolved against a publication date."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
        parser.add_argument("--anchor", required=True, help="publication date, YYYY-MM-DD")

    def handle(self, *args, **options):
        try:
            anchor = datetime.date.fromisoformat(options["anchor"])
        except ValueError:
            raise CommandError(f"--anchor must be YYYY-MM-DD, not {options['anchor']!r}")
        path = options["file"]
        try:
            text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
        except OSError as exc:
            raise CommandError(str(exc))
        for e in tag(text, anchor):
            interval = f"{e.first_day}..{e.last_day}" if e.first_day else "-"
            self.stdout.write(
                f"{e.start}-{e.end}\t{e.type}\t{e.value}\t{e.granularity or '-'}\t{interval}\t"
                f"{e.text!r}\t{e.rule}" + (f" ({e.resolved_against} {e.reference})" if e.reference else "")
            )
