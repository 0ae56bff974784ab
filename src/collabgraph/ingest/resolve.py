"""Resolve a SeedDocument's names into final entity ids, giving a GraphBatch.

Identity, in order of strength:

1. **A file's own id** (an `ID` column, an `id:` key) identifies an entity in
   its file and across files: relations may name it by that id, and another
   file giving the same id (for the same type) means the same entity. So do
   the further identifiers a reader gives (`EntityDecl.identifiers`: a 360Giving
   organisation's charity and company numbers as GB-CHC-/GB-COH- ids): any one
   of them shared with a graph entity means that entity.
2. **Names.** Within a file, declarations whose names or aliases share a key
   are one entity, with a warning naming both lines (a table that lists a
   label twice may mean two people: give them ids). Declarations with
   different ids are never joined by their names. Across files, a key already
   in the graph (name, alias, or a merged entity's name) resolves to that
   entity. An organisation *declared* in a file joins one in the graph only by
   its full name (legal-form ending kept): "The Bridge Trust" never joins "The
   Bridge"; a name only *mentioned* (a relation's end) finds either.

Nothing is joined in silence: every time a declaration could have meant an
entity it was not joined to, or several, the batch carries a warning.

A person's decisions are respected by the names the lookup gives
(`collabgraph.importer`): an entity whose type a person corrected still answers
to its old type (`EntityRef.also`), so a file calling it by the old type
means it (the store then re-checks its relations against the corrected type);
a deleted or merged entity's names still mean it, and the store keeps out or
folds what the file says of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from collabgraph.errors import SeedError, SeedProblem, VocabularyError
from collabgraph.ingest.document import (
    EntityDecl,
    RelationDecl,
    SeedDocument,
    extracted_warning,
)
from collabgraph.ingest.unknown import Suggest, UnknownName, place, unknown_name
from collabgraph.model.batch import EntityRecord, GraphBatch, RelationRecord, SourceInfo
from collabgraph.model.names import (
    declared_entity_id,
    entity_id,
    full_key,
    id_key,
    identifying_names,
    name_key,
    short_hash,
    split_title,
)
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATIONS, check_endpoints, orientations
from collabgraph.store.base import EntityRef

LookupKeys = Callable[[Iterable[str]], dict[str, list[EntityRef]]]
Existing = Callable[[Iterable[str]], set[str]]


@dataclass(eq=False)
class _Group:
    """Declarations of one entity within a file."""

    type: str
    decls: list[EntityDecl] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # name keys and id keys
    full: set[str] = field(default_factory=set)  # full keys (organisations keep suffixes)
    external_id: str | None = None
    identifiers: list[str] = field(default_factory=list)  # more ids that identify it
    id: str = ""
    stored_name: str | None = None  # the name of the graph entity it resolved to


def build_batch(
    doc: SeedDocument,
    source: SourceInfo,
    lookup_keys: LookupKeys,
    existing: Existing = lambda ids: set(),
    suggest: Suggest | None = None,
) -> GraphBatch:
    """Resolve every name in `doc` against itself and the graph (`lookup_keys`,
    e.g. a store's `lookup_keys`; `existing` says which of some ids the graph
    already uses, so that a new entity never takes one; `suggest` gives the
    graph's names closest to a name that matches nothing, for "did you mean").

    A relation with a `direction` (Kumu's mutual, undirected) is stored the ways
    `collabgraph.model.vocabulary.orientations` gives. A table's problems name
    their row and column.

    Returns a GraphBatch whose entities include every endpoint of its relations.
    Raises SeedError listing each unknown or ambiguous name, each id given to two
    different entities, and each relation whose endpoint types the vocabulary
    forbids; in what the extractor read (`doc.kind == "text"`) each is a warning
    instead, and the relation is left out.
    """
    warnings = list(doc.warnings)
    problems: list[SeedProblem] = []
    strict = doc.kind != "text"  # extracted text names things; files declare them
    groups = _group_declarations(doc, warnings, problems, strict=strict)
    # Each name a relation gives, with each type its end may have (a big table names
    # the same entities over and over: each (type, name) is keyed once).
    named: dict[tuple[str, str | None, str | None], tuple[set[str], set[str]]] = {}
    for r in doc.relations:
        ends = named.get((r.type, r.source_type, r.target_type))
        if ends is None:
            ends = named[r.type, r.source_type, r.target_type] = (set(), set())
        ends[0].add(r.source)
        ends[1].add(r.target)
    typed: set[tuple[str, str]] = set()
    for (rel_type, source_type, target_type), (sources, targets) in named.items():
        source_types, target_types = _endpoint_types(rel_type, source_type, target_type)
        typed.update((t, n) for t in source_types for n in sources)
        typed.update((t, n) for t in target_types for n in targets)
    relation_keys = {name_key(n, t) for t, n in typed}
    relation_keys |= {id_key(n) for _, n in typed}
    known = lookup_keys({k for g in groups for k in g.keys} | relation_keys)
    fresh = [g for g in groups if not _resolve_group(g, known, warnings, strict=strict)]
    _free_ids(fresh, groups, existing, warnings)
    _check_shared_ids(groups, warnings)
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

    relations: dict[str, RelationRecord] = {}
    memo = chosen.get

    def failed(index: int, decl: RelationDecl, exc: Exception) -> None:
        if isinstance(exc, UnknownName):
            declared = [n for g in groups for d in g.decls for n in (d.name, *d.aliases)]
            problems.append(unknown_name(doc, index, decl, exc, declared, suggest))
        else:
            where = place(doc, index, decl, getattr(exc, "side", None))
            said = str(exc.args[0] if exc.args else exc)
            problems.append(SeedProblem(doc.path, decl.line, where + said))

    for index, decl in enumerate(doc.relations):
        try:
            src = memo((decl.source, decl.source_type)) or endpoint(
                decl.source, decl.source_type, decl, "from"
            )
        except (LookupError, VocabularyError) as exc:
            failed(index, decl, exc)
            src = None  # the other end may be wrong too: both are said
        try:
            dst = memo((decl.target, decl.target_type)) or endpoint(
                decl.target, decl.target_type, decl, "to"
            )
            if src is None:
                continue
            ways = (
                orientations(decl.type, decl.direction, src.type, dst.type)
                if decl.direction
                else _as_written(decl.type, src.type, dst.type)
            )
        except (LookupError, VocabularyError) as exc:
            failed(index, decl, exc)
            continue
        if src.id == dst.id:
            warnings.append(
                f"line {decl.line}: {decl.type} from {decl.source!r} to {decl.target!r} joins"
                f" {src.id} to itself: skipped"
            )
            continue
        for backwards in ways:
            a, b = (dst, src) if backwards else (src, dst)
            record = RelationRecord(
                type=decl.type,
                source=a.id,
                target=b.id,
                role=decl.role,
                since=decl.since,
                until=decl.until,
                date=decl.date,
                external_id=decl.external_id,
                confidence=decl.confidence,
                evidence=decl.evidence,
                properties=decl.properties if len(ways) == 1 else dict(decl.properties),
                line=decl.line,
            )
            earlier = relations.get(record.id)
            if earlier is not None:
                _combine(earlier, record, warnings)
            relations[record.id] = record
    if problems and doc.kind == "text":  # the extractor's doing, not the user's
        warnings.extend(dict.fromkeys(extracted_warning(p) for p in problems))
    elif problems:
        raise SeedError(problems)
    if doc.kind == "text":  # read by the extractor: to be reviewed by a person
        for record in records.values():
            record.extracted = True
        for rel in relations.values():
            rel.extracted = True
    return GraphBatch(source, list(records.values()), list(relations.values()), warnings)


def _as_written(relation: str, source_type: str, target_type: str) -> tuple[bool]:
    check_endpoints(relation, source_type, target_type)
    return _FORWARD


_FORWARD = (False,)


def _combine(earlier: RelationRecord, record: RelationRecord, warnings: list[str]) -> None:
    """A file states one relation twice (same identity): the later statement is kept,
    with the earlier's evidence if it gives none; differing properties are said."""
    if not record.evidence:
        record.evidence = earlier.evidence
    differ = sorted(
        k
        for k in earlier.properties.keys() | record.properties.keys()
        if earlier.properties.get(k) != record.properties.get(k)
    )
    if differ:
        warnings.append(
            f"lines {earlier.line} and {record.line} state one {record.type} relation"
            f" ({record.source} to {record.target}) with different {', '.join(differ)};"
            f" line {record.line} kept (give each row its own id to keep both)"
        )
    record.properties = {**earlier.properties, **record.properties}


def _endpoint_types(
    rel_type: str, source_type: str | None, target_type: str | None
) -> tuple[frozenset[str], frozenset[str]]:
    """The entity types the vocabulary allows at each end (or the one the file gives)."""
    rule = RELATIONS[rel_type]
    src = frozenset([source_type]) if source_type else rule.sources
    dst = frozenset([target_type]) if target_type else rule.targets
    return src, dst


def _group_declarations(
    doc: SeedDocument, warnings: list[str], problems: list[SeedProblem], *, strict: bool
) -> list[_Group]:
    """One group per entity the file declares.

    A declaration with an id is its own group (two rows with one id and
    different names are an error); one without joins the group of an earlier
    declaration without id sharing a key (`full_key` when `strict`), with a
    warning naming both lines when `strict`.
    """
    groups: list[_Group] = []
    by_key: dict[tuple[str, str], _Group] = {}
    by_id: dict[tuple[str, str], _Group] = {}
    for decl in doc.entities:
        if decl.type == "Person":
            title, bare = split_title(decl.name)
            if title:
                decl.aliases = [decl.name, *decl.aliases]
                decl.name, decl.title = bare, decl.title or title
        names = identifying_names(decl.name, decl.aliases)
        keys = {name_key(n, decl.type) for n in names} - {""}
        fulls = {full_key(n, decl.type) for n in names} - {""} if strict else keys
        if decl.external_id is not None:
            same = by_id.get((decl.type, decl.external_id))
            if same is not None:
                first = same.decls[0]
                if name_key(first.name, decl.type) != name_key(decl.name, decl.type):
                    problems.append(
                        SeedProblem(
                            doc.path,
                            decl.line,
                            f"id {decl.external_id!r} is given to {decl.name!r} here and to"
                            f" {first.name!r} on line {first.line}",
                        )
                    )
                    continue
                same.decls.append(decl)
                same.keys |= keys
                same.full |= fulls
                continue
            ids = {id_key(i) for i in (decl.external_id, *decl.identifiers)}
            group = _Group(decl.type, [decl], keys | ids, fulls)
            group.external_id = decl.external_id
            group.identifiers = list(decl.identifiers)
            by_id[(decl.type, decl.external_id)] = group
            groups.append(group)
            continue
        found = {id(g): g for k in fulls if (g := by_key.get((decl.type, k)))}
        if not found:
            group = _Group(decl.type)
            groups.append(group)
        else:
            group, *others = found.values()
            if strict:
                lines = sorted({d.line for g in found.values() for d in g.decls if d.line})
                warnings.append(
                    f"line {decl.line}: {decl.type} {decl.name!r} is also declared on line"
                    f" {', '.join(map(str, lines))}: kept as one entity (give each an id if"
                    " they are different)"
                )
            for other in others:  # this declaration joins groups made apart
                group.decls.extend(other.decls)
                group.keys |= other.keys
                group.full |= other.full
                groups.remove(other)
        group.decls.append(decl)
        group.keys |= keys
        group.full |= fulls
        for k in group.full:
            by_key[(decl.type, k)] = group
    return groups


def _resolve_group(
    group: _Group, known: dict[str, list[EntityRef]], warnings: list[str], *, strict: bool
) -> bool:
    """Set the group's id: the graph entity it names (True), else a new id (False).

    Merged entities need no special case: a merge makes the folded entity's
    names keys of the one kept.
    """
    ident, ref = _resolved(group, known, warnings, strict=strict)
    group.id = ident
    if ref is not None:
        group.stored_name = ref.name
    return ref is not None


def _resolved(
    group: _Group, known: dict[str, list[EntityRef]], warnings: list[str], *, strict: bool
) -> tuple[str, EntityRef | None]:
    first = group.decls[0]
    where = f"line {first.line}: " if first.line else ""
    if group.external_id is not None:
        by_id: dict[str, EntityRef] = {}
        via: dict[str, str] = {}  # entity id -> the first of the group's ids that found it
        for ident in (group.external_id, *group.identifiers):
            for r in known.get(id_key(ident), []):
                if group.type in r.types:
                    by_id.setdefault(r.id, r)
                    via.setdefault(r.id, ident)
        own = declared_entity_id(group.type, group.external_id)
        if by_id:
            chosen = own if own in by_id else sorted(by_id)[0]
            ref = by_id[chosen]
            if len(by_id) > 1:
                warnings.append(
                    f"{where}the ids of {first.name!r} name {len(by_id)} entities in the graph"
                    f" ({', '.join(sorted(by_id))}): used {chosen} (`collabgraph merge` joins"
                    " them if they are one)"
                )
            if name_key(ref.name, group.type) not in group.keys:
                warnings.append(
                    f"{where}id {via[chosen]!r} names {first.name!r} here and"
                    f" {ref.name!r} in the graph: one entity, {chosen} (ids identify)"
                )
            return chosen, ref
        same_name = _by_name(group, known, strict=strict)
        if same_name:
            warnings.append(
                f"{where}{first.name!r} (id {group.external_id!r}) is a new entity, {own};"
                f" the graph has {', '.join(sorted(same_name))} of that name, kept apart"
                " (`collabgraph merge` joins them if they are one)"
            )
        return own, None
    own = entity_id(group.type, first.name)
    matches = _by_name(group, known, strict=strict)
    if strict and group.type == "Organisation":
        loose = _by_name(group, known, strict=False).keys() - matches.keys()
        if loose:
            warnings.append(
                f"{where}{first.name!r} is kept apart from {', '.join(sorted(loose))}: its full"
                " name differs (`collabgraph merge` joins them if they are one)"
            )
    if len(matches) > 1:
        chosen = own if own in matches else sorted(matches)[0]
        warnings.append(
            f"{where}{first.name!r} matches several entities ({', '.join(sorted(matches))});"
            f" used {chosen}"
        )
        return chosen, matches[chosen]
    if matches:
        [(ident, ref)] = matches.items()
        if strict and ref.external_ids:
            warnings.append(
                f"{where}{first.name!r} (no id) is taken to be {ident}, which files give the"
                f" id {', '.join(map(repr, ref.external_ids))}: give it that id, or another"
                " to keep them apart"
            )
        return ident, ref
    return own, None


def _by_name(
    group: _Group, known: dict[str, list[EntityRef]], *, strict: bool
) -> dict[str, EntityRef]:
    """Graph entities of the group's type sharing a name key with it; when `strict`,
    organisations only by full key (see the module docstring)."""
    found = {
        ref.id: ref
        for k in group.keys
        if not k.startswith("id:")
        for ref in known.get(k, [])
        if group.type in ref.types
    }
    if strict and group.type == "Organisation":
        found = {
            i: ref
            for i, ref in found.items()
            if group.full & {full_key(n, "Organisation") for n in (ref.name, *ref.aliases)}
        }
    # A merged entity named beside the one it was merged into is that one.
    return {i: ref for i, ref in found.items() if ref.into not in found}


def _free_ids(
    fresh: list[_Group], groups: list[_Group], existing: Existing, warnings: list[str]
) -> None:
    """Give each new entity an id no other entity has: not one the graph uses (for
    an entity of another name), not one another declaration of the file takes
    ("The Bridge" and "The Bridge Trust" both slug to `organisation:bridge`)."""
    if not fresh:
        return
    taken = existing(g.id for g in fresh)
    new = set(map(id, fresh))
    claimed: dict[str, _Group] = {g.id: g for g in groups if id(g) not in new}
    for group in fresh:
        other = claimed.get(group.id)
        if group.id in taken or other is not None:
            first = group.decls[0]
            basis = sorted(group.full)[0] if group.full else first.name
            ident = f"{group.id}-{short_hash(group.type + basis)}"
            if other is not None:
                warnings.append(
                    f"line {first.line}: {first.name!r} is kept apart from {other.decls[0].name!r}"
                    f" (line {other.decls[0].line}): their full names differ; id {ident}"
                )
            group.id = ident
        claimed[group.id] = group


def _check_shared_ids(groups: list[_Group], warnings: list[str]) -> None:
    """Two groups of one file resolved to one graph entity: said, never silent."""
    by_id: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        by_id[group.id].append(group)
    for ident, same in by_id.items():
        if len(same) > 1:
            lines = ", ".join(str(g.decls[0].line) for g in same if g.decls[0].line)
            warnings.append(
                f"lines {lines}: {len(same)} declarations resolve to one entity, {ident}"
            )


def _add_group(records: dict[str, EntityRecord], group: _Group) -> None:
    first = group.decls[0]
    record = records.get(group.id) or EntityRecord(
        id=group.id, type=group.type, name=group.stored_name or first.name, line=first.line
    )
    for decl in group.decls:
        for alias in [decl.name, *decl.aliases]:
            if alias != record.name and alias not in record.aliases:
                record.aliases.append(alias)
        record.title = record.title or decl.title
        record.description = record.description or decl.description
        record.date = record.date or decl.date
        record.properties.update(decl.properties)
    for ident in (group.external_id, *group.identifiers):
        if ident is not None and ident not in record.external_ids:
            record.external_ids.append(ident)
    records[group.id] = record


def _candidates(
    name: str,
    wanted_type: str | None,
    local: dict[str, list[_Group]],
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
        group = _Group(wanted_type, id=ident)
        group.full = {full_key(name, wanted_type)}
        local[name_key(name, wanted_type)].append(group)
        return record
    raise UnknownName(name, side)
