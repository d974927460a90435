"""Articles written the way outlets write: wire copy, a live blog's key events, a long analysis."""

import datetime
from pathlib import Path

import pytest

from timeline.ingest.pipeline import ingest_paths
from timeline.models import Article, Event, Passage

NEWS = Path(__file__).parent / "fixtures" / "news"


@pytest.fixture
def news(db):
    report = ingest_paths([NEWS])
    assert report.ok, report.errors
    return {a.source_name.rsplit("/", 1)[-1]: a for a in Article.objects.all()}


def events_of(article):
    return {
        (e.date_value, e.title, e.modality)
        for e in Event.objects.filter(mentions__passage__article=article).distinct()
    }


def test_wire_copy_headline_dateline_and_relative_days(news):
    wire = news["wire.txt"]
    assert wire.title == "Russian strikes hit Ukraine's power grid as talks stall"
    assert wire.title_source == "detected"
    events = events_of(wire)
    assert ("2025-03-12", "Ukrainian drones hit an oil depot in Russia's Bryansk region", "occurred") in events
    assert ("2025-03-17", "Talks between U.S. and Russian officials will resume in Istanbul", "planned") in events
    strike = Event.objects.get(title__startswith="Russian drones and missiles struck energy facilities")
    # "overnight", reported on Friday the 14th: the night that began on Thursday, as "last night".
    assert strike.date_start == datetime.date(2025, 3, 13)
    assert not any("KYIV" in title or "(AP)" in title for _, title, _ in events)


def test_live_blog_sections_and_bullets(news):
    blog = news["live-blog.txt"]
    texts = list(Passage.objects.filter(article=blog).values_list("text", flat=True))
    assert not {"Fighting", "Diplomacy", "Weapons"} & set(texts)
    assert not any(text.startswith("- ") for text in texts)
    events = events_of(blog)
    assert ("2025-W12", "Ukraine's Foreign Minister Andrii Sybiha will travel to Saudi Arabia for further talks", "planned") in events
    assert any(value.startswith("2025-03-13") and "Kryvyi Rih" in title for value, title, _ in events)
    assert not any(title.startswith("Here is") for _, title, _ in events)


def test_analysis_with_many_past_dates_gives_one_event_per_dated_clause(news):
    events = {value: title for value, title, _ in events_of(news["analysis.txt"])}
    assert events["2024-08-06"] == "Ukrainian troops crossed into Russia's Kursk region"
    assert events["2022-02"] == "Russia launched its full-scale invasion"
    assert events["2022-FA"] == "Ukraine had pushed Russian forces out of Kharkiv"
    assert events["2024-09"] == "Russia began a counteroffensive in the region"
    assert events["2025-01"] == "It had retaken about half of the territory"
    assert "199" in events and "2023-SU" in events
