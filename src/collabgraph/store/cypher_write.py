"""Cypher for the Neo4j store's writes: reading a plan's state, applying a plan.

Named constants, every value a parameter; labels and relationship types only
from the fixed vocabulary. Relationships carry their claims as aligned lists:
`sources[i]` claimed it, with `evidence[i]` (the list only once some claim
gives a sentence) and `said[i]` (JSON of the confidence and properties the
claim gave; the list only once some claim gives any).
"""

from __future__ import annotations

from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES

ENTITY_RELS = "|".join(RELATION_TYPES)

# Run first in every write: the lock on this node makes writers take turns, so
# what a plan read is still true when it is applied. Its number orders sources.
LOCK_AND_BUMP = """
MERGE (r:GraphRevision {id: 'graph'})
SET r.n = coalesce(r.n, 0) + 1, r.changed_at = toString(datetime())
RETURN r.n AS n
"""

MENTIONED = "MATCH (:Source {id: $source})-[:MENTIONS]->(e:Entity) RETURN collect(e.id) AS ids"

CLAIMED = f"""
MATCH (:Source {{id: $source}})-[:MENTIONS]->(:Entity)-[x:{ENTITY_RELS}]->(:Entity)
WHERE $source IN x.sources
RETURN collect(DISTINCT [x.id, type(x)]) AS claimed
"""

ENTITY_STATES = """
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.merged_names, []) AS merged,
       COLLECT { MATCH (s:Source)-[m:MENTIONS]->(e)
                 RETURN [s.id, coalesce(s.seq, 0), m.names, m.said] } AS mentions
"""

_RELATION_STATE_RETURN = """
RETURN x.id AS id, type(x) AS type, a.id AS src, b.id AS dst, x.role AS role,
       x.since AS since, x.until AS until, x.date AS date, x.external_id AS external_id,
       x.sources AS sources, x.evidence AS evidence, x.said AS said,
       [s IN x.sources | head(COLLECT { MATCH (so:Source {id: s}) RETURN so.seq })] AS seqs
"""

# One statement per type, so the lookup uses that type's `id` constraint.
RELATION_STATES = {
    t: f"""
UNWIND $ids AS id
MATCH (a:Entity)-[x:{t} {{id: id}}]->(b:Entity)
"""
    + _RELATION_STATE_RETURN
    for t in RELATION_TYPES
}

# A file's relation ends, each looked up once by id: the relation statements then
# find their nodes by element id, not by an index seek per row (a million seeks
# for 500k relations). `alone` says the node has no relations yet, so none of
# the file's relations touching it can exist: those need no lookup.
END_HANDLES = f"""
UNWIND $ids AS id
MATCH (e:Entity {{id: id}})
RETURN collect(id) AS ids, collect(elementId(e)) AS handles,
       collect(NOT EXISTS {{ (e)-[:{ENTITY_RELS}]-() }}) AS alone
"""

PUT_SOURCE = """
MERGE (s:Source {id: $source})
SET s = $props, s.seq = $seq, s.imported_at = toString(datetime.truncate('second', datetime()))
"""

DELETE_SOURCE = "MATCH (s:Source {id: $source}) DETACH DELETE s"

DELETE_RELATIONS = {
    t: f"UNWIND $ids AS id MATCH (:Entity)-[x:{t} {{id: id}}]->(:Entity) DELETE x"
    for t in RELATION_TYPES
}

DELETE_MENTIONS = """
UNWIND $rows AS r
MATCH (:Source {id: r.source})-[m:MENTIONS]->(:Entity {id: r.entity})
DELETE m
"""

DELETE_ENTITIES = "UNWIND $ids AS id MATCH (e:Entity {id: id}) DETACH DELETE e"

# A source's new entities, each with its mention; returns their element ids.
CREATE_ENTITIES = {
    t: f"""
MATCH (s:Source {{id: $source}})
UNWIND $rows AS r
CREATE (e:Entity:{t})
SET e = r.props
CREATE (s)-[m:MENTIONS]->(e)
SET m.names = r.names, m.said = r.said
RETURN collect(r.props.id) AS ids, collect(elementId(e)) AS handles
"""
    for t in ENTITY_TYPES
}

OVERWRITE_ENTITIES = "UNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e = r.props"

# Mentions a source did not have: found by element id, created.
CREATE_MENTIONS = """
MATCH (s:Source {id: $source})
UNWIND $rows AS r
MATCH (e) WHERE elementId(e) = r.handle
CREATE (s)-[m:MENTIONS]->(e)
SET m.names = r.names, m.said = r.said
RETURN count(*) AS written
"""

PUT_MENTIONS = """
UNWIND $rows AS r
MATCH (s:Source {id: r.source}), (e:Entity {id: r.entity})
MERGE (s)-[m:MENTIONS]->(e)
SET m.names = r.names, m.said = r.said
RETURN count(*) AS written
"""

CREATE_RELATIONS = {
    t: f"""
UNWIND $rows AS r
MATCH (a) WHERE elementId(a) = r.a
MATCH (b) WHERE elementId(b) = r.b
CREATE (a)-[x:{t}]->(b)
SET x = r.props, x.sources = [$source]
RETURN count(*) AS written
"""
    for t in RELATION_TYPES
}

CREATE_RELATIONS_BY_ID = {
    t: f"""
UNWIND $rows AS r
MATCH (a:Entity {{id: r.src}}), (b:Entity {{id: r.dst}})
CREATE (a)-[x:{t}]->(b)
SET x = r.props
RETURN count(*) AS written
"""
    for t in RELATION_TYPES
}

OVERWRITE_RELATIONS = {
    t: f"""
UNWIND $rows AS r
MATCH (:Entity)-[x:{t} {{id: r.props.id}}]->(:Entity)
SET x = r.props
RETURN count(*) AS written
"""
    for t in RELATION_TYPES
}

UNMERGED = "MATCH (m:Merged {id: $drop}) DELETE m"

# A person corrected an entity's type: its label follows (labels only from the vocabulary).
RELABEL = {
    t: f"UNWIND $ids AS id MATCH (e:Entity {{id: id}}) REMOVE e:{':'.join(ENTITY_TYPES)} SET e:{t}"
    for t in ENTITY_TYPES
}

MARK_REVIEWED = "UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE e.unreviewed REMOVE e.unreviewed"

MERGED = """
MATCH (keep:Entity {id: $keep})
OPTIONAL MATCH (old:Merged {into: $drop})
SET old.into = $keep
WITH DISTINCT keep
MERGE (m:Merged {id: $drop})
SET m.into = $keep
"""
