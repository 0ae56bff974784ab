"""Cypher for the Neo4j store: named constants, every value a parameter.

Labels and relationship types appear in query text only when they come from
the fixed vocabulary (`collabgraph.model.vocabulary`), never from input.
"""

from __future__ import annotations

from collabgraph.model.vocabulary import RELATION_TYPES

ENTITY_RELS = "|".join(RELATION_TYPES)

SCHEMA = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
    *(
        f"CREATE CONSTRAINT relation_id_{t.lower()} IF NOT EXISTS"
        f" FOR ()-[x:{t}]-() REQUIRE x.id IS UNIQUE"
        for t in RELATION_TYPES
    ),
    "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
    "CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:Merged) REQUIRE m.id IS UNIQUE",
    "CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT raw_source IF NOT EXISTS FOR (r:RawBatch) REQUIRE r.source IS UNIQUE",
    "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
    # Updated after commit, off the import's critical path.
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]"
    " OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}",
)

CLEAR = (
    "MATCH (n) WHERE n:Entity OR n:Source OR n:Merged OR n:Decision OR n:RawBatch DETACH DELETE n"
)

SOURCE_DIGEST = "MATCH (s:Source {id: $source}) RETURN s.sha256 AS sha256"

# People's relations are sources of their own (kind "edit"), not files: left out.
LIST_SOURCES = (
    "MATCH (s:Source) WHERE s.kind IS NULL OR s.kind <> $edit"
    " RETURN properties(s) AS props ORDER BY s.id"
)

LOOKUP_KEYS = """
MATCH (e:Entity)
UNWIND e.keys AS key
WITH e, key WHERE key IN $keys
RETURN key, e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases,
       e.external_ids AS ids
ORDER BY id
"""

ENTITIES = """
UNWIND $ids AS asked
OPTIONAL MATCH (m:Merged {id: asked})
WITH asked, coalesce(m.into, asked) AS real
MATCH (e:Entity {id: real})
RETURN asked, properties(e) AS props,
       COLLECT { MATCH (e)<-[:MENTIONS]-(s:Source) RETURN s.id ORDER BY s.id } AS sources
"""

SEARCH = """
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
WITH e, [n IN [e.name] + e.aliases | toLower(n)] AS names
WITH e, CASE WHEN $q IN names THEN 0
             WHEN any(n IN names WHERE n STARTS WITH $q) THEN 1
             WHEN any(n IN names WHERE n CONTAINS $q) THEN 2 END AS rank
WHERE rank IS NOT NULL
WITH e, rank ORDER BY rank, toLower(e.name), e.id SKIP $offset LIMIT $limit
RETURN properties(e) AS props,
       COLLECT { MATCH (e)<-[:MENTIONS]-(s:Source) RETURN s.id ORDER BY s.id } AS sources
"""

ENTITY_COUNTS = "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n"
RELATION_COUNTS = (
    f"MATCH (:Entity)-[x:{ENTITY_RELS}]->(:Entity) RETURN type(x) AS type, count(*) AS n"
)
SOURCE_COUNT = "MATCH (s:Source) WHERE s.kind IS NULL OR s.kind <> $edit RETURN count(s) AS n"

ALL_ENTITIES = """
MATCH (e:Entity)
RETURN properties(e) AS props,
       COLLECT { MATCH (e)<-[:MENTIONS]-(s:Source) RETURN s.id ORDER BY s.id } AS sources
ORDER BY e.id
"""

_RELATION_RETURN = """
RETURN a.id AS src, type(x) AS type, b.id AS dst, properties(x) AS props
"""

ALL_RELATIONS = f"MATCH (a:Entity)-[x:{ENTITY_RELS}]->(b:Entity)" + _RELATION_RETURN

NEIGHBOURS = f"""
UNWIND $ids AS id
MATCH (:Entity {{id: id}})-[:{ENTITY_RELS}]-(n:Entity)
RETURN DISTINCT n.id AS id
"""

RELATIONS_OF = (
    f"""
UNWIND $ids AS id
MATCH (:Entity {{id: id}})-[x:{ENTITY_RELS}]-(:Entity)
WITH DISTINCT x
WITH startNode(x) AS a, x, endNode(x) AS b
"""
    + _RELATION_RETURN
)

