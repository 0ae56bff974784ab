"""Kumu JSON blueprints out: `{"elements": [...], "connections": [...]}`, the
form Kumu imports (docs.kumu.io, "JSON / Blueprints") and
`collabgraph.ingest.blueprint` reads back into the same graph.

- an element has `id` (the file's own id for the entity when one was given,
  else its graph id), `label`, `type`, and the entity's other fields under
  Kumu's names: `description`, `tags` (a list, from the `tags` property),
  `aliases` (a list), `title`, `date`, then its properties by name (a
  property named like one of these fields is written `property.<name>`);
- a connection has `from` and `to` (its ends' element ids), `type`,
  `direction` (`undirected` for the symmetric PARTNER_OF and
  COLLABORATES_WITH, else `directed`), `role`, `since`, `until`, `date`,
  `confidence` (when below 1), `evidence` (the sentences, one per line), its
  own `id` when a file gave it one, then its properties;
- both keep `sources`, the ids of the files that state them.
"""

from __future__ import annotations

from typing import Any

from collabgraph.graphfiles.columns import LIST_SEPARATOR, PROPERTY_PREFIX
from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.vocabulary import RELATIONS

ELEMENT_FIELDS = frozenset(
    {"id", "_id", "label", "name", "type", "element type", "description", "tags", "aliases",
     "title", "date", "sources", "attributes"}
)  # fmt: skip
CONNECTION_FIELDS = frozenset(
    {"id", "_id", "from", "to", "type", "connection type", "direction", "role", "since",
     "until", "date", "confidence", "evidence", "sources", "amount", "currency", "attributes",
     "source", "target"}
)  # fmt: skip
TAG_SEPARATOR = ", "  # how a table's Tags cell is kept as the `tags` property


def blueprint_data(subgraph: Subgraph) -> dict[str, Any]:
    """The subgraph as a Kumu blueprint dict (see the module docstring)."""
    ids = {e.id: element_id(e) for e in subgraph.entities}
    elements = [_element(e, ids[e.id]) for e in subgraph.entities]
    connections = [_connection(r, ids) for r in subgraph.relations]
    return {"elements": elements, "connections": connections}


def element_id(entity: Entity) -> str:
    """The id an entity's element has: the file's own id for it, else its graph id."""
    return entity.external_ids[0] if entity.external_ids else entity.id


def _element(entity: Entity, ident: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": ident, "label": entity.name, "type": entity.type}
    if entity.description:
        out["description"] = entity.description
    properties = dict(entity.properties)
    tags = properties.pop("tags", None)
    if isinstance(tags, str) and tags.strip():
        out["tags"] = [t.strip() for t in tags.split(TAG_SEPARATOR.strip()) if t.strip()]
    if entity.aliases:
        out["aliases"] = list(entity.aliases)
    for key in ("title", "date"):
        value = getattr(entity, key)
        if value:
            out[key] = value
    out.update(_properties(properties, ELEMENT_FIELDS))
    if entity.sources:
        out["sources"] = list(entity.sources)
    return out


def _connection(relation: Relation, ids: dict[str, str]) -> dict[str, Any]:
    rule = RELATIONS.get(relation.type)
    out: dict[str, Any] = {
        "from": ids.get(relation.source, relation.source),
        "to": ids.get(relation.target, relation.target),
        "type": relation.type,
        "direction": "undirected" if rule is not None and rule.symmetric else "directed",
    }
    if relation.external_id:
        out["id"] = relation.external_id
    for key in ("role", "since", "until", "date"):
        value = getattr(relation, key)
        if value:
            out[key] = value
    if relation.confidence != 1.0:
        out["confidence"] = relation.confidence
    sentences = [s for s in dict.fromkeys(relation.evidence) if s]
    if sentences:
        out["evidence"] = LIST_SEPARATOR.join(sentences)
    out.update(_properties(relation.properties, CONNECTION_FIELDS - {"amount", "currency"}))
    if relation.sources:
        out["sources"] = list(relation.sources)
    return out


def _properties(properties: dict[str, Any], reserved: frozenset[str]) -> dict[str, Any]:
    return {
        (PROPERTY_PREFIX + k if k.lower() in reserved or k.startswith(PROPERTY_PREFIX) else k): v
        for k, v in properties.items()
        if v is not None
    }
