"""Curation in the admin: staff only, and an editor's changes survive a new ingest."""

import datetime

import pytest
from django.contrib.auth.models import User

from timeline.ingest.pipeline import ingest_paths
from timeline.models import Article, Event, Mention


@pytest.fixture
def editor(db):
    return User.objects.create_user("editor", password="pw-editor-123", is_staff=True, is_superuser=True)


@pytest.mark.parametrize("model", ["article", "event", "mention", "passage"])
def test_staff_can_list_and_search_every_model(client, editor, ingested, model):
    client.force_login(editor)
    assert client.get(f"/admin/timeline/{model}/").status_code == 200
    assert client.get(f"/admin/timeline/{model}/", {"q": "Kursk"}).status_code == 200


def test_anonymous_and_non_staff_users_cannot_curate(client, db):
    assert client.get("/admin/timeline/event/").status_code == 302
    User.objects.create_user("reader", password="pw-reader-123")
    client.login(username="reader", password="pw-reader-123")
    assert client.get("/admin/timeline/event/").status_code == 302


def test_an_event_change_page_shows_its_mentions(client, editor, ingested):
    client.force_login(editor)
    event = Event.objects.filter(n_articles__gte=3).first()
    html = client.get(f"/admin/timeline/event/{event.pk}/change/").content.decode()
    assert "Wednesday" in html


def test_an_editors_title_survives_a_new_ingest(client, editor, ingested, sample_corpus):
    client.force_login(editor)
    event = Event.objects.filter(n_articles__gte=3).first()
    form = {
        "title": "Putin visits a command post in the Kursk region",
        "date_value": event.date_value,
        "date_start": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "granularity": event.granularity,
        "status": "confirmed",
        "modality": event.modality,
        "confidence": event.confidence,
        "mentions-TOTAL_FORMS": "0", "mentions-INITIAL_FORMS": "0",
        "mentions-MIN_NUM_FORMS": "0", "mentions-MAX_NUM_FORMS": "1000",
    }
    response = client.post(f"/admin/timeline/event/{event.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    assert set(event.edited_fields) == {"title", "status"}
    ingest_paths([sample_corpus])
    event.refresh_from_db()
    assert event.title == "Putin visits a command post in the Kursk region"
    assert event.status == "confirmed"


def test_correcting_a_publication_date_re_resolves_the_articles_dates(client, editor, db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Putin visited Kursk on Wednesday.", encoding="utf-8")
    ingest_paths([path], published=datetime.date(2025, 3, 13))
    article = Article.objects.get()
    assert Mention.objects.get().value == "2025-03-12"
    client.force_login(editor)
    form = {
        "title": article.title, "title_source": article.title_source, "outlet": "", "url": "",
        "published": "2025-03-20", "published_source": article.published_source,
    }
    response = client.post(f"/admin/timeline/article/{article.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.published_source == "editor"
    assert Mention.objects.get().value == "2025-03-19"
    assert Event.objects.get().date_value == "2025-03-19"
