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
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from collabgraph.errors import (
    DecisionError,
    EntityNotFound,
    InvalidEdit,
    RelationNotFound,
)
from collabgraph.model.batch import relation_id
from collabgraph.model.dates import parse_date
from collabgraph.model.decision import ENTITY_FIELDS, Decision
from collabgraph.model.graph import Entity, Relation
from collabgraph.model.names import name_key
from collabgraph.model.text import clean_text, tidy_name
from collabgraph.model.vocabulary import (
    RELATIONS,
    check_endpoints,
    entity_type,
    relation_type,
)
from collabgraph.queries import find_entity
from collabgraph.store.base import GraphStore, Outcome
from collabgraph.store.decision_set import DecisionSet
from collabgraph.store.decisions import UNFIT, Fate, rewrite


@dataclass
class Edited:
    """What an edit did: the decision as stored, the entity or relation as the graph
    now shows it (None when it is gone), warnings, and the facts now kept out."""

    decision: Decision
    entity: Entity | None = None
    relation: Relation | None = None
    warnings: list[str] = field(default_factory=list)
    kept_out: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision.to_dict(),
            "entity": self.entity.to_dict() if self.entity else None,
            "relation": self.relation.to_dict() if self.relation else None,
            "warnings": self.warnings,
            "kept_out": self.kept_out,
        }


def _edited(store: GraphStore, outcome: Outcome, *, entity: str | None = None,
            relation: str | None = None) -> Edited:  # fmt: skip
    d = outcome.decision
    mine = [
        f for f in outcome.kept_out
        if d.id in f.decisions or (f.status == UNFIT and d.kind == "edit"
                                   and d.target in (f.record.source, f.record.target))
    ]  # fmt: skip
    kept = list({f.record.id: fact_dict(f) for f in mine}.values())
    names = store.entities({x for k in kept for x in (k["source"], k["target"])})
    for k in kept:
        for end in ("source", "target"):
            found = names.get(k[end])
            k[f"{end}_name"] = found.name if found else None
    return Edited(
        outcome.decision,
        store.entity(entity) if entity else None,
        store.relations([relation]).get(relation) if relation else None,
        list(dict.fromkeys(outcome.warnings)),
        kept,
    )


def fact_dict(fate: Fate) -> dict[str, Any]:
    """A fact (relation) and what became of it, for answers and the review page."""
    r = fate.record
    return {
        "id": r.id,
        "type": r.type,
        "source": r.source,
        "target": r.target,
        "role": r.role,
        "status": fate.status,
        "reason": fate.reason,
        "decisions": fate.decisions,
    }


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
    return _edited(store, outcome, entity=entity.id)


def delete_entity(store: GraphStore, ref: str, *, who: str, note: str | None = None) -> Edited:
    """Keep an entity, and every relation it has, out of the graph, also when files
    that name it are imported again."""
    entity = find_entity(store, ref)
    snapshot = {"type": entity.type, "name": entity.name, "aliases": entity.aliases}
    outcome = store.decide(Decision("delete", entity.id, {"entity": snapshot}, who=who, note=note))
    return _edited(store, outcome)


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
    return _edited(store, outcome, entity=keep.id)


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


# --- relations -----------------------------------------------------------------


