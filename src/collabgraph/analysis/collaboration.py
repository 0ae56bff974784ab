"""Who works with whom: the collaboration projection of the entity graph.

Two members (people, by default) work together when they share a context (an
organisation, event, report or project that each has a relation to) or when a
symmetric relation (COLLABORATES_WITH, PARTNER_OF) says so outright. Two
organisations also work together when they share a person who works for or is
a member of both: the "interlocking directorates" of corporate-board studies.

The weight of a tie is the number of shared contexts (shared people, for
organisations) plus one per direct relation, so on a pure person-event graph it
equals networkx's `bipartite.weighted_projected_graph`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from collabgraph.analysis.graph import describe
from collabgraph.errors import EntityNotFound
from collabgraph.model.vocabulary import CONTEXT_TYPES, RELATIONS

# Relations that state a tie outright rather than placing someone in a context.
DIRECT_TYPES: frozenset[str] = frozenset(t for t, rule in RELATIONS.items() if rule.symmetric)
# Relations through which a person joins two organisations (a shared director or member).
INTERLOCK_TYPES: frozenset[str] = frozenset({"WORKS_FOR", "MEMBER_OF"})

_Link = tuple[str, dict[str, Any]]  # (relation type, relation attributes)


@dataclass(frozen=True)
class _Rules:
    """Which entities are members, and which kinds of tie join them."""

    kinds: frozenset[str]
    contexts: bool = True  # member -> CONTEXT_TYPES entity
    interlocks: bool = True  # organisation <- person -> organisation (organisations as members)
    direct: bool = True  # COLLABORATES_WITH / PARTNER_OF between members

    def memberships(
        self, rel: str, source_type: str | None, target_type: str | None
    ) -> Iterator[bool]:
        """Yield, for each way this relation puts one end in the other as a context,
        whether the member is the relation's source (True) or its target (False)."""
        if rel in DIRECT_TYPES:
            return
        if self.contexts and source_type in self.kinds and target_type in CONTEXT_TYPES:
            yield True
        if (
            self.interlocks
            and rel in INTERLOCK_TYPES
            and source_type == "Person"
            and target_type == "Organisation"
            and "Organisation" in self.kinds
        ):
            yield False


def collaboration_graph(
    G: nx.MultiDiGraph,
    *,
    kinds: Collection[str] = ("Person",),
    include_organisations: bool = False,
    reasons: bool = True,
    max_context_size: int | None = None,
) -> nx.Graph:
    """Return the collaboration graph of an entity graph shaped like `to_networkx`'s.

    Nodes are every entity whose type is in `kinds` (plus organisations when
    `include_organisations`), with attributes `type` and `name`, isolated ones
    included. Two are joined when they share a context (any non-symmetric relation
    from each to the same Organisation/Event/Report/Project: WORKS_FOR, MEMBER_OF,
    PARTICIPATED_IN, ORGANISED, RUNS, AUTHORED, ...), when a COLLABORATES_WITH or
    PARTNER_OF joins them, or, for two organisations, when a person WORKS_FOR or
    is a MEMBER_OF both. Edge attributes:

    - `weight`: shared contexts + shared people + one per direct relation;
    - `reasons` (unless `reasons=False`, which saves time and memory on big
      graphs): a list of dicts, direct ties first, then by context type and name:
      `{"kind": "shared" | "direct", "via": context id (None when direct),
      "via_name", "via_type", "relations": {entity id: [relation types]},
      "roles": {entity id: [roles]}, "evidence": [sentences]}`. Lists inside
      reasons may be shared between reasons: treat them as read-only.

    A context with n members makes n(n-1)/2 ties; `max_context_size` skips contexts
    with more members than that (a council of 5,000 staff says little about who
    works with whom) and lists their ids in `graph["skipped_contexts"]`.
    """
    member_kinds = set(kinds) | ({"Organisation"} if include_organisations else set())
    rules = _Rules(frozenset(member_kinds))
    return _project(G, rules, reasons=reasons, max_context_size=max_context_size)


def organisation_interlocks(
    G: nx.MultiDiGraph, *, reasons: bool = True, max_context_size: int | None = None
) -> nx.Graph:
    """Return organisations joined by the people they share (WORKS_FOR or MEMBER_OF both).

    Nodes are every Organisation; `weight` is the number of shared people and
    `reasons` (unless `reasons=False`) lists each one as in `collaboration_graph`,
    with `via` the person's id. Shared events, partnerships and the like are not
    counted here; `collaboration_graph(G, kinds=("Organisation",))` counts them.
    `max_context_size` skips people in more organisations than that, as in
    `collaboration_graph`.
    """
    rules = _Rules(frozenset({"Organisation"}), contexts=False, interlocks=True, direct=False)
    return _project(G, rules, reasons=reasons, max_context_size=max_context_size)


