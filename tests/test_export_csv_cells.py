"""The CSV cells kept for each event follow every change to what they are made of.

The export stores each event's actors/places and evidence cells; triggers mark them
stale when an article, passage, mention, entity or entity link changes, whichever code
changes it. After each change below, a CSV export made from the stored cells must be
the CSV worked out afresh from the evidence.
"""

import datetime

from django.db import connection

from tests.curation_world import make_editor
from tests.exports_world import make_article, make_event, streamed_text
from timeline import curation
from timeline.exports.csv import EXPORT_CELLS_TABLE, _event_rows, _StoredCells, csv_chunks, csv_text
from timeline.exports.evidence import Source, event_batches
from timeline.ingest.pipeline import ingest_paths
from timeline.models import Article, Entity, Event, Mention, Passage


def exported() -> str:
    """The CSV export, made (and its cells stored) from what is stored."""
    return "".join(csv_chunks(Event.objects.visible()))


def worked_out() -> str:
    """The CSV worked out from the evidence, without the stored cells."""
    return "".join(csv_text(event_batches(Event.objects.visible(), evidence=Source)))


def stored_cells() -> dict[int, tuple]:
    with connection.cursor() as db:
        db.execute(f"SELECT event_id, entity_cells, evidence_cells FROM {EXPORT_CELLS_TABLE}")
        return {pk: (entities, evidence) for pk, entities, evidence in db.fetchall()}


def assert_export_follows(change) -> None:
    """``change`` made after every event's cells were stored shows in the next export."""
    exported()
    assert all(cells != (None, None) for cells in stored_cells().values())
    before = worked_out()
    change()
    assert exported() == worked_out() != before


def a_world():
    wire = make_article("Putin in Kursk", outlet="Wire", url="https://wire.example/1", published=datetime.date(2025, 3, 13))
    daily = make_article("Kremlin visit", outlet="Daily", url="", published=datetime.date(2025, 3, 14))
    visit = make_event(
        "Putin visits Kursk",
        evidence=[(daily, "The visit took place on Wednesday.", "on Wednesday"), (wire, "Putin visited Kursk on Wednesday.", "on Wednesday")],
        actors=["Vladimir Putin"],
        places=["Kursk"],
    )
    talks = make_event(
        "Talks in Riyadh",
        value="2025-03-13",
        start=datetime.date(2025, 3, 13),
        evidence=[(wire, "Talks began on Thursday.", "on Thursday")],
        places=["Riyadh"],
    )
    return wire, daily, visit, talks


def test_the_export_stores_the_cells_it_works_out_and_reads_them_next_time(db):
    a_world()
    assert set(stored_cells().values()) == {(None, None)}
    first = exported()
    assert first == worked_out()
    assert None not in {cell for cells in stored_cells().values() for cell in cells}
    assert exported() == first


def test_an_article_edited_in_the_admin_shows_in_its_events_rows(client, db):
    wire, *_ = a_world()
    client.force_login(make_editor())

    def edit():
        form = {
            "title": "=Putin in Kursk, again", "title_source": wire.title_source, "outlet": "Wire \"live\"",
            "url": "https://wire.example/2", "published": "2025-03-15", "published_source": wire.published_source,
        }
        assert client.post(f"/admin/timeline/article/{wire.pk}/change/", form).status_code == 302

    assert_export_follows(edit)


def test_a_passage_changed_in_place_shows_in_its_events_rows(db):
    wire, *_ = a_world()
    assert_export_follows(lambda: Passage.objects.filter(article=wire).update(text="@It happened, on Wednesday."))


def test_a_renamed_entity_shows_in_its_events_rows(db):
    a_world()
    assert_export_follows(lambda: Entity.objects.filter(name="Kursk").update(name="Kursk oblast"))


def test_entity_links_added_and_removed_show_in_the_rows(db):
    _, _, visit, talks = a_world()

    def relink():
        visit.entities.remove(Entity.objects.get(name="Kursk"))
        talks.entities.add(Entity.objects.create(kind=Entity.Kind.PERSON, name="Steve Witkoff"))

    assert_export_follows(relink)


def test_merged_entities_show_in_the_rows(db):
    a_world()
    into = Entity.objects.create(kind=Entity.Kind.PLACE, name="Middle East")
    assert_export_follows(
        lambda: curation.merge_entities([into, Entity.objects.get(name="Riyadh")], make_editor(), into=into)
    )


def test_mentions_moved_by_a_bulk_update_show_in_both_events_rows(db):
    _, daily, visit, talks = a_world()
    assert_export_follows(lambda: Mention.objects.filter(passage__article=daily).update(event=talks))


def test_a_deleted_mention_leaves_its_events_row(db):
    _, daily, _, _ = a_world()
    assert_export_follows(lambda: Mention.objects.filter(passage__article=daily).delete())


def test_merged_and_split_events_show_their_evidence(db):
    _, _, visit, talks = a_world()
    editor = make_editor()
    assert_export_follows(lambda: curation.merge_events([visit, talks], editor, into=visit))
    assert_export_follows(lambda: curation.split_mentions(list(Mention.objects.filter(passage__text__startswith="Talks")), editor))


def test_a_new_ingest_shows_in_the_rows(db, sample_corpus, tmp_path):
    ingest_paths([sample_corpus])
    path = tmp_path / "more.txt"
    path.write_text("Putin visited Kursk on Wednesday, the Kremlin said.", encoding="utf-8")
    assert_export_follows(lambda: ingest_paths([path], published=datetime.date(2025, 3, 13)))


def test_an_ingest_leaves_the_cells_of_its_events_ready_for_the_first_export(db, sample_corpus):
    ingest_paths([sample_corpus])
    cells = stored_cells()
    assert len(cells) == Event.objects.count() > 0
    assert all(None not in pair for pair in cells.values()), "no cell is left for the first export to work out"
    assert exported() == worked_out()


def test_a_deleted_article_takes_its_evidence_out_of_the_rows(db):
    _, daily, _, _ = a_world()
    assert_export_follows(lambda: Article.objects.filter(pk=daily.pk).delete())


def test_cells_worked_out_before_a_change_are_not_stored_over_it(db):
    _, _, visit, talks = a_world()
    [rows] = list(_event_rows(Event.objects.visible(), batch_size=10))
    Entity.objects.filter(name="Kursk").update(name="Kursk oblast")  # made while the export runs
    _StoredCells(connection.alias).complete(rows)
    cells = stored_cells()
    assert cells[visit.pk] == (None, None)
    assert cells[talks.pk] != (None, None)
    assert exported() == worked_out()


def test_a_deleted_event_takes_its_cells_with_it(client, db):
    _, _, visit, talks = a_world()
    exported()
    visit.delete()
    assert set(stored_cells()) == {talks.pk}
    assert streamed_text(client.get("/events.csv")) == worked_out()
