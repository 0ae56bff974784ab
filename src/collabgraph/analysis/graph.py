"""The entity graph as networkx sees it, and the filters every analysis starts from.

`to_networkx` turns a store's `Subgraph` into a `MultiDiGraph`: one node per
entity id carrying the entity's fields, one edge per relation keyed by its id
(two tenures at one council are two edges) carrying the relation's fields.
Every other function in `collabgraph.analysis` reads graphs of that shape.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable
from typing import Any

import networkx as nx

from collabgraph.analysis.periods import Window, in_window
from collabgraph.model.graph import Entity, Relation, Subgraph

ENTITY_FIELDS: tuple[str, ...] = (
    "type",
    "name",
    "aliases",
    "title",
    "description",
    "date",
    "properties",
    "sources",
    "reviewed",
)
RELATION_FIELDS: tuple[str, ...] = (
    "id",
    "type",
    "role",
    "since",
    "until",
    "date",
    "confidence",
    "sources",
    "evidence",
    "external_id",
    "properties",
    "reviewed",
)


def to_networkx(subgraph: Subgraph) -> nx.MultiDiGraph:
    """Return the subgraph as a `MultiDiGraph`.

    Nodes are entity ids with attributes `type, name, aliases, title, description,
    date, properties, sources`; edges run from `relation.source` to
    `relation.target`, keyed by relation id, with attributes `id, type, role, since,
    until, date, confidence, sources, evidence, external_id, properties`. A relation
    whose endpoint is not among the entities still gets its node, with `type` None
    and the id as name.
    """
    G = nx.MultiDiGraph()
    G.add_nodes_from(
        (e.id, {f: _copy(getattr(e, f)) for f in ENTITY_FIELDS}) for e in subgraph.entities
    )
    for r in subgraph.relations:
        for end in (r.source, r.target):
            if end not in G:
                G.add_node(end, **_unknown_entity(end))
    _add_relations(
        G, ((r.source, r.target, r.id or r.type, _relation_fields(r)) for r in subgraph.relations)
    )
    return G


def to_subgraph(G: nx.MultiDiGraph) -> Subgraph:
    """Return the records of a graph shaped like `to_networkx`'s output (its inverse)."""
    entities = []
    for n, d in G.nodes(data=True):
        fields = {f: _copy(d[f]) for f in ENTITY_FIELDS if d.get(f) is not None}
        fields.setdefault("name", str(n))
        fields.setdefault("type", "")
        entities.append(Entity(id=n, **fields))
    relations = []
    for u, v, k, d in G.edges(keys=True, data=True):
        fields = {f: _copy(d[f]) for f in RELATION_FIELDS if d.get(f) is not None}
        fields["type"] = d.get("type", k)
        relations.append(Relation(source=u, target=v, **fields))
    return Subgraph(entities=entities, relations=relations)


