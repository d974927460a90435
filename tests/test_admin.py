"""Curation in the admin: staff only, and an editor's changes survive a new ingest."""

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.utils.html import escape

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
    for mention in event.mentions.all():
        assert f"<mark>{mention.phrase}</mark>" in html
        assert escape(mention.explanation) in html


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
        "entities": [e.pk for e in event.entities.all()],  # as the browser sends them back
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


def test_the_event_changelist_shows_what_an_editor_sorts_by(client, editor, ingested):
    client.force_login(editor)
    event = Event.objects.filter(n_articles__gte=3).first()
    event.conflict = True
    event.save()
    html = client.get("/admin/timeline/event/").content.decode()
    for column in ("column-date_label", "column-granularity", "column-status", "column-supporting_articles", "column-conflict"):
        assert column in html
    assert event.date_label in html
    assert client.get("/admin/timeline/event/", {"conflict__exact": "1"}).context["cl"].result_count == 1
    low = Event.objects.filter(confidence__lt=0.5).count()
    assert client.get("/admin/timeline/event/", {"confidence": "low"}).context["cl"].result_count == low
    assert client.get("/admin/timeline/event/", {"edited": "none"}).context["cl"].result_count == Event.objects.count()
    # Search reaches into the supporting passages, not only titles.
    phrase = event.mentions.first().passage.text.split()[3]
    assert event in client.get("/admin/timeline/event/", {"q": phrase}).context["cl"].result_list


def test_the_event_page_marks_each_phrase_and_escapes_article_text(client, editor, tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("<script>alert('x')</script> Putin visited Kursk on Wednesday.", encoding="utf-8")
    ingest_paths([path], published=datetime.date(2025, 3, 13))
    event = Event.objects.get()
    client.force_login(editor)
    html = client.get(f"/admin/timeline/event/{event.pk}/change/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<mark>Wednesday</mark>" in html or "<mark>on Wednesday</mark>" in html
    assert "published 13 Mar 2025" in html
    assert "Split out" not in html  # the only mention: nothing to split from


def test_names_an_editor_sets_survive_a_new_ingest(client, editor, ingested, sample_corpus):
    from timeline.models import Entity

    client.force_login(editor)
    event = Event.objects.filter(n_articles__gte=3, entities__name="Kursk").first()
    kept = [e.pk for e in event.entities.exclude(name="Kursk")]
    form = {
        "title": event.title,
        "date_value": event.date_value,
        "date_start": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "granularity": event.granularity,
        "status": event.status,
        "modality": event.modality,
        "confidence": event.confidence,
        "entities": kept,
        "mentions-TOTAL_FORMS": "0", "mentions-INITIAL_FORMS": "0",
        "mentions-MIN_NUM_FORMS": "0", "mentions-MAX_NUM_FORMS": "1000",
    }
    response = client.post(f"/admin/timeline/event/{event.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    assert event.edited_fields == ["entities"]
    ingest_paths([sample_corpus])
    for article in Article.objects.all():
        from timeline import curation

        curation.reingest_article(article, editor)
    assert sorted(e.pk for e in Event.objects.get(pk=event.pk).entities.all()) == sorted(kept)
    assert Entity.objects.filter(name="Kursk").exists()


def test_names_changed_in_the_admin_before_they_were_marked_are_found_by_their_history(editor, ingested):
    import importlib

    from django.apps import apps
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType

    changed, titled = Event.objects.all()[:2]
    for event, message in ((changed, "Entities changed."), (titled, "Title set to “Putin in Kursk”.")):
        LogEntry.objects.create(
            user=editor, content_type=ContentType.objects.get_for_model(Event), object_id=str(event.pk),
            object_repr=str(event)[:200], action_flag=CHANGE, change_message=message,
        )
    Event.objects.filter(pk=changed.pk).update(edited_fields=["title"])
    migration = importlib.import_module("timeline.migrations.0012_event_entities_edited")
    migration.mark_edited_entities(apps, None)
    assert Event.objects.get(pk=changed.pk).edited_fields == ["entities", "title"]
    assert Event.objects.get(pk=titled.pk).edited_fields == []


def test_every_admin_edit_is_on_the_history_page(client, editor, ingested):
    client.force_login(editor)
    event = Event.objects.first()
    client.post("/admin/timeline/event/", {"action": "confirm_selected", "_selected_action": [event.pk]})
    html = client.get(f"/admin/timeline/event/{event.pk}/history/").content.decode()
    assert "Status set to confirmed (was candidate)." in html


DATE_BOX = re.compile(r'<input type="date"[^>]*>')


def date_boxes(html: str) -> dict[str, str]:
    """Each date box of a page by name, with the value a browser would show and send."""
    boxes = {}
    for tag in DATE_BOX.findall(html):
        name = re.search(r'name="([^"]+)"', tag).group(1)
        value = re.search(r'value="([^"]*)"', tag)
        boxes[name] = value.group(1) if value else ""
    return boxes


def test_date_boxes_hold_their_date_as_a_browser_reads_it(client, editor, ingested):
    # A date box shows only YYYY-MM-DD; "13/03/2025" would be an empty box, saved as no date.
    client.force_login(editor)
    article = Article.objects.exclude(published=None).first()
    boxes = date_boxes(client.get(f"/admin/timeline/article/{article.pk}/change/").content.decode())
    assert boxes == {"published": article.published.isoformat()}
    from timeline.views.curation import PublicationDateForm

    form = PublicationDateForm(initial={"published": article.published})
    assert date_boxes(str(form)) == {"published": article.published.isoformat()}
