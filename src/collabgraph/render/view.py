"""What a map draws, before it becomes a page: `MapView` and, for collaboration views, `Tie`.

`collabgraph.maps.build_map_view` makes one from the store; `render_view`
(render/page.py) draws it; `MapView.summary()` is what `?format=json` answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from collabgraph.model.graph import Entity, Relation


@dataclass(frozen=True)
class Tie:
    """Two members who collaborate, from `analysis.collaboration_graph`.

    `weight` is the number of contexts (shared ones plus direct relations);
    `reasons` are the graph's contexts (`kind`, `via` {id, name, type} or None,
    `ties` {member id: [relation records]}), direct ties first.
    """

    source: str
    target: str
    weight: int
    reasons: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class MapView:
    """One map: what it draws and how it introduces itself.

    `entities` come most influential first on a whole-network map. An entities
    view draws `relations`; a people or organisations view draws `ties`.
    `influence` (0..1) sizes nodes; `communities` (entity id to community
    number) colours them when `color_by` is "community". `positions` (pixels,
    centred on 0) are the server's layout, or None to let the page lay out a
    small map. `total` counts what passed the filters before `limit`; `more`
    is what to change in the request for a larger map (`{"limit": 600}` or
    `{"depth": 2}`), if there is one. `reviewed_only` says it hides what the
    text extractor read that nobody has reviewed yet.
    """

    title: str
    entities: list[Entity]
    relations: list[Relation] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    view: str = "entities"
    influence: dict[str, float] | None = None
    communities: dict[str, int] | None = None
    color_by: str = "type"
    positions: dict[str, tuple[float, float]] | None = None
    focus: str | None = None
    depth: int | None = None
    limit: int | None = None
    total: int = 0
    note: str | None = None
    more: dict[str, int] | None = None
    skipped_contexts: list[str] = field(default_factory=list)
    reviewed_only: bool = False  # facts nobody has reviewed yet are hidden

    @property
    def node_ids(self) -> list[str]:
        """Ids drawn, each once, in order."""
        return list(dict.fromkeys(e.id for e in self.entities))

    @property
    def edge_count(self) -> int:
        """Edges drawn: relations or ties whose two ends are both drawn."""
        ids = set(self.node_ids)
        links = self.ties if self.view != "entities" else self.relations
        return sum(1 for r in links if r.source in ids and r.target in ids)

    def summary(self) -> dict[str, Any]:
        """What the page draws, as plain data: `{"title", "view", "focus", "depth",
        "limit", "total", "node_count", "edge_count", "nodes", "edges"}`; `edges`
        are `[source, target, type]` (type `TIE` in a collaboration view)."""
        ids = self.node_ids
        drawn = set(ids)
        if self.view == "entities":
            edges = [[r.source, r.target, r.type] for r in self.relations]
        else:
            edges = [[t.source, t.target, "TIE"] for t in self.ties]
        edges = [e for e in edges if e[0] in drawn and e[1] in drawn]
        return {
            "title": self.title,
            "view": self.view,
            "focus": self.focus,
            "depth": self.depth,
            "limit": self.limit,
            "total": self.total,
            "node_count": len(ids),
            "edge_count": len(edges),
            "nodes": ids,
            "edges": edges,
        }
