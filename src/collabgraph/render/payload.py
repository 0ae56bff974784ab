"""The data a map page carries: nodes, edges and what the side panel shows, in columns.

A 20,000-node map repeats the same keys 220,000 times as a list of objects;
as columns (one array per field, strings that repeat, such as relation types,
roles and shared contexts, stored once in a table and referred to by index)
it is a fraction of the size and parses as fast as JSON can. Fields that few
items have sit in a sparse `info` column (`0` where there is nothing).

Columns (every node column has one entry per node, every edge column one per edge):

- `nodes`: `id`, `name`, `type` (index into `types`), `size` (pixels, by
  influence), `weight` (influence, 0..1), `community` (-1 for none), `x`/`y`
  (server layout, when there is one), `info` (`title`, `aliases`, and with
  details `description`, `date`, `sources`, `properties`);
- `edges`: `from`/`to` (node indexes), `type` (index into `relations`; -1 for a
  collaboration tie), `role` (index into `strings`; -1 for none), `weight`,
  `via` (ties: indexes into `contexts`), `info` (`since`, `until`, `date`, and
  with details `confidence`, `evidence`, `sources`, `relation` (the relation's
  id), `properties`, and a tie's `reasons`).

A column whose values are all the same (every edge a COLLABORATES_WITH, none
with a role) is sent as that one value instead of a list.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.vocabulary import RELATIONS
from collabgraph.render.palette import COMMUNITY_COLORS, TYPE_STYLES, type_style
from collabgraph.render.view import MapView, Tie

MIN_SIZE = 10.0
MAX_SIZE = 40.0
CONSTANT_NODE_COLUMNS = ("type", "size", "weight", "community", "info")
CONSTANT_EDGE_COLUMNS = ("type", "role", "weight", "info")


def select_top(subgraph: Subgraph, influence: dict[str, float], limit: int) -> Subgraph:
    """Return the `limit` most influential entities and the relations among them.

    Entities missing from `influence` count as 0; ties go by name, then id, so
    the same inputs always keep the same entities. Entities come back most
    influential first.
    """
    ranked = sorted(
        unique_entities(subgraph.entities),
        key=lambda e: (-influence.get(e.id, 0.0), e.name.casefold(), e.id),
    )
    kept = ranked[: max(limit, 0)]
    ids = {e.id for e in kept}
    relations = [r for r in subgraph.relations if r.source in ids and r.target in ids]
    return Subgraph(entities=kept, relations=relations)


def relation_label(relation_type: str) -> str:
    """How an edge reads on the map: `WORKS_FOR` becomes `works for`."""
    return relation_type.lower().replace("_", " ")


class _Table:
    """Strings stored once, referred to by index."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self._index: dict[Any, int] = {}

    def ref(self, key: Any, item: Any = None) -> int:
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self.items)
            self.items.append(key if item is None else item)
        return found


