"""python manage.py retag [--all] [--article ID ...] [--dry-run]"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from timeline.ingest.retag import retag, stale_articles
from timeline.ingest.versions import dates_version
from timeline.models import Article


class Command(BaseCommand):
    help = (
        "Resolve the dates of stored articles again with the code as it is now: by default "
        "the articles whose dates another version of the date-finding code found. Events "
        "follow their mentions; an event whose date an editor set keeps it, and a mention an "
        "editor placed stays in its event. Each article is one transaction; the exit code is 1 when any failed."
    )

    def add_arguments(self, parser) -> None:
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--all", action="store_true", help="Every article, whichever engine resolved it.")
        which.add_argument("--article", type=int, nargs="+", metavar="ID", help="These articles only.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would change and keep nothing."
        )

    def handle(self, *args, **options) -> None:
        if options["article"]:
            articles = Article.objects.filter(pk__in=options["article"])
            missing = set(options["article"]) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        elif options["all"]:
            articles = Article.objects.all()
        elif not Article.objects.exists():
            self.stdout.write("No articles are stored yet: nothing to resolve again.")
            return
        else:
            articles = stale_articles()
            if not articles.exists():
                self.stdout.write(
                    f"Every stored article's dates are from this version ({dates_version()}): nothing to do "
                    "(--all resolves them again anyway)."
                )
                return

        def progress(article, outcome, error) -> None:
            if error:
                self.stderr.write(self.style.ERROR(f"failed article {article.pk} ({article.title}): {error}"))
            elif options["verbosity"] >= 2 or (outcome and options["verbosity"] >= 1):
                self.stdout.write(
                    f"article {article.pk}: {outcome.changed} changed, {outcome.added} found, "
                    f"{outcome.removed} gone  ({article.title})"
                )

        report = retag(articles, dry_run=options["dry_run"], on_progress=progress)
        changes = report.changes
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"{report.articles} article(s) resolved again with version {dates_version()}"
                f"{' (dry run: nothing kept)' if options['dry_run'] else ''}: "
                f"{changes.changed} date(s) changed in {report.with_changes} of them, "
                f"{changes.added} found, {changes.removed} gone; {len(report.errors)} failed."
            )
        if report.errors:
            raise CommandError(f"{len(report.errors)} article(s) could not be resolved again (see above).", returncode=1)
