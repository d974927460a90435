"""Merging mentions into events: compatible dates and alike statements; editors' work kept."""

import datetime

import pytest

from timeline.ingest.pipeline import ingest_paths, reresolve_article
from timeline.models import Article, Event, Mention

D = datetime.date


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_same_happening_in_two_articles_is_one_event(db, tmp_path):
    a = write(tmp_path, "a.txt", "Lead.\nUkrainian drones struck the Ryazan oil refinery on Tuesday, officials said.")
    b = write(tmp_path, "b.txt", "Lead.\nA drone attack hit the oil refinery in Ryazan on Tuesday.")
    ingest_paths([a, b], published=D(2025, 3, 13))
    [event] = Event.objects.filter(date_value="2025-03-11")
    assert event.n_articles == 2


def test_a_day_inside_a_month_joins_the_months_event_and_gives_it_its_precision(db, tmp_path):
    a = write(tmp_path, "a.txt", "Lead.\nThe oil refinery in Ryazan burned for days in March after drones struck it.")
    b = write(tmp_path, "b.txt", "Lead.\nDrones struck the Ryazan oil refinery on March 11, setting it ablaze.")
    ingest_paths([a], published=D(2025, 5, 2))
    ingest_paths([b], published=D(2025, 5, 2))
    [event] = Event.objects.filter(mentions__value__in=["2025-03", "2025-03-11"]).distinct()
    assert event.date_value == "2025-03-11" and event.granularity == "day"


def test_different_happenings_on_one_day_stay_apart(db, tmp_path):
    a = write(tmp_path, "a.txt", "Lead.\nUkrainian drones struck the Ryazan oil refinery on Tuesday.")
    b = write(tmp_path, "b.txt", "Lead.\nThe parliament in Kyiv approved a new budget on Tuesday.")
    ingest_paths([a, b], published=D(2025, 3, 13))
    assert Event.objects.filter(date_value="2025-03-11").count() == 2


def test_alike_statements_on_two_different_days_are_a_conflict_not_a_merge(db, tmp_path):
    a = write(tmp_path, "a.txt", "Lead.\nUkrainian drones struck the Ryazan oil refinery and its storage tanks on Tuesday.")
    b = write(tmp_path, "b.txt", "Lead.\nUkrainian drones struck the Ryazan oil refinery and its storage tanks on Monday.")
    ingest_paths([a, b], published=D(2025, 3, 13))
    events = Event.objects.filter(date_value__in=["2025-03-10", "2025-03-11"])
    assert events.count() == 2 and all(event.conflict for event in events)



def test_the_same_words_about_another_town_are_another_happening(db, tmp_path):
    strike = "Lead.\nRussian missiles struck a residential building in {town} on {day}, killing four people."
    paths = [
        write(tmp_path, "a.txt", strike.format(town="Kharkiv", day="Tuesday")),
        write(tmp_path, "b.txt", strike.format(town="Odesa", day="Tuesday")),
        write(tmp_path, "c.txt", strike.format(town="Dnipro", day="Monday")),
    ]
    ingest_paths(paths, published=D(2025, 3, 13))
    assert Event.objects.filter(date_value="2025-03-11").count() == 2, "not merged"
    assert not Event.objects.filter(conflict=True).exists(), "no conflict between towns"


def test_a_town_and_the_region_that_holds_it_tell_one_happening(db, tmp_path):
    a = write(tmp_path, "a.txt", "Lead.\nPutin visited troops at a command post in the Kursk region on Wednesday.")
    b = write(tmp_path, "b.txt", "Lead.\nPutin visited troops at a command post near Sudzha in Russia on Wednesday.")
    ingest_paths([a, b], published=D(2025, 3, 13))
    [event] = Event.objects.filter(date_value="2025-03-12")
    assert event.n_articles == 2

def test_a_durations_and_sets_place_nothing(db, tmp_path):
    a = write(tmp_path, "a.txt", "Lead.\nThe siege lasted for months. Talks are held every week.")
    ingest_paths([a], published=D(2025, 3, 13))
    assert set(Mention.objects.values_list("rule", flat=True)) == {"lead-reported"}


def test_correcting_the_publication_date_moves_the_articles_events(db, tmp_path):
    a = write(tmp_path, "a.txt", "Lead.\nDrones struck the Ryazan oil refinery on Tuesday.")
    ingest_paths([a], published=D(2025, 3, 13))
    article = Article.objects.get()
    article.published = D(2025, 3, 20)
    article.save()
    reresolve_article(article)
    assert list(Event.objects.values_list("date_value", flat=True).order_by("date_value")) == [
        "2025-03-18", "2025-03-20",
    ]