def map_payload(view: MapView, *, details: bool) -> dict[str, Any]:
    """Return the page's data block for `view` (see the module docstring for the columns).

    Node sizes follow `view.influence` (or, without it, the number of edges
    drawn). Edges whose ends are not both drawn are left out. `details` adds
    what only the side panel reads: descriptions, sources, evidence, reasons.
    """
    entities = unique_entities(view.entities)
    index = {e.id: i for i, e in enumerate(entities)}
    links: list[Relation] | list[Tie] = view.ties if view.view != "entities" else view.relations
    drawn = [r for r in links if r.source in index and r.target in index]
    raw = view.influence if view.influence is not None else _degrees(drawn)
    weights = {k: float(v) for k, v in raw.items() if math.isfinite(v) and v > 0}
    top = max((weights.get(e.id, 0.0) for e in entities), default=0.0)
    types = _types(entities)
    type_index = {t["name"]: i for i, t in enumerate(types)}
    communities = view.communities or {}

    nodes: dict[str, list[Any]] = {
        "id": [e.id for e in entities],
        "name": [str(e.name) for e in entities],
        "type": [type_index[e.type] for e in entities],
        "size": [_size(weights.get(e.id, 0.0), top) for e in entities],
        "weight": [round(weights.get(e.id, 0.0), 6) for e in entities],
        "community": [int(communities.get(e.id, -1)) for e in entities],
        "info": [_node_info(e, details) for e in entities],
    }
    if view.positions is not None:
        placed = [view.positions.get(e.id, (0.0, 0.0)) for e in entities]
        nodes["x"] = [round(float(x), 1) for x, _ in placed]
        nodes["y"] = [round(float(y), 1) for _, y in placed]

    relations, strings, contexts = _Table(), _Table(), _Table()
    edges: dict[str, list[Any]] = {"from": [], "to": [], "type": [], "role": [], "info": []}
    if view.view != "entities":
        edges["weight"] = []
        edges["via"] = []
    for r in drawn:
        edges["from"].append(index[r.source])
        edges["to"].append(index[r.target])
        if isinstance(r, Tie):
            edges["type"].append(-1)
            edges["role"].append(-1)
            edges["weight"].append(r.weight)
            edges["via"].append(
                [contexts.ref(x["via"]["id"], _context(x)) for x in r.reasons if x.get("via")]
            )
            edges["info"].append(_tie_info(r, contexts, details))
        else:
            rule = RELATIONS.get(r.type)
            edges["type"].append(
                relations.ref(
                    r.type,
                    {
                        "name": r.type,
                        "label": relation_label(r.type),
                        "directed": not (rule.symmetric if rule else False),
                    },
                )
            )
            edges["role"].append(strings.ref(str(r.role)) if r.role else -1)
            edges["info"].append(_relation_info(r, details))
    for columns, keys in ((nodes, CONSTANT_NODE_COLUMNS), (edges, CONSTANT_EDGE_COLUMNS)):
        for key in keys:
            _compact(columns, key)
    return {
        "view": view.view,
        "details": details,
        "types": types,
        "communities": _communities(entities, communities, weights),
        "relations": relations.items,
        "strings": strings.items,
        "contexts": contexts.items,
        "nodes": nodes,
        "edges": edges,
    }


def _compact(columns: dict[str, list[Any]], key: str) -> None:
    """Replace a column of one repeated value by that value."""
    values = columns.get(key)
    if values and all(v == values[0] for v in values):
        columns[key] = values[0]


def _expand(columns: dict[str, Any], count: int) -> dict[str, Any]:
    return {k: v if isinstance(v, list) else [v] * count for k, v in columns.items()}


