"""Confirm, reject, merge and split events: as operations and as admin actions."""

import pytest
from django.contrib.admin.models import ADDITION, DELETION, LogEntry

from timeline import curation
from timeline.ingest.events import relink_entities
from timeline.ingest.titles import headline
from timeline.models import Entity, Event, Mention
from tests.curation_world import event_with_mentions, make_article, make_editor, make_event, make_mention


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def visit(db):
    return event_with_mentions(
        "Putin visits Kursk",
        "2025-03-12",
        [("Putin visited Kursk on Wednesday.", "on Wednesday"), ("On Wednesday, Putin toured Kursk.", "On Wednesday")],
    )


@pytest.fixture
def visit_again(db):
    return event_with_mentions("Kremlin says Putin was in Kursk", "2025-03", [("In March Putin was in Kursk.", "In March")])


def history(obj):
    return [entry.get_change_message() for entry in LogEntry.objects.filter(object_id=str(obj.pk)).order_by("pk")]


class TestStatus:
    def test_confirm_and_reject_are_the_editors_and_recorded(self, editor, visit):
        curation.confirm(visit, editor)
        visit.refresh_from_db()
        assert visit.status == "confirmed" and visit.edited_fields == ["status"]
        curation.reject(visit, editor)
        visit.refresh_from_db()
        assert visit.status == "rejected"
        assert history(visit) == ["Status set to confirmed (was candidate).", "Status set to rejected (was confirmed)."]

    def test_admin_actions(self, client, editor, visit, visit_again):
        client.force_login(editor)
        ids = [visit.pk, visit_again.pk]
        response = client.post("/admin/timeline/event/", {"action": "confirm_selected", "_selected_action": ids})
        assert response.status_code == 302
        assert set(Event.objects.values_list("status", flat=True)) == {"confirmed"}
        client.post("/admin/timeline/event/", {"action": "reject_selected", "_selected_action": [visit.pk]})
        assert Event.objects.get(pk=visit.pk).status == "rejected"
        assert LogEntry.objects.filter(user=editor).count() == 3


class TestMerge:
    def test_names_an_editor_set_win_over_names_found(self, editor, visit, visit_again):
        kursk = Entity.objects.create(name="Kursk", kind="place")
        moscow = Entity.objects.create(name="Moscow", kind="place")
        visit.entities.set([kursk])
        visit.edited_fields = ["entities"]  # the editor took Moscow off
        visit.save()
        visit_again.entities.set([kursk, moscow])  # as found
        merged = curation.merge_events([visit, visit_again], editor, into=visit)
        assert list(merged.entities.all()) == [kursk] and merged.is_edited("entities")

    def test_mentions_move_entities_unite_others_go_and_ingest_may_not_split_it(self, editor, visit, visit_again):
        kursk = Entity.objects.create(name="Kursk", kind="place")
        putin = Entity.objects.create(name="Vladimir Putin", kind="person")
        visit.entities.add(kursk)
        visit_again.entities.add(putin)
        merged = curation.merge_events([visit, visit_again], editor)
        assert merged.pk == visit.pk  # the one with the most mentions
        assert not Event.objects.filter(pk=visit_again.pk).exists()
        assert merged.mentions.count() == 3
        assert set(merged.mentions.values_list("placed_by_editor", flat=True)) == {True}
        assert set(merged.entities.all()) == {kursk, putin}
        assert merged.n_articles == 3
        assert merged.date_value == "2025-03-12"  # derived again: the most precise date
        assert history(merged) == [
            f"Merged #{visit_again.pk} “Kremlin says Putin was in Kursk” into this event: "
            "1 mention moved; dated 12 Mar 2025, 3 articles."
        ]
        gone = LogEntry.objects.get(object_id=str(visit_again.pk))
        assert gone.action_flag == DELETION and "Merged into event" in gone.get_change_message()

    def test_an_editors_title_date_and_status_win(self, editor, visit, visit_again):
        curation.set_title(visit_again, "Putin at a Kursk command post", editor)
        curation.set_event_date(visit_again, "2025-W11", editor)
        curation.confirm(visit_again, editor)
        merged = curation.merge_events([visit, visit_again], editor)
        assert merged.pk == visit_again.pk  # an editor's title chooses the survivor
        assert merged.title == "Putin at a Kursk command post"
        assert (merged.date_value, merged.status) == ("2025-W11", "confirmed")
        assert merged.n_articles == 3

    def test_the_kept_event_can_be_chosen_and_still_takes_an_editors_title(self, editor, visit, visit_again):
        curation.set_title(visit_again, "Putin at a Kursk command post", editor)
        merged = curation.merge_events([visit, visit_again], editor, into=visit)
        assert merged.pk == visit.pk
        assert merged.title == "Putin at a Kursk command post"
        assert "title" in merged.edited_fields

    def test_one_event_is_not_a_merge(self, editor, visit):
        with pytest.raises(curation.CurationError, match="at least two"):
            curation.merge_events([visit], editor)

    def test_admin_action_asks_which_to_keep_then_merges(self, client, editor, visit, visit_again):
        client.force_login(editor)
        data = {"action": "merge_selected", "_selected_action": [visit.pk, visit_again.pk]}
        page = client.get("/admin/timeline/event/")  # for the changelist to exist
        assert page.status_code == 200
        confirmation = client.post("/admin/timeline/event/", data)
        assert confirmation.status_code == 200
        html = confirmation.content.decode()
        assert "Merge events" in html and "Kremlin says Putin was in Kursk" in html
        assert Event.objects.count() == 2
        response = client.post("/admin/timeline/event/", {**data, "post": "yes", "into": visit_again.pk})
        assert response.status_code == 302
        assert response["Location"] == f"/admin/timeline/event/{visit_again.pk}/change/"
        assert list(Event.objects.values_list("pk", flat=True)) == [visit_again.pk]
        assert Event.objects.get().mentions.count() == 3


