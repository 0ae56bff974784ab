"""Cypher for the Neo4j store: named constants, every value a parameter.

Labels and relationship types appear in query text only when they come from
the fixed vocabulary (`collabgraph.model.vocabulary`), never from input.
"""

from __future__ import annotations

from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES

ENTITY_RELS = "|".join(RELATION_TYPES)
CONTEXT_RELS = "|".join(t for t in RELATION_TYPES if t != "COLLABORATES_WITH")

SCHEMA = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
    "CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:Merged) REQUIRE m.id IS UNIQUE",
    "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
    # Updated after commit, off the import's critical path.
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]"
    " OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}",
)

CLEAR = "MATCH (n) WHERE n:Entity OR n:Source OR n:Merged DETACH DELETE n"

SOURCE_DIGEST = "MATCH (s:Source {id: $source}) RETURN s.sha256 AS sha256"

MENTIONED = "MATCH (:Source {id: $source})-[:MENTIONS]->(e:Entity) RETURN collect(e.id) AS ids"

CLAIMED_RELATIONS = """
MATCH (:Source {id: $source})-[:MENTIONS]->(a:Entity)-[x]->(b:Entity)
WHERE $source IN x.sources
RETURN a.id AS src, type(x) AS type, b.id AS dst, x.role AS role, x.since AS since,
       x.until AS until, x.date AS date, coalesce(x.confidence, 1.0) AS confidence,
       coalesce([i IN range(0, size(x.sources) - 1)
                 WHERE x.sources[i] = $source | x.evidence[i]][0], '') AS evidence
"""

# Relationship properties are kept lean, as most rows in a big table carry no
# evidence and full confidence: `confidence` is stored only when below 1, and
# `evidence` (aligned with `sources`) only once some source gives a sentence.
# Rows sent to the upserts carry nothing twice (they are most of the bytes a
# big import sends): the source id goes once per statement as `$source`.

# Strip a source's claims; relations left with no source go in DELETE_UNCLAIMED.
RETRACT_CLAIMS = """
MATCH (:Source {id: $source})-[:MENTIONS]->(:Entity)-[x]->(:Entity)
WHERE $source IN x.sources
SET x.evidence = CASE WHEN x.evidence IS NOT NULL THEN
      [i IN range(0, size(x.sources) - 1) WHERE x.sources[i] <> $source | x.evidence[i]] END,
    x.sources = [s IN x.sources WHERE s <> $source]
"""

# Returns the entities the source gave names to: their aliases are worked out again.
RETRACT_MENTIONS = """
MATCH (:Source {id: $source})-[m:MENTIONS]->(e:Entity)
WITH m, e, m.names IS NOT NULL AS named
DELETE m
RETURN collect(CASE WHEN named THEN e.id END) AS named
"""

NAMES_SAID = """
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.merged_names, []) AS merged,
       COLLECT { MATCH (s:Source)-[m:MENTIONS]->(e) RETURN coalesce(m.names, [])
                 ORDER BY s.id } AS said
"""

SET_NAMES = """
UNWIND $rows AS r
MATCH (e:Entity {id: r.id})
SET e.aliases = r.aliases, e.keys = r.keys
"""

DELETE_SOURCE = "MATCH (s:Source {id: $source}) DETACH DELETE s"

DELETE_UNCLAIMED = """
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[x]-(:Entity)
WHERE x.sources IS NOT NULL AND size(x.sources) = 0
DELETE x
"""

DELETE_ORPHANS = """
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Source)
DETACH DELETE e
"""

PUT_SOURCE = """
MERGE (s:Source {id: $source})
SET s = $props, s.imported_at = toString(datetime.truncate('second', datetime()))
"""