def decode_payload(payload: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The nodes and edges of a map's data block as one dict each, as the page reads them.

    Nodes: `{"id", "name", "type", "size", "weight"}`, plus `community`, `x`,
    `y` and the `info` fields where present. Edges: `{"from", "to", "type",
    "weight"}` (ids; type `TIE` for a collaboration tie), plus `role`, `via`
    (context dicts) and the `info` fields where present.
    """
    N = _expand(payload["nodes"], len(payload["nodes"]["id"]))
    E = _expand(payload["edges"], len(payload["edges"]["from"]))
    nodes = []
    for i, node_id in enumerate(N["id"]):
        node = {
            "id": node_id,
            "name": N["name"][i],
            "type": payload["types"][N["type"][i]]["name"],
            "size": N["size"][i],
            "weight": N["weight"][i],
        }
        if N["community"][i] >= 0:
            node["community"] = N["community"][i]
        if "x" in N:
            node["x"], node["y"] = N["x"][i], N["y"][i]
        node |= N["info"][i] or {}
        nodes.append(node)
    edges = []
    for k, (a, b) in enumerate(zip(E["from"], E["to"], strict=True)):
        t = E["type"][k]
        item: dict[str, Any] = {
            "from": N["id"][a],
            "to": N["id"][b],
            "type": payload["relations"][t]["name"] if t >= 0 else "TIE",
            "weight": E["weight"][k] if "weight" in E else 1,
        }
        if t >= 0:
            item["directed"] = payload["relations"][t]["directed"]
        if E["role"][k] >= 0:
            item["role"] = payload["strings"][E["role"][k]]
        if "via" in E:
            item["via"] = [payload["contexts"][c] for c in E["via"][k]]
        item |= E["info"][k] or {}
        edges.append(item)
    return {"nodes": nodes, "edges": edges}


def unique_entities(entities: list[Entity]) -> list[Entity]:
    """Entities with repeats of an id left out, in their first order."""
    seen: set[str] = set()
    unique = []
    for e in entities:
        if e.id not in seen:
            seen.add(e.id)
            unique.append(e)
    return unique


def _degrees(links: list[Relation] | list[Tie]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for r in links:
        counts[r.source] += 1
        counts[r.target] += 1
    return {k: float(v) for k, v in counts.items()}


def _size(weight: float, top: float) -> float:
    share = math.sqrt(weight / top) if top > 0 and weight > 0 else 0.0
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * share, 1)


def _node_info(e: Entity, details: bool) -> dict[str, Any] | int:
    info: dict[str, Any] = {"title": _maybe_text(e.title), "aliases": [str(a) for a in e.aliases]}
    if details:
        info |= {
            "description": _maybe_text(e.description),
            "date": _maybe_text(e.date),
            "sources": [str(s) for s in e.sources],
            "properties": {str(k): _text(v) for k, v in e.properties.items() if v is not None},
        }
    kept = {k: v for k, v in info.items() if v}
    return kept or 0


def _relation_info(r: Relation, details: bool) -> dict[str, Any] | int:
    info: dict[str, Any] = {k: str(v) for k, v in (("since", r.since), ("until", r.until)) if v}
    if r.date:
        info["date"] = str(r.date)
    if details:
        if r.confidence != 1.0 and math.isfinite(r.confidence):
            info["confidence"] = r.confidence
        evidence = [
            {"text": str(text), "source": str(r.sources[i]) if i < len(r.sources) else ""}
            for i, text in enumerate(r.evidence)
            if text
        ]
        if evidence:
            info["evidence"] = evidence
        if r.sources:
            info["sources"] = [str(s) for s in r.sources]
        if r.id:
            info["relation"] = r.id  # the relation's stable id, for actions on it
        if r.properties:  # a grant's amount and currency, ...
            info["properties"] = {str(k): _text(v) for k, v in r.properties.items()}
    return info or 0


def _context(reason: dict[str, Any]) -> dict[str, str]:
    via = reason["via"]
    return {
        "id": str(via["id"]),
        "name": str(via.get("name") or via["id"]),
        "type": str(via.get("type") or ""),
    }


def _tie_info(t: Tie, contexts: _Table, details: bool) -> dict[str, Any] | int:
    """A tie's contexts, each side's relations and roles in (source, target) order."""
    if not details:
        direct = [x for x in t.reasons if x.get("kind") == "direct"]
        return {"direct": [x["ties"][t.source][0]["type"] for x in direct]} if direct else 0
    reasons = []
    for x in t.reasons:
        sides = [x["ties"].get(t.source, ()), x["ties"].get(t.target, ())]
        reasons.append(
            {
                "kind": x.get("kind"),
                "via": contexts.ref(x["via"]["id"], _context(x)) if x.get("via") else -1,
                "relations": [[r["type"] for r in side] for side in sides],
                "roles": [[r["role"] for r in side if r.get("role")] for side in sides],
                "evidence": list(
                    dict.fromkeys(e["text"] for side in sides for r in side for e in r["evidence"])
                ),
            }
        )
    return {"reasons": reasons}


def _maybe_text(value: Any) -> str | None:
    """Stores hand back strings, but a seed's YAML date may still be a `date`."""
    return None if value is None else str(value)


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


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
    entities: list[Entity], communities: dict[str, int], weights: dict[str, float]
) -> list[dict[str, Any]]:
    """Communities drawn, largest first, each named after its most influential member."""
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
