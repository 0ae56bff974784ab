"""The Neo4j store's constraints and indexes, and the migration of older databases.

Version 1 (before relation identity) had at most one relationship of a type
between two entities, without an `id`; its mentions did not say which fields a
source gave. A version 1 database is migrated when it is opened: each
relationship gets its stable id (`collabgraph.model.batch.relation_id`) and,
when its confidence is below 1, each claim says so; each mention gets the
fields its entity showed (so what the graph showed stays until a file says
otherwise); dates become ISO 8601 where they can be read; sources get their
import order; every entity's keys are worked out again by today's rules. The
steps are idempotent and run in batches, so an interrupted migration resumes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from neo4j import RoutingControl

from collabgraph.model.batch import relation_id
from collabgraph.model.dates import parse_date_or_keep
from collabgraph.model.names import entity_keys
from collabgraph.model.properties import ENTITY_FIELDS, read_name
from collabgraph.model.vocabulary import RELATION_TYPES
from collabgraph.store import cypher

SCHEMA_VERSION = 2
WRITE = RoutingControl.WRITE
ENTITY_RELS = "|".join(RELATION_TYPES)

VERSION = "OPTIONAL MATCH (r:GraphRevision {id: 'graph'}) RETURN r.schema_version AS v"
SET_VERSION = (
    "MERGE (r:GraphRevision {id: 'graph'}) SET r.schema_version = $v, r.n = coalesce(r.n, 0) + 1"
)

UNNAMED_RELATIONS = f"""
MATCH (a:Entity)-[x:{ENTITY_RELS}]->(b:Entity) WHERE x.id IS NULL
RETURN elementId(x) AS handle, type(x) AS type, a.id AS src, b.id AS dst, x.role AS role,
       x.since AS since, x.until AS until, x.date AS date,
       coalesce(x.confidence, 1.0) AS confidence, size(coalesce(x.sources, [])) AS claims
LIMIT $limit
"""
NAME_RELATIONS = """
UNWIND $rows AS r
MATCH ()-[x]->() WHERE elementId(x) = r.handle
SET x.id = r.id, x.since = r.since, x.until = r.until, x.date = r.date, x.said = r.said
"""
ENTITY_PAGE = """
MATCH (e:Entity) WHERE e.id > $after
RETURN properties(e) AS props ORDER BY e.id LIMIT $limit
"""
FILL_ENTITIES = """
UNWIND $rows AS r
MATCH (e:Entity {id: r.id})
SET e.keys = r.keys, e.date = r.date
WITH e, r
MATCH (:Source)-[m:MENTIONS]->(e) WHERE m.said IS NULL
SET m.said = r.said
"""
SOURCE_ORDER = """
MATCH (s:Source) WITH s ORDER BY s.imported_at, s.id
WITH collect(s) AS sources
UNWIND range(0, size(sources) - 1) AS i
WITH sources[i] AS s, i
SET s.seq = coalesce(s.seq, i + 1)
RETURN collect([s.id, s.published]) AS published
"""
SET_PUBLISHED = "UNWIND $rows AS r MATCH (s:Source {id: r.id}) SET s.published = r.published"

Run = Callable[..., list[Any]]


def ensure_schema(run: Run, size: int) -> None:
    """Create constraints and indexes and migrate an earlier version's data. Idempotent."""
    for statement in cypher.SCHEMA:
        run(statement, WRITE)
    if run(VERSION)[0]["v"] == SCHEMA_VERSION:
        return
    _migrate_relations(run, size)
    _migrate_entities(run, size)
    [row] = run(SOURCE_ORDER, WRITE) or [{"published": []}]
    rows = [
        {"id": sid, "published": parse_date_or_keep(published)}
        for sid, published in row["published"]
    ]
    if rows:
        run(SET_PUBLISHED, WRITE, rows=rows)
    run(SET_VERSION, WRITE, v=SCHEMA_VERSION)


def _migrate_relations(run: Run, size: int) -> None:
    while True:
        found = run(UNNAMED_RELATIONS, WRITE, limit=size)
        if not found:
            return
        rows = []
        for r in found:
            since, until, date = (parse_date_or_keep(r[k]) for k in ("since", "until", "date"))
            confidence = r["confidence"]
            said = None
            if confidence != 1.0:
                said = [json.dumps({"confidence": confidence})] * max(r["claims"], 1)
            rows.append(
                {
                    "handle": r["handle"],
                    "id": relation_id(r["type"], r["src"], r["dst"], r["role"], since, until, date),
                    "since": since,
                    "until": until,
                    "date": date,
                    "said": said,
                }
            )
        run(NAME_RELATIONS, WRITE, rows=rows)


def _migrate_entities(run: Run, size: int) -> None:
    after = ""
    while True:
        page = run(ENTITY_PAGE, after=after, limit=size)
        if not page:
            return
        rows = []
        for record in page:
            props = record["props"]
            date = parse_date_or_keep(props.get("date"))
            extra: dict[str, Any] = {
                k: v
                for k, v in (
                    ("title", props.get("title")),
                    ("description", props.get("description")),
                    ("date", date),
                )
                if v is not None
            }
            properties = {read_name(k): v for k, v in props.items() if k not in ENTITY_FIELDS}
            if properties:
                extra["properties"] = properties
            aliases = list(props.get("aliases") or [])
            rows.append(
                {
                    "id": props["id"],
                    "date": date,
                    "keys": entity_keys(props["name"], props["type"], aliases),
                    "said": json.dumps(extra) if extra else None,
                }
            )
            after = props["id"]
        run(FILL_ENTITIES, WRITE, rows=rows)
