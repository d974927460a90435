"""Score the temporal engine against TimeML gold annotations, one table per folder.

    python manage.py evaluate_temporal ../shared/timeml/timebank ../shared/timeml/aquaint

A thin wrapper over timeline.temporal.evaluation (also runnable as
``python -m timeline.temporal.evaluation FOLDER...`` without Django).
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from timeline.temporal.evaluation import evaluate_folder, format_report


class Command(BaseCommand):
    help = "TempEval-3 style span and value scores of the temporal engine on TimeML folders."

    def add_arguments(self, parser):
        parser.add_argument("folders", nargs="+", help="folders of TimeML .tml files")
        parser.add_argument("--errors", type=int, default=15, help="how many of each error class to list")

    def handle(self, *args, **options):
        for folder in options["folders"]:
            if not Path(folder).is_dir():
                raise CommandError(f"not a folder: {folder}")
            self.stdout.write(format_report(evaluate_folder(folder), options["errors"]))
            self.stdout.write("")
