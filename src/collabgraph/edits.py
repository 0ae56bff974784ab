"""Correcting the graph: each edit a person makes, checked and kept as a decision.

Shared by the CLI (`collabgraph edit`, `delete`, `relate`, `unrelate`,
`merge`, `split`, `history`, `undo`), the API (`PATCH /entities/{id}`, ...)
and the review page, so all three accept the same names and refuse the same
mistakes. Every function takes `who` (recorded with the decision) and an
optional `note` (why), and returns an `Edited`: the decision, what the graph
now shows, and what the decision keeps out. How decisions fold into the
graph, across later imports too: `collabgraph.store.decisions`.

Errors: EntityNotFound (with the closest names) or AmbiguousName for a name,
RelationNotFound for a relation id, VocabularyError for a type that is not in
the vocabulary or a relation type that does not fit its ends, InvalidEdit for
values that cannot be taken, DecisionError for a decision already undone or a
split with nothing to split.

The edits of entities, history and undo live here; those of relations in
`collabgraph.relation_edits` (answered here too), and `Edited` in
`collabgraph.edit_outcome`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from collabgraph.edit_outcome import Edited, edited, fact_dict
from collabgraph.errors import DecisionError, EntityNotFound, InvalidEdit
from collabgraph.model.decision import ENTITY_FIELDS, Decision
from collabgraph.model.names import name_key
from collabgraph.model.text import clean_text, tidy_name
from collabgraph.model.vocabulary import entity_type
from collabgraph.queries import find_entity
from collabgraph.relation_edits import (
    edit_relation,
    find_relations,
    known_relation,
    reject_relation,
    relate,
)
from collabgraph.store.base import GraphStore

__all__ = [
    "Edited",
    "accept",
    "delete_entity",
    "edit_entity",
    "edit_relation",
    "fact_dict",
    "find_relations",
    "history",
    "known_relation",
    "merge_entities",
    "reject_relation",
    "relate",
    "split",
    "undo",
]


# --- entities ------------------------------------------------------------------


def edit_entity(
    store: GraphStore,
    ref: str,
    *,
    who: str,
    note: str | None = None,
    type: str | None = None,
    name: str | None = None,
    description: str | None = None,
    title: str | None = None,
    add_aliases: Iterable[str] = (),
    remove_aliases: Iterable[str] = (),
) -> Edited:
    """Set an entity's type, name, description or title, add or remove aliases.

    A corrected type stays corrected across imports; each relation that no
    longer fits it is kept out and reported (`Edited.kept_out`), for a person to
    correct. An empty description or title clears what files say. Raises
    InvalidEdit when nothing would change or the name is empty.
    """
    entity = find_entity(store, ref)
    wanted: dict[str, Any] = {}
    if type is not None and entity_type(type) != entity.type:
        wanted["type"] = entity_type(type)
    if name is not None:
        clean = tidy_name(name)
        if not clean:
            raise InvalidEdit("a name must not be empty")
        if clean != entity.name:
            wanted["name"] = clean
    for key, value in (("description", description), ("title", title)):
        if value is not None and (clean_text(value).strip() or None) != getattr(entity, key):
            wanted[key] = clean_text(value).strip()
    shown = {*entity.aliases, wanted.get("name", entity.name)}
    added = [a for a in dict.fromkeys(tidy_name(a) for a in add_aliases) if a and a not in shown]
    removed = [a for a in dict.fromkeys(map(tidy_name, remove_aliases)) if a in entity.aliases]
    if not wanted and not added and not removed:
        raise InvalidEdit(f"nothing to change: {entity.name!r} ({entity.id}) already says so")
    before = {k: getattr(entity, k) for k in ENTITY_FIELDS} | {"aliases": entity.aliases}
    change: dict[str, Any] = {"set": wanted, "before": before}
    if added:
        change["add_aliases"] = added
    if removed:
        change["remove_aliases"] = removed
    outcome = store.decide(Decision("edit", entity.id, change, who=who, note=note))
    return edited(store, outcome, entity=entity.id)


def delete_entity(store: GraphStore, ref: str, *, who: str, note: str | None = None) -> Edited:
    """Keep an entity, and every relation it has, out of the graph, also when files
    that name it are imported again."""
    entity = find_entity(store, ref)
    snapshot = {"type": entity.type, "name": entity.name, "aliases": entity.aliases}
    outcome = store.decide(Decision("delete", entity.id, {"entity": snapshot}, who=who, note=note))
    return edited(store, outcome)


def merge_entities(
    store: GraphStore, keep_ref: str, drop_ref: str, *, who: str, note: str | None = None
) -> Edited:
    """Fold one entity into another for good (undone by `split` or `undo`). Raises
    DecisionError when both names mean one entity already, VocabularyError when
    their types differ."""
    keep, drop = find_entity(store, keep_ref), find_entity(store, drop_ref)
    if keep.id == drop.id:
        raise DecisionError(f"{keep_ref!r} and {drop_ref!r} are already one entity ({keep.id})")
    store.merge_pair(keep.id, drop.id)  # the types must agree
    outcome = store.merge_decision(keep, drop, who=who, note=note)
    return edited(store, outcome, entity=keep.id)


def split(store: GraphStore, ref: str, *, who: str, note: str | None = None) -> list[Edited]:
    """Undo what merges joined: `ref` names a merged-away entity (its old id or name)
    or the entity merges kept, which then loses every merge into it. Raises
    DecisionError when no merge that stands involves it."""
    merges = [d for d in store.decisions() if d.kind == "merge" and d.active]
    key = ref.strip()
    chosen = [
        d for d in merges
        if d.target == key or _names(d.change.get("entity", {}), key)
    ]  # fmt: skip
    if not chosen:
        try:
            entity = find_entity(store, ref)
        except EntityNotFound:
            raise EntityNotFound(ref) from None
        chosen = [d for d in merges if d.change.get("into") == entity.id]
        if not chosen:
            raise DecisionError(
                f"{entity.name!r} ({entity.id}) joins no merged entity that a decision can split"
            )
    return [undo(store, d.id, who=who, note=note) for d in reversed(chosen)]


def _names(snapshot: dict[str, Any], name: str) -> bool:
    kind = snapshot.get("type")
    key = name_key(name, kind)
    return any(name_key(n, kind) == key for n in [snapshot.get("name", ""),
                                                  *snapshot.get("aliases", ())])  # fmt: skip


def accept(
    store: GraphStore,
    *,
    who: str,
    relations: Iterable[str] = (),
    entities: Iterable[str] = (),
    source: str = "",
    note: str | None = None,
) -> Edited:
    """Mark facts checked: they count as reviewed, and, from a source imported "to
    review", go into the graph (a relation with its ends)."""
    rels, ents = list(dict.fromkeys(relations)), list(dict.fromkeys(entities))
    if not rels and not ents:
        raise InvalidEdit("nothing to accept")
    change = {"relations": rels, "entities": ents}
    return edited(store, store.decide(Decision("accept", source, change, who=who, note=note)))


# --- history -------------------------------------------------------------------


def history(store: GraphStore, ref: str | None = None) -> list[Decision]:
    """Every decision, newest first; with `ref`, those about that entity (by name,
    alias or id, also one merged away or deleted)."""
    found = list(reversed(store.decisions()))
    if ref is None:
        return found
    ids = {ref.strip()}
    try:
        ids.add(find_entity(store, ref).id)
    except EntityNotFound:
        ids |= {d.target for d in found if d.kind in ("delete", "merge")
                and _names(d.change.get("entity", {}), ref)}  # fmt: skip
        if ids == {ref.strip()} and not any(ids & d.entities() for d in found):
            raise
    return [d for d in found if ids & d.entities()]


def undo(store: GraphStore, decision_id: str, *, who: str, note: str | None = None) -> Edited:
    """Undo a decision: what the files say shows again (DecisionNotFound, or
    DecisionError when undone already)."""
    outcome = store.undo(decision_id.strip(), who=who, note=note)
    d = outcome.decision
    entity = d.target if d.kind in ("edit", "delete", "merge") else None
    relation = d.target if d.kind in ("relate", "edit_relation", "reject") else None
    if d.kind == "edit_relation":
        relation = d.target
    return edited(store, outcome, entity=entity, relation=relation)
