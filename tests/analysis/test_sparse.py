from itertools import pairwise

import networkx as nx
import pytest

from collabgraph.analysis import betweenness, introductions, network_stats, sparse


def test_results_do_not_depend_on_block_sizes(monkeypatch):
    G = nx.les_miserables_graph()
    whole = (network_stats(G), introductions(G, limit=500), betweenness(G)["values"])
    monkeypatch.setattr(sparse, "BLOCK_ENTRIES", 40)
    monkeypatch.setattr(sparse, "DENSE_CELLS", 100)
    assert len(list(sparse.row_blocks(sparse.adjacency(G)))) > 10
    stats, found, between = network_stats(G), introductions(G, limit=500), betweenness(G)["values"]
    assert stats == whole[0]
    assert stats["triangles"] == sum(nx.triangles(G).values()) // 3
    assert len(found) > 100
    assert found == whole[1]
    assert between == pytest.approx(whole[2])
    assert between == pytest.approx(nx.betweenness_centrality(G))


def test_row_blocks_cover_every_row_once():
    A = sparse.adjacency(nx.karate_club_graph())
    blocks = list(sparse.row_blocks(A, budget=1))
    assert blocks[0][0] == 0 and blocks[-1][1] == 34
    assert all(a[1] == b[0] for a, b in pairwise(blocks))