def collaborators_of(
    G: nx.MultiDiGraph,
    entity_id: Hashable,
    *,
    kinds: Collection[str] | None = None,
    include_organisations: bool = False,
    max_context_size: int | None = None,
) -> list[dict[str, Any]]:
    """Return who an entity works with: its neighbours in the collaboration graph.

    `kinds` defaults to the entity's own type (people for a person, organisations
    for an organisation); the entity itself always counts as a member. Each item
    is `{"id", "name", "type", "weight", "reasons"}` as in `collaboration_graph`,
    sorted by weight (highest first), then name, then id. Only the entity's
    neighbourhood is read, so this is cheap on a big graph. `max_context_size`
    skips contexts with more members, as in `collaboration_graph`.

    Raises EntityNotFound when `entity_id` is not in the graph.
    """
    if entity_id not in G:
        raise EntityNotFound(str(entity_id))
    own_type = G.nodes[entity_id].get("type")
    member_kinds = set(kinds) if kinds is not None else set()
    member_kinds |= {own_type} if own_type else set()
    if include_organisations:
        member_kinds.add("Organisation")
    rules = _Rules(frozenset(member_kinds))
    types = G.nodes

    own_contexts: dict[Hashable, list[_Link]] = defaultdict(list)
    links: dict[Hashable, list[dict[str, Any]]] = defaultdict(list)
    for u, v, rel, d in _incident(G, entity_id):
        other = v if u == entity_id else u
        if rel in DIRECT_TYPES:
            if types[other].get("type") in member_kinds:
                links[other].append(_direct_reason(entity_id, other, rel, d))
            continue
        for member_is_source in rules.memberships(rel, types[u].get("type"), types[v].get("type")):
            member, context = (u, v) if member_is_source else (v, u)
            if member == entity_id:
                own_contexts[context].append((rel, d))

    for context, own in own_contexts.items():
        others: dict[Hashable, list[_Link]] = defaultdict(list)
        for u, v, rel, d in _incident(G, context):
            found = rules.memberships(rel, types[u].get("type"), types[v].get("type"))
            for member_is_source in found:
                member, ctx = (u, v) if member_is_source else (v, u)
                if ctx == context and member != entity_id:
                    others[member].append((rel, d))
        if max_context_size is not None and len(others) + 1 > max_context_size:
            continue
        via, own_side = describe(G, context), _side(own)
        for other, theirs in others.items():
            links[other].append(_shared_reason(via, entity_id, own_side, other, _side(theirs)))

    found = []
    for other, reasons in links.items():
        reasons.sort(key=_reason_order)
        found.append({**describe(G, other), "weight": len(reasons), "reasons": reasons})
    found.sort(key=lambda c: (-c["weight"], str(c["name"]).casefold(), str(c["id"])))
    return found


@dataclass
class _Ties:
    """Who is a member of what, and which direct ties join members."""

    nodes: list[Hashable]  # every member entity, in graph order
    members: dict[Hashable, dict[Hashable, list[_Link]]]  # context -> member -> links
    direct: list[tuple[Hashable, Hashable, str, dict[str, Any]]]
    skipped: list[Hashable]  # contexts over the size limit

    def weights(self) -> sp.coo_array:
        """Tie weights as an upper-triangular matrix over `nodes`: B·Bᵀ of the
        member-by-context incidence matrix B, plus one per direct relation."""
        index = {n: i for i, n in enumerate(self.nodes)}
        n = len(index)
        rows: list[int] = []
        cols: list[int] = []
        for j, mm in enumerate(self.members.values()):
            if len(mm) > 1:
                rows.extend(index[m] for m in mm)
                cols.extend([j] * len(mm))
        B = sp.csr_array(
            (np.ones(len(rows), dtype=np.int64), (rows, cols)), shape=(n, len(self.members))
        )
        shared = sp.triu(B @ B.T, k=1)
        ends = np.array([sorted((index[u], index[v])) for u, v, _, _ in self.direct], dtype=int)
        ends = ends.reshape(-1, 2)
        direct = sp.coo_array(
            (np.ones(len(ends), dtype=np.int64), (ends[:, 0], ends[:, 1])), shape=(n, n)
        )
        return sp.coo_array(shared + direct)


def _ties(G: nx.MultiDiGraph, rules: _Rules, max_context_size: int | None) -> _Ties:
    node_types = {n: d.get("type") for n, d in G.nodes(data=True)}
    members: dict[Hashable, dict[Hashable, list[_Link]]] = defaultdict(dict)
    direct = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if u == v:
            continue
        rel = d.get("type", k)
        if rel in DIRECT_TYPES:
            if rules.direct and node_types[u] in rules.kinds and node_types[v] in rules.kinds:
                direct.append((u, v, rel, d))
            continue
        for member_is_source in rules.memberships(rel, node_types[u], node_types[v]):
            member, context = (u, v) if member_is_source else (v, u)
            members[context].setdefault(member, []).append((rel, d))
    limit = max_context_size if max_context_size is not None else float("inf")
    skipped = [c for c, mm in members.items() if len(mm) > limit]
    for c in skipped:
        del members[c]
    nodes = [n for n, t in node_types.items() if t in rules.kinds]
    return _Ties(nodes, members, direct, sorted(skipped, key=str))


