"""Bad input is reported, never an error page or a crash."""

import pytest

from tests.curation_world import make_editor
from timeline.ingest.pipeline import ingest_paths
from timeline.models import Article


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-05", "1599-12-31"])
def test_a_publication_date_off_the_calendar_is_refused_by_the_curation_queue(client, db, tmp_path, published):
    (tmp_path / "undated.txt").write_text("Putin visited Kursk on Wednesday. Last year it rained.", encoding="utf-8")
    assert ingest_paths([tmp_path / "undated.txt"]).ok
    article = Article.objects.get()
    client.force_login(make_editor())
    url = f"/curation/articles/{article.pk}/published/"
    response = client.post(url, {"published": published}, headers={"HX-Request": "true"})
    assert response.status_code == 200 and "row-error" in response.content.decode()
    assert client.post(url, {"published": published}).status_code == 302
    article.refresh_from_db()
    assert article.published is None


def test_an_article_that_cannot_be_stored_is_named_when_reported(db, tmp_path):
    (tmp_path / "early.txt").write_text("Troops moved on Wednesday.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,published\nearly.txt,0001-01-01\n", encoding="utf-8")
    reported = []
    report = ingest_paths([tmp_path], on_progress=lambda source, created: reported.append(str(source)))
    if report.ok:
        pytest.skip("stored fine")
    assert any("early.txt" in line and "could not be stored" in line for line in reported)


@pytest.mark.parametrize(
    "query",
    [
        "date_after=9999-12-01&date_before=9999-12-31",
        "date_after=9999-01-01&date_before=9999-12-31",
        "date_after=0500-01-01&date_before=9999-12-31",
    ],
)
def test_the_overview_draws_a_range_at_the_ends_of_the_calendar(client, ingested, query):
    assert client.get(f"/overview/?{query}").status_code == 200


def test_chart_periods_stay_on_the_calendar():
    import datetime

    from timeline.charts import periods_between

    for first, last in [
        (datetime.date(9999, 12, 1), datetime.date(9999, 12, 31)),
        (datetime.date(9999, 1, 1), datetime.date(9999, 12, 31)),
        (datetime.date(1, 1, 1), datetime.date(9999, 12, 31)),
    ]:
        _, periods = periods_between(first, last)
        assert periods[0][0] <= first and periods[-1][1] >= last


@pytest.mark.parametrize("into", ["abc", "", "99999999999999999999999", "١٢"])
def test_a_merge_with_a_bad_choice_of_survivor_merges_into_the_default_one(client, db, into):
    from tests.curation_world import event_with_mentions
    from timeline.models import Entity, Event

    client.force_login(make_editor())
    a = event_with_mentions("Troops withdraw", "2025-03-12", [("Troops withdrew on Wednesday.", "on Wednesday")])
    b = event_with_mentions("Troops pull out", "2025-03-12", [("Troops pulled out on Wednesday.", "on Wednesday")])
    data = {"action": "merge_selected", "_selected_action": [a.pk, b.pk], "post": "yes", "into": into}
    assert client.post("/admin/timeline/event/", data).status_code == 302
    assert Event.objects.filter(pk__in=[a.pk, b.pk]).count() == 1

    people = [Entity.objects.create(name=name, kind="person") for name in ("Vladimir Putin", "Putin")]
    data = {"action": "merge_selected", "_selected_action": [p.pk for p in people], "post": "yes", "into": into}
    assert client.post("/admin/timeline/entity/", data).status_code in (200, 302)
    assert Entity.objects.filter(pk__in=[p.pk for p in people]).count() == 1


PUBLIC_URLS = ["/", "/overview/", "/events.csv", "/events.json", "/events.timelinejs.json"]
ODD_FILTERS = [
    {"date_after": "0001-01-01"},
    {"date_before": "0001-01-01"},
    {"date_after": "9999-12-31"},
    {"q": "Kursk", "date_after": "0001-01-02"},
    {"q": "x" * 100_000},
    {"q": "*"},
    {"q": '"'},
    {"min_articles": "99999999999999999999999999"},
    {"min_articles": "1e30"},
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
@pytest.mark.parametrize("params", ODD_FILTERS)
def test_odd_filter_values_never_fail_a_public_url(client, ingested, url, params):
    response = client.get(url, params)
    if response.streaming:
        b"".join(response.streaming_content)
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("export", ["/events.csv", "/events.json", "/events.timelinejs.json"])
def test_an_export_with_a_filter_value_it_cannot_read_is_refused_with_the_reason(client, ingested, export):
    response = client.get(f"{export}?date_after=3/4/2025&q=Kursk")
    assert response.status_code == 400
    body = response.content.decode()
    assert "date_after" in body and "3/4/2025" in body and "YYYY-MM-DD" in body
    assert "event_id" not in body and '"events"' not in body  # no file at all, not a partial one


def test_an_export_of_good_filters_is_written(client, ingested):
    response = client.get("/events.json?q=Kursk")
    assert response.status_code == 200 and response.json()["events"]


def test_the_pages_export_links_leave_out_the_values_the_page_ignored(client, ingested):
    page = client.get("/?date_after=3/4/2025&q=Kursk").content.decode()
    assert "not understood" in page
    assert 'href="/events.csv?q=Kursk"' in page
    assert client.get("/events.csv?q=Kursk").status_code == 200
