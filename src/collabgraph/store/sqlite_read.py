"""The embedded store's reads: rows of entities and relations as the model's
`Entity` and `Relation`, by id, by end, by name, and the ends of relations that
`SqliteStore`'s walks and path search follow."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator

from collabgraph.model.graph import Entity, Relation
from collabgraph.store.sqlite_write import chunks, marks, relation_rows

ENTITY_COLUMNS = (
    "id, type, name, title, description, date, aliases, properties, external_ids, unreviewed"
)


def entities(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, Entity]:
    """Each id asked (its own, or one merged away) -> the entity it names now."""
    ids = list(dict.fromkeys(ids))
    found: dict[str, Entity] = {}
    for chunk in chunks(ids, 500):
        asked = marks(chunk)
        rows = db.execute(
            f"SELECT m.old_id AS asked, {_prefixed('e', ENTITY_COLUMNS)} FROM merged m"
            f" JOIN entities e ON e.id = m.entity_id WHERE m.old_id IN ({asked})"
            f" UNION ALL SELECT e.id AS asked, {_prefixed('e', ENTITY_COLUMNS)}"
            f" FROM entities e WHERE e.id IN ({asked})",
            chunk + chunk,
        ).fetchall()
        sources = mention_sources(db, [r["id"] for r in rows])
        for row in rows:
            found[row["asked"]] = entity(row, sources.get(row["id"], []))
    return found


def mention_sources(db: sqlite3.Connection, ids: list[str]) -> dict[str, list[str]]:
    """Entity id -> the sources that mention it, in source id order."""
    out: dict[str, list[str]] = defaultdict(list)
    for chunk in chunks(list(dict.fromkeys(ids)), 500):
        for row in db.execute(
            f"SELECT entity_id, source_id FROM mentions WHERE entity_id IN ({marks(chunk)})"
            " ORDER BY source_id",
            chunk,
        ):
            out[row[0]].append(row[1])
    return out


def all_entities(db: sqlite3.Connection) -> list[Entity]:
    """Every entity, in id order."""
    rows = db.execute(f"SELECT {ENTITY_COLUMNS} FROM entities ORDER BY id").fetchall()
    sources: dict[str, list[str]] = defaultdict(list)
    for eid, sid in db.execute("SELECT entity_id, source_id FROM mentions ORDER BY 2"):
        sources[eid].append(sid)
    return [entity(r, sources.get(r["id"], [])) for r in rows]


def search(
    db: sqlite3.Connection, query: str, *, entity_type: str | None, limit: int, offset: int
) -> list[Entity]:
    """Entities whose name or an alias matches `query`: exact first, then prefix,
    then contains (case-insensitive), each by name."""
    q = query.strip().lower()
    rows = db.execute(
        f"SELECT {ENTITY_COLUMNS} FROM entities WHERE (? IS NULL OR type = ?)",
        (entity_type, entity_type),
    ).fetchall()
    ranked = []
    for row in rows:
        rank = _match_rank(q, [row["name"], *json.loads(row["aliases"])])
        if rank is not None:
            ranked.append((rank, row["name"].lower(), row["id"], row))
    ranked.sort(key=lambda t: t[:3])
    page = [t[3] for t in ranked[offset : offset + limit]]
    sources = mention_sources(db, [r["id"] for r in page])
    return [entity(r, sources.get(r["id"], [])) for r in page]


def relations_where(db: sqlite3.Connection, where: str, params: list) -> list[Relation]:
    """The relations matching `where` (on table alias `r`), with their claims."""
    rels = []
    for fields, claims in relation_rows(db, where, params):
        fields["properties"] = json.loads(fields["properties"] or "{}")
        fields["reviewed"] = bool(fields["reviewed"])
        rels.append(
            Relation(
                **fields,
                sources=[s for s, _ in claims],
                evidence=[e for _, e in claims],
            )
        )
    return rels


def relations_of(db: sqlite3.Connection, ids: list[str]) -> list[Relation]:
    """Every relation with one of `ids` at either end, each once."""
    out: dict[str, Relation] = {}
    for chunk in chunks(list(ids), 400):
        asked = marks(chunk)
        for rel in relations_where(db, f"r.src IN ({asked}) OR r.dst IN ({asked})", chunk + chunk):
            out[rel.id] = rel
    return list(out.values())


def neighbours(db: sqlite3.Connection, ids: list[str]) -> Iterator[str]:
    """The other end of every relation touching one of `ids` (repeats possible)."""
    for chunk in chunks(ids, 400):
        asked = marks(chunk)
        for (other,) in db.execute(
            f"SELECT dst FROM relations WHERE src IN ({asked})"
            f" UNION SELECT src FROM relations WHERE dst IN ({asked})",
            chunk + chunk,
        ):
            yield other


def ends_of(db: sqlite3.Connection, ids: list[str]) -> Iterator[tuple[str, str]]:
    """`(id, other end)` for every relation touching one of `ids`, either way."""
    for chunk in chunks(ids, 400):
        asked = marks(chunk)
        yield from db.execute(
            f"SELECT src, dst FROM relations WHERE src IN ({asked})"
            f" UNION ALL SELECT dst, src FROM relations WHERE dst IN ({asked})",
            chunk + chunk,
        )


def entity(row: sqlite3.Row, sources: list[str]) -> Entity:
    """An `entities` row (ENTITY_COLUMNS) as an Entity, with the sources naming it."""
    return Entity(
        id=row["id"],
        type=row["type"],
        name=row["name"],
        aliases=json.loads(row["aliases"]),
        title=row["title"],
        description=row["description"],
        date=row["date"],
        properties=json.loads(row["properties"]),
        sources=sources,
        external_ids=json.loads(row["external_ids"] or "[]"),
        reviewed=not row["unreviewed"],
    )


def _match_rank(query: str, names: list[str]) -> int | None:
    """0 exact, 1 prefix, 2 contains, None no match (case-insensitive)."""
    best = None
    for name in names:
        folded = name.lower()
        rank = (
            0
            if folded == query
            else 1
            if folded.startswith(query)
            else 2
            if query in folded
            else None
        )
        if rank is not None and (best is None or rank < best):
            best = rank
    return best


def _prefixed(alias: str, columns: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))