# One round trip: the entity's relations, the relations the two-step walks of its
# type's plan follow, and every entity they join. A step is {types, out, to}:
# relation types, whether the entity reached is the relation's source, and the
# types of the entities it leads to.
WALK = f"""
OPTIONAL MATCH (m:Merged {{id: $id}})
WITH coalesce(m.into, $id) AS real
MATCH (me:Entity {{id: real}})
CALL (me) {{
  MATCH (me)-[x:{ENTITY_RELS}]-(:Entity)
  RETURN collect(DISTINCT x) AS own
}}
CALL (me) {{
  UNWIND coalesce($plans[me.type], []) AS step
  MATCH (me)-[x1:{ENTITY_RELS}]-(mid:Entity)
  WHERE type(x1) IN step.first.types AND mid.type IN step.first.to
    AND (startNode(x1) = me) = step.first.out
  MATCH (mid)-[x2:{ENTITY_RELS}]-(far:Entity)
  WHERE far <> me AND type(x2) IN step.second.types AND far.type IN step.second.to
    AND (startNode(x2) = mid) = step.second.out
  RETURN collect(DISTINCT x2) AS walked
}}
CALL (own, walked) {{
  UNWIND own + walked AS x
  WITH DISTINCT x
  RETURN collect({{src: startNode(x).id, type: type(x), dst: endNode(x).id,
                  props: properties(x)}}) AS relations,
         collect(startNode(x)) + collect(endNode(x)) AS ends
}}
RETURN relations,
       [e IN ends + [me] | {{props: properties(e),
                            sources: [(e)<-[:MENTIONS]-(s:Source) | s.id]}}] AS entities,
       me.id AS me
"""

INDUCED = f"""
UNWIND $ids AS id
MATCH (e:Entity {{id: id}})
WITH collect(e) AS found
CALL (found) {{
  UNWIND found AS a
  MATCH (a)-[x:{ENTITY_RELS}]->(b:Entity)
  WHERE b IN found
  RETURN collect({{src: a.id, type: type(x), dst: b.id, props: properties(x)}}) AS relations
}}
RETURN [e IN found | {{props: properties(e),
                      sources: [(e)<-[:MENTIONS]-(s:Source) | s.id]}}] AS entities,
       relations
"""

REVISION = "OPTIONAL MATCH (r:GraphRevision {id: 'graph'}) RETURN r.n AS n"
BUMP_REVISION = (
    "MERGE (r:GraphRevision {id: 'graph'}) SET r.n = coalesce(r.n, 0) + 1, "
    "r.changed_at = toString(datetime())"
)

# The shortest paths (up to $cap of them), their entities and the relations along
# them (parallel relations between two steps are paths of their own, so they come
# too); when none is within the limit, whether a longer one exists (`beyond`, its
# length). No row when an id is unknown. The hop limit is a literal, as Cypher
# takes no parameter there.
PATH_SUBGRAPH = f"""
MATCH (a:Entity {{id: $a}}), (b:Entity {{id: $b}})
CALL (a, b) {{
  MATCH p = allShortestPaths((a)-[:{ENTITY_RELS}*..%d]-(b))
  WITH p LIMIT $cap
  UNWIND relationships(p) AS x
  RETURN collect(DISTINCT x) AS along
}}
CALL (along) {{
  UNWIND along AS x
  UNWIND [startNode(x), endNode(x)] AS n
  RETURN collect(DISTINCT n) AS found
}}
OPTIONAL CALL (a, b, along) {{
  WITH a, b WHERE size(along) = 0
  MATCH q = shortestPath((a)-[:{ENTITY_RELS}*]-(b))
  RETURN length(q) AS beyond
}}
RETURN [e IN found | {{props: properties(e),
                      sources: [(e)<-[:MENTIONS]-(s:Source) | s.id]}}] AS entities,
       [x IN along | {{src: startNode(x).id, type: type(x), dst: endNode(x).id,
                      props: properties(x)}}] AS relations,
       beyond, a.name AS source, b.name AS target
"""

MOVE_SOURCE = "MATCH (s:Source {id: $source}) SET s.path = $path"


TYPES_OF = "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.type AS type"

# Relations by id, one statement per type so its `id` constraint is used.
RELATIONS_BY_ID = {
    t: f"UNWIND $ids AS id MATCH (a:Entity)-[x:{t} {{id: id}}]->(b:Entity)" + _RELATION_RETURN
    for t in RELATION_TYPES
}