def _project(
    G: nx.MultiDiGraph, rules: _Rules, *, reasons: bool, max_context_size: int | None
) -> nx.Graph:
    ties = _ties(G, rules, max_context_size)
    C = nx.Graph(skipped_contexts=ties.skipped)
    C.add_nodes_from(
        (n, {"type": G.nodes[n].get("type"), "name": G.nodes[n].get("name") or str(n)})
        for n in ties.nodes
    )
    W = ties.weights()
    # Straight into the adjacency dicts: add_edge per tie is the slow part on
    # projections of millions of ties. Both directions share one attribute dict,
    # as in networkx.
    adj, nodes = C._adj, ties.nodes
    for i, j, w in zip(W.row.tolist(), W.col.tolist(), W.data.tolist(), strict=True):
        u, v = nodes[i], nodes[j]
        adj[u][v] = adj[v][u] = {"weight": w}

    if reasons:
        for _, _, data in C.edges(data=True):
            data["reasons"] = []
        for context, mm in ties.members.items():
            if len(mm) < 2:
                continue
            via = describe(G, context)
            sides = [(m, _side(links)) for m, links in mm.items()]
            for (a, side_a), (b, side_b) in combinations(sides, 2):
                adj[a][b]["reasons"].append(_shared_reason(via, a, side_a, b, side_b))
        for u, v, rel, d in ties.direct:
            adj[u][v]["reasons"].append(_direct_reason(u, v, rel, d))
        for _, _, data in C.edges(data=True):
            if len(data["reasons"]) > 1:
                data["reasons"].sort(key=_reason_order)
    return C


def collaboration_matrix(
    G: nx.MultiDiGraph,
    *,
    kinds: Collection[str],
    include_organisations: bool,
    interlocks_only: bool = False,
    max_context_size: int | None = None,
) -> sp.csr_array:
    """The binary symmetric adjacency matrix of `collaboration_graph` (or of
    `organisation_interlocks`), without building the networkx graph."""
    if interlocks_only:
        rules = _Rules(frozenset({"Organisation"}), contexts=False, interlocks=True, direct=False)
    else:
        member_kinds = set(kinds) | ({"Organisation"} if include_organisations else set())
        rules = _Rules(frozenset(member_kinds))
    W = _ties(G, rules, max_context_size).weights().tocsr()
    A = (W + W.T).tocsr()
    A.data[:] = 1.0
    return A.astype(float)


def _incident(
    G: nx.MultiDiGraph, node: Hashable
) -> Iterator[tuple[Hashable, Hashable, str, dict[str, Any]]]:
    """Every relation touching `node` as `(source, target, type, attributes)`, no self-loops."""
    for u, v, k, d in G.out_edges(node, keys=True, data=True):
        if u != v:
            yield u, v, d.get("type", k), d
    for u, v, k, d in G.in_edges(node, keys=True, data=True):
        if u != v:
            yield u, v, d.get("type", k), d


_Side = tuple[list[str], list[str], list[str]]  # relation types, roles, evidence


def _side(links: list[_Link]) -> _Side:
    """What one member's relations to a context say: types, roles and evidence."""
    return (
        _unique(rel for rel, _ in links),
        _unique(d["role"] for _, d in links if d.get("role")),
        _unique(s for _, d in links for s in (d.get("evidence") or ()) if s),
    )


def _shared_reason(
    via: dict[str, Any], a: Hashable, side_a: _Side, b: Hashable, side_b: _Side
) -> dict[str, Any]:
    # Lists of one member's side are shared by all of that member's reasons in
    # one context; nothing here or downstream mutates them.
    return {
        "kind": "shared",
        "via": via["id"],
        "via_name": via["name"],
        "via_type": via["type"],
        "relations": {a: side_a[0], b: side_b[0]},
        "roles": {a: side_a[1], b: side_b[1]},
        "evidence": _unique([*side_a[2], *side_b[2]]),
    }


def _direct_reason(a: Hashable, b: Hashable, rel: str, d: dict[str, Any]) -> dict[str, Any]:
    roles = [d["role"]] if d.get("role") else []
    return {
        "kind": "direct",
        "via": None,
        "via_name": None,
        "via_type": None,
        "relations": {a: [rel], b: [rel]},
        "roles": {a: roles, b: list(roles)},
        "evidence": _evidence([(rel, d)]),
    }


def _reason_order(reason: dict[str, Any]) -> tuple[int, str, str, str]:
    return (
        reason["kind"] != "direct",
        str(reason["via_type"] or ""),
        str(reason["via_name"] or "").casefold(),
        str(reason["via"] or ""),
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _evidence(links: list[_Link]) -> list[str]:
    return _unique(s for _, d in links for s in (d.get("evidence") or ()) if s)
