"""Names found in text, matched to the stored entities (and their editable aliases)."""

from __future__ import annotations

from timeline.ingest.entities import PERSON, EntityName, aliases_for
from timeline.models import Alias, Entity

# Spellings of one surname in different transliterations ("Syrsky", "Syrskyi").
_SURNAME_VARIANTS = ("", "i", "y", "yi", "iy")


class EntityResolver:
    """Finds or creates the Entity for each name.

    The aliases are read once, when the resolver is made, and kept up to date as it
    adds entities, so one ingest run asks the database only for what is new.
    """

    def __init__(self) -> None:
        self._by_alias: dict[tuple[str, str], Entity] = {}
        for alias in Alias.objects.select_related("entity"):
            self._by_alias.setdefault((alias.entity.kind, alias.name.lower()), alias.entity)
        self._known: dict[int, set[str]] = {}

    def resolve(self, names: list[EntityName]) -> list[Entity]:
        return [self._one(name) for name in names]

    def _one(self, name: EntityName) -> Entity:
        entity = self._lookup(name)
        if entity is None:
            entity, _ = Entity.objects.get_or_create(kind=name.kind, name=name.canonical)
        elif name.kind == PERSON and " " not in entity.name and " " in name.canonical:
            # First met as "President Trump", now seen in full: a bare surname is never
            # an editor's choice of name, so the full one takes its place.
            if not Entity.objects.filter(kind=PERSON, name=name.canonical).exists():
                entity.name = name.canonical
                entity.save(update_fields=["name"])
        self._remember(entity, aliases_for(name))
        return entity

    def _lookup(self, name: EntityName) -> Entity | None:
        found = self._by_alias.get((name.kind, name.canonical.lower()))
        if found is None and name.kind == PERSON:
            surname = name.canonical.split()[-1]
            stem = surname.rstrip("iy") if surname.lower().endswith(("yi", "iy")) else surname
            for variant in sorted({surname} | {stem + ending for ending in _SURNAME_VARIANTS}):
                found = self._by_alias.get((PERSON, variant.lower()))
                if found is not None:
                    break
        return found

    def _remember(self, entity: Entity, names: set[str]) -> None:
        known = self._known.get(entity.pk)
        if known is None:
            known = self._known[entity.pk] = {n.lower() for n in entity.aliases.values_list("name", flat=True)}
        new = [name for name in names if name.lower() not in known]
        if new:
            Alias.objects.bulk_create([Alias(entity=entity, name=name) for name in new], ignore_conflicts=True)
            known.update(name.lower() for name in new)
        for name in names:
            self._by_alias.setdefault((entity.kind, name.lower()), entity)