class TestSplit:
    def test_a_mention_becomes_its_own_event(self, editor, visit):
        mention = visit.mentions.order_by("pk").last()
        new = curation.split_mention(mention, editor)
        mention.refresh_from_db()
        visit.refresh_from_db()
        assert mention.event == new and mention.placed_by_editor
        assert (new.date_value, new.n_articles, visit.n_articles) == ("2025-03-12", 1, 1)
        assert new.title == headline(mention.passage.text)
        assert history(visit) == [f"Split “On Wednesday” (On Wednesday, Putin toured Kursk.) out into a new event #{new.pk} “{new.title}”."]
        created = LogEntry.objects.get(object_id=str(new.pk))
        assert created.action_flag == ADDITION

    def test_the_only_mention_cannot_be_split_off(self, editor, visit_again):
        with pytest.raises(curation.CurationError, match="nothing to split"):
            curation.split_mention(visit_again.mentions.get(), editor)

    def test_from_the_event_page(self, client, editor, visit):
        client.force_login(editor)
        page = client.get(f"/admin/timeline/event/{visit.pk}/change/").content.decode()
        mention = visit.mentions.order_by("pk").last()
        url = f"/admin/timeline/event/{visit.pk}/split/{mention.pk}/"
        assert f'formaction="{url}"' in page
        assert client.get(url).status_code == 405
        response = client.post(url)
        assert response.status_code == 302 and response["Location"] == f"/admin/timeline/event/{visit.pk}/change/"
        assert Event.objects.count() == 2
        assert Mention.objects.get(pk=mention.pk).event_id != visit.pk

    def test_names_go_with_the_mentions_that_give_them(self, editor):
        visit = event_with_mentions(
            "Putin visits Kursk", "2025-03-12", [("President Vladimir Putin visited Kursk on Wednesday.", "on Wednesday")]
        )
        article = make_article("President Volodymyr Zelensky toured Kharkiv on Wednesday.")
        mention = make_mention(article, "on Wednesday", "2025-03-12", visit)
        relink_entities({visit.pk})
        names = lambda event: {e.name for e in Event.objects.get(pk=event.pk).entities.all()}  # noqa: E731
        assert names(visit) == {"Vladimir Putin", "Kursk", "Volodymyr Zelensky", "Kharkiv"}
        new = curation.split_mention(mention, editor)
        assert names(new) == {"Volodymyr Zelensky", "Kharkiv"}
        assert names(visit) == {"Vladimir Putin", "Kursk"}

    def test_from_the_mention_admin(self, client, editor, visit):
        client.force_login(editor)
        ids = list(visit.mentions.values_list("pk", flat=True))
        article = make_article("Putin left Kursk on Thursday.")
        other = make_event("Putin leaves", "2025-03-13")
        ids.append(make_mention(article, "on Thursday", "2025-03-13", other).pk)
        response = client.post("/admin/timeline/mention/", {"action": "split_selected", "_selected_action": ids})
        assert response.status_code == 302
        new = Event.objects.latest("pk")
        assert new.mentions.count() == 3
        assert not Event.objects.filter(pk__in=[visit.pk, other.pk]).exists()  # emptied, never edited

    def test_moving_a_mention_in_its_admin_places_it(self, client, editor, visit, visit_again):
        client.force_login(editor)
        mention = visit_again.mentions.get()
        response = client.post(f"/admin/timeline/mention/{mention.pk}/change/", {"event": visit.pk})
        assert response.status_code == 302, response.content.decode()[:2000]
        mention.refresh_from_db()
        assert mention.event == visit and mention.placed_by_editor
        assert Event.objects.get(pk=visit.pk).n_articles == 3
        assert not Event.objects.filter(pk=visit_again.pk).exists()
