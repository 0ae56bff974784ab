"""`build_map_view`: the one place a map is composed, for `/map`, `/map/{ref}` and exports.

A map reads the whole entity graph (loaded once per version of the store and
kept, with the answers computed from it, by an `Answers` cache such as the
API's `GraphCache`), or for an entities-view neighbourhood the store's own
`neighbourhood`. Influence sizes nodes and communities colour them; both come
from the view's network before any filter, so a node keeps its size and colour
whatever is filtered out around it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any, Protocol, TypeVar

import networkx as nx

from collabgraph import analysis
from collabgraph.maps.networks import (
    MAX_CONTEXT_SIZE,
    collaboration_network,
    filter_entities,
    numbered_communities,
    ties_among,
)
from collabgraph.maps.request import MAX_LIMIT, MapFilters, MapRequest
from collabgraph.model.graph import Entity, Subgraph
from collabgraph.queries import find_entity
from collabgraph.render.layout import spring_positions
from collabgraph.render.page import SEED_LAYOUT_ABOVE
from collabgraph.render.payload import select_top
from collabgraph.render.view import MapView, Tie
from collabgraph.store import GraphStore

T = TypeVar("T")

VIEW_NOUNS = {"entities": "entities", "people": "people", "organisations": "organisations"}
VIEW_TITLES = {
    "entities": "Whole network",
    "people": "Who works with whom: people",
    "organisations": "Who works with whom: organisations",
}
LAYOUT_ITERATIONS = 150
"""Enough force-layout steps for communities to gather (measured on ca-GrQc: the mean
distance of a node from its community's centre falls from 0.78 of the mean distance
from the map's centre at 60 steps to 0.36 at 150)."""


class Answers(Protocol):
    """The whole entity graph of a store and answers computed from it, kept between calls.

    `collabgraph.api.graph_cache.GraphCache` is one (kept per version of the store, across
    requests); `Memo` is another, for one command's run.
    """

    def graph(self, store: GraphStore) -> nx.MultiDiGraph: ...

    def answer(
        self, store: GraphStore, key: Hashable, compute: Callable[[nx.MultiDiGraph], T]
    ) -> T: ...


class Memo:
    """`Answers` for a single run: the graph loaded on first use, every answer remembered."""

    def __init__(self) -> None:
        self._graph: nx.MultiDiGraph | None = None
        self._answers: dict[Hashable, Any] = {}

    def graph(self, store: GraphStore) -> nx.MultiDiGraph:
        if self._graph is None:
            self._graph = analysis.to_networkx(store.subgraph())
        return self._graph

    def answer(
        self, store: GraphStore, key: Hashable, compute: Callable[[nx.MultiDiGraph], T]
    ) -> T:
        if key not in self._answers:
            self._answers[key] = compute(self.graph(store))
        return self._answers[key]


def build_map_view(
    store: GraphStore, request: MapRequest, *, answers: Answers | None = None
) -> MapView:
    """Compose the map `request` asks for.

    A whole-network map (`request.focus` None) draws the `limit` most
    influential entities (or people, or organisations) that pass the filters
    and everything among them. An entity's map draws what lies within `depth`
    hops of it: in the entities view, what `store.neighbourhood` returns; in a
    collaboration view, the collaborators within `depth` ties of a member, or
    the members within `depth` hops of any other entity, with the ties among
    them. Maps over `SEED_LAYOUT_ABOVE` entities come with server positions.

    Raises EntityNotFound or AmbiguousName for a focus that names no entity or
    several.
    """
    answers = answers or Memo()
    if request.focus is None:
        view = _whole(store, request, answers)
    else:
        view = _around(store, request, answers)
    return view


# --- whole networks ------------------------------------------------------------------


def _whole(store: GraphStore, request: MapRequest, answers: Answers) -> MapView:
    influence, communities = _sizes_and_colours(store, request.view, answers)
    key = ("maps", "whole", request.view, request.filters, request.limit)
    if request.members is None:

        def select(G: nx.MultiDiGraph) -> tuple[Subgraph, int, list[Tie], list[str]]:
            H = filter_entities(G, request.filters, communities=communities)
            top = select_top(analysis.to_subgraph(H), influence, request.limit)
            return top, H.number_of_nodes(), [], []

    else:

        def select(G: nx.MultiDiGraph) -> tuple[Subgraph, int, list[Tie], list[str]]:
            C = _network(store, request.view, request.filters, answers)
            members = [
                n
                for n in C
                if request.filters.community is None
                or communities.get(n) == request.filters.community
            ]
            ranked = _ranked(C, members, influence)[: request.limit]
            entities = _entities(G, ranked)
            return Subgraph(entities), len(members), ties_among(C, ranked), _skipped(C)

    shown, total, ties, skipped = answers.answer(store, key, select)
    positions = answers.answer(
        store, ("maps", "positions", *key), lambda G: _positions(shown, ties, communities)
    )
    count = len(shown.entities)
    noun = VIEW_NOUNS[request.view]
    if count < total:
        note = f"Showing the top {count:,} of {total:,} {noun} by influence."
        more = {"limit": min(request.limit * 2, MAX_LIMIT)} if request.limit < MAX_LIMIT else None
    else:
        note, more = f"Showing all {total:,} {noun}.", None
    if request.view == "entities" and request.filters.types in (("Person",), ("Organisation",)):
        # People alone (or organisations alone) are mostly unlinked in the entity graph:
        # their ties run through what they share.
        kind = "people" if request.filters.types == ("Person",) else "organisations"
        note += f" For who works with whom, see the {kind} view."
    return MapView(
        title=VIEW_TITLES[request.view],
        entities=shown.entities,
        relations=shown.relations,
        ties=ties,
        view=request.view,
        influence=influence,
        communities=communities,
        color_by=request.colours,
        positions=positions,
        limit=request.limit,
        total=total,
        note=_with_skipped(note + _ties_note(request), skipped),
        more=more,
        skipped_contexts=skipped,
        reviewed_only=bool(request.filters.reviewed),
    )


# --- one entity's map ------------------------------------------------------------------


def _around(store: GraphStore, request: MapRequest, answers: Answers) -> MapView:
    assert request.focus is not None
    entity = find_entity(store, request.focus)
    influence, communities = _sizes_and_colours(store, request.view, answers)
    depth = request.depth
    hops = "1 hop" if depth == 1 else f"{depth} hops"
    filtered = ", filtered" if request.filters.active else ""
    skipped: list[str] = []
    ties: list[Tie] = []
    if request.members is None:
        shown = store.neighbourhood(entity.id, depth=depth)
        if request.filters.active:
            H = filter_entities(
                analysis.to_networkx(shown), request.filters, communities=communities
            )
            shown = analysis.to_subgraph(H)
        title = entity.name
        note = f"{entity.name} and everything within {hops}{filtered}."
    else:
        C = _network(store, request.view, request.filters, answers)
        noun = VIEW_NOUNS[request.view]
        if entity.type == request.members:
            near = nx.single_source_shortest_path_length(C, entity.id, cutoff=depth)
            ties_word = "tie" if depth == 1 else "ties"
            note = f"{entity.name} and the {noun} within {depth} {ties_word}{filtered}."
        else:
            H = _filtered(store, request.view, request.filters, answers)
            reach = nx.single_source_shortest_path_length(
                H.to_undirected(as_view=True), entity.id, cutoff=depth
            )
            near = {n: d for n, d in reach.items() if n in C}
            note = f"The {noun} within {hops} of {entity.name}{filtered}."
        kept = [
            n
            for n in near
            if request.filters.community is None or communities.get(n) == request.filters.community
        ]
        G = answers.graph(store)
        ranked = _ranked(C, kept, influence)
        shown = Subgraph(_entities(G, ranked))
        ties = ties_among(C, ranked)
        skipped = _skipped(C)
        title = entity.name
        note += _ties_note(request)
    ids = {e.id for e in shown.entities}
    more = {"depth": depth + 1} if depth < 3 else None
    return MapView(
        title=title,
        entities=shown.entities,
        relations=shown.relations,
        ties=ties,
        view=request.view,
        influence=influence,
        communities=communities,
        color_by=request.colours,
        positions=_positions(shown, ties, communities),
        focus=entity.id if entity.id in ids else None,
        depth=depth,
        total=len(ids),
        note=_with_skipped(note, skipped),
        more=more,
        skipped_contexts=skipped,
        reviewed_only=bool(request.filters.reviewed),
    )


# --- shared steps ------------------------------------------------------------------------


def _sizes_and_colours(
    store: GraphStore, view: str, answers: Answers
) -> tuple[dict[str, float], dict[str, int]]:
    """Influence and communities of the view's whole network, before any filter."""

    def network(G: nx.MultiDiGraph) -> nx.Graph:
        return G if view == "entities" else _network(store, view, MapFilters(), answers)

    influence = answers.answer(
        store, ("maps", "influence", view), lambda G: analysis.influence(network(G))
    )
    communities = answers.answer(
        store, ("maps", "communities", view), lambda G: numbered_communities(network(G))
    )
    return influence, communities


def _filtered(
    store: GraphStore, view: str, filters: MapFilters, answers: Answers
) -> nx.MultiDiGraph:
    """The entity graph as a collaboration view's filters leave it (community aside)."""
    base = replace(filters, community=None)
    if not base.active:
        return answers.graph(store)
    members = "Person" if view == "people" else "Organisation"
    return answers.answer(
        store,
        ("maps", "filtered", view, base),
        lambda G: filter_entities(G, base, members=members),
    )


def _network(store: GraphStore, view: str, filters: MapFilters, answers: Answers) -> nx.Graph:
    """The collaboration network of `view` over the filtered entity graph (community aside)."""
    base = replace(filters, community=None)
    return answers.answer(
        store,
        ("maps", "network", view, base),
        lambda G: collaboration_network(_filtered(store, view, base, answers), view),
    )


def _ranked(C: nx.Graph, ids: list[Hashable], influence: dict[str, float]) -> list[str]:
    """Ids most influential first; ties by name, then id."""
    return sorted(
        (str(n) for n in ids),
        key=lambda n: (-influence.get(n, 0.0), str(C.nodes[n].get("name") or n).casefold(), n),
    )


def _entities(G: nx.MultiDiGraph, ids: list[str]) -> list[Entity]:
    """The records of `ids` (in that order) from the entity graph."""
    records = {e.id: e for e in analysis.to_subgraph(G.subgraph(ids)).entities}
    return [records[i] for i in ids if i in records]


def _positions(
    shown: Subgraph, ties: list[Tie], communities: dict[str, int]
) -> dict[str, tuple[float, float]] | None:
    """Server positions for a map too large for the browser to lay out, each
    community gathered in its own region."""
    ids = list(dict.fromkeys(e.id for e in shown.entities))
    if len(ids) <= SEED_LAYOUT_ABOVE:
        return None
    links = ties if ties else shown.relations
    return spring_positions(
        ids, [(r.source, r.target) for r in links], groups=communities, iterations=LAYOUT_ITERATIONS
    )


def _skipped(C: nx.Graph) -> list[str]:
    return [str(c) for c in C.graph.get("skipped_contexts", [])]


def _ties_note(request: MapRequest) -> str:
    if request.members is None:
        return ""
    what = "people" if request.view == "people" else "organisations"
    extra = " or a person works for both" if request.view == "organisations" else ""
    return (
        f" A line joins two {what} who share an organisation, event, report or project{extra},"
        " or are said to collaborate."
    )


def _with_skipped(note: str, skipped: list[str]) -> str:
    if not skipped:
        return note
    return (
        f"{note} Left out: {len(skipped):,} contexts of more than {MAX_CONTEXT_SIZE} members,"
        " which would tie everyone in them."
    )
