"""Network analysis of the entity graph: pure functions, a networkx graph in, plain data out.

Start from `to_networkx(subgraph)`; `collaboration_graph` projects it onto who
works with whom; the rest read either graph.
"""

from collabgraph.analysis.centrality import (
    betweenness,
    centrality,
    degree,
    harmonic,
    influence,
    measures,
    pagerank,
    ranked,
)
from collabgraph.analysis.collaboration import (
    collaboration_graph,
    collaboration_network,
    organisation_interlocks,
)
from collabgraph.analysis.collaborators import collaborators_of, fetch_plan
from collabgraph.analysis.communities import (
    brokers,
    communities,
    community_report,
    describe_communities,
)
from collabgraph.analysis.graph import filter_graph, simple_graph, to_networkx, to_subgraph
from collabgraph.analysis.introductions import introductions
from collabgraph.analysis.paths import ego_network, shortest_path
from collabgraph.analysis.summary import network_stats, summary

__all__ = [
    "betweenness",
    "brokers",
    "centrality",
    "collaboration_graph",
    "collaboration_network",
    "collaborators_of",
    "communities",
    "community_report",
    "degree",
    "describe_communities",
    "ego_network",
    "fetch_plan",
    "filter_graph",
    "harmonic",
    "influence",
    "introductions",
    "measures",
    "network_stats",
    "organisation_interlocks",
    "pagerank",
    "ranked",
    "shortest_path",
    "simple_graph",
    "summary",
    "to_networkx",
    "to_subgraph",
]
