"""Resolving stored articles' dates again, with the temporal engine as it is now.

Each article is resolved again in its own transaction, as an editor's "read again" does:
an article is either wholly re-tagged or left as it was, one that fails is reported and
the others go on, and an editor's work survives (see ``reresolve_article``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import QuerySet

from timeline.exports.csv import store_stale_cells
from timeline.ingest.pipeline import Reresolution, reresolve_article
from timeline.ingest.versions import dates_version
from timeline.models import Article


@dataclass
class RetagReport:
    articles: int = 0  # articles resolved again
    with_changes: int = 0  # of which some date changed
    changes: Reresolution = field(default_factory=Reresolution)
    errors: list[tuple[Article, str]] = field(default_factory=list)


def stale_articles() -> QuerySet[Article]:
    """Articles whose dates other code found (an earlier version, or none recorded)."""
    return Article.objects.exclude(dates_version=dates_version())


def retag(
    articles: QuerySet[Article],
    dry_run: bool = False,
    on_progress: Callable[[Article, Reresolution | None, str], None] | None = None,
) -> RetagReport:
    """Resolve the dates of ``articles`` again; with ``dry_run``, count the changes and keep none."""
    report = RetagReport()
    for pk in list(articles.order_by("pk").values_list("pk", flat=True)):
        error = ""
        outcome = None
        article = None
        try:
            with transaction.atomic():
                # Read now and locked: an editor may have corrected its publication date
                # since the list was made, and must wait for this article, not be undone.
                article = Article.objects.select_for_update().filter(pk=pk).first()
                if article is None:
                    continue  # deleted meanwhile
                outcome = reresolve_article(article)
                if dry_run:
                    transaction.set_rollback(True)
        except Exception as exc:  # one article must not stop the others
            error = f"{type(exc).__name__}: {exc}"
            article = article or Article(pk=pk, title="")
            report.errors.append((article, error))
        else:
            report.articles += 1
            report.with_changes += bool(outcome)
            report.changes += outcome
        if on_progress:
            on_progress(article, outcome, error)
    if report.articles and not dry_run:
        # The export's cells of the events that moved, worked out now rather than by the first export.
        store_stale_cells()
    return report

