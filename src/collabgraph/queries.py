"""Questions users ask of the graph, answered through the store contract.

Shared by the CLI and the API, so both accept names wherever an id is and
answer alike.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from collabgraph.errors import AmbiguousName, EntityNotFound
from collabgraph.model.graph import Entity, Relation
from collabgraph.model.names import name_key
from collabgraph.model.vocabulary import ENTITY_TYPES
from collabgraph.store.base import Collaboration, Collaborations, GraphStore


def find_entity(store: GraphStore, ref: str, *, entity_type: str | None = None) -> Entity:
    """The entity an id, name or alias refers to.

    Raises EntityNotFound (with the closest names as suggestions) or
    AmbiguousName when the name fits several entities.
    """
    ref = ref.strip()
    by_id = store.entity(ref)
    if by_id is not None and entity_type in (None, by_id.type):
        return by_id
    types = [entity_type] if entity_type else list(ENTITY_TYPES)
    keys = {t: name_key(ref, t) for t in types}
    found = store.lookup_keys(set(keys.values()))
    matches = {r.id for t, k in keys.items() for r in found.get(k, []) if r.type == t}
    if len(matches) > 1:
        exact = {r.id for refs in found.values() for r in refs if r.name == ref} & matches
        if len(exact) != 1:
            raise AmbiguousName(ref, sorted(matches))
        matches = exact
    if matches:
        return store.entity(matches.pop())  # type: ignore[return-value]
    raise EntityNotFound(ref, suggest_names(store, ref, entity_type=entity_type))


def entity_with_relations(store: GraphStore, ref: str) -> tuple[Entity, list[Relation]]:
    """The entity an id, name or alias names, and every relation it has (sorted by
    source, type, target, id). Raises EntityNotFound or AmbiguousName."""
    entity = find_entity(store, ref)
    return entity, store.relations_of(entity.id)


def find_entities(store: GraphStore, refs: list[str]) -> list[Entity]:
    """`find_entity` for several refs, in one query when they are all ids."""
    by_id = store.entities(refs)
    return [by_id[r] if r in by_id else find_entity(store, r) for r in refs]


def suggest_names(
    store: GraphStore, ref: str, *, entity_type: str | None = None, limit: int = 5
) -> list[str]:
    """Names in the graph closest to `ref`: substring matches first, then similar spellings."""
    names = [e.name for e in store.search(ref, entity_type=entity_type, limit=limit)]
    if len(names) < limit:
        words = [w for w in ref.split() if len(w) > 2]
        pool = {e.name for w in words for e in store.search(w, entity_type=entity_type, limit=50)}
        names += [
            n for n in difflib.get_close_matches(ref, sorted(pool), n=limit) if n not in names
        ]
    return names[:limit]


@dataclass
class Collaborator:
    """Someone an entity works with, with every shared context and its evidence."""

    entity: Entity
    weight: int
    contexts: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.entity.id,
            "name": self.entity.name,
            "type": self.entity.type,
            "weight": self.weight,
            "contexts": self.contexts,
        }


def collaborators(store: GraphStore, entity: Entity) -> list[Collaborator]:
    """Who `entity` works with: one item per other entity, heaviest first.

    Weight counts the distinct contexts shared (plus one for a stated
    COLLABORATES_WITH); each context says how both are linked to it, with evidence.
    """
    return _grouped(store.collaborations(entity.id))


def collaborators_of(store: GraphStore, ref: str) -> tuple[Entity, list[Collaborator]]:
    """The entity an id, name or alias names, and who it works with (see `collaborators`).

    An id costs one round trip to the database. Raises EntityNotFound or AmbiguousName.
    """
    try:
        found = store.collaborations(ref)
    except EntityNotFound:
        found = store.collaborations(find_entity(store, ref).id)
    return found.entity, _grouped(found)


def _grouped(found: Collaborations) -> list[Collaborator]:
    grouped: dict[str, Collaborator] = {}
    for c in found:
        item = grouped.setdefault(c.other.id, Collaborator(c.other, 0))
        item.weight += 1
        item.contexts.append(_context(c))
    return sorted(grouped.values(), key=lambda c: (-c.weight, c.entity.name.lower(), c.entity.id))


def _context(c: Collaboration) -> dict[str, Any]:
    return {
        "via": c.via.id if c.via else None,
        "via_name": c.via.name if c.via else None,
        "via_type": c.via.type if c.via else None,
        "relation": c.relation,
        "role": c.role,
        "other_relation": c.other_relation,
        "other_role": c.other_role,
        "evidence": c.evidence,
    }
