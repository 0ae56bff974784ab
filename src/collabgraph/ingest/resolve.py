"""Resolve a SeedDocument's names into final entity ids, giving a GraphBatch.

Within a file, declarations whose names or aliases share a key are one entity.
Across files, a key already in the graph (name, alias, or a merged entity's
name) resolves to that entity, so the same person is never stored twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from collabgraph.errors import SeedError, SeedProblem, VocabularyError
from collabgraph.ingest.document import EntityDecl, RelationDecl, SeedDocument
from collabgraph.model.batch import EntityRecord, GraphBatch, RelationRecord, SourceInfo
from collabgraph.model.names import entity_id, name_key, split_title
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATIONS, check_endpoints
from collabgraph.store.base import EntityRef

LookupKeys = Callable[[Iterable[str]], dict[str, list[EntityRef]]]


@dataclass
class _Group:
    """Declarations of one entity within a file."""

    type: str
    decls: list[EntityDecl] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    id: str = ""


def build_batch(doc: SeedDocument, source: SourceInfo, lookup_keys: LookupKeys) -> GraphBatch:
    """Resolve every name in `doc` against itself and the graph (`lookup_keys`,
    e.g. a store's `lookup_keys`).

    Returns a GraphBatch whose entities include every endpoint of its relations.
    Raises SeedError listing each unknown or ambiguous name and each relation
    whose endpoint types the vocabulary forbids.
    """
    groups = _group_declarations(doc.entities)
    named: dict[frozenset[str], set[str]] = defaultdict(set)  # allowed types -> names
    for r in doc.relations:
        source_types, target_types = _endpoint_types(r)
        named[source_types].add(r.source)
        named[target_types].add(r.target)
    relation_keys = {name_key(n, t) for types, names in named.items() for t in types for n in names}
    known = lookup_keys({k for g in groups for k in g.keys} | relation_keys)
    warnings = list(doc.warnings)
    for group in groups:
        group.id = _resolve_group(group, known, warnings)
    refs = {ref.id: ref for found in known.values() for ref in found}

    records: dict[str, EntityRecord] = {}
    for group in groups:
        _add_group(records, group)
    local: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for key in group.keys:
            local[key].append(group)

    found: dict[tuple[str, str | None], dict[str, str]] = {}
    chosen: dict[tuple[str, str | None], EntityRecord] = {}

    def endpoint(name: str, wanted: str | None, decl: RelationDecl, side: str) -> EntityRecord:
        # Files name the same entities over and over: the loop below asks `chosen`
        # first, and each name is looked up once. A name with one candidate means
        # it whatever the relation; only an ambiguous one is settled row by row.
        here = found.get((name, wanted))
        if here is None:
            here = found[name, wanted] = _candidates(name, wanted, local, known)
        record = _endpoint(name, wanted, here, decl, side, local, refs, records)
        if len(here) == 1:
            chosen[name, wanted] = record
        elif not here:  # a new entity named here: later names may mean it
            found.clear()
            chosen.clear()
        return record

    problems: list[SeedProblem] = []
    relations: dict[tuple[str, str, str], RelationRecord] = {}
    memo = chosen.get
    for decl in doc.relations:
        try:
            src = memo((decl.source, decl.source_type)) or endpoint(
                decl.source, decl.source_type, decl, "from"
            )
            dst = memo((decl.target, decl.target_type)) or endpoint(
                decl.target, decl.target_type, decl, "to"
            )
            check_endpoints(decl.type, src.type, dst.type)
        except (LookupError, VocabularyError) as exc:
            problems.append(SeedProblem(doc.path, decl.line, str(exc).strip("'\"")))
            continue
        if src.id == dst.id:
            problems.append(SeedProblem(doc.path, decl.line, "a relation must join two entities"))
            continue
        record = RelationRecord(
            type=decl.type,
            source=src.id,
            target=dst.id,
            role=decl.role,
            since=decl.since,
            until=decl.until,
            date=decl.date,
            confidence=decl.confidence,
            evidence=decl.evidence,
            line=decl.line,
        )
        key = record.key
        earlier = relations.get(key)
        if earlier is not None and not record.evidence:
            record.evidence = earlier.evidence
        relations[key] = record
    if problems:
        raise SeedError(problems)
    return GraphBatch(source, list(records.values()), list(relations.values()), warnings)


def _endpoint_types(decl: RelationDecl) -> tuple[frozenset[str], frozenset[str]]:
    """The entity types the vocabulary allows at each end (or the one the file gives)."""
    rule = RELATIONS[decl.type]
    src = frozenset([decl.source_type]) if decl.source_type else rule.sources
    dst = frozenset([decl.target_type]) if decl.target_type else rule.targets
    return src, dst


def _group_declarations(decls: list[EntityDecl]) -> list[_Group]:
    groups: list[_Group] = []
    by_key: dict[tuple[str, str], _Group] = {}
    for decl in decls:
        if decl.type == "Person":
            title, bare = split_title(decl.name)
            if title:
                decl.aliases = [decl.name, *decl.aliases]
                decl.name, decl.title = bare, decl.title or title
        keys = {name_key(n, decl.type) for n in [decl.name, *decl.aliases]} - {""}
        found = {id(g): g for k in keys if (g := by_key.get((decl.type, k)))}
        if not found:
            group = _Group(decl.type)
            groups.append(group)
        else:
            group, *others = found.values()
            for other in others:  # this declaration joins groups made apart
                group.decls.extend(other.decls)
                group.keys |= other.keys
                groups.remove(other)
        group.decls.append(decl)
        group.keys |= keys
        for k in group.keys:
            by_key[(decl.type, k)] = group
    return groups


def _resolve_group(group: _Group, known: dict[str, list[EntityRef]], warnings: list[str]) -> str:
    """The id of the graph entity this group names, else a new id from its first name.

    Merged entities need no special case: a merge makes the folded entity's
    names keys of the one kept.
    """
    own = entity_id(group.type, group.decls[0].name)
    matches = {
        ref.id: ref for k in group.keys for ref in known.get(k, []) if ref.type == group.type
    }
    if len(matches) > 1:
        chosen = own if own in matches else sorted(matches)[0]
        warnings.append(
            f"{group.decls[0].name!r} matches several entities ({', '.join(sorted(matches))});"
            f" used {chosen}"
        )
        return chosen
    if matches:
        return next(iter(matches))
    return own


def _add_group(records: dict[str, EntityRecord], group: _Group) -> None:
    first = group.decls[0]
    record = records.get(group.id) or EntityRecord(
        id=group.id, type=group.type, name=first.name, line=first.line
    )
    for decl in group.decls:
        for alias in [decl.name, *decl.aliases]:
            if alias != record.name and alias not in record.aliases:
                record.aliases.append(alias)
        record.title = record.title or decl.title
        record.description = record.description or decl.description
        record.date = record.date or decl.date
        record.properties.update(decl.properties)
    records[group.id] = record


def _candidates(
    name: str,
    wanted_type: str | None,
    local: dict[str, list[_Group]],
    known: dict[str, list[EntityRef]],
) -> dict[str, str]:
    """The ids (with types) a name may mean: declared in this file first, else in the graph."""
    types = [wanted_type] if wanted_type else ENTITY_TYPES
    keys = [(t, name_key(name, t)) for t in types]
    here = {g.id: g.type for t, k in keys for g in local.get(k, ()) if g.type == t}
    if not here:
        here = {ref.id: ref.type for t, k in keys for ref in known.get(k, ()) if ref.type == t}
    return here


def _endpoint(
    name: str,
    wanted_type: str | None,
    here: dict[str, str],
    decl: RelationDecl,
    side: str,
    local: dict[str, list[_Group]],
    refs: dict[str, EntityRef],
    records: dict[str, EntityRecord],
) -> EntityRecord:
    if len(here) > 1:
        rule = RELATIONS[decl.type]
        allowed = rule.sources if side == "from" else rule.targets
        here = {i: t for i, t in here.items() if t in allowed} or here
    if len(here) > 1:
        raise LookupError(f"{name!r} ({side}) could mean any of: {', '.join(sorted(here))}")
    if here:
        [(ident, etype)] = here.items()
        record = records.get(ident)
        if record is None:
            record = records[ident] = EntityRecord(
                id=ident, type=etype, name=refs[ident].name, reference=True
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
        local[name_key(name, wanted_type)].append(_Group(wanted_type, id=ident))
        return record
    raise LookupError(
        f"unknown name {name!r} ({side}): not in this file or the graph;"
        f" declare it under entities or give {side}_type"
    )
