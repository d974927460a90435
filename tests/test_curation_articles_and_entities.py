"""Dating and re-reading articles from the admin; merging entities and editing aliases."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry

from timeline import curation
from timeline.ingest.pipeline import ingest_paths
from timeline.models import Alias, Article, Entity, Event, Mention
from tests.curation_world import make_editor, make_event


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def article(db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Putin visited Kursk on Wednesday. Talks ended in a deal.", encoding="utf-8")
    assert ingest_paths([path], published=datetime.date(2025, 3, 13)).ok
    return Article.objects.get()


def test_correcting_a_publication_date_moves_events_but_not_an_editors_date(client, editor, article):
    fixed = Mention.objects.get(passage__article=article).event
    curation.set_event_date(fixed, "2025-03-12", editor)
    client.force_login(editor)
    form = {"title": article.title, "outlet": "", "url": "", "published": "2025-03-20"}
    response = client.post(f"/admin/timeline/article/{article.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Mention.objects.get(passage__article=article).value == "2025-03-19"
    assert Event.objects.get(pk=fixed.pk).date_value == "2025-03-12"
    messages = [e.get_change_message() for e in LogEntry.objects.filter(object_id=str(article.pk)).order_by("pk")]
    assert any(m.startswith("Publication date set to 20 Mar 2025 (was 13 Mar 2025)") for m in messages)


def test_a_future_publication_date_is_a_form_error(client, editor, article):
    client.force_login(editor)
    future = (datetime.date.today() + datetime.timedelta(days=40)).isoformat()
    form = {"title": article.title, "outlet": "", "url": "", "published": future}
    response = client.post(f"/admin/timeline/article/{article.pk}/change/", form)
    assert response.status_code == 200 and "cannot be in the future" in response.content.decode()


def test_reading_an_article_again_from_the_admin(client, editor, article):
    client.force_login(editor)
    before = list(Mention.objects.values_list("value", flat=True))
    response = client.post("/admin/timeline/article/", {"action": "reingest_selected", "_selected_action": [article.pk]})
    assert response.status_code == 302
    assert list(Mention.objects.values_list("value", flat=True)) == before
    assert "Read again against 13 Mar 2025" in LogEntry.objects.get(object_id=str(article.pk)).get_change_message()


def test_reading_an_article_again_keeps_an_editors_placement(editor, article, tmp_path):
    """A mention an editor moved into another event stays there when its article is read again."""
    other = make_event("Deal signed", "2025-03")
    mention = Mention.objects.get(passage__article=article)
    mention.event = other
    mention.placed_by_editor = True
    mention.save()
    curation.reingest_article(article, editor)
    curation.set_publication_date(article, datetime.date(2025, 3, 14), editor)
    placed = Mention.objects.get(passage__article=article, phrase=mention.phrase)
    assert placed.event_id == other.pk and placed.placed_by_editor


class TestEntities:
    @pytest.fixture
    def putins(self, db):
        a = Entity.objects.create(name="Vladimir Putin", kind="person")
        b = Entity.objects.create(name="Mr. Putin", kind="person")
        Alias.objects.create(entity=a, name="Putin")
        Alias.objects.create(entity=b, name="Putin")
        Alias.objects.create(entity=b, name="Vladimir V. Putin")
        make_event("Visit", "2025-03-12").entities.add(a)
        e2 = make_event("Talks", "2025-03-13")
        e2.entities.add(b)
        e3 = make_event("Speech", "2025-03-14")
        e3.entities.add(a, b)
        return a, b

    def test_merging_moves_aliases_and_events_and_keeps_names(self, editor, putins):
        a, b = putins
        merged = curation.merge_entities([b, a], editor)
        assert merged.pk == a.pk  # linked to the most events
        assert list(Entity.objects.all()) == [a]
        assert sorted(merged.aliases.values_list("name", flat=True)) == ["Mr. Putin", "Putin", "Vladimir V. Putin"]
        assert merged.events.count() == 3
        assert "new aliases: Mr. Putin, Vladimir V. Putin" in LogEntry.objects.get(object_id=str(a.pk)).get_change_message()

    def test_entities_of_different_kinds_are_not_merged(self, editor, putins):
        place = Entity.objects.create(name="Kursk", kind="place")
        with pytest.raises(curation.CurationError, match="one kind"):
            curation.merge_entities([putins[0], place], editor)

    def test_admin_action_and_alias_inline(self, client, editor, putins):
        a, b = putins
        client.force_login(editor)
        page = client.get(f"/admin/timeline/entity/{a.pk}/change/").content.decode()
        assert 'name="aliases-0-name"' in page
        data = {"action": "merge_selected", "_selected_action": [a.pk, b.pk]}
        assert "Merge entities" in client.post("/admin/timeline/entity/", data).content.decode()
        response = client.post("/admin/timeline/entity/", {**data, "post": "yes", "into": b.pk})
        assert response.status_code == 302
        assert list(Entity.objects.values_list("name", flat=True)) == ["Mr. Putin"]
        assert set(Alias.objects.values_list("name", flat=True)) == {"Putin", "Vladimir V. Putin", "Vladimir Putin"}
