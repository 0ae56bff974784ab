"""What the API's analysis endpoints answer (`/analysis/...`), as pydantic models
with examples for the OpenAPI page: the whole graph in numbers, centrality,
communities, brokers, introductions and how the network changed.

The entity and error models they build on are in `collabgraph.api.schemas`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from collabgraph.api.schemas import ANNA, HENRY, JEAN, NodeOut, WindowOut, _examples

Network = Literal["people", "organisations", "everyone", "entities"]
CollaborationNetwork = Literal["people", "organisations", "everyone"]
NETWORK_DESCRIPTION = (
    "Which graph to read (docs/collaboration.md): `people` (who works with whom: people"
    " sharing an organisation, event, report or project, or tied outright), `organisations`"
    " (the same for organisations, shared people included), `everyone` (both, and each"
    " person tied to their own organisations) or `entities` (the whole entity graph)."
)


class NetworkStatsOut(BaseModel):
    nodes: int
    edges: int
    density: float
    components: int
    largest_component: int
    largest_component_edges: int
    isolated: int
    average_clustering: float
    triangles: int


class SummaryOut(BaseModel):
    """The whole graph in numbers."""

    entities: int
    relations: int
    sources: int
    entity_types: dict[str, int]
    relation_types: dict[str, int]
    graph: NetworkStatsOut = Field(description="The entity graph itself.")
    collaboration: NetworkStatsOut = Field(description="People joined by shared contexts.")
    interlocks: NetworkStatsOut = Field(description="Organisations joined by shared people.")
    window: WindowOut


class MeasureMethodOut(BaseModel):
    """How betweenness and harmonic centrality were computed."""

    exact: bool
    k: int | None = Field(None, description="Sampled sources when estimated.")
    seed: int | None = None
    budget: int = Field(description="Sources × ties within which they are exact.")


class CentralityNodeOut(BaseModel):
    id: str
    name: str
    type: str | None
    degree: int
    strength: float
    betweenness: float
    harmonic: float = Field(description="Sum over everyone else of 1 / hops to them.")
    pagerank: float
    influence: float = Field(description="Harmonic centrality scaled so the top node scores 1.")

    model_config = _examples(
        {
            **ANNA,
            "degree": 5,
            "strength": 6,
            "betweenness": 0.12,
            "harmonic": 5.5,
            "pagerank": 0.18,
            "influence": 1.0,
        }
    )


class CentralityOut(BaseModel):
    network: Network
    window: WindowOut
    method: MeasureMethodOut
    sort: str
    total: int = Field(description="Rows in all pages.")
    offset: int
    next_offset: int | None = Field(None, description="Offset of the next page; null at the end.")
    nodes: list[CentralityNodeOut]


class TopMemberOut(NodeOut):
    degree: int


class CommunityOut(BaseModel):
    id: int
    size: int
    members: list[str]
    top: list[TopMemberOut]


class CommunitiesOut(BaseModel):
    """Communities, largest first; the same graph, method and seed always give the same ones."""

    network: Network
    window: WindowOut
    method: Literal["leiden", "louvain"]
    resolution: float
    seed: int
    runs: int = Field(description="Seeds tried (seed, seed + 1, ...); the best partition kept.")
    iterations: int | None = Field(None, description="Leiden's passes over the graph.")
    modularity: float = Field(description="Newman's modularity of the partition (resolution 1).")
    communities: list[CommunityOut]


class CommunityTiesOut(BaseModel):
    community: int
    count: int
    strength: float


class BrokerOut(BaseModel):
    id: str
    name: str
    type: str | None
    community: int
    communities: list[int] = Field(description="Every community touched, their own first.")
    ties: list[CommunityTiesOut]
    participation: float
    betweenness: float
    score: float


class BrokersOut(BaseModel):
    """Who bridges communities, best broker first."""

    network: Network
    window: WindowOut
    brokers: list[BrokerOut]


class SectorNodeOut(NodeOut):
    sectors: list[str] = Field(description="public, voluntary, private: as far as known.")


class TieStepOut(BaseModel):
    """One tie of an introduction's evidence path, with its contexts."""

    from_: NodeOut = Field(alias="from")
    to: NodeOut
    contexts: list[dict[str, Any]] = Field(description="As in /entities/{id}/collaborators.")

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class IntroductionOut(BaseModel):
    """Two of one kind who share collaborators but are not tied in any way yet."""

    a: SectorNodeOut
    b: SectorNodeOut
    common_count: int
    contexts: int = Field(description="Contexts of the ties from a and b to those shared.")
    common: list[NodeOut]
    reason: str
    cross_sector: bool = Field(description="a and b are in different sectors.")
    path: list[TieStepOut] = Field(description="a to the strongest shared collaborator to b.")

    model_config = _examples(
        {
            "a": {**HENRY, "sectors": ["voluntary"]},
            "b": {
                "id": "person:ada-okafor",
                "name": "Ada Okafor",
                "type": "Person",
                "sectors": ["public"],
            },
            "common_count": 2,
            "contexts": 4,
            "common": [JEAN, {"id": "person:alice-evans", "name": "Alice Evans", "type": "Person"}],
            "reason": "both work with Jean Stretton and Alice Evans",
            "cross_sector": True,
            "path": [],
        }
    )


class IntroductionsOut(BaseModel):
    network: CollaborationNetwork
    window: WindowOut
    introductions: list[IntroductionOut]


class TieOut(BaseModel):
    a: NodeOut
    b: NodeOut
    weight: float


class TieChangesOut(BaseModel):
    appeared: list[TieOut]
    went: list[TieOut]
    appeared_count: int
    went_count: int
    kept: int


class BridgeChangesOut(BaseModel):
    appeared: list[TieOut]
    went: list[TieOut]


class NetworkChangesOut(BaseModel):
    """Ties and bridges that appeared or went from one period to the next."""

    network: Network
    from_: WindowOut = Field(alias="from")
    to: WindowOut
    ties: TieChangesOut
    bridges: BridgeChangesOut = Field(
        description="Ties whose loss would cut a part of the network off (networkx `bridges`)."
    )

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)
