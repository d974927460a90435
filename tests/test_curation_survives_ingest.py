"""Nothing an editor did is lost when the same corpus is ingested again, or its articles re-read."""

from timeline import curation
from timeline.ingest.pipeline import ingest_paths
from timeline.models import Article, Event
from tests.curation_world import make_editor


def snapshot():
    return {
        e.pk: (e.title, e.date_value, e.date_start, e.date_end, e.granularity, e.status,
               sorted(e.edited_fields), sorted(e.mentions.values_list("pk", flat=True)))
        for e in Event.objects.all()
    }


def test_an_editors_title_date_status_and_merge_survive_a_new_ingest(ingested, sample_corpus):
    editor = make_editor()
    events = list(Event.objects.order_by("pk"))
    titled, dated, rejected, confirmed = events[0], events[1], events[2], events[3]
    curation.set_title(titled, "Putin visits a command post in the Kursk region", editor)
    curation.set_event_date(dated, "2025-W11", editor)
    curation.reject(rejected, editor)
    curation.confirm(confirmed, editor)
    merged = curation.merge_events([events[4], events[5], events[6]], editor)
    n_events = Event.objects.count()
    before = snapshot()

    report = ingest_paths([sample_corpus])

    assert report.ok and not report.created
    assert Event.objects.count() == n_events
    assert snapshot() == before
    titled.refresh_from_db(); dated.refresh_from_db(); rejected.refresh_from_db(); confirmed.refresh_from_db()
    assert titled.title == "Putin visits a command post in the Kursk region"
    assert (dated.date_value, dated.granularity) == ("2025-W11", "week")
    assert (rejected.status, confirmed.status) == ("rejected", "confirmed")
    assert set(Event.objects.get(pk=merged.pk).mentions.values_list("placed_by_editor", flat=True)) == {True}


def test_an_editors_work_survives_reading_every_article_again(ingested):
    editor = make_editor()
    events = list(Event.objects.order_by("pk"))
    titled, dated, rejected = events[0], events[1], events[2]
    curation.set_title(titled, "An editor's title", editor)
    curation.set_event_date(dated, "2025-Q1", editor)
    curation.reject(rejected, editor)
    merged = curation.merge_events([events[4], events[5]], editor)
    merged_mentions = set(merged.mentions.values_list("pk", flat=True))

    for article in Article.objects.all():
        curation.reingest_article(article, editor)

    titled.refresh_from_db(); dated.refresh_from_db(); rejected.refresh_from_db()
    assert titled.title == "An editor's title"
    assert (dated.date_value, dated.date_start.isoformat(), dated.date_end.isoformat()) == ("2025-Q1", "2025-01-01", "2025-03-31")
    assert rejected.status == "rejected"
    assert set(Event.objects.get(pk=merged.pk).mentions.values_list("pk", flat=True)) == merged_mentions
