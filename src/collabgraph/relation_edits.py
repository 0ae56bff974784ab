"""Correcting relations: state one, correct its type, ends, role or dates, or keep
it out, each kept as a decision (see `collabgraph.edits`, which also answers these
by name). Errors as there: RelationNotFound, VocabularyError, InvalidEdit,
DecisionError."""

from __future__ import annotations

from typing import Any

from collabgraph.edit_outcome import Edited, edited
from collabgraph.errors import DecisionError, EntityNotFound, InvalidEdit, RelationNotFound
from collabgraph.model.batch import relation_id
from collabgraph.model.dates import parse_date
from collabgraph.model.decision import Decision
from collabgraph.model.graph import Entity, Relation
from collabgraph.model.text import clean_text
from collabgraph.model.vocabulary import RELATIONS, check_endpoints, relation_type
from collabgraph.queries import find_entity
from collabgraph.store.base import GraphStore
from collabgraph.store.decision_set import DecisionSet
from collabgraph.store.decisions import rewrite


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
    return edited(store, outcome, relation=identity["id"])


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
    return edited(store, outcome, relation=after["id"])


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
    return edited(store, outcome)


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
