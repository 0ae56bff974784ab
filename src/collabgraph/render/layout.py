"""Server-side positions for maps too large for the browser's physics simulation.

networkx's force layouts compute every pairwise repulsion, which takes tens of
seconds at 5,000 nodes. This is Fruchterman and Reingold's grid variant: nodes
repel only neighbours within twice the ideal edge length (found with a k-d
tree), edges pull, and a weak gravity keeps separate components together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from scipy.spatial import cKDTree


def spring_positions(
    node_ids: Sequence[str],
    edges: Iterable[tuple[str, str]],
    *,
    spacing: float = 80.0,
    iterations: int = 60,
    seed: int = 0,
) -> dict[str, tuple[float, float]]:
    """Return an `(x, y)` position for every node id, in pixels, centred on 0.

    `spacing` is the ideal distance between linked nodes. The result depends
    only on the inputs and `seed`, so the same graph always gets the same map.
    """
    n = len(node_ids)
    if n == 0:
        return {}
    if n == 1:
        return {node_ids[0]: (0.0, 0.0)}
    index = {node_id: i for i, node_id in enumerate(node_ids)}
    pairs = {
        (min(index[a], index[b]), max(index[a], index[b]))
        for a, b in edges
        if a in index and b in index and a != b
    }
    links = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    k = 1.0
    rng = np.random.default_rng(seed)
    side = np.sqrt(n) * k
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    temperature = side / 8
    cooling = (0.02 / 8) ** (1 / max(iterations - 1, 1))
    gravity = 0.3
    for _ in range(iterations):
        disp = -gravity * pos + _far_repulsion(pos, k)
        close = cKDTree(pos).query_pairs(r=2 * k, output_type="ndarray")
        if len(close):
            delta = pos[close[:, 0]] - pos[close[:, 1]]
            dist2 = np.maximum((delta**2).sum(axis=1), 1e-4)
            push = delta * (k * k / dist2)[:, None]
            disp += _scatter(close[:, 0], push, n) - _scatter(close[:, 1], push, n)
        if len(links):
            delta = pos[links[:, 0]] - pos[links[:, 1]]
            pull = delta
            disp += _scatter(links[:, 1], pull, n) - _scatter(links[:, 0], pull, n)
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    pos -= pos.mean(axis=0)
    pos *= spacing / k
    return {node_id: (float(x), float(y)) for node_id, (x, y) in zip(node_ids, pos, strict=True)}


def _scatter(targets: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Sum `values` rows into an (n, 2) array at rows `targets`."""
    out = np.empty((n, 2))
    out[:, 0] = np.bincount(targets, weights=values[:, 0], minlength=n)
    out[:, 1] = np.bincount(targets, weights=values[:, 1], minlength=n)
    return out


def _far_repulsion(pos: np.ndarray, k: float, cells: int = 16) -> np.ndarray:
    """Approximate repulsion from distant nodes by that of grid cells' centres of mass.

    Softened by the cell size so a node is not flung away by its own cell.
    """
    n = len(pos)
    lo = pos.min(axis=0)
    size = np.maximum(pos.max(axis=0) - lo, 1e-9) / cells
    cell = np.minimum(((pos - lo) / size).astype(np.int64), cells - 1)
    flat = cell[:, 0] * cells + cell[:, 1]
    mass = np.bincount(flat, minlength=cells * cells)
    filled = np.nonzero(mass)[0]
    mass = mass[filled].astype(float)
    centre = (
        np.stack(
            [
                np.bincount(flat, weights=pos[:, 0], minlength=cells * cells)[filled],
                np.bincount(flat, weights=pos[:, 1], minlength=cells * cells)[filled],
            ],
            axis=1,
        )
        / mass[:, None]
    )
    soft = float((size**2).sum())
    dx = pos[:, 0:1] - centre[None, :, 0]
    dy = pos[:, 1:2] - centre[None, :, 1]
    weight = (k * k) * mass[None, :] / (dx * dx + dy * dy + soft)
    out = np.empty((n, 2))
    out[:, 0] = (weight * dx).sum(axis=1)
    out[:, 1] = (weight * dy).sum(axis=1)
    return out