_UPSERT_ENTITIES = """
MATCH (s:Source {id: $source})
UNWIND $rows AS r
MERGE (e:Entity {id: r.created.id})
ON CREATE SET e = r.created, e:%s
ON MATCH SET e.title = coalesce(r.created.title, e.title),
    e.description = coalesce(r.created.description, e.description),
    e.date = coalesce(r.created.date, e.date),
    e.aliases = e.aliases + [a IN [r.created.name] + r.created.aliases
                             WHERE a <> e.name AND NOT a IN e.aliases],
    e.keys = e.keys + [k IN r.created.keys WHERE NOT k IN e.keys],
    e += coalesce(r.props, {})
CREATE (s)-[m:MENTIONS]->(e)
SET m.names = CASE WHEN r.created.aliases = [] AND r.created.name = e.name THEN null
                   ELSE [r.created.name] + r.created.aliases END
"""
UPSERT_ENTITIES = {t: _UPSERT_ENTITIES % t for t in ENTITY_TYPES}

# A file's relation ends, each looked up once by id: the relation statements then
# find their nodes by element id, not by an index seek per row (a million seeks
# for 500k relations). `alone` says the node has no relations yet, so none of
# the file's relations touching it can exist: those are created, not merged.
END_HANDLES = f"""
UNWIND $ids AS id
MATCH (e:Entity {{id: id}})
RETURN collect(id) AS ids, collect(elementId(e)) AS handles,
       collect(NOT EXISTS {{ (e)-[:{ENTITY_RELS}]-() }}) AS alone
"""

MENTION_ENTITIES = """
MATCH (s:Source {id: $source})
UNWIND $handles AS handle
MATCH (e) WHERE elementId(e) = handle
CREATE (s)-[:MENTIONS]->(e)
"""

_ENDS = """
UNWIND $rows AS r
MATCH (a) WHERE elementId(a) = r.a
MATCH (b) WHERE elementId(b) = r.b
"""

_CREATE_RELATIONS = (
    _ENDS
    + """
CREATE (a)-[x:%s]->(b)
SET x = r.props, x.sources = [$source]
RETURN count(*) AS written
"""
)
CREATE_RELATIONS = {t: _CREATE_RELATIONS % t for t in RELATION_TYPES}

_UPSERT_RELATIONS = (
    _ENDS
    + """
MERGE (a)-[x:%s]->(b)
ON CREATE SET x = r.props, x.sources = [$source]
ON MATCH SET x.role = r.props.role, x.since = r.props.since, x.until = r.props.until,
    x.date = r.props.date, x.confidence = r.props.confidence,
    x.evidence = CASE WHEN x.evidence IS NOT NULL OR r.props.evidence IS NOT NULL THEN
      coalesce(x.evidence, [s IN x.sources | '']) + coalesce(r.props.evidence, ['']) END,
    x.sources = x.sources + $source
RETURN count(*) AS written
"""
)
UPSERT_RELATIONS = {t: _UPSERT_RELATIONS % t for t in RELATION_TYPES}

LIST_SOURCES = "MATCH (s:Source) RETURN properties(s) AS props ORDER BY s.id"

LOOKUP_KEYS = """
MATCH (e:Entity)
UNWIND e.keys AS key
WITH e, key WHERE key IN $keys
RETURN key, e.id AS id, e.type AS type, e.name AS name
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
SOURCE_COUNT = "MATCH (s:Source) RETURN count(s) AS n"

ALL_ENTITIES = """
MATCH (e:Entity)
RETURN properties(e) AS props,
       COLLECT { MATCH (e)<-[:MENTIONS]-(s:Source) RETURN s.id ORDER BY s.id } AS sources
ORDER BY e.id
"""

_RELATION_RETURN = """
RETURN a.id AS src, type(x) AS type, b.id AS dst, x.role AS role, x.since AS since,
       x.until AS until, x.date AS date, coalesce(x.confidence, 1.0) AS confidence,
       x.sources AS sources, x.evidence AS evidence
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

