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

The file's declarations are grouped and resolved in `collabgraph.ingest.declarations`;
each relation's ends are looked up in `collabgraph.ingest.endpoints`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from collabgraph.errors import SeedError, SeedProblem, VocabularyError
from collabgraph.ingest.declarations import (
    Existing,
    Group,
    add_group,
    check_shared_ids,
    free_ids,
    group_declarations,
    resolve_group,
)
from collabgraph.ingest.document import RelationDecl, SeedDocument, extracted_warning
from collabgraph.ingest.endpoints import candidates, endpoint_record
from collabgraph.ingest.unknown import Suggest, UnknownName, place, unknown_name
from collabgraph.model.batch import EntityRecord, GraphBatch, RelationRecord, SourceInfo
from collabgraph.model.names import id_key, name_key
from collabgraph.model.vocabulary import RELATIONS, check_endpoints, orientations
from collabgraph.store.base import EntityRef

LookupKeys = Callable[[Iterable[str]], dict[str, list[EntityRef]]]


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
    groups = group_declarations(doc, warnings, problems, strict=strict)
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
    fresh = [g for g in groups if not resolve_group(g, known, warnings, strict=strict)]
    free_ids(fresh, groups, existing, warnings)
    check_shared_ids(groups, warnings)
    refs = {ref.id: ref for found in known.values() for ref in found}

    records: dict[str, EntityRecord] = {}
    for group in groups:
        add_group(records, group)
    local: dict[str, list[Group]] = defaultdict(list)
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
            here = found[name, wanted] = candidates(name, wanted, local, known)
        record = endpoint_record(name, wanted, here, decl, side, local, refs, records)
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
