"""Cypher for decisions in the Neo4j store: the decisions, sources' own word, and
which sources speak of some entities or relations. Named constants, every value
a parameter; relationship types only from the vocabulary."""

from __future__ import annotations

from collabgraph.model.vocabulary import RELATION_TYPES

DECISIONS = "MATCH (d:Decision) RETURN properties(d) AS props ORDER BY d.seq"

PUT_DECISION = "MERGE (d:Decision {id: $id}) SET d = $props"

SOURCE = "MATCH (s:Source {id: $source}) RETURN properties(s) AS props"

RAW = "MATCH (r:RawBatch {source: $source}) RETURN r.batch AS batch"

PUT_RAW = "MERGE (r:RawBatch {source: $source}) SET r.batch = $batch, r.items = $items"

DELETE_RAW = "MATCH (r:RawBatch {source: $source}) DELETE r"

# Sources whose own word (kept) names one of the ids, or that mention one of the entities.
SOURCES_WITH = """
CALL () {
  MATCH (r:RawBatch) WHERE any(i IN r.items WHERE i IN $items)
  RETURN r.source AS source
  UNION
  UNWIND $items AS id
  MATCH (s:Source)-[:MENTIONS]->(:Entity {id: id})
  RETURN s.id AS source
}
RETURN collect(DISTINCT source) AS sources
"""

# Sources claiming relations of one type, by id (the type's `id` constraint is used).
CLAIMING = {
    t: f"""
UNWIND $ids AS id
MATCH (:Entity)-[x:{t} {{id: id}}]->(:Entity)
UNWIND x.sources AS source
RETURN collect(DISTINCT source) AS sources
"""
    for t in RELATION_TYPES
}
