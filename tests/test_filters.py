"""The timeline's filters: each one narrows the events as its name says, and they combine."""

import datetime

import pytest
from django import forms
from django.urls import reverse

from timeline.filters import filtered_events
from timeline.models import Article, Entity, Event, Mention, Passage

INDEX = reverse("timeline:index")
DAY = datetime.date(2025, 3, 12)


@pytest.fixture
def world(db):
    """Four events: two about Putin in Kursk, one in Kyiv, one rejected."""
    putin = Entity.objects.create(name="Vladimir Putin", kind="person")
    kremlin = Entity.objects.create(name="Kremlin", kind="organisation")
    kursk = Entity.objects.create(name="Kursk", kind="place")
    kyiv = Entity.objects.create(name="Kyiv", kind="place")
    wire = Article.objects.create(title="Wire story", outlet="Wire", raw_text="", content_hash="a", published=DAY)
    daily = Article.objects.create(title="Daily story", outlet="Daily", raw_text="", content_hash="b", published=DAY)

    def event(title, start, end, granularity, articles, entities=(), n_articles=1, **extra):
        made = Event.objects.create(
            title=title, date_value=start.isoformat(), date_start=start, date_end=end,
            granularity=granularity, n_articles=n_articles, **extra,
        )
        made.entities.set(entities)
        for position, article in enumerate(articles):
            passage = Passage.objects.create(
                article=article, position=Passage.objects.filter(article=article).count(), start=0, end=10,
                text=f"{title} happened on Wednesday.",
            )
            Mention.objects.create(
                passage=passage, event=made, phrase_start=len(title) + 12, phrase_end=len(title) + 21,
                phrase="Wednesday", value=start.isoformat(), date_start=start, date_end=end, granularity=granularity,
            )
        return made

    return {
        "visit": event("Putin visits Kursk", DAY, DAY, "day", [wire, daily], [putin, kursk], n_articles=2),
        "offensive": event("Kursk offensive", datetime.date(2024, 8, 1), datetime.date(2024, 8, 31), "month", [wire], [kremlin, kursk]),
        "strike": event("Strike on Kyiv", datetime.date(2025, 3, 10), datetime.date(2025, 3, 10), "day", [daily], [kyiv], n_articles=3),
        "wrong": event("Wrongly merged", DAY, DAY, "day", [wire], [putin], status="rejected"),
        "putin": putin, "kremlin": kremlin, "kursk": kursk, "kyiv": kyiv, "wire": wire, "daily": daily,
    }


def titles(params):
    _, events = filtered_events(params)
    return sorted(events.values_list("title", flat=True))


def test_no_filter_shows_every_event_but_the_rejected(world):
    assert titles({}) == ["Kursk offensive", "Putin visits Kursk", "Strike on Kyiv"]


def test_rejected_events_show_only_when_asked_for(world):
    assert titles({"status": "rejected"}) == ["Wrongly merged"]
    assert "Wrongly merged" in titles({"status": "all"})
    assert titles({"status": "confirmed"}) == []


def test_a_date_range_keeps_events_whose_interval_overlaps_it(world):
    assert titles({"date_after": "2024-08-20", "date_before": "2024-09-30"}) == ["Kursk offensive"]
    assert titles({"date_after": "2025-03-11"}) == ["Putin visits Kursk"]
    assert titles({"date_before": "2025-03-10"}) == ["Kursk offensive", "Strike on Kyiv"]


def test_a_range_after_a_long_event_started_still_finds_it(world):
    Event.objects.create(
        title="The 1990s", date_value="199", date_start=datetime.date(1990, 1, 1),
        date_end=datetime.date(1999, 12, 31), granularity="decade", n_articles=1,
    )
    assert titles({"date_after": "1999-06-01", "date_before": "1999-06-30"}) == ["The 1990s"]


@pytest.mark.parametrize(
    "title,start,end,reaches",
    [
        ("A month", datetime.date(1999, 5, 5), datetime.date(1999, 6, 4), True),
        ("A month ending the day before", datetime.date(1999, 5, 1), datetime.date(1999, 5, 31), False),
        ("A quarter", datetime.date(1999, 4, 1), datetime.date(1999, 6, 30), True),
        ("A year", datetime.date(1999, 1, 1), datetime.date(1999, 12, 31), True),
        ("Last year", datetime.date(1998, 1, 1), datetime.date(1998, 12, 31), False),
        ("A long week", datetime.date(1999, 5, 29), datetime.date(1999, 6, 4), True),
    ],
)
def test_events_of_every_length_that_reach_into_a_range_are_found(world, title, start, end, reaches):
    Event.objects.create(
        title=title, date_value="x", date_start=start, date_end=end, granularity="month", n_articles=1,
    )
    # A decade-long event elsewhere makes the widest span on the timeline ten years.
    Event.objects.create(
        title="The 1970s", date_value="197", date_start=datetime.date(1970, 1, 1),
        date_end=datetime.date(1979, 12, 31), granularity="decade", n_articles=1,
    )
    assert (title in titles({"date_after": "1999-06-01", "date_before": "1999-06-30"})) is reaches


