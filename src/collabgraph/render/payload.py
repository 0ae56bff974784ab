"""The data a map page carries: nodes, edges and what the side panel shows.

Plain dicts ready for JSON; the browser turns them into vis-network items.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.vocabulary import RELATIONS
from collabgraph.render.layout import spring_positions
from collabgraph.render.palette import COMMUNITY_COLORS, TYPE_STYLES, type_style

MIN_SIZE = 10.0
MAX_SIZE = 40.0


def select_top(subgraph: Subgraph, influence: dict[str, float], limit: int) -> Subgraph:
    """Return the `limit` most influential entities and the relations among them.

    Entities missing from `influence` count as 0; ties go by name, then id, so
    the same inputs always keep the same entities. Entities come back most
    influential first.
    """
    ranked = sorted(
        _unique_entities(subgraph.entities),
        key=lambda e: (-influence.get(e.id, 0.0), e.name.casefold(), e.id),
    )
    kept = ranked[: max(limit, 0)]
    ids = {e.id for e in kept}
    relations = [r for r in subgraph.relations if r.source in ids and r.target in ids]
    return Subgraph(entities=kept, relations=relations)


def relation_label(relation_type: str) -> str:
    """How an edge reads on the map: `WORKS_FOR` becomes `works for`."""
    return relation_type.lower().replace("_", " ")


def map_payload(
    subgraph: Subgraph,
    *,
    influence: dict[str, float] | None,
    communities: dict[str, int] | None,
    positions: bool,
) -> dict[str, Any]:
    """Return `{"nodes", "edges", "types", "communities"}` for the page's JSON block.

    Node sizes follow `influence` (or, without it, the number of connections
    drawn). With `positions`, every node gets server-computed `x`, `y`.
    Relations whose ends are not both in the subgraph are left out.
    """
    entities = _unique_entities(subgraph.entities)
    ids = {e.id for e in entities}
    relations = [r for r in subgraph.relations if r.source in ids and r.target in ids]
    raw = influence if influence is not None else _degrees(relations)
    weights = {k: float(v) for k, v in raw.items() if math.isfinite(v) and v > 0}
    top = max((weights.get(e.id, 0.0) for e in entities), default=0.0)
    nodes = [_node(e, weights.get(e.id, 0.0), top, communities) for e in entities]
    if positions:
        placed = spring_positions(
            [e.id for e in entities], [(r.source, r.target) for r in relations]
        )
        for node in nodes:
            node["x"], node["y"] = (round(v, 1) for v in placed[node["id"]])
    return {
        "nodes": nodes,
        "edges": [_edge(i, r) for i, r in enumerate(relations)],
        "types": _types(entities),
        "communities": _communities(entities, communities, weights),
    }


def _unique_entities(entities: list[Entity]) -> list[Entity]:
    seen: set[str] = set()
    unique = []
    for e in entities:
        if e.id not in seen:
            seen.add(e.id)
            unique.append(e)
    return unique


def _degrees(relations: list[Relation]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for r in relations:
        counts[r.source] += 1
        counts[r.target] += 1
    return {k: float(v) for k, v in counts.items()}


def _node(
    e: Entity, weight: float, top: float, communities: dict[str, int] | None
) -> dict[str, Any]:
    share = math.sqrt(weight / top) if top > 0 and weight > 0 else 0.0
    node: dict[str, Any] = {
        "id": e.id,
        "name": str(e.name),
        "type": e.type,
        "size": round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * share, 1),
        "weight": round(weight, 6),
    }
    optional = {
        "title": _maybe_text(e.title),
        "description": _maybe_text(e.description),
        "date": _maybe_text(e.date),
        "aliases": [str(a) for a in e.aliases],
        "sources": [str(s) for s in e.sources],
        "properties": {str(k): _text(v) for k, v in e.properties.items() if v is not None},
    }
    node.update({k: v for k, v in optional.items() if v})
    if communities is not None and e.id in communities:
        node["community"] = int(communities[e.id])
    return node


def _maybe_text(value: Any) -> str | None:
    """Stores hand back strings, but a seed's YAML date may still be a `date`."""
    return None if value is None else str(value)


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _edge(index: int, r: Relation) -> dict[str, Any]:
    rule = RELATIONS.get(r.type)
    edge: dict[str, Any] = {
        "id": f"e{index}",
        "from": r.source,
        "to": r.target,
        "type": r.type,
        "label": relation_label(r.type),
        "directed": not (rule.symmetric if rule else False),
    }
    optional = {"role": r.role, "since": r.since, "until": r.until, "date": r.date}
    edge.update({k: str(v) for k, v in optional.items() if v})
    if r.confidence != 1.0 and math.isfinite(r.confidence):
        edge["confidence"] = r.confidence
    evidence = [
        {"text": str(text), "source": str(r.sources[i]) if i < len(r.sources) else ""}
        for i, text in enumerate(r.evidence)
        if text
    ]
    if evidence:
        edge["evidence"] = evidence
    if r.sources:
        edge["sources"] = [str(s) for s in r.sources]
    if r.id:
        edge["relation"] = r.id
    if r.properties:  # a grant's amount and currency, ...
        edge["properties"] = {str(k): _text(v) for k, v in r.properties.items()}
    return edge


def _types(entities: list[Entity]) -> list[dict[str, Any]]:
    counts = Counter(e.type for e in entities)
    known = [t for t in TYPE_STYLES if t in counts]
    unknown = sorted(t for t in counts if t not in TYPE_STYLES)
    return [
        {
            "name": t,
            "count": counts[t],
            "color": type_style(t).color,
            "shape": type_style(t).shape,
            "glyph": type_style(t).glyph,
        }
        for t in known + unknown
    ]


def _communities(
    entities: list[Entity], communities: dict[str, int] | None, weights: dict[str, float]
) -> list[dict[str, Any]]:
    """Communities drawn, largest first, each named after its most influential member."""
    if communities is None:
        return []
    members: dict[int, list[Entity]] = {}
    for e in entities:
        if e.id in communities:
            members.setdefault(int(communities[e.id]), []).append(e)
    order = sorted(members, key=lambda c: (-len(members[c]), c))
    rows = []
    for rank, c in enumerate(order):
        lead = min(members[c], key=lambda e: (-weights.get(e.id, 0.0), e.name.casefold(), e.id))
        rows.append(
            {
                "id": c,
                "size": len(members[c]),
                "lead": lead.name,
                "color": COMMUNITY_COLORS[rank] if rank < len(COMMUNITY_COLORS) else None,
            }
        )
    return rows
