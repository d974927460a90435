"""Resolving stored articles' dates again, with the temporal engine as it is now.

Each article is resolved again in its own transaction, as an editor's "read again" does:
an article is either wholly re-tagged or left as it was, one that fails is reported and
the others go on, and an editor's work survives (see ``reresolve_article``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import QuerySet

from timeline.exports.csv import store_stale_cells
from timeline.ingest.pipeline import Reresolution, reresolve_article
from timeline.models import Article
from timeline.temporal import ENGINE_VERSION

# Articles are read this many at a time.
BATCH = 100


@dataclass
class RetagReport:
    articles: int = 0  # articles resolved again
    with_changes: int = 0  # of which some date changed
    changes: Reresolution = field(default_factory=Reresolution)
    errors: list[tuple[Article, str]] = field(default_factory=list)


def stale_articles() -> QuerySet[Article]:
    """Articles whose dates an earlier version of the engine resolved (or none recorded)."""
    return Article.objects.exclude(dates_version=ENGINE_VERSION)


def retag(
    articles: QuerySet[Article],
    dry_run: bool = False,
    on_progress: Callable[[Article, Reresolution | None, str], None] | None = None,
) -> RetagReport:
    """Resolve the dates of ``articles`` again; with ``dry_run``, count the changes and keep none."""
    report = RetagReport()
    for article in _each(articles):
        error = ""
        outcome = None
        try:
            with transaction.atomic():
                outcome = reresolve_article(article)
                if dry_run:
                    transaction.set_rollback(True)
        except Exception as exc:  # one article must not stop the others
            error = f"{type(exc).__name__}: {exc}"
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


def _each(articles: QuerySet[Article]) -> Iterable[Article]:
    """The articles by id, read a batch at a time; one deleted meanwhile is passed over."""
    ids = list(articles.order_by("pk").values_list("pk", flat=True))
    for offset in range(0, len(ids), BATCH):
        yield from Article.objects.filter(pk__in=ids[offset:offset + BATCH]).order_by("pk")
