"""Server-side positions for large maps."""

from __future__ import annotations

import math

from scipy.spatial import cKDTree

from collabgraph.render import spring_positions


def dist(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def test_every_node_gets_a_finite_position_and_the_same_one_each_time():
    ids = [f"n{i}" for i in range(40)]
    edges = [(f"n{i}", f"n{(i + 1) % 40}") for i in range(40)]
    pos = spring_positions(ids, edges)
    assert set(pos) == set(ids)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert spring_positions(ids, edges) == pos
    assert spring_positions(ids, edges, seed=1) != pos


def test_linked_nodes_sit_closer_than_unlinked_ones():
    ids = [f"n{i}" for i in range(60)]
    edges = [(f"n{i}", f"n{i + 1}") for i in range(59)]
    pos = spring_positions(ids, edges)
    linked = sum(dist(pos[a], pos[b]) for a, b in edges) / len(edges)
    unlinked = [dist(pos[f"n{i}"], pos[f"n{i + 30}"]) for i in range(30)]
    assert linked < 0.25 * sum(unlinked) / len(unlinked)


def test_separate_groups_do_not_overlap():
    ids = [f"a{i}" for i in range(200)] + [f"b{i}" for i in range(30)] + ["lonely"]
    edges = [("a0", f"a{i}") for i in range(1, 200)] + [
        (f"b{i}", f"b{j}") for i in range(30) for j in range(i + 1, 30) if (i * j) % 7 == 0
    ]
    pos = spring_positions(ids, edges)

    def box(prefix: str) -> tuple[float, float, float, float]:
        xs = [pos[n][0] for n in ids if n.startswith(prefix)]
        ys = [pos[n][1] for n in ids if n.startswith(prefix)]
        return min(xs), min(ys), max(xs), max(ys)

    a, b = box("a"), box("b")
    assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]


def test_large_graphs_spread_out():
    n = 3000
    ids = [f"n{i}" for i in range(n)]
    edges = [(f"n{i}", f"n{(i * 7 + 1) % n}") for i in range(n)]
    pos = spring_positions(ids, edges)
    # No pile-ups: hardly any node has another within a tenth of the link spacing.
    crowded = cKDTree(list(pos.values())).query_pairs(r=8.0)
    assert len(crowded) < n * 0.01


def test_edge_cases():
    assert spring_positions([], []) == {}
    assert spring_positions(["a"], [("a", "a"), ("a", "ghost")]) == {"a": (0.0, 0.0)}


def spread(pos: dict, groups: dict) -> float:
    """Mean distance of a node from its group's centre, over mean distance from the centre."""
    import numpy as np

    ids = list(pos)
    P = np.array([pos[i] for i in ids])
    g = np.array([groups[i] for i in ids])
    centres = {k: P[g == k].mean(axis=0) for k in set(g.tolist())}
    own = np.mean([np.linalg.norm(P[k] - centres[g[k]]) for k in range(len(ids))])
    return float(own / np.mean(np.linalg.norm(P - P.mean(axis=0), axis=1)))


def test_groups_gather_when_edges_between_them_pull_less():
    import random

    rng = random.Random(3)
    ids = [f"n{i}" for i in range(400)]
    groups = {n: i % 8 for i, n in enumerate(ids)}
    edges = set()
    while len(edges) < 1600:
        a, b = rng.sample(ids, 2)
        if groups[a] == groups[b] or rng.random() < 0.3:
            edges.add((a, b))
    plain = spring_positions(ids, sorted(edges), iterations=150)
    grouped = spring_positions(ids, sorted(edges), iterations=150, groups=groups)
    assert spread(grouped, groups) < 0.8 * spread(plain, groups)


def test_a_large_component_is_laid_out_by_igraph_with_unit_edges():
    from collabgraph.render import layout

    n = layout.IGRAPH_ABOVE + 200
    ids = [f"n{i}" for i in range(n)]
    edges = [(f"n{i}", f"n{(i * 7 + 1) % n}") for i in range(n)] + [
        (f"n{i}", f"n{i + 1}") for i in range(n - 1)
    ]
    pos = spring_positions(ids, edges, spacing=80.0)
    assert set(pos) == set(ids)
    lengths = sorted(dist(pos[a], pos[b]) for a, b in edges)
    assert 40 < lengths[len(lengths) // 2] < 160
    assert spring_positions(ids, edges, spacing=80.0) == pos