def test_a_range_that_starts_near_year_one_finds_what_reaches_it(world):
    Event.objects.create(
        title="Antiquity", date_value="00", date_start=datetime.date(1, 1, 1),
        date_end=datetime.date(99, 12, 31), granularity="century", n_articles=1,
    )
    assert titles({"date_after": "0050-01-01", "date_before": "0050-12-31"}) == ["Antiquity"]


def test_actor_counts_people_and_organisations_place_counts_places(world):
    assert titles({"actor": world["putin"].pk}) == ["Putin visits Kursk"]
    assert titles({"actor": world["kremlin"].pk}) == ["Kursk offensive"]
    assert titles({"place": world["kursk"].pk}) == ["Kursk offensive", "Putin visits Kursk"]
    event_filter, _ = filtered_events({"actor": world["kursk"].pk})
    assert "actor" in event_filter.errors, "a place is not an actor"


def test_outlet_and_article_keep_the_events_they_support(world):
    assert titles({"outlet": "Daily"}) == ["Putin visits Kursk", "Strike on Kyiv"]
    assert titles({"article": world["wire"].pk}) == ["Kursk offensive", "Putin visits Kursk"]


def test_granularity_and_minimum_supporting_articles(world):
    assert titles({"granularity": "month"}) == ["Kursk offensive"]
    assert titles({"min_articles": "2"}) == ["Putin visits Kursk", "Strike on Kyiv"]
    assert titles({"min_articles": "3"}) == ["Strike on Kyiv"]


def test_a_common_minimum_of_articles_tested_event_by_event_finds_the_same_events(world, monkeypatch):
    """Past FEW_SUPPORTED qualifying events, the minimum is tested in the page's order: same answers."""
    questions = [{"min_articles": n} for n in ("1", "2", "3", "4")] + [{"min_articles": "2", "status": "all"}]
    answers = [titles(params) for params in questions]
    monkeypatch.setattr("timeline.filters.FEW_SUPPORTED", 0)
    assert [titles(params) for params in questions] == answers
    assert answers[1] == ["Putin visits Kursk", "Strike on Kyiv"]


def test_text_matches_titles_and_passages_case_insensitively(world):
    assert titles({"q": "kyiv"}) == ["Strike on Kyiv"]
    assert titles({"q": "HAPPENED ON"}) == ["Kursk offensive", "Putin visits Kursk", "Strike on Kyiv"]


def test_a_word_only_in_a_passage_finds_its_event(world):
    passage = world["strike"].mentions.get().passage
    passage.text = "Drones struck the Darnytskyi district before dawn."
    passage.save()
    assert titles({"q": "darnytskyi"}) == ["Strike on Kyiv"]
    assert titles({"q": "happened on"}) == ["Kursk offensive", "Putin visits Kursk"], "the old words are gone"


def test_the_text_matches_every_word_and_the_last_word_as_typed(world):
    assert titles({"q": "visit"}) == ["Putin visits Kursk"], "the last word may be the start of a word"
    assert titles({"q": "Putin visits"}) == ["Putin visits Kursk"]
    assert titles({"q": "visits Putin"}) == ["Putin visits Kursk"], "in any order"
    assert titles({"q": "strike kyiv"}) == ["Strike on Kyiv"], "with other words between them"
    assert titles({"q": "visit kursk"}) == [], "a word before the last is a whole word"
    assert titles({"q": "putin kyiv"}) == [], "every word must be found"
    assert titles({"q": "  Kursk,  "}) == ["Kursk offensive", "Putin visits Kursk"], "punctuation is no word"
    assert titles({"q": '"><script>'}) == []
    assert titles({"q": '"'}) == titles({"q": "!!!"}) == titles({"q": "*"}) == [], "punctuation alone matches nothing"
    assert titles({"q": "x" * 5000}) == []


def test_words_in_quotes_must_follow_one_another(world):
    assert titles({"q": '"Putin visits"'}) == ["Putin visits Kursk"]
    assert titles({"q": '"visits Putin"'}) == []
    assert titles({"q": '"strike kyiv"'}) == [], "none is left out between them"
    assert titles({"q": '"strike on" kyiv'}) == ["Strike on Kyiv"]
    assert titles({"q": '"strike on'}) == ["Strike on Kyiv"], "an unclosed quote runs to the end"