# One round trip: the shared contexts, the stated ties, and every entity they name.
COLLABORATIONS = f"""
MATCH (me:Entity {{id: $id}})
CALL (me) {{
  MATCH (me)-[r1:{CONTEXT_RELS}]-(ctx:Entity)-[r2:{CONTEXT_RELS}]-(other:Entity)
  WHERE ctx.type IN $context_types AND other.type IN $collaborator_types AND other <> me
  RETURN collect({{src1: startNode(r1).id, type1: type(r1), dst1: endNode(r1).id,
                  props1: properties(r1), src2: startNode(r2).id, type2: type(r2),
                  dst2: endNode(r2).id, props2: properties(r2)}}) AS shared,
         collect(DISTINCT ctx) + collect(DISTINCT other) AS named
}}
CALL (me) {{
  MATCH (me)-[x:COLLABORATES_WITH]-(other:Entity)
  RETURN collect({{src: startNode(x).id, type: type(x), dst: endNode(x).id,
                  props: properties(x)}}) AS direct,
         collect(DISTINCT other) AS partners
}}
RETURN shared, direct,
       [e IN named + partners + [me] |
        {{props: properties(e), sources: [(e)<-[:MENTIONS]-(s:Source) | s.id]}}] AS entities
"""

SHORTEST_PATH = (
    f"""
MATCH (a:Entity {{id: $a}}), (b:Entity {{id: $b}})
MATCH p = shortestPath((a)-[:{ENTITY_RELS}*..%d]-(b))
UNWIND relationships(p) AS x
WITH startNode(x) AS a, x, endNode(x) AS b
"""
    + _RELATION_RETURN
)

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

END_NAMES = """
OPTIONAL MATCH (a:Entity {id: $a})
OPTIONAL MATCH (b:Entity {id: $b})
RETURN a.name AS a, b.name AS b
"""

PATH_SUBGRAPH = f"""
MATCH (a:Entity {{id: $a}}), (b:Entity {{id: $b}})
MATCH p = shortestPath((a)-[:{ENTITY_RELS}*..%d]-(b))
WITH nodes(p) AS found LIMIT 1
CALL (found) {{
  UNWIND found AS x
  MATCH (x)-[r:{ENTITY_RELS}]->(y:Entity)
  WHERE y IN found
  RETURN collect({{src: x.id, type: type(r), dst: y.id, props: properties(r)}}) AS relations
}}
RETURN [e IN found | {{props: properties(e),
                      sources: [(e)<-[:MENTIONS]-(s:Source) | s.id]}}] AS entities,
       relations
"""

_PUT_RELATION = """
MATCH (a:Entity {id: $src}), (b:Entity {id: $dst})
MERGE (a)-[x:%s]->(b)
SET x = $props
"""
PUT_RELATION = {t: _PUT_RELATION % t for t in RELATION_TYPES}

_DELETE_RELATION = "MATCH (:Entity {id: $src})-[x:%s]->(:Entity {id: $dst}) DELETE x"
DELETE_RELATION = {t: _DELETE_RELATION % t for t in RELATION_TYPES}

MENTIONS_MOVE = """
MATCH (keep:Entity {id: $keep}), (drop:Entity {id: $drop})
MATCH (s:Source)-[:MENTIONS]->(drop)
MERGE (s)-[:MENTIONS]->(keep)
"""

FOLD_ENTITY = """
MATCH (keep:Entity {id: $keep}), (drop:Entity {id: $drop})
SET keep.merged_names = coalesce(keep.merged_names, []) +
      [a IN [drop.name] + drop.aliases WHERE NOT a IN coalesce(keep.merged_names, [])],
    keep.aliases = keep.aliases + [a IN [drop.name] + drop.aliases
                                   WHERE a <> keep.name AND NOT a IN keep.aliases],
    keep.keys = keep.keys + [k IN drop.keys WHERE NOT k IN keep.keys],
    keep.title = coalesce(keep.title, drop.title),
    keep.description = coalesce(keep.description, drop.description),
    keep.date = coalesce(keep.date, drop.date)
WITH keep, drop
OPTIONAL MATCH (old:Merged {into: drop.id})
SET old.into = keep.id
WITH DISTINCT keep, drop
MERGE (m:Merged {id: drop.id})
SET m.into = keep.id
DETACH DELETE drop
"""