def test_re_resolving_keeps_an_editors_date_and_placements(db, tmp_path):
    a = write(tmp_path, "a.txt", "Lead.\nDrones struck the Ryazan oil refinery on Tuesday.\nTalks opened in Geneva on Monday.")
    ingest_paths([a], published=D(2025, 3, 13))
    strike = Event.objects.get(date_value="2025-03-11")
    talks = Event.objects.get(date_value="2025-03-10")
    strike.date_value, strike.date_start, strike.date_end = "2025-03-09", D(2025, 3, 9), D(2025, 3, 9)
    strike.edited_fields = ["date"]
    strike.save()
    moved = talks.mentions.get()
    moved.event, moved.placed_by_editor = strike, True
    moved.save()
    article = Article.objects.get()
    article.published = D(2025, 3, 20)
    reresolve_article(article)
    strike.refresh_from_db()
    assert strike.date_value == "2025-03-09"
    moved.refresh_from_db()
    assert moved.event == strike and moved.value == "2025-03-17"


def test_ingesting_again_leaves_an_editors_event_alone(ingested, sample_corpus):
    event = Event.objects.filter(n_articles__gte=4).get()
    event.title, event.status = "Putin visits a command post in the Kursk region", "confirmed"
    event.date_value, event.date_start, event.date_end, event.granularity = "2025-03-11", D(2025, 3, 11), D(2025, 3, 11), "day"
    event.edited_fields = ["date", "status", "title"]
    event.save()
    ingest_paths([sample_corpus])
    event.refresh_from_db()
    assert (event.title, event.status, event.date_value) == (
        "Putin visits a command post in the Kursk region", "confirmed", "2025-03-11",
    )



@pytest.mark.parametrize(
    "saying",
    ["{capital} said", "{capital} claims", "according to {capital}", "{capital} and Minsk said", "according to {capital} and Minsk",
     "but {capital} and Minsk said"],
)
def test_the_same_happening_told_by_each_side_is_one_event(db, tmp_path, saying):
    said = "Lead.\nUkrainian drones struck the Ryazan oil refinery on Tuesday, " + saying + "."
    ingest_paths([write(tmp_path, "a.txt", said.format(capital="Moscow")), write(tmp_path, "b.txt", said.format(capital="Kyiv"))],
                 published=D(2025, 3, 13))
    [event] = Event.objects.filter(date_value="2025-03-11")
    assert event.n_articles == 2, "a capital that speaks is a government, not a place"


def test_a_place_an_editor_renamed_is_still_the_same_place(db, tmp_path):
    from timeline.models import Entity

    a = write(tmp_path, "a.txt", "Lead.\nPutin visited troops at a command post in Kursk on Wednesday.")
    ingest_paths([a], published=D(2025, 3, 13))
    Entity.objects.filter(name="Kursk").update(name="Kursk Oblast")
    b = write(tmp_path, "b.txt", "Lead.\nPutin visited troops at a command post in Kursk on Wednesday, officials said.")
    ingest_paths([b], published=D(2025, 3, 13))
    [event] = Event.objects.filter(date_value="2025-03-12")
    assert event.n_articles == 2


def test_a_capital_that_speaks_is_not_kept_as_the_events_place(db, tmp_path):
    ingest_paths([write(tmp_path, "a.txt", "Lead.\nUkrainian drones struck an oil depot on Tuesday, Moscow said.")], published=D(2025, 3, 13))
    ingest_paths([write(tmp_path, "b.txt", "Lead.\nUkrainian drones struck an oil depot in Belgorod on Tuesday.")], published=D(2025, 3, 13))
    [event] = Event.objects.filter(date_value="2025-03-11")
    assert event.n_articles == 2
    assert "Moscow" not in {e.name for e in event.entities.all()}


def test_a_place_before_and_a_speaker_is_still_where_it_happened(db, tmp_path):
    said = "Lead.\nOn Tuesday, Russian missiles struck Kharkiv and Zelensky said ten people were killed."
    ingest_paths([write(tmp_path, "a.txt", said)], published=D(2025, 3, 13))
    [event] = Event.objects.filter(date_value="2025-03-11")
    assert "Kharkiv" in {e.name for e in event.entities.all()}


def test_a_second_place_after_and_is_still_a_place(db, tmp_path):
    said = "Lead.\nOn Tuesday, Russian drones struck Sumy and Kharkiv and Zelensky said 20 were hurt."
    ingest_paths([write(tmp_path, "a.txt", said)], published=D(2025, 3, 13))
    [event] = Event.objects.filter(date_value="2025-03-11")
    assert "Kharkiv" in {e.name for e in event.entities.all()}
