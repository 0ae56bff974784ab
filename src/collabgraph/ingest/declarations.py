"""The entities a seed file declares, grouped and resolved against the graph.

Within a file, declarations whose names or aliases share a key are one entity
(`group_declarations`); a declaration with an id is its own. Each group then
resolves to a graph entity or a new id (`resolve_group`, `free_ids`), the
strength of each kind of identity as `collabgraph.ingest.resolve` describes,
and becomes an `EntityRecord` (`add_group`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from collabgraph.errors import SeedProblem
from collabgraph.ingest.document import EntityDecl, SeedDocument
from collabgraph.model.batch import EntityRecord
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
from collabgraph.store.base import EntityRef

Existing = Callable[[Iterable[str]], set[str]]


@dataclass(eq=False)
class Group:
    """Declarations of one entity within a file."""

    type: str
    decls: list[EntityDecl] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # name keys and id keys
    full: set[str] = field(default_factory=set)  # full keys (organisations keep suffixes)
    external_id: str | None = None
    identifiers: list[str] = field(default_factory=list)  # more ids that identify it
    id: str = ""
    stored_name: str | None = None  # the name of the graph entity it resolved to


def group_declarations(
    doc: SeedDocument, warnings: list[str], problems: list[SeedProblem], *, strict: bool
) -> list[Group]:
    """One group per entity the file declares.

    A declaration with an id is its own group (two rows with one id and
    different names are an error); one without joins the group of an earlier
    declaration without id sharing a key (`full_key` when `strict`), with a
    warning naming both lines when `strict`.
    """
    groups: list[Group] = []
    by_key: dict[tuple[str, str], Group] = {}
    by_id: dict[tuple[str, str], Group] = {}
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
            group = Group(decl.type, [decl], keys | ids, fulls)
            group.external_id = decl.external_id
            group.identifiers = list(decl.identifiers)
            by_id[(decl.type, decl.external_id)] = group
            groups.append(group)
            continue
        found = {id(g): g for k in fulls if (g := by_key.get((decl.type, k)))}
        if not found:
            group = Group(decl.type)
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


def resolve_group(
    group: Group, known: dict[str, list[EntityRef]], warnings: list[str], *, strict: bool
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
    group: Group, known: dict[str, list[EntityRef]], warnings: list[str], *, strict: bool
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
    group: Group, known: dict[str, list[EntityRef]], *, strict: bool
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


def free_ids(
    fresh: list[Group], groups: list[Group], existing: Existing, warnings: list[str]
) -> None:
    """Give each new entity an id no other entity has: not one the graph uses (for
    an entity of another name), not one another declaration of the file takes
    ("The Bridge" and "The Bridge Trust" both slug to `organisation:bridge`)."""
    if not fresh:
        return
    taken = existing(g.id for g in fresh)
    new = set(map(id, fresh))
    claimed: dict[str, Group] = {g.id: g for g in groups if id(g) not in new}
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


def check_shared_ids(groups: list[Group], warnings: list[str]) -> None:
    """Two groups of one file resolved to one graph entity: said, never silent."""
    by_id: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        by_id[group.id].append(group)
    for ident, same in by_id.items():
        if len(same) > 1:
            lines = ", ".join(str(g.decls[0].line) for g in same if g.decls[0].line)
            warnings.append(
                f"lines {lines}: {len(same)} declarations resolve to one entity, {ident}"
            )


def add_group(records: dict[str, EntityRecord], group: Group) -> None:
    """Fold the group into `records` (entity id -> record): its declarations' names
    become aliases, their first title, description and date are kept, their
    properties merged and their ids listed."""
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
