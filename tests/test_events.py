"""Events: dated statements of the sample corpus gathered into one event per happening."""

import datetime

from timeline.ingest.pipeline import ingest_paths
from timeline.models import Event, Mention


def files_of(event):
    return {
        m.passage.article.source_name.rsplit("/", 1)[-1][:3]
        for m in event.mentions.select_related("passage__article")
    }


def test_the_command_post_visit_is_one_event_backed_by_the_articles_that_date_it(ingested):
    visits = [
        e for e in Event.objects.filter(date_value="2025-03-12")
        if "visit" in e.title.lower() and "Kursk" in e.title
    ]
    assert len(visits) == 1
    visit = visits[0]
    assert visit.granularity == "day"
    assert visit.date_start == visit.date_end == datetime.date(2025, 3, 12)
    assert {"001", "002", "004"} <= files_of(visit)
    assert visit.n_articles >= 3


def test_relative_dates_are_resolved_against_each_articles_publication_date(ingested):
    values = {(m.phrase, m.passage.article.published.isoformat(), m.value) for m in Mention.objects.select_related("passage__article")}
    assert ("last August", "2025-03-13", "2024-08") in values
    assert ("Wednesday", "2025-03-13", "2025-03-12") in values
    assert ("late Wednesday", "2025-03-12", "2025-03-12") in values
    assert ("last Saturday", "2025-03-12", "2025-03-08") in values
    assert ("February 2022", "2025-03-12", "2022-02") in values
    assert ("March", "2025-05-21", "2025-03") in values


def test_a_mention_explains_how_its_date_was_reached(ingested):
    mention = Mention.objects.filter(phrase="last August", anchor=datetime.date(2025, 3, 13)).first()
    assert mention.explanation == "“last August” counted from the publication date, 13 Mar 2025: August 2024"


def test_the_night_before_a_report_explains_that_it_is_counted_from_the_report(db, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Drones over Kyiv\nRussia launched 150 drones overnight, the air force said on Sunday.", encoding="utf-8"
    )
    ingest_paths([tmp_path / "a.txt"], published=datetime.date(2025, 3, 10))
    mention = Mention.objects.get(phrase="overnight")
    assert mention.value == "2025-03-08TNI"
    assert mention.explanation.startswith("“overnight” counted from the day it was reported, 9 Mar 2025: ")


def test_the_first_day_of_a_range_explains_where_its_month_comes_from(db, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Attacks in Sumy\nBetween 1 and 7 March, monitors recorded 40 attacks on the city.", encoding="utf-8"
    )
    ingest_paths([tmp_path / "a.txt"], published=datetime.date(2025, 3, 10))
    mention = Mention.objects.get(phrase="1")
    assert mention.value == "2025-03-01"
    assert mention.explanation == "“1” opens a range ending 7 Mar 2025: 1 Mar 2025"


def test_every_event_counts_the_articles_that_support_it(ingested):
    for event in Event.objects.all():
        articles = {m.passage.article_id for m in event.mentions.select_related("passage")}
        assert event.n_articles == len(articles) >= 1


def test_a_lead_without_a_date_explains_that_it_is_dated_by_its_report(ingested):
    mention = Mention.objects.get(rule="lead-reported", anchor=datetime.date(2025, 5, 21))
    assert mention.explanation == "No date in the lead: reported by 21 May 2025, the publication date"
