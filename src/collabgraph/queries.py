"""Questions users ask of the graph, answered through the store contract.

Shared by the CLI and the API, so both accept names wherever an id is and
answer alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process, utils

from collabgraph.analysis.collaboration import MEMBER_TYPES
from collabgraph.analysis.collaborators import collaborators_of as analysis_collaborators
from collabgraph.analysis.collaborators import fetch_plan
from collabgraph.analysis.graph import filter_graph, to_networkx, to_subgraph
from collabgraph.analysis.paths import DEFAULT_MAX_HOPS, ego_network, shortest_path
from collabgraph.analysis.periods import Window, timeless_relations
from collabgraph.errors import AmbiguousName, EntityNotFound
from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.names import name_key
from collabgraph.model.vocabulary import ENTITY_TYPES
from collabgraph.store.base import GraphStore


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
    found_entity = store.entity(matches.pop()) if matches else None
    if found_entity is not None:  # None too when an import removed it a moment ago
        return found_entity
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
    """Names in the graph closest to `ref`: names containing it first, then the most
    similar spellings among names sharing a word, or a word's first letters, with it
    (rapidfuzz's `WRatio`, at least 60 of 100)."""
    names = [e.name for e in store.search(ref, entity_type=entity_type, limit=limit)]
    if len(names) < limit:
        words = [w for w in ref.split() if len(w) > 2]
        probes = dict.fromkeys([*words, *(w[:3] for w in words)])
        pool = {e.name for p in probes for e in store.search(p, entity_type=entity_type, limit=50)}
        close = process.extract(
            ref, sorted(pool - set(names)), scorer=fuzz.WRatio, processor=utils.default_process,
            limit=limit, score_cutoff=60,
        )  # fmt: skip
        names += [name for name, _, _ in close]
    return names[:limit]


def collaborators_of(
    store: GraphStore,
    ref: str,
    *,
    since: str | None = None,
    until: str | None = None,
    cofunded: bool = False,
) -> dict[str, Any]:
    """Who the person or organisation `ref` (id, name or alias) works with.

    The answer of `collabgraph.analysis.collaborators_of` (affiliations,
    collaborators with every context, the window), read on just the part of the
    graph it needs, with `entity` the whole entity record. An id costs one round
    trip to the database. Raises EntityNotFound, AmbiguousName, VocabularyError
    (not a person or organisation) or ValueError (a bad window).
    """
    Window(since, until)  # a bad window fails before any database work
    plans = {kind: fetch_plan(kind, cofunded=cofunded) for kind in MEMBER_TYPES}
    try:
        walked = store.walk(ref, plans)
    except EntityNotFound:
        walked = store.walk(find_entity(store, ref).id, plans)
    found = analysis_collaborators(
        to_networkx(walked.subgraph),
        walked.entity.id,
        cofunded=cofunded,
        since=since,
        until=until,
    )
    return {**found, "entity": walked.entity.to_dict()}


def path_between(
    store: GraphStore,
    source: str,
    target: str,
    *,
    max_hops: int = DEFAULT_MAX_HOPS,
    paths: int = 1,
    since: str | None = None,
    until: str | None = None,
    whole_graph: Callable[[], nx.MultiDiGraph] | None = None,
) -> dict[str, Any]:
    """How `source` reaches `target` (ids, names or aliases): the answer of
    `collabgraph.analysis.shortest_path`, the shortest path first and up to
    `paths - 1` more.

    Without a window the store finds the shortest paths (one round trip for two
    ids) and the analysis explains them; with `since`/`until` the paths run over
    the relations that held then, so the whole graph is read (`whole_graph()`, or
    the store's). Raises EntityNotFound, AmbiguousName, PathBeyondLimit (the
    shortest path is longer than `max_hops`), NoPath, BadWindow.
    """
    window = Window(since, until)
    if window.open:
        try:
            a, b = source, target
            visited = store.path_subgraph(a, b, max_hops=max_hops)
        except EntityNotFound:
            a, b = (e.id for e in find_entities(store, [source, target]))
            visited = store.path_subgraph(a, b, max_hops=max_hops)
        G = to_networkx(visited)
        if a not in G or b not in G:  # ids merged into others
            real = store.entities([a, b])
            a, b = real[a].id, real[b].id
    else:
        a, b = (e.id for e in find_entities(store, [source, target]))
        G = whole_graph() if whole_graph is not None else to_networkx(store.subgraph())
    return shortest_path(G, a, b, max_hops=max_hops, paths=paths, since=since, until=until)


def neighbourhood(
    store: GraphStore,
    ref: str,
    *,
    depth: int = 1,
    since: str | None = None,
    until: str | None = None,
) -> tuple[Entity, Subgraph, dict[str, Any]]:
    """The entity `ref` names, everything within `depth` hops of it (either direction)
    and every relation among that, and what the answer says of its window.

    With `since`/`until` the hops run only over relations that held then (and dated
    entities of then): the store's neighbourhood, filtered (`filter_graph`), then
    walked again from the entity (`ego_network`). Raises EntityNotFound,
    AmbiguousName, BadWindow.
    """
    window = Window(since, until)
    entity = find_entity(store, ref)
    around = store.neighbourhood(entity.id, depth=depth)
    if window.open:
        return entity, around, window.describe(timeless_relations(to_networkx(around)))
    G = filter_graph(to_networkx(around), since=since, until=until)
    if entity.id not in G:  # an event or report dated outside the window
        return entity, Subgraph(), window.describe(0)
    H = ego_network(G, entity.id, depth=depth)
    kept = to_subgraph(H)
    kept.entities.sort(key=lambda e: e.id)
    kept.relations.sort(key=lambda r: r.order)
    return entity, kept, window.describe(timeless_relations(H))