def filter_graph(
    G: nx.MultiDiGraph,
    *,
    types: Collection[str] | None = None,
    relation_types: Collection[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    sources: Collection[str] | None = None,
    reviewed: bool = False,
) -> nx.MultiDiGraph:
    """Return a new graph with only the entities and relations that pass every filter.

    - `types`: keep entities of these types (and relations among them);
    - `relation_types`: keep relations of these types (entities all stay);
    - `since` / `until` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, either may be None):
      keep relations that held at some time in the window and drop dated
      entities (events, reports) dated outside it, dates compared as dates (see
      `collabgraph.analysis.periods`: "2017" is the whole year, so it overlaps
      "2017-02"). Timeless relations and undated entities stay: nothing says
      they fall outside. Raises ValueError for a bad date or an empty window;
    - `sources`: keep relations stated by at least one of these source ids, and
      entities mentioned by one of them or joined by a kept relation;
    - `reviewed`: keep only what a person has reviewed: entities and relations
      that only the text extractor says, unchecked (`reviewed` False), go.

    `None` means "no filter". The input graph is never modified; attribute
    dictionaries are copied shallowly.
    """
    type_set = set(types) if types is not None else None
    rel_set = set(relation_types) if relation_types is not None else None
    source_set = set(sources) if sources is not None else None
    window = Window(since, until)
    dated = not window.open

    def node_ok(d: dict[str, Any]) -> bool:
        if type_set is not None and d.get("type") not in type_set:
            return False
        if reviewed and d.get("reviewed") is False:
            return False
        return window.keeps_entity(d)

    nodes = {n for n, d in G.nodes(data=True) if node_ok(d)}
    edges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if u not in nodes or v not in nodes:
            continue
        if rel_set is not None and d.get("type", k) not in rel_set:
            continue
        if dated and not in_window(G, u, v, d, window):
            continue
        if source_set is not None and source_set.isdisjoint(d.get("sources") or ()):
            continue
        if reviewed and d.get("reviewed") is False:
            continue
        edges.append((u, v, k, d))
    if source_set is not None:
        touched = {u for u, _, _, _ in edges} | {v for _, v, _, _ in edges}
        nodes = {
            n
            for n in nodes
            if n in touched or not source_set.isdisjoint(G.nodes[n].get("sources") or ())
        }
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from((n, G.nodes[n]) for n in G if n in nodes)
    _add_relations(H, ((u, v, k, dict(d)) for u, v, k, d in edges))
    return H


def simple_graph(G: nx.Graph, *, weight: str = "weight") -> nx.Graph:
    """Return the simple undirected view of any graph: no direction, no parallel edges,
    no self-loops.

    Parallel and opposite edges merge into one whose `weight` is the sum of their
    `weight` attributes (1 for an edge without one), so on an entity graph it is the
    number of relations between the two entities. Node attributes are kept. A
    simple undirected graph without self-loops comes back as it is, not copied.
    """
    if not G.is_directed() and not G.is_multigraph() and nx.number_of_selfloops(G) == 0:
        return G
    H = nx.Graph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    adj = H._adj
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        w = d.get(weight, 1)
        attrs = adj[u].get(v)
        if attrs is None:
            H.add_edge(u, v, **{weight: w})
        else:
            attrs[weight] += w
    return H


def describe(G: nx.Graph, node: Hashable) -> dict[str, Any]:
    """Return `{"id", "name", "type"}` for a node (name falls back to the id)."""
    d = G.nodes[node]
    return {"id": node, "name": d.get("name") or str(node), "type": d.get("type")}


def relation_record(G: nx.Graph, u: Hashable, v: Hashable, d: dict[str, Any]) -> dict[str, Any]:
    """A relation `u -> v` with attributes `d` as answers show it: `{"id", "type",
    "source", "target", "role", "since", "until", "date", "confidence", "properties",
    "evidence": [{"text", "source"}], "sources"}`, where each piece of evidence is
    a sentence and the file that gave it (files that gave no sentence are only in
    `sources`)."""
    sources = list(d.get("sources") or ())
    evidence = d.get("evidence") or ()
    return {
        "id": d.get("id"),
        "type": d.get("type"),
        "source": u,
        "target": v,
        "role": d.get("role"),
        "since": d.get("since"),
        "until": d.get("until"),
        "date": d.get("date"),
        "confidence": d.get("confidence"),
        "properties": dict(d.get("properties") or {}),
        "evidence": [
            {"text": text, "source": sources[i] if i < len(sources) else None}
            for i, text in enumerate(evidence)
            if text
        ],
        "sources": sources,
    }


def record_order(record: dict[str, Any]) -> tuple[str, ...]:
    """A stable order of relation records: type, ends, dates, role, then id."""
    fields = ("type", "source", "target", "since", "until", "date", "role", "id")
    return tuple(str(record.get(f) or "") for f in fields)


def name_order(G: nx.Graph, nodes: Iterable[Hashable]) -> list[Hashable]:
    """Return the nodes sorted by name, then id: the tie-break every ranking uses."""
    return sorted(nodes, key=lambda n: (str(G.nodes[n].get("name") or n).casefold(), str(n)))


def _relation_fields(r: Relation) -> dict[str, Any]:
    return {
        "id": r.id,
        "type": r.type,
        "role": r.role,
        "since": r.since,
        "until": r.until,
        "date": r.date,
        "confidence": r.confidence,
        "sources": list(r.sources),
        "evidence": list(r.evidence),
        "external_id": r.external_id,
        "properties": dict(r.properties),
        "reviewed": r.reviewed,
    }


def _add_relations(
    G: nx.MultiDiGraph, relations: Iterable[tuple[Hashable, Hashable, Hashable, dict[str, Any]]]
) -> None:
    """Insert `(source, target, key, attributes)` edges between nodes already in G.

    Writes networkx's adjacency dicts directly: `add_edge` per relation costs twice as
    much, which shows on graphs of half a million relations. A repeated
    (source, target, key) replaces the earlier attributes, as `add_edge` would.
    """
    succ, pred = G._succ, G._pred
    for u, v, key, data in relations:
        keydict = succ[u].get(v)
        if keydict is None:
            keydict = succ[u][v] = G.edge_key_dict_factory()
            pred[v][u] = keydict
        keydict[key] = data


def _unknown_entity(entity_id: str) -> dict[str, Any]:
    return {
        "type": None,
        "name": entity_id,
        "aliases": [],
        "title": None,
        "description": None,
        "date": None,
        "properties": {},
        "sources": [],
    }


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value
