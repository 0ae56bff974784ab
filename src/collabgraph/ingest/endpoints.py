"""The entity each end of a seed relation names: declared in the file, in the
graph, or (with a type given) new.
"""

from __future__ import annotations

from collabgraph.ingest.declarations import Group
from collabgraph.ingest.document import RelationDecl
from collabgraph.ingest.unknown import UnknownName
from collabgraph.model.batch import EntityRecord
from collabgraph.model.names import entity_id, full_key, id_key, name_key, split_title
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATIONS
from collabgraph.store.base import EntityRef


def candidates(
    name: str,
    wanted_type: str | None,
    local: dict[str, list[Group]],
    known: dict[str, list[EntityRef]],
) -> dict[str, str]:
    """The ids (with types) a name may mean: declared in this file first, else in the
    graph; an id the file or the graph gives (`p-001`) before any name."""
    types = [wanted_type] if wanted_type else ENTITY_TYPES
    ident = id_key(name)
    here = {g.id: g.type for g in local.get(ident, ()) if g.type in types}
    if not here:
        here = {ref.id: ref.type for ref in known.get(ident, ()) if set(ref.types) & set(types)}
    if here:
        return here
    keys = [(t, name_key(name, t)) for t in types]
    here = {g.id: g.type for t, k in keys for g in local.get(k, ()) if g.type == t}
    if not here:
        here = {
            ref.id: ref.type if ref.type in types else t
            for t, k in keys
            for ref in known.get(k, ())
            if t in ref.types
        }
    if len(here) > 1 and "Organisation" in here.values():
        # "The Bridge" means The Bridge, not also The Bridge Trust.
        exact = full_key(name, "Organisation")
        same = {
            i
            for g in local.get(name_key(name, "Organisation"), ())
            if exact in g.full
            for i in [g.id]
        } | {
            ref.id
            for ref in known.get(name_key(name, "Organisation"), ())
            if exact in {full_key(n, "Organisation") for n in (ref.name, *ref.aliases)}
        }
        if len(same & here.keys()) == 1:
            here = {i: t for i, t in here.items() if i in same or t != "Organisation"}
    return here


def endpoint_record(
    name: str,
    wanted_type: str | None,
    here: dict[str, str],
    decl: RelationDecl,
    side: str,
    local: dict[str, list[Group]],
    refs: dict[str, EntityRef],
    records: dict[str, EntityRecord],
) -> EntityRecord:
    """The record of the entity `name` means at the `side` ("from"/"to") of `decl`,
    of the ids `here` (`candidates`): the one the relation's vocabulary allows
    when several are, a graph entity's reference record, else (a type given) a new
    entity, registered in `local` so later names find it.

    Raises LookupError (with `side`) when several remain, UnknownName when none
    does and no type is given."""
    if len(here) > 1:
        rule = RELATIONS[decl.type]
        allowed = rule.sources if side == "from" else rule.targets
        here = {i: t for i, t in here.items() if t in allowed} or here
    if len(here) > 1:
        exc = LookupError(f"{name!r} ({side}) could mean any of: {', '.join(sorted(here))}")
        exc.side = side
        raise exc
    if here:
        [(ident, etype)] = here.items()
        record = records.get(ident)
        if record is None:
            ref = refs[ident]
            if ref.also:  # a corrected type: the one this relation needs, if it had it
                rule = RELATIONS[decl.type]
                allowed = rule.sources if side == "from" else rule.targets
                etype = next((t for t in ref.types if t in allowed), ref.type)
            record = records[ident] = EntityRecord(
                id=ident, type=etype, name=ref.name, reference=True
            )
        return record
    if wanted_type:
        title, bare = split_title(name) if wanted_type == "Person" else (None, name)
        ident = entity_id(wanted_type, bare)
        record = records.setdefault(
            ident, EntityRecord(id=ident, type=wanted_type, name=bare, title=title, line=decl.line)
        )
        if bare != name and name not in record.aliases:
            record.aliases.append(name)
        group = Group(wanted_type, id=ident)
        group.full = {full_key(name, wanted_type)}
        local[name_key(name, wanted_type)].append(group)
        return record
    raise UnknownName(name, side)
