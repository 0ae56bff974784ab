from itertools import pairwise

import networkx as nx

from collabgraph.analysis import introductions, network_stats, sparse

from .builders import graph


def people_graph(G: nx.Graph):
    """G's nodes as people and its edges as COLLABORATES_WITH, an entity graph."""
    return graph(
        {str(n): "Person" for n in G}, [(str(a), "COLLABORATES_WITH", str(b)) for a, b in G.edges()]
    )


def test_results_do_not_depend_on_block_sizes(monkeypatch):
    G = nx.les_miserables_graph()
    E = people_graph(G)
    whole = (network_stats(G), introductions(E, limit=500))
    monkeypatch.setattr(sparse, "BLOCK_ENTRIES", 40)
    assert len(list(sparse.row_blocks(sparse.adjacency(G)))) > 10
    stats, found = network_stats(G), introductions(E, limit=500)
    assert stats == whole[0]
    assert stats["triangles"] == sum(nx.triangles(G).values()) // 3
    assert len(found["introductions"]) > 100
    assert found == whole[1]


def test_row_blocks_cover_every_row_once():
    A = sparse.adjacency(nx.karate_club_graph())
    blocks = list(sparse.row_blocks(A, budget=1))
    assert blocks[0][0] == 0 and blocks[-1][1] == 34
    assert all(a[1] == b[0] for a, b in pairwise(blocks))
