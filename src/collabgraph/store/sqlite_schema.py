"""The embedded store's tables, and the migration of files made by earlier versions.

Version 1 (before relation identity) had one relation per (src, type, dst),
with integer ids; its mentions did not say which fields a source gave. A
version 1 file is migrated in place, in one transaction, when it is opened:
relations get their stable ids (`collabgraph.model.batch.relation_id`), each
claim the relation's confidence, each mention the entity's fields (so what
the graph showed stays until a file says otherwise), dates become ISO 8601
where they can be read, and every key is worked out again by today's rules.
"""

from __future__ import annotations

import json
import sqlite3

from collabgraph.model.batch import relation_id
from collabgraph.model.dates import parse_date_or_keep
from collabgraph.model.names import entity_keys

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,
    title TEXT, description TEXT, date TEXT,
    aliases TEXT NOT NULL DEFAULT '[]', properties TEXT NOT NULL DEFAULT '{}',
    merged_ids TEXT NOT NULL DEFAULT '[]', merged_names TEXT NOT NULL DEFAULT '[]',
    external_ids TEXT NOT NULL DEFAULT '[]', unreviewed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys(entity_id);
CREATE TABLE IF NOT EXISTS merged (
    old_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, kind TEXT, title TEXT, author TEXT,
    published TEXT, url TEXT, extractor TEXT, imported_at TEXT, seq INTEGER NOT NULL DEFAULT 0,
    text TEXT, review INTEGER
);
CREATE TABLE IF NOT EXISTS mentions (
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    names TEXT,  -- JSON list of the names the source gives, when not just the entity's name
    said TEXT,   -- JSON: the title, description, date, properties and ids it gives, if any
    PRIMARY KEY (source_id, entity_id)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS relations (
    id TEXT PRIMARY KEY, src TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type TEXT NOT NULL, dst TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role TEXT, since TEXT, until TEXT, date TEXT, external_id TEXT,
    confidence REAL NOT NULL DEFAULT 1.0, properties TEXT NOT NULL DEFAULT '{}',
    unreviewed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS relations_src ON relations(src);
CREATE INDEX IF NOT EXISTS relations_dst ON relations(dst);
CREATE TABLE IF NOT EXISTS claims (
    relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    evidence TEXT NOT NULL DEFAULT '',
    said TEXT,   -- JSON: the confidence (when not 1) and properties it gives, if any
    PRIMARY KEY (relation_id, source_id)
);
CREATE INDEX IF NOT EXISTS claims_source ON claims(source_id);
-- A person's decisions, in the order made (collabgraph.model.decision).
CREATE TABLE IF NOT EXISTS decisions (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, target TEXT NOT NULL,
    change TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL, note TEXT, undone TEXT
);
-- A source's own word when decisions change what the graph shows of it, and the ids
-- (entities, relations) it speaks of, so a decision finds the sources it changes.
CREATE TABLE IF NOT EXISTS raw_batches (
    source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE, batch TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS raw_items (
    item TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (item, source_id)
);
CREATE INDEX IF NOT EXISTS raw_items_source ON raw_items(source_id);
CREATE TABLE IF NOT EXISTS revision (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO revision VALUES (1, 0);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Columns added to tables that version 1 files already have.
ADDED_COLUMNS = (
    ("entities", "merged_names", "TEXT NOT NULL DEFAULT '[]'"),
    ("entities", "external_ids", "TEXT NOT NULL DEFAULT '[]'"),
    ("mentions", "names", "TEXT"),
    ("mentions", "said", "TEXT"),
    ("sources", "seq", "INTEGER NOT NULL DEFAULT 0"),
    ("sources", "text", "TEXT"),
    ("sources", "review", "INTEGER"),
    ("entities", "unreviewed", "INTEGER NOT NULL DEFAULT 0"),
    ("relations", "unreviewed", "INTEGER NOT NULL DEFAULT 0"),
)


def ensure_schema(db: sqlite3.Connection) -> None:
    """Create what is missing and migrate a file made by an earlier version. Idempotent."""
    old_relations = _columns(db, "relations")
    version = None
    if _columns(db, "meta"):
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else None
    if old_relations and "external_id" not in old_relations:
        db.execute("ALTER TABLE relations RENAME TO relations_v1")
        db.execute("ALTER TABLE claims RENAME TO claims_v1")
        db.execute("DROP INDEX IF EXISTS relations_dst")
        db.execute("DROP INDEX IF EXISTS claims_source")
    db.executescript(SCHEMA)
    for table, column, spec in ADDED_COLUMNS:
        if column not in _columns(db, table):
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {spec}")
    if version is None:
        db.execute("BEGIN IMMEDIATE")
        try:
            if _columns(db, "relations_v1"):
                _migrate_v1(db)
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            db.execute("UPDATE revision SET n = n + 1")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def schema_is_current(db: sqlite3.Connection) -> bool:
    """Whether the file is of this version, with every table and column: then there is
    nothing for `ensure_schema` to do, and nothing is written (so opening a store
    never waits behind another process's import)."""
    if not _columns(db, "meta"):
        return False
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or row[0] != str(SCHEMA_VERSION):
        return False
    return all(column in _columns(db, table) for table, column, _ in ADDED_COLUMNS)


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _migrate_v1(db: sqlite3.Connection) -> None:
    # Sources: import order from their import times; dates read.
    sources = db.execute("SELECT id, published FROM sources ORDER BY imported_at, id").fetchall()
    db.executemany(
        "UPDATE sources SET seq = ?, published = ? WHERE id = ?",
        [(i + 1, parse_date_or_keep(p), sid) for i, (sid, p) in enumerate(sources)],
    )
    # Entities: dates read, each mention given the fields the entity showed, keys again.
    rows = db.execute(
        "SELECT id, type, name, title, description, date, aliases, properties FROM entities"
    ).fetchall()
    updates, said, keys = [], [], []
    for eid, etype, name, title, description, date, aliases, properties in rows:
        date = parse_date_or_keep(date)
        updates.append((date, eid))
        extra = {
            k: v
            for k, v in (("title", title), ("description", description), ("date", date))
            if v is not None
        }
        props = json.loads(properties or "{}")
        if props:
            extra["properties"] = props
        said.append((json.dumps(extra) if extra else None, eid))
        keys.extend((k, eid) for k in entity_keys(name, etype, json.loads(aliases or "[]")))
    db.executemany("UPDATE entities SET date = ? WHERE id = ?", updates)
    db.executemany("UPDATE mentions SET said = ? WHERE entity_id = ? AND said IS NULL", said)
    db.execute("DELETE FROM entity_keys")
    db.executemany("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)", keys)
    # Relations: stable ids; the relation's confidence said by each of its claims.
    new_ids: dict[int, str] = {}
    relations = []
    for old_id, src, rtype, dst, role, since, until, date, confidence in db.execute(
        "SELECT id, src, type, dst, role, since, until, date, confidence FROM relations_v1"
    ).fetchall():
        since, until, date = (parse_date_or_keep(d) for d in (since, until, date))
        rid = relation_id(rtype, src, dst, role, since, until, date)
        new_ids[old_id] = rid
        relations.append(
            (
                rid,
                src,
                rtype,
                dst,
                role,
                since,
                until,
                date,
                1.0 if confidence is None else confidence,
            )
        )
    db.executemany(
        "INSERT INTO relations (id, src, type, dst, role, since, until, date, confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        relations,
    )
    confidence_of = {r[0]: r[8] for r in relations}
    claims = []
    for old_id, source_id, evidence in db.execute(
        "SELECT relation_id, source_id, evidence FROM claims_v1"
    ).fetchall():
        rid = new_ids[old_id]
        level = confidence_of[rid]
        claims.append(
            (
                rid,
                source_id,
                evidence or "",
                json.dumps({"confidence": level}) if level != 1.0 else None,
            )
        )
    db.executemany(
        "INSERT INTO claims (relation_id, source_id, evidence, said) VALUES (?, ?, ?, ?)", claims
    )
    db.execute("DROP TABLE claims_v1")
    db.execute("DROP TABLE relations_v1")
