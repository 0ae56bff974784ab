"""What changed between two periods: ties and bridges that appeared or went.

Each period is a time window (`collabgraph.analysis.periods`); the network is
read as it held in each (`filter_graph`, then `collaboration_network`) and the
two are compared. A *bridge* is a tie whose loss would cut a part of the network
off from the rest (networkx's `bridges`): the only link between two groups.
Timeless relations (no date anywhere) hold in both periods, so they never
appear or go; the answer counts them.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import networkx as nx

from collabgraph.analysis.collaboration import collaboration_network
from collabgraph.analysis.graph import describe, filter_graph, simple_graph
from collabgraph.analysis.periods import Window, timeless_relations
from collabgraph.errors import BadWindow


def period(value: str) -> Window:
    """A period as a window: a date (`2022`: the whole year; `2022-03`; `2022-03-14`)
    or a range of two (`2019..2021`). Raises BadWindow."""
    text = str(value).strip()
    if ".." in text:
        since, _, until = text.partition("..")
        return Window(since.strip() or None, until.strip() or None)
    if not text:
        raise BadWindow("a period needs a date, like 2022 or 2019..2021")
    return Window(text, text)


def changes(
    G: nx.MultiDiGraph,
    *,
    before: str,
    after: str,
    network: str = "people",
    limit: int | None = 100,
) -> dict[str, Any]:
    """Return the ties and bridges that appeared or went from one period to another.

    `before` and `after` are periods (see `period`). Answer: `{"network", "from":
    {"since", "until", "timeless"}, "to": {...}, "ties": {"appeared": [...],
    "went": [...], "kept": int, "appeared_count": int, "went_count": int},
    "bridges": {"appeared": [...], "went": [...]}}` where each tie is `{"a": {"id",
    "name", "type"}, "b": {...}, "weight"}` (its weight in the period it is in),
    heaviest first, then by names; `limit` keeps the first so many of each list
    (None: all). Raises BadWindow for a bad period, ValueError for an unknown
    network.
    """
    windows = (period(before), period(after))
    seen = []
    for w in windows:
        H = filter_graph(G, since=w.since, until=w.until)
        C = simple_graph(collaboration_network(H, network))
        seen.append((w.describe(timeless_relations(H)), C, _ties(C), _bridges(C)))
    (was, old, old_ties, old_bridges), (now, new, new_ties, new_bridges) = seen
    appeared = [_tie(new, e, new_ties[e]) for e in new_ties.keys() - old_ties.keys()]
    went = [_tie(old, e, old_ties[e]) for e in old_ties.keys() - new_ties.keys()]
    return {
        "network": network,
        "from": was,
        "to": now,
        "ties": {
            "appeared": _first(appeared, limit),
            "went": _first(went, limit),
            "appeared_count": len(appeared),
            "went_count": len(went),
            "kept": len(new_ties.keys() & old_ties.keys()),
        },
        "bridges": {
            "appeared": _first(
                [_tie(new, e, new_ties[e]) for e in new_bridges - old_bridges], limit
            ),
            "went": _first([_tie(old, e, old_ties[e]) for e in old_bridges - new_bridges], limit),
        },
    }


def _ties(C: nx.Graph) -> dict[frozenset, float]:
    return {frozenset((u, v)): w for u, v, w in C.edges(data="weight", default=1)}


def _bridges(C: nx.Graph) -> set[frozenset]:
    return {frozenset(e) for e in nx.bridges(C)} if C.number_of_edges() else set()


def _tie(C: nx.Graph, ends: frozenset, weight: float) -> dict[str, Any]:
    a, b = sorted(ends, key=lambda n: _name_key(C, n))
    return {"a": describe(C, a), "b": describe(C, b), "weight": weight}


def _first(ties: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    ties.sort(
        key=lambda t: (
            -t["weight"],
            str(t["a"]["name"]).casefold(),
            str(t["b"]["name"]).casefold(),
            str(t["a"]["id"]),
            str(t["b"]["id"]),
        )
    )
    return ties[:limit] if limit is not None else ties


def _name_key(C: nx.Graph, n: Hashable) -> tuple[str, str]:
    return (str(C.nodes[n].get("name") or n).casefold(), str(n))
