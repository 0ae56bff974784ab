"""Who works with whom: the one definition of collaboration, and the graph it makes.

Collaborators are two people, or two organisations. They work together when
they share a *context* (an organisation, event, report or project that each
takes part in: a relation runs from each of them to it), when a relation ties
them outright (COLLABORATES_WITH, PARTNER_OF, an organisation that is a MEMBER_OF
or FUNDED another), or, for two organisations, when a person works for or is a
member of both (interlocking directorates). Direction matters: co-grantees of
one funder are not collaborators, unless asked for (`cofunded=True`). Which
relation does what is data: `data/collaboration.yaml`; docs/collaboration.md
explains it with examples. In the network of everyone, people and organisations
together, a person is also tied to their own organisations (*affiliation*).

The weight of a tie is its number of contexts: shared contexts, plus one per
relation that ties the two outright. On a person-event graph it equals
networkx's `bipartite.weighted_projected_graph`.

Everything that asks who works with whom (the CLI, the API, the map, the
analysis) comes here: `collaboration_graph` for a whole network, and
`collaborators_of` (in `collabgraph.analysis.collaborators`) for one entity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp
import yaml

from collabgraph.analysis.graph import describe, record_order, relation_record
from collabgraph.analysis.igraph_view import remember_weights
from collabgraph.model.vocabulary import CONTEXT_TYPES, ENTITY_TYPES, RELATIONS

MEMBER_TYPES: tuple[str, ...] = ("Person", "Organisation")
NETWORKS: tuple[str, ...] = ("people", "organisations", "everyone", "entities")
JOINS = frozenset({"context", "affiliation", "direct", "cofunding"})


@dataclass(frozen=True)
class Rule:
    """What relations of one type, between these entity types, do for collaboration."""

    sources: frozenset[str]
    targets: frozenset[str]
    joins: frozenset[str]


@cache
def rules() -> dict[str, tuple[Rule, ...]]:
    """The rules of `data/collaboration.yaml`, checked against the vocabulary.

    Raises ValueError when a relation type is missing or unknown, or a rule names
    an unknown entity type or join.
    """
    text = resources.files("collabgraph.analysis").joinpath("data/collaboration.yaml")
    raw = yaml.safe_load(text.read_text("utf-8"))
    if set(raw) != set(RELATIONS):
        raise ValueError(f"collaboration.yaml must list exactly {sorted(RELATIONS)}")
    found = {}
    for rel, items in raw.items():
        vocabulary = RELATIONS[rel]
        parsed = []
        for item in items or ():
            sources = frozenset(item.get("from", vocabulary.sources))
            targets = frozenset(item.get("to", vocabulary.targets))
            joins = frozenset(item["joins"])
            if not sources | targets <= set(ENTITY_TYPES) or not joins <= JOINS:
                raise ValueError(f"collaboration.yaml: bad rule for {rel}: {item}")
            if "context" in joins and not targets <= CONTEXT_TYPES:
                raise ValueError(f"collaboration.yaml: {rel} contexts must be {CONTEXT_TYPES}")
            parsed.append(Rule(sources, targets, joins))
        found[rel] = tuple(parsed)
    return found


@lru_cache(maxsize=1024)
def joins(rel: str, source_type: str | None, target_type: str | None) -> frozenset[str]:
    """What a relation between entities of these types does: a subset of
    {"context", "affiliation", "direct", "cofunding"} (empty for an unknown type)."""
    found: frozenset[str] = frozenset()
    for rule in rules().get(rel, ()):
        if source_type in rule.sources and target_type in rule.targets:
            found |= rule.joins
    return found


def relation_types(join: str) -> frozenset[str]:
    """The relation types that can do `join` (e.g. every "context" relation)."""
    return frozenset(rel for rel, found in rules().items() if any(join in r.joins for r in found))


def memberships(
    rel: str,
    source: Hashable,
    target: Hashable,
    source_type: str | None,
    target_type: str | None,
    kinds: Collection[str],
    *,
    cofunded: bool = False,
) -> Iterator[tuple[Hashable, Hashable]]:
    """Yield `(context, member)` for each way this relation makes one end a member
    of a context the other end is, for members of `kinds`.

    A source takes part in its target (`context`); a person joins the
    organisations they belong to (`affiliation`: the person is the context, the
    organisation the member); with `cofunded`, a funder joins its grantees.
    """
    found = joins(rel, source_type, target_type)
    if not found:
        return
    if "context" in found and source_type in kinds:
        yield target, source
    if "affiliation" in found and target_type in kinds and "Organisation" in kinds:
        yield source, target
    if cofunded and "cofunding" in found and target_type in kinds:
        yield source, target


def ties_outright(
    rel: str, source_type: str | None, target_type: str | None, kinds: Collection[str]
) -> str | None:
    """ "direct" or "affiliation" when this relation ties its two ends outright as
    members of `kinds` (an affiliation only where both kinds are members), else None."""
    if source_type not in kinds or target_type not in kinds:
        return None
    found = joins(rel, source_type, target_type)
    if "direct" in found:
        return "direct"
    if "affiliation" in found:
        return "affiliation"
    return None


def network_kinds(network: str) -> tuple[str, ...]:
    """The member types of a named network: people, organisations or everyone."""
    kinds = {"people": ("Person",), "organisations": ("Organisation",), "everyone": MEMBER_TYPES}
    if network not in kinds:
        raise ValueError(f"unknown network {network!r}: people, organisations or everyone")
    return kinds[network]


def collaboration_network(
    G: nx.MultiDiGraph, network: str = "people", *, cofunded: bool = False, contexts: bool = False
) -> nx.Graph | nx.MultiDiGraph:
    """The graph a whole-network question reads: `G` itself for "entities", else
    `collaboration_graph` of "people", "organisations" or "everyone" (both, with
    each person tied to their own organisations). Raises ValueError otherwise."""
    if network == "entities":
        return G
    kinds = network_kinds(network)
    return collaboration_graph(G, kinds=kinds, cofunded=cofunded, contexts=contexts)


def collaboration_graph(
    G: nx.MultiDiGraph,
    *,
    kinds: Collection[str] = ("Person",),
    cofunded: bool = False,
    contexts: bool = True,
    max_context_size: int | None = None,
) -> nx.Graph:
    """Return who works with whom among the entities of `kinds` (people by default).

    `G` is an entity graph shaped like `to_networkx`'s. Nodes are every entity of
    `kinds` (isolated ones too), with `type` and `name`. Two members are joined
    when they work together by the definition above; with both "Person" and
    "Organisation" in `kinds`, people and organisations are not joined through
    shared contexts, but a person is tied to their own organisations
    (`affiliation`) and to organisations a COLLABORATES_WITH names. Edge attributes:

    - `weight`: the number of contexts (shared contexts, plus one per relation
      that ties them outright);
    - `contexts` (unless `contexts=False`, which saves time and memory on big
      graphs): one dict per context, direct ties first, then by context type and
      name: `{"kind": "shared" | "direct" | "affiliation", "via": {"id", "name",
      "type"} | None, "ties": {member id: [relation records]}}`, where `ties`
      lists each member's own relations to the context (for a direct or
      affiliation tie, the relation itself, under both ends). Relation records
      are as `relation_record` gives them; treat them as read-only, as lists may
      be shared between contexts.

    A context with n members makes n(n-1)/2 ties; `max_context_size` skips
    contexts with more members than that (a council of 5,000 staff says little
    about who works with whom) and lists their ids in `graph["skipped_contexts"]`.
    """
    ties = _ties(G, frozenset(kinds), cofunded=cofunded, max_context_size=max_context_size)
    C = nx.Graph(skipped_contexts=sorted({c for c, _ in ties.skipped}, key=str))
    C.add_nodes_from(
        (n, {"type": G.nodes[n].get("type"), "name": G.nodes[n].get("name") or str(n)})
        for n in ties.nodes
    )
    W = ties.weights()
    # Straight into the adjacency dicts: add_edge per tie is the slow part on
    # projections of millions of ties. Both directions share one dict, as in networkx.
    adj, nodes = C._adj, ties.nodes
    for i, j, w in zip(W.row.tolist(), W.col.tolist(), W.data.tolist(), strict=True):
        u, v = nodes[i], nodes[j]
        adj[u][v] = adj[v][u] = {"weight": w}
    remember_weights(C, nodes, W)
    if contexts:
        _add_contexts(G, C, ties)
    return C


def organisation_interlocks(
    G: nx.MultiDiGraph, *, contexts: bool = True, max_context_size: int | None = None
) -> nx.Graph:
    """Return organisations joined by the people they share (a person who works for
    or is a member of both), as in corporate-board studies.

    Nodes are every Organisation; `weight` is the number of shared people and
    `contexts` (unless `contexts=False`) lists each one as in
    `collaboration_graph`, with `via` the person. Shared events, partnerships and
    the like are not counted here; `collaboration_graph(G, kinds=("Organisation",))`
    counts them. `max_context_size` skips people in more organisations than that.
    """
    ties = _ties(
        G, frozenset({"Organisation"}), max_context_size=max_context_size, interlocks_only=True
    )
    C = nx.Graph(skipped_contexts=sorted({c for c, _ in ties.skipped}, key=str))
    C.add_nodes_from(
        (n, {"type": G.nodes[n].get("type"), "name": G.nodes[n].get("name") or str(n)})
        for n in ties.nodes
    )
    W = ties.weights()
    for i, j, w in zip(W.row.tolist(), W.col.tolist(), W.data.tolist(), strict=True):
        C.add_edge(ties.nodes[i], ties.nodes[j], weight=w)
    if contexts:
        _add_contexts(G, C, ties)
    return C


def collaboration_matrix(
    G: nx.MultiDiGraph,
    *,
    kinds: Collection[str] = ("Person",),
    interlocks_only: bool = False,
    max_context_size: int | None = None,
) -> sp.csr_array:
    """The binary symmetric adjacency matrix of `collaboration_graph` (or of
    `organisation_interlocks`), in graph node order, without building the graph."""
    member_kinds = frozenset({"Organisation"} if interlocks_only else kinds)
    ties = _ties(
        G, member_kinds, max_context_size=max_context_size, interlocks_only=interlocks_only
    )
    W = ties.weights().tocsr()
    A = (W + W.T).tocsr()
    A.data[:] = 1.0
    return A.astype(float)


_Link = tuple[Hashable, Hashable, dict[str, Any]]  # (source, target, relation attributes)


@dataclass
class _Ties:
    """Who is a member of what, and which relations tie members outright."""

    nodes: list[Hashable]  # every member entity, in graph order
    members: dict[tuple[Hashable, str], dict[Hashable, list[_Link]]]  # (context, kind) -> ...
    outright: list[tuple[str, _Link]]  # ("direct" | "affiliation", relation)
    skipped: list[tuple[Hashable, str]]  # contexts over the size limit

    def weights(self) -> sp.coo_array:
        """Tie weights as an upper-triangular matrix over `nodes`: B·Bᵀ of the
        member-by-context incidence matrix B, plus one per outright relation."""
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
        ends = np.array([sorted((index[u], index[v])) for _, (u, v, _) in self.outright], dtype=int)
        ends = ends.reshape(-1, 2)
        outright = sp.coo_array(
            (np.ones(len(ends), dtype=np.int64), (ends[:, 0], ends[:, 1])), shape=(n, n)
        )
        return sp.coo_array(shared + outright)


def _ties(
    G: nx.MultiDiGraph,
    kinds: frozenset[str],
    *,
    cofunded: bool = False,
    max_context_size: int | None = None,
    interlocks_only: bool = False,
) -> _Ties:
    types = {n: d.get("type") for n, d in G.nodes(data=True)}
    members: dict[tuple[Hashable, str], dict[Hashable, list[_Link]]] = defaultdict(dict)
    outright = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if u == v:
            continue
        rel, tu, tv = d.get("type", k), types[u], types[v]
        if not interlocks_only:
            kind = ties_outright(rel, tu, tv, kinds)
            if kind is not None:
                outright.append((kind, (u, v, d)))
        for context, member in memberships(rel, u, v, tu, tv, kinds, cofunded=cofunded):
            if interlocks_only and types[context] != "Person":
                continue
            key = (context, types[member])
            members[key].setdefault(member, []).append((u, v, d))
    limit = max_context_size if max_context_size is not None else float("inf")
    skipped = [c for c, mm in members.items() if len(mm) > limit]
    for c in skipped:
        del members[c]
    nodes = [n for n, t in types.items() if t in kinds]
    return _Ties(nodes, members, outright, skipped)


def _add_contexts(G: nx.MultiDiGraph, C: nx.Graph, ties: _Ties) -> None:
    adj = C._adj
    for _, _, data in C.edges(data=True):
        data["contexts"] = []
    records: dict[int, dict[str, Any]] = {}

    def record(link: _Link) -> dict[str, Any]:
        u, v, d = link
        found = records.get(id(d))
        if found is None:
            found = records[id(d)] = relation_record(G, u, v, d)
        return found

    for (context, _), mm in ties.members.items():
        if len(mm) < 2:
            continue
        via = describe(G, context)
        sides = [
            (m, sorted((record(link) for link in links), key=record_order))
            for m, links in mm.items()
        ]
        for (a, side_a), (b, side_b) in combinations(sides, 2):
            adj[a][b]["contexts"].append(
                {"kind": "shared", "via": via, "ties": {a: side_a, b: side_b}}
            )
    for kind, link in ties.outright:
        u, v, _ = link
        both = [record(link)]
        adj[u][v]["contexts"].append({"kind": kind, "via": None, "ties": {u: both, v: both}})
    for _, _, data in C.edges(data=True):
        if len(data["contexts"]) > 1:
            data["contexts"].sort(key=context_order)


_KIND_ORDER = {"direct": 0, "affiliation": 1, "shared": 2}
_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}


def context_order(context: dict[str, Any]) -> tuple:
    """Direct ties first, then affiliations, then shared contexts by type (in the
    vocabulary's order: organisations, events, reports, projects), name and id;
    outright ties by their relation's type, ends and dates."""
    via = context["via"] or {}
    rels = context.get("own") or next(iter(context.get("ties", {}).values()), [])
    first = rels[0] if rels else {}
    return (
        _KIND_ORDER[context["kind"]],
        _TYPE_ORDER.get(via.get("type"), len(_TYPE_ORDER)),
        str(via.get("name") or "").casefold(),
        str(via.get("id") or ""),
        *(str(first.get(f) or "") for f in ("type", "source", "target", "since", "date")),
    )
