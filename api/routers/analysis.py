"""Network analysis of the whole graph: summary, centrality, communities, brokers, introductions.

Every answer is a function of `collabgraph.analysis` over the graph the store
holds now; `GraphCache` loads that graph once per version of the store and
remembers answers until it changes.
"""

from __future__ import annotations

from typing import Annotated

import networkx as nx
from fastapi import APIRouter, Query

from api.deps import GraphCacheDep, StoreDep
from api.schemas import (
    AMBIGUOUS,
    NETWORK_DESCRIPTION,
    NOT_FOUND,
    UNAVAILABLE,
    BrokersOut,
    CentralityOut,
    CommunitiesOut,
    IntroductionsOut,
    Network,
    SummaryOut,
)
from collabgraph import analysis
from collabgraph.queries import find_entity

router = APIRouter(prefix="/analysis", tags=["analysis"])

NetworkQuery = Annotated[Network, Query(description=NETWORK_DESCRIPTION)]
LimitQuery = Annotated[int, Query(ge=1, le=1000, description="How many to return.")]
ResolutionQuery = Annotated[
    float, Query(gt=0, le=10, description="Louvain resolution: higher gives smaller communities.")
]


def network_of(G: nx.MultiDiGraph, network: Network) -> nx.Graph:
    """The graph an analysis reads, projected from the entity graph."""
    return analysis.collaboration_network(G, network)


@router.get("/summary", response_model=SummaryOut, responses=UNAVAILABLE)
def summary(store: StoreDep, cache: GraphCacheDep) -> dict:
    """Counts per type, and size, components, clustering and triangles of the entity graph,
    the collaboration graph of people and the interlocks of organisations."""
    return cache.answer(store, ("summary",), analysis.summary)


@router.get("/centrality", response_model=CentralityOut, responses=UNAVAILABLE)
def centrality(
    store: StoreDep, cache: GraphCacheDep, network: NetworkQuery = "people", limit: LimitQuery = 20
) -> dict:
    """Degree, strength, betweenness, PageRank and influence, most influential first.

    Betweenness is exact up to 2,000 nodes, then estimated from seeded samples.
    """
    found = cache.answer(
        store, ("centrality", network), lambda G: analysis.centrality(network_of(G, network))
    )
    return {
        "network": network,
        "betweenness": found["betweenness"],
        "nodes": found["nodes"][:limit],
    }


def _communities(
    G: nx.MultiDiGraph, network: Network, resolution: float
) -> tuple[nx.Graph, list[list[str]]]:
    H = network_of(G, network)
    return H, analysis.communities(H, resolution=resolution)


@router.get("/communities", response_model=CommunitiesOut, responses=UNAVAILABLE)
def communities(
    store: StoreDep,
    cache: GraphCacheDep,
    network: NetworkQuery = "people",
    resolution: ResolutionQuery = 1.0,
    top: Annotated[int, Query(ge=1, le=100, description="Best-connected members shown.")] = 5,
) -> dict:
    """Louvain communities, largest first, with their best-connected members."""
    described = cache.answer(
        store,
        ("communities", network, resolution, top),
        lambda G: analysis.describe_communities(*_communities(G, network, resolution), top=top),
    )
    return {"network": network, **described}


@router.get("/brokers", response_model=BrokersOut, responses=UNAVAILABLE)
def brokers(
    store: StoreDep,
    cache: GraphCacheDep,
    network: NetworkQuery = "people",
    resolution: ResolutionQuery = 1.0,
    limit: LimitQuery = 20,
) -> dict:
    """Who bridges communities: participation across communities together with betweenness."""
    ranked = cache.answer(
        store, ("brokers", network, resolution), lambda G: _brokers(G, network, resolution)
    )
    return {"network": network, "brokers": ranked[:limit]}


def _brokers(G: nx.MultiDiGraph, network: Network, resolution: float) -> list[dict]:
    return analysis.brokers(*_communities(G, network, resolution), limit=None)


@router.get(
    "/introductions",
    response_model=IntroductionsOut,
    responses={**NOT_FOUND, **AMBIGUOUS, **UNAVAILABLE},
)
def introductions(
    store: StoreDep,
    cache: GraphCacheDep,
    for_: Annotated[
        str | None,
        Query(
            alias="for",
            description="Only introductions for this entity (id, name or alias).",
            examples=["Henry Kippin"],
        ),
    ] = None,
    network: NetworkQuery = "people",
    min_common: Annotated[int, Query(ge=1, description="Shared collaborators needed.")] = 2,
    limit: LimitQuery = 20,
) -> dict:
    """Pairs who work with the same people but not with each other, most in common first."""
    entity_id = find_entity(store, for_).id if for_ else None
    found = cache.answer(
        store,
        ("introductions", network, entity_id, min_common, limit),
        lambda G: analysis.introductions(
            network_of(G, network), for_id=entity_id, limit=limit, min_common=min_common
        ),
    )
    return {"network": network, "introductions": found}