@pytest.mark.parametrize("few_matches", [2000, 0], ids=["from the index", "event by event"])
def test_the_words_may_be_found_some_in_the_title_some_in_a_passage(world, monkeypatch, few_matches):
    monkeypatch.setattr("timeline.filters.FEW_MATCHES", few_matches)
    passage = world["strike"].mentions.get().passage
    passage.text = "Drones struck the Darnytskyi district before dawn."
    passage.save()
    assert titles({"q": "kyiv darnytskyi"}) == ["Strike on Kyiv"]
    assert titles({"q": "darnytskyi kyiv"}) == ["Strike on Kyiv"]


def test_a_common_text_tested_event_by_event_finds_the_same_events(world, monkeypatch):
    """Past FEW_MATCHES matches, each event is tested in the page's order: same answers."""
    questions = [
        "kyiv", "HAPPENED ON", "visit", "Putin visits", "visits Putin", "strike kyiv", "visit kursk", "putin kyiv",
        '"Putin visits"', '"visits Putin"', '"strike kyiv"', '"strike on" kyiv', "Kursk,", "wrongly",
    ]
    answers = {q: titles({"q": q}) for q in questions}
    monkeypatch.setattr("timeline.filters.FEW_MATCHES", 0)
    assert {q: titles({"q": q}) for q in questions} == answers
    assert titles({"q": "wrongly", "status": "all"}) == ["Wrongly merged"]


def test_an_editors_new_title_is_found_and_the_old_one_is_not(world):
    event = world["offensive"]
    event.title = "Incursion into the Kursk region"
    event.save()
    assert titles({"q": "incursion"}) == ["Incursion into the Kursk region"]
    assert titles({"q": "offensive"}) == ["Incursion into the Kursk region"], "its passages still say it"
    event.mentions.update(event=None)
    assert titles({"q": "offensive"}) == [], "a statement moved away takes its words along"
    Mention.objects.filter(passage__text__startswith="Kursk offensive").update(event=world["strike"])
    assert titles({"q": "offensive"}) == ["Strike on Kyiv"], "and brings them to its new event"


def test_a_rejected_event_is_not_shown_by_the_text_unless_asked_for(world):
    assert titles({"q": "wrongly"}) == []
    assert titles({"q": "wrongly", "status": "rejected"}) == ["Wrongly merged"]


def test_a_deleted_event_leaves_nothing_behind_in_the_text_index(world):
    world["visit"].delete()
    replacement = Event.objects.create(
        title="Parade", date_value="2025-05-09", date_start=datetime.date(2025, 5, 9),
        date_end=datetime.date(2025, 5, 9), granularity="day", n_articles=1,
    )
    assert titles({"q": "putin"}) == []
    assert titles({"q": "parade"}) == [replacement.title]


def test_filters_combine(world):
    params = {"place": world["kursk"].pk, "outlet": "Daily", "date_after": "2025-01-01", "min_articles": "2"}
    assert titles(params) == ["Putin visits Kursk"]


def test_a_bad_value_is_reported_and_the_good_ones_still_apply(world):
    event_filter, events = filtered_events({"min_articles": "lots", "outlet": "Daily"})
    assert "min_articles" in event_filter.errors
    assert sorted(events.values_list("title", flat=True)) == ["Putin visits Kursk", "Strike on Kyiv"]


@pytest.mark.parametrize("typed", ["3/4/2025", "4 March 2025", "2025-13-01", "2025-02-30"])
def test_a_day_is_written_as_a_date_box_sends_it_and_nothing_is_guessed(world, typed):
    event_filter, events = filtered_events({"date_after": typed})
    assert event_filter.errors["date_after"] == [f"“{typed}” is not a day: write it as YYYY-MM-DD, e.g. 2025-03-12."]
    assert events.count() == filtered_events({})[1].count(), "a refused day filters nothing"


def test_a_day_without_leading_zeros_is_read(world):
    assert titles({"date_after": "2025-1-1", "min_articles": "2"}) == titles({"date_after": "2025-01-01", "min_articles": "2"})

def test_the_page_lists_entities_by_kind_in_their_selects(client, world):
    html = client.get(INDEX).content.decode()
    actor_select = html[html.index('name="actor"'):html.index("</select>", html.index('name="actor"'))]
    assert "Vladimir Putin" in actor_select and "Kremlin" in actor_select and "Kyiv" not in actor_select


def _select(html: str, name: str) -> str:
    start = html.index(f'name="{name}"')
    return html[start:html.index("</select>", start)]


def test_the_selects_list_articles_newest_first_and_entities_and_outlets_alphabetically(client, world):
    older = Article.objects.create(title="Older story", outlet="Courier", raw_text="", content_hash="c",
                                   published=DAY - datetime.timedelta(days=3))
    html = client.get(INDEX).content.decode()
    articles = _select(html, "article")
    assert articles.index("Daily story") < articles.index("Wire story") < articles.index(older.title)
    actors = _select(html, "actor")
    assert actors.index("Any actor") < actors.index("Kremlin") < actors.index("Vladimir Putin")
    outlets = _select(html, "outlet")
    assert outlets.index("Courier") < outlets.index("Daily") < outlets.index("Wire")


