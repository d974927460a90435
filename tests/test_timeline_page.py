"""The timeline page: a chronology by year and month, filters as a plain form and with htmx."""

import datetime

import pytest
from django.urls import reverse

from timeline.chronology import event_url_maker
from timeline.ingest.pipeline import ingest_paths
from timeline.models import Event

INDEX = reverse("timeline:index")


@pytest.fixture
def make_event(db):
    def make(title, value, start, end, granularity, **extra):
        return Event.objects.create(
            title=title, date_value=value, date_start=start, date_end=end, granularity=granularity,
            n_articles=1, **extra,
        )

    return make


def test_dates_show_at_their_granularity_under_year_and_month_headings(client, make_event):
    make_event("Incursion", "2024-08", datetime.date(2024, 8, 1), datetime.date(2024, 8, 31), "month")
    make_event("Offensive", "2025-W11", datetime.date(2025, 3, 10), datetime.date(2025, 3, 16), "week")
    make_event("Visit", "2025-03-12", datetime.date(2025, 3, 12), datetime.date(2025, 3, 12), "day")
    html = client.get(INDEX).content.decode()
    assert html.index("2024</h2>") < html.index("August 2024") < html.index("Incursion")
    assert html.index("Incursion") < html.index("2025</h2>") < html.index("March 2025")
    assert html.index("week of 10 Mar 2025") < html.index("Offensive") < html.index("12 Mar 2025") < html.index("Visit")


def test_a_month_event_overlaps_a_date_range_that_starts_inside_it(client, make_event):
    make_event("Incursion", "2024-08", datetime.date(2024, 8, 1), datetime.date(2024, 8, 31), "month")
    make_event("Earlier", "2024-07-02", datetime.date(2024, 7, 2), datetime.date(2024, 7, 2), "day")
    make_event("Later", "2024-09-02", datetime.date(2024, 9, 2), datetime.date(2024, 9, 2), "day")
    html = client.get(INDEX, {"date_after": "2024-08-10", "date_before": "2024-09-01"}).content.decode()
    assert "Incursion" in html and "Earlier" not in html and "Later" not in html


def test_text_filter_searches_titles_and_passages(client, ingested):
    html = client.get(INDEX, {"q": "pipeline"}).content.decode()
    assert "1</strong> event" in html
    assert "gas pipeline" in html or "pipeline" in html.lower()


def test_article_and_outlet_filters_keep_events_the_article_supports(client, ingested):
    from timeline.models import Article

    article = Article.objects.get(source_name__endswith="003_b2e4fd357a23fcfa.txt")
    response = client.get(INDEX, {"article": article.pk})
    shown = {e.id for group in response.context["groups"] for e in group.events}
    expected = set(Event.objects.filter(mentions__passage__article=article).values_list("pk", flat=True))
    assert shown == expected and shown


def test_htmx_swaps_only_the_results(client, ingested):
    response = client.get(INDEX, {"q": "Kursk"}, headers={"HX-Request": "true", "HX-Target": "results"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results">')
    assert "<html" not in html and 'id="filters"' not in html


def test_the_page_is_a_plain_get_form_that_works_without_javascript(client, ingested):
    html = client.get(INDEX).content.decode()
    assert 'method="get" action="/"' in html and 'id="filters"' in html
    for name in ("q", "date_after", "date_before", "actor", "place", "article", "outlet", "granularity", "min_articles", "status"):
        assert f'name="{name}"' in html


def test_htmx_comes_from_the_app_not_a_cdn(client, db):
    html = client.get(INDEX).content.decode()
    assert "/static/django_htmx/htmx" in html
    assert "https://" not in html.split("<body")[0]


@pytest.mark.parametrize("path", ["timeline:index", "timeline:overview"])
def test_no_template_syntax_reaches_the_reader(client, ingested, path):
    event = Event.objects.first()
    for url in (reverse(path), reverse("timeline:event", args=[event.pk])):
        html = client.get(url).content.decode()
        assert not any(mark in html for mark in ("{#", "#}", "{%", "%}", "{{", "}}")), url


def test_a_bad_filter_value_gives_a_message_not_an_error(client, ingested):
    response = client.get(INDEX, {"date_after": "not-a-date", "article": "999999", "after": "garbage"})
    assert response.status_code == 200
    assert "were not understood" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"min_articles": "-3"},
        {"min_articles": "many"},
        {"actor": "abc"},
        {"place": "424242"},
        {"granularity": "fortnight"},
        {"status": "deleted"},
        {"date_before": "2025-02-30"},
        {"q": "x" * 5000},
    ],
)
def test_every_bad_value_is_named_and_ignored_on_the_page_and_its_overview(client, make_event, params):
    make_event("Visit", "2025-03-12", datetime.date(2025, 3, 12), datetime.date(2025, 3, 12), "day")
    page = client.get(INDEX, params)
    overview = client.get(reverse("timeline:overview"), params)
    assert page.status_code == overview.status_code == 200
    if "q" not in params:
        assert "were not understood" in page.content.decode()
        assert "Visit" in page.content.decode(), "the bad value is ignored, not applied"


