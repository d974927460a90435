"""People, organisations and places in a passage, with their aliases merged."""

import pytest

from timeline.ingest.entities import find_entities
from timeline.ingest.entity_store import EntityResolver
from timeline.models import Alias, Entity


def named(text):
    return {(e.kind, e.canonical) for e in find_entities(text)}


def test_people_are_found_by_title_and_full_name():
    found = named("Russia’s president, Vladimir V. Putin, met Gen. Valery V. Gerasimov and envoy Steve Witkoff.")
    assert {("person", "Vladimir Putin"), ("person", "Valery Gerasimov"), ("person", "Steve Witkoff")} <= found


def test_places_and_organisations_come_from_the_gazetteer_with_variants():
    assert named("Troops left Kiev for the Kursk region; the Kremlin and NATO said so.") >= {
        ("place", "Kyiv"), ("place", "Kursk"), ("organisation", "Kremlin"), ("organisation", "NATO"),
    }


def test_a_headline_line_does_not_make_a_person():
    assert not any(kind == "person" for kind, _ in named("Putin Visits Kursk\nRussian forces advanced."))


def test_demonyms_and_sentence_openers_are_not_people():
    assert named("Russian President spoke. Ukrainian Forces retreated. The Kremlin agreed.") == {
        ("organisation", "Kremlin")
    }


@pytest.mark.django_db
def test_all_the_names_of_one_person_are_one_entity():
    resolver = EntityResolver()
    texts = [
        "Russia’s president, Vladimir V. Putin, arrived.",
        "Mr. Putin spoke.",
        "Vladimir Putin left.",
        "Gen. Oleksandr Syrskyi said.",
        "General Oleksandr Syrsky added.",
    ]
    entities = [entity for text in texts for entity in resolver.resolve(find_entities(text))]
    people = {e.pk: e.name for e in entities if e.kind == "person"}
    assert sorted(people.values()) == ["Oleksandr Syrskyi", "Vladimir Putin"]
    putin = Entity.objects.get(name="Vladimir Putin")
    assert {"Vladimir Putin", "Vladimir V. Putin", "Putin"} <= set(putin.aliases.values_list("name", flat=True))


@pytest.mark.django_db
def test_an_alias_an_editor_added_is_honoured():
    kyiv = Entity.objects.create(name="Kyiv", kind="place")
    Alias.objects.create(entity=kyiv, name="Kyiv")
    putin = Entity.objects.create(name="Vladimir Putin", kind="person")
    Alias.objects.create(entity=putin, name="Vladimir Vladimirovich Putin")
    resolver = EntityResolver()
    [found] = resolver.resolve(find_entities("President Vladimir Vladimirovich Putin spoke."))
    assert found == putin


@pytest.mark.django_db
def test_a_person_first_met_by_surname_takes_the_full_name_when_seen():
    resolver = EntityResolver()
    [first] = resolver.resolve(find_entities("President Trump spoke."))
    [again] = resolver.resolve(find_entities("President Donald Trump spoke again."))
    assert first.pk == again.pk
    assert Entity.objects.get(pk=first.pk).name == "Donald Trump"


def test_an_event_involves_the_actors_of_its_own_clause_and_the_places_of_its_sentence(db, tmp_path):
    import datetime

    from timeline.ingest.pipeline import ingest_paths
    from timeline.models import Event

    path = tmp_path / "visit.txt"
    path.write_text(
        "Russian President Vladimir V. Putin made an official visit to the Kursk region for the first time "
        "since Ukrainian forces "
        "executed a surprise incursion last year.\n",
        encoding="utf-8",
    )
    ingest_paths([path], published=datetime.date(2025, 5, 21))
    incursion = Event.objects.get(date_value="2024")
    visit = Event.objects.get(date_value="2025-05-21")
    names = lambda event: {(e.kind, e.name) for e in event.entities.all()}  # noqa: E731
    assert ("person", "Vladimir Putin") not in names(incursion), "Putin is not in the incursion's clause"
    assert ("place", "Kursk") in names(incursion), "the sentence's place locates it"
    assert {("person", "Vladimir Putin"), ("place", "Kursk")} <= names(visit)


def test_two_accounts_disagree_on_the_place_only_when_neither_holds_the_other():
    from timeline.ingest.entities import places_disagree

    assert places_disagree({"Kharkiv", "Ukraine"}, {"Odesa", "Ukraine"})
    assert not places_disagree({"Kursk"}, {"Sudzha", "Russia"}), "a town in the region"
    assert not places_disagree({"Kharkiv"}, {"Ukraine"}), "a country holds its towns"
    assert not places_disagree({"Kharkiv"}, set()), "an account that names no place"


def test_a_title_and_a_first_name_or_a_place_word_are_no_persons_name():
    assert named("Officials in Quux City said Mayor Anna Kovalenko visited the port.") == {("person", "Anna Kovalenko")}
