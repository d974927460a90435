"""python manage.py ingest PATH... [--published YYYY-MM-DD]"""

from __future__ import annotations

import argparse
import datetime

from django.core.management.base import BaseCommand, CommandError

from timeline.ingest.pipeline import ingest_paths
from timeline.ingest.retag import stale_articles
from timeline.ingest.sources import SourceError


def _iso_date(raw: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a date in the form YYYY-MM-DD") from None


class Command(BaseCommand):
    help = (
        "Ingest news articles from files and folders. A folder's manifest.csv gives each "
        "file's publication date (and optionally title, outlet, url). Bad files are "
        "reported and skipped; the exit code is 1 when any failed."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", help="Article files (.txt, .html) or folders.")
        parser.add_argument(
            "--published", type=_iso_date, help="Publication date for files named directly (YYYY-MM-DD)."
        )

    def handle(self, *args, **options) -> None:
        def progress(source, created) -> None:
            if isinstance(source, SourceError):
                self.stderr.write(self.style.ERROR(f"skipped {source}"))
            else:
                if options["verbosity"] >= 2 or (created and options["verbosity"] >= 1):
                    verb = "ingested" if created else "unchanged"
                    self.stdout.write(f"{verb} {source.name}")
                for warning in source.warnings if created else ():
                    self.stderr.write(self.style.WARNING(f"warning: {source.name}: {warning}"))

        report = ingest_paths(options["paths"], published=options["published"], on_progress=progress)
        self.stdout.write(
            f"{len(report.created)} article(s) ingested, {len(report.unchanged)} already present, "
            f"{len(report.errors)} failed."
        )
        stale = stale_articles().count()
        if stale:
            self.stdout.write(
                self.style.WARNING(
                    f"{stale} stored article(s) hold dates found by another version of the code: "
                    "'manage.py retag' resolves them again."
                )
            )
        if report.errors:
            raise CommandError(f"{len(report.errors)} file(s) could not be ingested (see above).", returncode=1)