def test_a_submitted_form_redirects_to_the_address_without_empty_fields(client, db):
    response = client.get(INDEX, {"q": "Kursk", "date_after": "", "actor": "", "status": ""})
    assert response.status_code == 302 and response["Location"] == "/?q=Kursk"


def test_htmx_pushes_the_clean_address_of_the_results(client, db):
    response = client.get(
        INDEX, {"q": "Kursk", "date_after": "", "actor": ""}, headers={"HX-Request": "true", "HX-Target": "results"}
    )
    assert response["HX-Push-Url"] == "/?q=Kursk"


def test_a_facet_or_a_chart_bar_swaps_the_form_with_the_results(client, db):
    response = client.get(INDEX, {"granularity": "month"}, headers={"HX-Request": "true", "HX-Target": "timeline"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="timeline"') and 'id="filters"' in html and 'id="results"' in html
    assert '<option value="month" selected>' in html


def test_a_history_restore_gets_the_whole_page(client, db):
    response = client.get(
        INDEX, {"q": "Kursk"}, headers={"HX-Request": "true", "HX-Target": "results", "HX-History-Restore-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" in html and 'value="Kursk"' in html


def test_a_page_that_holds_every_match_states_the_exact_total(client, make_event):
    for day in range(1, 4):
        make_event(f"Event {day}", f"2025-01-0{day}", datetime.date(2025, 1, day), datetime.date(2025, 1, day), "day")
    html = client.get(INDEX).content.decode()
    assert '<p class="total" id="total" aria-live="polite"><strong>3</strong> events' in html


def test_a_longer_result_says_more_than_a_page_and_the_overview_counts_it(client, make_event, settings):
    settings.TIMELINE_PAGE_SIZE = 2
    for day in range(1, 6):
        make_event(f"Event {day}", f"2025-01-0{day}", datetime.date(2025, 1, day), datetime.date(2025, 1, day), "day")
    page = client.get(INDEX).content.decode()
    assert "More than <strong>2</strong> events" in page
    overview = client.get(reverse("timeline:overview"), headers={"HX-Request": "true"}).content.decode()
    # Swapped into the page's live region, which stays in place for screen readers.
    assert '<p class="total" id="total" hx-swap-oob="innerHTML"><strong>5</strong> events' in overview


def test_the_overview_total_stops_counting_at_a_limit(client, make_event, monkeypatch):
    monkeypatch.setattr("timeline.facets.COUNT_LIMIT", 3)
    for day in range(1, 6):
        make_event(f"Event {day}", f"2025-01-0{day}", datetime.date(2025, 1, day), datetime.date(2025, 1, day), "day")
    html = client.get(reverse("timeline:overview")).content.decode()
    assert "<strong>3+</strong> events" in html and "counting stops at 3" in html


def test_badges_show_planned_reported_and_conflicting_dates(client, make_event):
    day = datetime.date(2025, 3, 12)
    make_event("Talks", "2025-03-12", day, day, "day", modality="planned")
    make_event("Strike", "2025-03-12", day, day, "day", modality="reported", conflict=True)
    html = client.get(INDEX).content.decode()
    assert "badge planned" in html and "badge reported" in html and "conflicting dates" in html


def test_a_date_only_the_report_gives_reads_as_by_that_day(client, make_event):
    day = datetime.date(2025, 5, 21)
    reported = make_event("Putin visits Kursk", "2025-05-21", day, day, "day", modality="reported")
    make_event("Parade", "2025-05-21", day, day, "day")
    html = client.get(INDEX).content.decode()
    assert '<time datetime="2025-05-21">by 21 May 2025</time>' in html
    assert '<time datetime="2025-05-21">21 May 2025</time>' in html, "a date of its own reads as it is"
    assert "by 21 May 2025" in client.get(reported.get_absolute_url()).content.decode()


def test_coarse_events_show_their_span_at_its_start(client, make_event):
    make_event("Winter campaign", "2024-WI", datetime.date(2024, 12, 21), datetime.date(2025, 3, 20), "season")
    make_event("Year review", "2024", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), "year")
    html = client.get(INDEX).content.decode()
    assert html.index("January 2024") < html.index("Year review") < html.index("December 2024") < html.index("Winter campaign")
    assert "whole year" in html and "whole season" in html and "winter 2024" in html


def test_the_page_has_landmarks_and_labelled_fields(client, db):
    html = client.get(INDEX).content.decode()
    assert '<main id="main"' in html and 'role="search"' in html and 'class="skip" href="#main"' in html
    assert '<label for="id_actor">' in html and '<label for="id_min_articles">' in html


def test_empty_results_say_so(client, ingested):
    assert "No events match" in client.get(INDEX, {"q": "zzzz-nothing"}).content.decode()


def test_article_text_is_escaped(client, db, tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text('<script>alert("x")</script> Troops attacked the town on Wednesday.', encoding="utf-8")
    ingest_paths([path], published=datetime.date(2025, 3, 13))
    event = Event.objects.get()
    for url in (INDEX, event.get_absolute_url()):
        html = client.get(url).content.decode()
        assert '<script>alert("x")</script>' not in html
        assert "&lt;script&gt;" in html


def test_load_more_pages_by_keyset(client, make_event, settings):
    settings.TIMELINE_PAGE_SIZE = 2
    for day in range(1, 6):
        make_event(f"Event {day}", f"2025-01-0{day}", datetime.date(2025, 1, day), datetime.date(2025, 1, day), "day")
    first = client.get(INDEX)
    assert [e.title for g in first.context["groups"] for e in g.events] == ["Event 1", "Event 2"]
    more = client.get(first.context["next_url"], headers={"HX-Request": "true"}).content.decode()
    assert "Event 2" not in more and more.index("Event 3") < more.index("Event 4") and "Event 5" not in more
    assert "<html" not in more and "January 2025" not in more, "a later page repeats no heading"
    assert "Load more" in more


def test_a_later_page_opened_on_its_own_heads_its_month_and_links_to_the_start(client, make_event, settings):
    settings.TIMELINE_PAGE_SIZE = 2
    for day in range(1, 6):
        make_event(f"Event {day}", f"2025-01-0{day}", datetime.date(2025, 1, day), datetime.date(2025, 1, day), "day")
    later = client.get(client.get(INDEX, {"q": "event"}).context["next_url"])
    html = later.content.decode()
    assert [e.title for g in later.context["groups"] for e in g.events] == ["Event 3", "Event 4"]
    assert "<html" in html and '<h2 class="year">2025</h2>' in html and "January 2025" in html
    assert 'Later events. <a href="?q=event">← From the first event</a>' in html
    assert "From the first event" not in client.get(INDEX, {"q": "event"}).content.decode()


def test_rejected_events_are_not_shown(client, make_event):
    make_event("Wrong", "2025-01-01", datetime.date(2025, 1, 1), datetime.date(2025, 1, 1), "day", status="rejected")
    assert "Wrong" not in client.get(INDEX).content.decode()


def test_login_can_be_required_by_a_setting(client, db, settings):
    settings.TIMELINE_REQUIRE_LOGIN = True
    response = client.get(INDEX)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_page_offers_every_export_with_its_current_filters(client, ingested):
    html = client.get(INDEX, {"q": "Kursk", "date_after": "2025-03-01"}).content.decode()
    for path in ("/events.csv", "/events.json", "/events.timelinejs.json"):
        assert f'href="{path}?q=Kursk&amp;date_after=2025-03-01"' in html or f'href="{path}?date_after=2025-03-01&amp;q=Kursk"' in html


@pytest.mark.parametrize("pk", [1, 7, 42, 2_147_483_647, 10**12])
def test_an_events_link_is_the_address_of_its_page(pk):
    assert event_url_maker()(pk) == reverse("timeline:event", args=[pk])


HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>"


def test_untrusted_titles_names_outlets_and_filter_values_are_shown_as_text(client, make_event):
    from timeline.models import Article, Entity

    event = make_event(HOSTILE, "2025-03", datetime.date(2025, 3, 1), datetime.date(2025, 3, 31), "month")
    event.entities.add(Entity.objects.create(name=HOSTILE, kind="person"))
    Article.objects.create(title=HOSTILE, outlet=HOSTILE, raw_text="", content_hash="h",
                           published=datetime.date(2025, 3, 12))
    html = client.get(INDEX, {"q": HOSTILE, "status": HOSTILE}).content.decode()
    body = html.split("<body", 1)[1]
    assert "<script>alert" not in body and "<img src=x" not in body
    escaped = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
    # the text box, the actor, outlet and article options, and (unfiltered) the event's row
    assert body.count(escaped) >= 4
    unfiltered = client.get(INDEX).content.decode().split("<body", 1)[1]
    assert f'<h4 class="title"><a href="{event_url_maker()(event.pk)}"' in unfiltered
    assert f">{escaped}</a></h4>" in unfiltered


def test_an_invalid_filter_value_is_tied_to_its_message(client, db):
    html = client.get(INDEX, {"min_articles": "lots"}).content.decode()
    control = html[html.rindex("<input", 0, html.index('name="min_articles"')):]
    control = control[:control.index(">")]
    assert 'aria-invalid="true"' in control and 'aria-describedby="id_min_articles_error"' in control
    # A text box with a numeric keypad: a number input would show the refused value as empty.
    assert 'value="lots"' in control and 'type="text"' in control and 'inputmode="numeric"' in control
    assert '<p class="error" id="id_min_articles_error">' in html


def test_a_page_reads_its_events_in_a_fixed_number_of_queries(client, make_event):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_a_page():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(INDEX).status_code == 200
        return len(queries)

    for day in range(1, 4):
        make_event(f"Day {day}", f"2025-03-{day:02d}", datetime.date(2025, 3, day), datetime.date(2025, 3, day), "day",
                   modality="reported", conflict=True, status="confirmed")
    few = queries_for_a_page()
    for day in range(4, 29):
        make_event(f"Day {day}", f"2025-03-{day:02d}", datetime.date(2025, 3, day), datetime.date(2025, 3, day), "day",
                   modality="planned", conflict=True, status="confirmed")
    # Every column a row shows was read with the page: no query per event.
    assert queries_for_a_page() == few
