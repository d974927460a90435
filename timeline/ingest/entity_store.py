"""Names found in text, matched to the stored entities (and their editable aliases)."""

from __future__ import annotations

from timeline.ingest.entities import PERSON, EntityName, aliases_for
from timeline.models import Alias, Entity

# Spellings of one surname in different transliterations ("Syrsky", "Syrskyi").
_SURNAME_VARIANTS = ("", "i", "y", "yi", "iy")


class EntityResolver:
    """Finds or creates the Entity for each name; remembers answers for one ingest run."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], Entity] = {}

    def resolve(self, names: list[EntityName]) -> list[Entity]:
        return [self._one(name) for name in names]

    def _one(self, name: EntityName) -> Entity:
        key = (name.kind, name.key)
        entity = self._cache.get(key)
        if entity is None:
            entity = self._lookup(name) or self._create(name)
            self._cache[key] = entity
        return entity

    def _lookup(self, name: EntityName) -> Entity | None:
        aliases = Alias.objects.filter(entity__kind=name.kind).select_related("entity")
        match = aliases.filter(name__iexact=name.canonical).first()
        if match is None and name.kind == PERSON:
            surname = name.canonical.split()[-1]
            stem = surname.rstrip("iy") if surname.lower().endswith(("yi", "iy")) else surname
            variants = {surname} | {stem + ending for ending in _SURNAME_VARIANTS}
            for variant in sorted(variants):
                match = aliases.filter(name__iexact=variant).first()
                if match:
                    break
        if match is None:
            return None
        entity = match.entity
        for alias in aliases_for(name) - set(entity.aliases.values_list("name", flat=True)):
            Alias.objects.get_or_create(entity=entity, name=alias)
        return entity

    def _create(self, name: EntityName) -> Entity:
        entity, _ = Entity.objects.get_or_create(kind=name.kind, name=name.canonical)
        for alias in aliases_for(name):
            Alias.objects.get_or_create(entity=entity, name=alias)
        return entity
