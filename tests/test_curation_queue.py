"""The curation queue at /curation/: staff only, one-click actions with htmx and without."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import User
from django.test import Client

from timeline.ingest.pipeline import ingest_paths
from timeline.models import Article, Event
from tests.curation_world import event_with_mentions, make_article, make_editor


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def world(db, tmp_path):
    (tmp_path / "undated.txt").write_text("Putin visited Kursk on Wednesday.", encoding="utf-8")
    assert ingest_paths([tmp_path / "undated.txt"]).ok
    undated = Article.objects.get()
    conflicting = event_with_mentions("Troops withdraw", "2025-03", [("Troops withdrew in March.", "in March")], conflict=True)
    doubtful = event_with_mentions("A meeting, perhaps", "2025-03-14", [("They may meet on Friday.", "on Friday")], confidence=0.3)
    candidate = event_with_mentions("Putin visits Kursk", "2025-03-12", [("Putin toured Kursk on Wednesday.", "on Wednesday")])
    confirmed = event_with_mentions("Already checked", "2025-03-11", [("On Tuesday it was checked.", "On Tuesday")], status="confirmed")
    return {"undated": undated, "conflicting": conflicting, "doubtful": doubtful, "candidate": candidate, "confirmed": confirmed}


def test_the_queue_lists_what_waits(client, editor, world):
    client.force_login(editor)
    html = client.get("/curation/").content.decode()
    assert "undated.txt" in html
    for key in ("conflicting", "doubtful", "candidate"):
        obj = world[key]
        assert (obj.title in html), key
    assert "Already checked" not in html
    assert html.count(f'id="event-{world["candidate"].pk}"') == 1
    assert 'hx-post="/curation/events/' in html and 'hx-target="closest tr"' in html


def test_anonymous_users_are_sent_to_log_in_and_readers_are_refused(client, world):
    response = client.get("/curation/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.post(f"/curation/events/{world['candidate'].pk}/status/confirmed/").status_code == 302
    User.objects.create_user("reader", password="pw-reader-123")
    client.login(username="reader", password="pw-reader-123")
    assert client.get("/curation/").status_code == 403
    assert client.post(f"/curation/events/{world['candidate'].pk}/status/confirmed/").status_code == 403
    assert Event.objects.get(pk=world["candidate"].pk).status == "candidate"


def test_staff_without_the_change_permission_cannot_change(client, world):
    viewer = User.objects.create_user("viewer", password="pw-viewer-123", is_staff=True)
    client.force_login(viewer)
    assert client.post(f"/curation/events/{world['candidate'].pk}/status/confirmed/").status_code == 403


def test_a_post_without_a_csrf_token_is_refused(editor, world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(f"/curation/events/{world['candidate'].pk}/status/confirmed/").status_code == 403
    assert client.post(f"/curation/articles/{world['undated'].pk}/published/", {"published": "2025-03-13"}).status_code == 403
    assert client.post("/admin/timeline/event/", {"action": "confirm_selected", "_selected_action": [world["candidate"].pk]}).status_code == 403
    assert Event.objects.get(pk=world["candidate"].pk).status == "candidate"
    assert not LogEntry.objects.exists()


def test_changes_are_posts_only(client, editor, world):
    client.force_login(editor)
    assert client.get(f"/curation/events/{world['candidate'].pk}/status/confirmed/").status_code == 405


def test_confirm_with_htmx_answers_the_updated_row(client, editor, world):
    client.force_login(editor)
    event = world["candidate"]
    response = client.post(f"/curation/events/{event.pk}/status/confirmed/", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.strip().startswith(f'<tr id="event-{event.pk}" class="done confirmed">')
    assert "Confirmed by editor." in html and "<html" not in html
    event.refresh_from_db()
    assert event.status == "confirmed" and event.edited_fields == ["status"]
    assert LogEntry.objects.get(object_id=str(event.pk)).user == editor


def test_confirm_without_javascript_redirects_back(client, editor, world):
    client.force_login(editor)
    event = world["doubtful"]
    response = client.post(f"/curation/events/{event.pk}/status/rejected/")
    assert response.status_code == 302 and response["Location"] == f"/curation/#event-{event.pk}"
    page = client.get("/curation/").content.decode()
    assert "A meeting, perhaps: Rejected by editor." in page
    assert Event.objects.get(pk=event.pk).status == "rejected"


def test_an_unknown_status_is_not_found(client, editor, world):
    client.force_login(editor)
    assert client.post(f"/curation/events/{world['candidate'].pk}/status/deleted/").status_code == 404


def test_setting_a_conflicting_events_date(client, editor, world):
    client.force_login(editor)
    event = world["conflicting"]
    response = client.post(f"/curation/events/{event.pk}/date/", {"value": "2025-W11"}, headers={"HX-Request": "true"})
    assert "Dated week of 10 Mar 2025" in response.content.decode()
    event.refresh_from_db()
    assert (event.date_value, event.conflict, event.edited_fields) == ("2025-W11", False, ["date"])


def test_a_bad_date_stays_in_the_row_with_its_reason(client, editor, world):
    client.force_login(editor)
    event = world["conflicting"]
    response = client.post(f"/curation/events/{event.pk}/date/", {"value": "2025-13"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200 and "Month 13 does not exist" in html and 'value="2025-13"' in html
    assert Event.objects.get(pk=event.pk).date_value == "2025-03"
    response = client.post(f"/curation/events/{event.pk}/date/", {"value": "soon"}, follow=True)
    assert "is not a TIMEX3 date value" in response.content.decode()


def test_setting_a_publication_date_resolves_the_articles_dates(client, editor, world):
    client.force_login(editor)
    article = world["undated"]
    response = client.post(f"/curation/articles/{article.pk}/published/", {"published": "2025-03-13"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.strip().startswith(f'<tr id="article-{article.pk}" class="done">')
    assert "Published 13 Mar 2025: 1 date resolved again." in html
    article.refresh_from_db()
    assert (article.published, article.published_source) == (datetime.date(2025, 3, 13), "editor")
    mention = article.passages.get().mentions.get()
    assert (mention.value, mention.event.date_value) == ("2025-03-12", "2025-03-12")
    assert "Publication date set to 13 Mar 2025 (was date unknown)" in LogEntry.objects.get(object_id=str(article.pk)).get_change_message()


def test_a_future_publication_date_is_refused(client, editor, world):
    client.force_login(editor)
    article = world["undated"]
    future = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    response = client.post(f"/curation/articles/{article.pk}/published/", {"published": future}, headers={"HX-Request": "true"})
    assert "cannot be in the future" in response.content.decode()
    response = client.post(f"/curation/articles/{article.pk}/published/", {"published": "not a date"}, follow=True)
    assert "Enter a valid date" in response.content.decode()
    assert Article.objects.get(pk=article.pk).published is None


def test_actions_from_the_queue_show_on_the_admin_history_page(client, editor, world):
    client.force_login(editor)
    event = world["candidate"]
    client.post(f"/curation/events/{event.pk}/status/confirmed/")
    html = client.get(f"/admin/timeline/event/{event.pk}/history/").content.decode()
    assert "Status set to confirmed (was candidate)." in html and "editor" in html
    assert "Status set to confirmed" in client.get("/curation/").content.decode()  # recent curation


def test_article_text_is_escaped(client, editor, db):
    client.force_login(editor)
    make_article("<script>alert(1)</script> visited on Wednesday.", published=None, title="<b>bold</b> title")
    html = client.get("/curation/").content.decode()
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt; title" in html
