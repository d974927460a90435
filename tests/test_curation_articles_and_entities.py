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


@pytest.mark.parametrize("names_set_by_editor", [False, True])
def test_an_event_only_its_article_tells_moves_with_a_corrected_date(editor, article, names_set_by_editor):
    visit = Mention.objects.get(passage__article=article, phrase="Wednesday").event
    if names_set_by_editor:
        visit.entities.set([Entity.objects.create(name="Kursk Oblast", kind="place")])
        visit.edited_fields = ["entities"]
        visit.save()
    events_before = Event.objects.count()
    curation.set_publication_date(article, datetime.date(2025, 3, 20), editor)
    moved = Mention.objects.get(passage__article=article, phrase="Wednesday").event
    assert (moved.date_value, moved.n_articles, moved.conflict) == ("2025-03-19", 1, False)
    assert Event.objects.count() == events_before, "no empty event is left behind, none is made"
    assert not Event.objects.filter(conflict=True).exists()
    if names_set_by_editor:  # the editor's event itself moved, with the editor's names
        assert moved.pk == visit.pk and [e.name for e in moved.entities.all()] == ["Kursk Oblast"]


def test_an_event_other_articles_tell_too_stays_and_the_moved_account_goes_its_own_way(editor, article, tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Putin visited Kursk on Wednesday, the Kremlin said.", encoding="utf-8")
    assert ingest_paths([path], published=datetime.date(2025, 3, 13)).ok
    visit = Mention.objects.get(passage__article=article, phrase="Wednesday").event
    assert visit.n_articles == 2
    curation.set_publication_date(article, datetime.date(2025, 3, 20), editor)
    visit.refresh_from_db()
    moved = Mention.objects.get(passage__article=article, phrase="Wednesday").event
    assert (visit.date_value, visit.n_articles) == ("2025-03-12", 1)
    assert (moved.date_value, moved.n_articles) == ("2025-03-19", 1) and moved.pk != visit.pk


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


def test_deleting_an_article_takes_its_accounts_from_the_events_and_their_conflicts_with_it(client, editor, tmp_path):
    texts = {
        "monday.txt": "Russian missiles struck a residential building in Kharkiv on Monday, killing four people.",
        "wednesday.txt": "Russian missiles struck a residential building in Kharkiv on Wednesday, killing four people.",
        "also.txt": "Russian missiles struck a residential building in Kharkiv on Monday, officials said.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert ingest_paths([tmp_path / n for n in texts], published=datetime.date(2025, 3, 13)).ok
    monday = Event.objects.get(date_value="2025-03-10")
    assert monday.n_articles == 2
    assert set(Event.objects.filter(conflict=True).values_list("date_value", flat=True)) == {"2025-03-10", "2025-03-12"}

    wednesday_article = Article.objects.get(source_name__endswith="wednesday.txt")
    client.force_login(editor)
    response = client.post(f"/admin/timeline/article/{wednesday_article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert list(Event.objects.values_list("date_value", "n_articles", "conflict")) == [("2025-03-10", 2, False)]

    curation.delete_articles(Article.objects.filter(source_name__endswith="also.txt"), editor)
    monday.refresh_from_db()
    assert monday.n_articles == 1 and monday.mentions.count() == 1
    history = [e.get_change_message() for e in LogEntry.objects.filter(object_id=str(monday.pk))]
    also = Article.objects.filter(source_name__endswith="also.txt").values_list("title", flat=True)
    assert not also.exists()
    assert any(m.startswith("Its account in “") and m.endswith("went with the article.") for m in history)
    assert not any("wednesday" in m.lower() for m in history), "only the articles that told it are named"
