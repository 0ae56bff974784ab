"""Server-side positions for maps too large for the browser's physics simulation.

networkx's force layouts compute every pairwise repulsion and take tens of
seconds at 5,000 nodes on two cores. Here each connected component is laid
out on its own with Fruchterman and Reingold's forces: all pairs for small
components; for large ones, exact repulsion only between near neighbours (a
k-d tree) and the rest approximated on a grid by FFT convolution (a
particle-mesh method); components of more than `IGRAPH_ABOVE` nodes by
igraph's grid Fruchterman-Reingold, in C (about 2 s for 20,000 nodes and
200,000 edges here, where the numpy loop takes tens of seconds). Components
are then packed in rows, largest first, so separate groups never overlap.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Hashable, Iterable, Mapping, Sequence

import igraph as ig
import numpy as np
from scipy.signal import fftconvolve
from scipy.sparse import coo_array
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

EXACT_LIMIT = 300
"""Components up to this many nodes get exact all-pairs repulsion."""
CROSS_GROUP_PULL = 0.05
"""How hard an edge between two groups pulls, against 1 for an edge inside one: weak
enough that each community gathers in its own region, so its colour reads as a
place on the map rather than confetti. (Clusters show in a force layout when the
pull between them is weaker than within them; Noack's LinLog energy model gets
there by other means.)"""

IGRAPH_ABOVE = 5000
"""Components larger than this are laid out by igraph."""
IGRAPH_ITERATIONS = 200
_IGRAPH_RNG = threading.Lock()  # igraph draws from one process-wide random generator

_TINY = 5


def spring_positions(
    node_ids: Sequence[str],
    edges: Iterable[tuple[str, str]],
    *,
    spacing: float = 80.0,
    iterations: int = 60,
    seed: int = 0,
    groups: Mapping[str, Hashable] | None = None,
) -> dict[str, tuple[float, float]]:
    """Return an `(x, y)` position for every node id, in pixels, centred on 0.

    `spacing` is roughly the distance between linked nodes. With `groups`
    (node id to group, e.g. its community), an edge between two groups pulls
    only `CROSS_GROUP_PULL` as hard as one inside a group, so groups gather.
    Edges naming unknown ids are ignored. The result depends only on the
    inputs and `seed`, so the same graph always gets the same map.
    """
    n = len(node_ids)
    if n == 0:
        return {}
    index = {node_id: i for i, node_id in enumerate(node_ids)}
    pairs = {
        (min(index[a], index[b]), max(index[a], index[b]))
        for a, b in edges
        if a in index and b in index and a != b
    }
    links = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    pull = np.ones(len(links))
    if groups is not None and len(links):
        group = [groups.get(node_id) for node_id in node_ids]
        apart = np.array([group[a] is None or group[a] != group[b] for a, b in links.tolist()])
        pull[apart] = CROSS_GROUP_PULL
    adjacency = coo_array((np.ones(len(links)), (links[:, 0], links[:, 1])), shape=(n, n)).tocsr()
    _, labels = connected_components(adjacency, directed=False)
    order = np.argsort(labels, kind="stable")
    components = np.split(order, np.flatnonzero(np.diff(labels[order])) + 1)
    components.sort(key=lambda g: (-len(g), int(g[0])))

    rng = np.random.default_rng(seed)
    local_of = np.empty(n, dtype=np.int64)
    link_group = labels[links[:, 0]] if len(links) else np.empty(0, dtype=np.int64)
    placed = []
    for members in components:
        local_of[members] = np.arange(len(members))
        mine = link_group == labels[members[0]]
        placed.append(_component(len(members), local_of[links[mine]], pull[mine], iterations, rng))
    pos = np.empty((n, 2))
    for members, offset_pos in zip(components, _pack(placed), strict=True):
        pos[members] = offset_pos
    pos -= (pos.min(axis=0) + pos.max(axis=0)) / 2
    pos *= spacing
    return {node_id: (float(x), float(y)) for node_id, (x, y) in zip(node_ids, pos, strict=True)}


def _component(
    n: int, links: np.ndarray, strength: np.ndarray, iterations: int, rng: np.random.Generator
) -> np.ndarray:
    """Positions of one connected component, with an ideal edge length of 1; each
    link pulls with its `strength`."""
    if n == 1:
        return np.zeros((1, 2))
    if n > IGRAPH_ABOVE:
        return _igraph_component(n, links, strength, rng)
    if n <= _TINY:
        radius = 0.5 / np.sin(np.pi / n)
        angle = 2 * np.pi * np.arange(n) / n + np.pi / 2
        return radius * np.stack([np.cos(angle), np.sin(angle)], axis=1)
    side = np.sqrt(n)
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    temperature = side / 8
    cooling = (0.02 / 8) ** (1 / max(iterations - 1, 1))
    # Linear gravity with 1/d repulsion packs nodes at about gravity/pi per unit area.
    gravity = 0.3
    for _ in range(iterations):
        centre = pos.mean(axis=0)
        disp = -gravity * (pos - centre)
        disp += _exact_repulsion(pos) if n <= EXACT_LIMIT else _grid_repulsion(pos)
        if len(links):
            pull = (pos[links[:, 0]] - pos[links[:, 1]]) * strength[:, None]
            disp += _scatter(links[:, 1], pull, n) - _scatter(links[:, 0], pull, n)
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    return pos


def _igraph_component(
    n: int, links: np.ndarray, strength: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """Positions of one large component by igraph's grid Fruchterman-Reingold (edge
    weights scale attraction), rescaled so that the median edge has length 1."""
    graph = ig.Graph(n=n, edges=links.tolist())
    start = rng.uniform(-np.sqrt(n) / 2, np.sqrt(n) / 2, size=(n, 2)).tolist()
    # Seeded for this call alone, so the same graph always gets the same map.
    with _IGRAPH_RNG:
        ig.set_random_number_generator(random.Random(int(rng.integers(2**31))))
        try:
            placed = graph.layout_fruchterman_reingold(
                weights=strength.tolist(), niter=IGRAPH_ITERATIONS, grid=True, seed=start
            )
        finally:
            ig.set_random_number_generator(random)
    pos = np.array(placed.coords, dtype=float)
    lengths = np.sqrt(((pos[links[:, 0]] - pos[links[:, 1]]) ** 2).sum(axis=1))
    typical = float(np.median(lengths)) if len(lengths) else 1.0
    return pos / (typical if typical > 0 else 1.0)


def _exact_repulsion(pos: np.ndarray) -> np.ndarray:
    dx = pos[:, 0:1] - pos[None, :, 0]
    dy = pos[:, 1:2] - pos[None, :, 1]
    inv = 1.0 / np.maximum(dx * dx + dy * dy, 1e-4)
    return np.stack([(dx * inv).sum(axis=1), (dy * inv).sum(axis=1)], axis=1)


def _grid_repulsion(pos: np.ndarray) -> np.ndarray:
    """Exact repulsion from nodes within distance 2, the rest from a grid."""
    n = len(pos)
    out = _far_repulsion(pos)
    close = cKDTree(pos).query_pairs(r=2.0, output_type="ndarray")
    if len(close):
        delta = pos[close[:, 0]] - pos[close[:, 1]]
        push = delta / np.maximum((delta**2).sum(axis=1), 1e-4)[:, None]
        out += _scatter(close[:, 0], push, n) - _scatter(close[:, 1], push, n)
    return out


def _far_repulsion(pos: np.ndarray, cells: int = 64) -> np.ndarray:
    """Repulsion of distant nodes, approximated on a `cells` x `cells` grid.

    Node counts per cell are convolved with the force between cell centres;
    each node feels the force at its own cell. A node's own and adjacent cells
    are left out: `_grid_repulsion` counts those nodes exactly.
    """
    lo = pos.min(axis=0)
    size = max(float((pos.max(axis=0) - lo).max()) / cells, 1e-9)
    cell = np.minimum(((pos - lo) / size).astype(np.int64), cells - 1)
    mass = np.zeros((cells, cells))
    np.add.at(mass, (cell[:, 0], cell[:, 1]), 1.0)
    offsets = np.arange(-(cells - 1), cells) * size
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    dist2 = dx * dx + dy * dy
    near = dist2 <= 2.0 * size * size
    scale = np.where(near, 0.0, 1.0 / np.where(near, 1.0, dist2))
    fx = fftconvolve(mass, dx * scale, mode="same")
    fy = fftconvolve(mass, dy * scale, mode="same")
    return np.stack([fx[cell[:, 0], cell[:, 1]], fy[cell[:, 0], cell[:, 1]]], axis=1)


def _scatter(targets: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Sum `values` rows into an (n, 2) array at rows `targets`."""
    out = np.empty((n, 2))
    out[:, 0] = np.bincount(targets, weights=values[:, 0], minlength=n)
    out[:, 1] = np.bincount(targets, weights=values[:, 1], minlength=n)
    return out


def _pack(components: list[np.ndarray], margin: float = 1.5) -> list[np.ndarray]:
    """Place components (largest first) left to right in rows of about equal width."""
    boxes = []
    for pos in components:
        lo, hi = pos.min(axis=0), pos.max(axis=0)
        boxes.append((pos - lo, hi - lo + margin))
    area = sum(float(size[0] * size[1]) for _, size in boxes)
    width = max(max(float(size[0]) for _, size in boxes), np.sqrt(area) * 1.2)
    placed = []
    x = y = row_height = 0.0
    for pos, size in boxes:
        if x > 0 and x + size[0] > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.append(pos + np.array([x, y]))
        x += float(size[0])
        row_height = max(row_height, float(size[1]))
    return placed