def relate(
    store: GraphStore,
    source_ref: str,
    rel_type: str,
    target_ref: str,
    *,
    who: str,
    note: str | None = None,
    role: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Edited:
    """State a relation (the person is its source; the note its evidence). Raises
    VocabularyError when the type does not fit the ends."""
    a, b = find_entity(store, source_ref), find_entity(store, target_ref)
    kind = relation_type(rel_type)
    check_endpoints(kind, a.type, b.type)
    if a.id == b.id:
        raise InvalidEdit(f"a relation joins two entities; both names mean {a.id}")
    identity = _identity(kind, a.id, b.id, role, since, until)
    change = {"relation": identity, "ends": _ends(a, b)}
    outcome = store.decide(Decision("relate", identity["id"], change, who=who, note=note))
    return _edited(store, outcome, relation=identity["id"])


def find_relations(
    store: GraphStore, source_ref: str, rel_type: str, target_ref: str, *, role: str | None = None
) -> list[Relation]:
    """The relations of this type between two entities (either way for symmetric
    types), only those with this role when one is given."""
    a, b = find_entity(store, source_ref), find_entity(store, target_ref)
    kind = relation_type(rel_type)
    ends = {(a.id, b.id), (b.id, a.id)} if RELATIONS[kind].symmetric else {(a.id, b.id)}
    found = [
        r for r in store.relations_of(a.id)
        if r.type == kind and (r.source, r.target) in ends
        and (role is None or (r.role or "").casefold() == role.casefold())
    ]  # fmt: skip
    if not found:
        raise RelationNotFound(
            f"{a.name} {kind} {b.name}" + (f" ({role})" if role else ""),
            [f"{r.type} {r.id}" for r in store.relations_of(a.id) if b.id in (r.source, r.target)],
        )
    return found


def known_relation(store: GraphStore, rid: str) -> Relation:
    """A relation by id: in the graph, or kept out of it (by a decision, or waiting
    to be reviewed) but said by some source. Raises RelationNotFound."""
    found = store.relations([rid]).get(rid)
    if found is not None:
        return found
    decisions = DecisionSet(store.decisions())
    for source_id in sorted(store.sources_with({rid})):
        raw = store.own_word(source_id)
        if raw is None:
            continue
        out = rewrite(raw, decisions)
        for said, fate in zip(raw.relations, out.relations, strict=True):
            if rid in (said.id, fate.record.id):
                r = fate.record
                return Relation(
                    r.type, r.source, r.target, r.role, r.since, r.until, r.date, r.confidence,
                    [source_id], [r.evidence or ""], r.id, r.external_id, dict(r.properties),
                    reviewed=not r.extracted,
                )  # fmt: skip
    raise RelationNotFound(rid)


def edit_relation(
    store: GraphStore,
    rid: str,
    *,
    who: str,
    note: str | None = None,
    **values: str | None,
) -> Edited:
    """Correct a relation's type, ends (`source`, `target`: names or ids), role,
    since or until (an empty role or date clears it; None leaves it). Files that
    say it keep saying it corrected. Raises VocabularyError when the result does not
    fit, InvalidEdit when nothing changes."""
    rel = known_relation(store, rid)
    given = {k: v for k, v in values.items() if v is not None}
    unknown = set(given) - {"type", "source", "target", "role", "since", "until"}
    if unknown:
        raise InvalidEdit(f"a relation has no field {sorted(unknown)[0]!r}")
    kind = relation_type(given["type"]) if "type" in given else rel.type
    a = find_entity(store, given["source"]) if "source" in given else _entity(store, rel.source)
    b = find_entity(store, given["target"]) if "target" in given else _entity(store, rel.target)
    check_endpoints(kind, a.type, b.type)
    if a.id == b.id:
        raise InvalidEdit(f"a relation joins two entities; both ends are {a.id}")
    role = given.get("role", rel.role)
    after = _identity(
        kind, a.id, b.id, role, given.get("since", rel.since), given.get("until", rel.until),
        date=rel.date, external_id=rel.external_id,
    )  # fmt: skip
    if after["id"] == rel.id:
        raise InvalidEdit(f"nothing to change: {rel.id} already says so")
    before = {k: v for k, v in _identity(rel.type, rel.source, rel.target, rel.role, rel.since,
              rel.until, date=rel.date, external_id=rel.external_id).items()}  # fmt: skip
    set_ = {k: after[k] for k in ("type", "source", "target", "role", "since", "until")
            if after[k] != before[k]}  # fmt: skip
    change = {"set": set_, "before": before, "after": after, "ends": _ends(a, b)}
    outcome = store.decide(Decision("edit_relation", rel.id, change, who=who, note=note))
    return _edited(store, outcome, relation=after["id"])


def reject_relation(store: GraphStore, rid: str, *, who: str, note: str | None = None) -> Edited:
    """Keep a relation out of the graph, also when files that state it are imported
    again."""
    rel = known_relation(store, rid)
    decisions = [d for d in store.decisions() if d.active and d.kind == "reject"]
    if any(d.target == rel.id for d in decisions):
        raise DecisionError(f"{rel.id} is rejected already")
    identity = _identity(rel.type, rel.source, rel.target, rel.role, rel.since, rel.until,
                         date=rel.date, external_id=rel.external_id)  # fmt: skip
    ends = store.entities([rel.source, rel.target])
    change = {"relation": identity, "ends": _ends(*ends.values())}
    outcome = store.decide(Decision("reject", rel.id, change, who=who, note=note))
    return _edited(store, outcome)


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
    return _edited(store, store.decide(Decision("accept", source, change, who=who, note=note)))


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
    return _edited(store, outcome, entity=entity, relation=relation)


# --- helpers -------------------------------------------------------------------


def _entity(store: GraphStore, entity_id: str) -> Entity:
    found = store.entity(entity_id)
    if found is None:
        raise EntityNotFound(entity_id)
    return found


def _ends(*entities: Entity) -> dict[str, dict[str, str]]:
    return {e.id: {"type": e.type, "name": e.name} for e in entities}


def _date(value: str | None, what: str) -> str | None:
    if value is None or not str(value).strip():
        return None
    try:
        return parse_date(str(value).strip())
    except ValueError as exc:
        raise InvalidEdit(f"{what}: {exc}") from None


def _identity(
    kind: str,
    source: str,
    target: str,
    role: str | None,
    since: str | None,
    until: str | None,
    *,
    date: str | None = None,
    external_id: str | None = None,
) -> dict[str, Any]:
    """A relation's identity fields, checked and canonical (symmetric types stored
    smaller id first), with its id."""
    role = clean_text(role).strip() or None if role is not None else None
    since, until = _date(since, "since"), _date(until, "until")
    if RELATIONS[kind].symmetric and target < source:
        source, target = target, source
    rid = relation_id(kind, source, target, role, since, until, date, external_id)
    return {
        "id": rid, "type": kind, "source": source, "target": target, "role": role,
        "since": since, "until": until, "date": date, "external_id": external_id,
    }  # fmt: skip