def test_past_the_select_limit_an_article_is_chosen_by_its_id(client, world):
    from timeline.filters import SELECT_LIMIT

    Article.objects.bulk_create(
        Article(title=f"Filler {n}", outlet="Wire", raw_text="", content_hash=f"filler-{n}", published=DAY)
        for n in range(SELECT_LIMIT)
    )
    html = client.get(INDEX).content.decode()
    start = html.index('class="field field-article')
    field = html[start:html.index("</div>", start)]
    assert "<select" not in field and 'type="number"' in field and 'placeholder="id"' in field
    daily = Article.objects.get(title="Daily story")
    assert titles({"article": daily.pk}) == ["Putin visits Kursk", "Strike on Kyiv"]


def test_each_filter_set_has_filters_of_its_own(world):
    from timeline.filters import EventFilter

    first = EventFilter({"min_articles": "3"}, queryset=Event.objects.all())
    second = EventFilter({}, queryset=Event.objects.all())
    for name, own in first.filters.items():
        assert own is not second.filters[name] and own.parent is first and second.filters[name].parent is second
    first.filters["outlet"].extra["marker"] = True
    assert "marker" not in second.filters["outlet"].extra
    assert "marker" not in EventFilter.base_filters["outlet"].extra
    # A method filter runs its own filter set's method, with that set's state.
    assert sorted(first.qs.values_list("title", flat=True)) == ["Strike on Kyiv"]
    assert "_commonly_supported" in first.__dict__ and "_commonly_supported" not in second.__dict__


def test_each_filter_form_has_fields_and_widgets_of_its_own(world, monkeypatch):
    from timeline import filters

    first = filters.EventFilter({}, queryset=Event.objects.all())
    first.form.fields["outlet"].widget.attrs["data-marker"] = "1"
    first.form.fields["q"].validators.append(lambda value: None)
    # Past the select limit, a page's actor field takes an id; another page's still lists.
    monkeypatch.setattr(filters, "select_options", lambda stamp: {"outlet": (), "article": (), "actor": None, "place": ()})
    numbered = filters.EventFilter({}, queryset=Event.objects.all())
    monkeypatch.undo()
    listed = filters.EventFilter({}, queryset=Event.objects.all())
    assert "data-marker" not in listed.form.fields["outlet"].widget.attrs
    assert len(listed.form.fields["q"].validators) == len(filters.EventFilter.base_filters["q"].field.validators)
    assert isinstance(numbered.form.fields["actor"].widget, forms.NumberInput)
    assert [label for _, label in listed.form.fields["actor"].widget.choices] == ["Any actor", "Kremlin", "Vladimir Putin"]
    assert listed.form.fields["actor"].listed == {world["kremlin"].pk: "Kremlin", world["putin"].pk: "Vladimir Putin"}
    assert [label for _, label in listed.form.fields["outlet"].widget.choices] == ["Any outlet", "Daily", "Wire"]


@pytest.mark.parametrize("name", ["actor", "place", "article"])
def test_a_choice_from_a_select_is_checked_against_its_options_without_another_query(client, world, name):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    chosen = {"actor": world["putin"], "place": world["kursk"], "article": Article.objects.get(title="Wire story")}[name]
    with CaptureQueriesContext(connection) as unfiltered:
        client.get(INDEX)
    with CaptureQueriesContext(connection) as filtered:
        html = client.get(INDEX, {name: chosen.pk}).content.decode()
    assert len(filtered) == len(unfiltered)
    assert f'<option value="{chosen.pk}" selected>{chosen}</option>' in html
    event_filter, events = filtered_events({name: str(chosen.pk)})
    assert str(event_filter.form.cleaned_data[name]) == str(chosen) and events.exists()


@pytest.mark.parametrize("value", ["999999", "-1", "4.0", "x"])
def test_an_id_that_is_not_among_the_options_is_refused(world, value):
    event_filter, events = filtered_events({"actor": value})
    assert "actor" in event_filter.form.errors and "actor" not in event_filter.form.cleaned_data
    assert events.count() == 3  # the other filters still apply: only the rejected event is left out
    # a place is not an actor
    event_filter, _ = filtered_events({"actor": str(world["kursk"].pk)})
    assert "actor" in event_filter.form.errors


def test_a_range_that_ends_before_it_starts_says_so_and_keeps_its_start(world):
    event_filter, events = filtered_events({"date_after": "2025-03-12", "date_before": "2025-03-01"})
    assert event_filter.errors["date_before"] == [
        "“To” (1 Mar 2025) comes before “From” (12 Mar 2025): no day lies between them, so only “From” is used."
    ]
    assert list(events) == list(filtered_events({"date_after": "2025-03-12"})[1])
