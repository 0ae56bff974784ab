"""The networks a map can draw, each from the library's one definition.

The entities view draws the entity graph as stated. The people and
organisations views draw who works with whom, and that meaning lives in
`collabgraph.analysis` alone (`collaboration_graph`); this module only calls
it, so a map always agrees with `/analysis/*` and the collaborators answers.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import networkx as nx

from collabgraph import analysis
from collabgraph.maps.request import VIEW_MEMBERS, MapFilters
from collabgraph.render.view import Tie

MAX_CONTEXT_SIZE = 300
"""A shared context with more members than this (a council of 5,000 staff, a
paper with 500 authors) would tie every pair of them, n(n-1)/2 lines that hide
everything else; collaboration maps leave such contexts out and say so."""


def collaboration_network(
    G: nx.MultiDiGraph, view: str, *, max_context_size: int | None = MAX_CONTEXT_SIZE
) -> nx.Graph:
    """The `view` ("people" or "organisations") network of entity graph `G`.

    Nodes are the view's members (every Person, or every Organisation) with
    `type` and `name`; edges carry `weight` and `contexts` as
    `analysis.collaboration_graph` defines them, for the same members as
    `/analysis/*?network=people|organisations`. Contexts with more than
    `max_context_size` members are skipped and listed in
    `graph["skipped_contexts"]`. Raises KeyError for any other view.
    """
    return analysis.collaboration_graph(
        G, kinds=(VIEW_MEMBERS[view],), max_context_size=max_context_size
    )


def filter_entities(
    G: nx.MultiDiGraph,
    filters: MapFilters,
    *,
    members: str | None = None,
    communities: dict[Hashable, int] | None = None,
) -> nx.MultiDiGraph:
    """The part of entity graph `G` that passes `filters` (a new graph; `G` is left alone).

    With `members` (a collaboration view), entities of that type always stay
    and `types` only picks the kinds of context kept; `community` is left to
    the caller, since it numbers the collaboration network's communities.
    Without it (the entities view), `community` keeps the members of one of
    `communities`, and entities left with none of the chosen `relations` are
    dropped: the map shows those relations and what they join.
    """
    types = filters.types
    if types is not None and members is not None:
        types = (*types, members)
    H = analysis.filter_graph(
        G, types=types, relation_types=filters.relations, since=filters.since,
        until=filters.until, reviewed=bool(filters.reviewed),
    )  # fmt: skip
    if members is None:
        if filters.community is not None:
            found = communities or {}
            H.remove_nodes_from([n for n in list(H) if found.get(n) != filters.community])
        if filters.relations is not None:
            H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    return H


def numbered_communities(G: nx.Graph) -> dict[Hashable, int]:
    """Community of every node, numbered as `/analysis/communities` lists them
    (0 is the largest)."""
    return {n: i for i, members in enumerate(analysis.communities(G)) for n in members}


def ties_among(C: nx.Graph, ids: Iterable[Hashable]) -> list[Tie]:
    """Every tie of collaboration network `C` between two of `ids`, in a fixed order."""
    keep = set(ids)
    found = []
    for u, v, d in C.subgraph(keep).edges(data=True):
        a, b = sorted((str(u), str(v)))
        found.append(Tie(a, b, int(d.get("weight", 1)), tuple(d.get("contexts") or ())))
    found.sort(key=lambda t: (t.source, t.target))
    return found
