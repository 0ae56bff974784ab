"""Graph stores behind one contract (`GraphStore`); backend names live only here."""

from __future__ import annotations

from collabgraph.settings import Settings
from collabgraph.store.base import (
    EntityRef,
    GraphStore,
    Stats,
    Walked,
)

__all__ = [
    "EntityRef",
    "GraphStore",
    "Stats",
    "Walked",
    "new_store_path",
    "open_store",
]


def new_store_path(settings: Settings) -> str | None:
    """The file a new, empty embedded store would be created at when these settings
    are opened, or None when the store already exists (or lives on a server)."""
    if settings.neo4j_uri:
        return None
    path = settings.sqlite_path
    return None if path.exists() else str(path.resolve())


def open_store(settings: Settings) -> GraphStore:
    """Open the store the settings name (Neo4j when a URI is set, else SQLite), schema ready.

    Raises StoreUnavailable when Neo4j cannot be reached, StoreDamaged when the
    SQLite file is damaged or emptied, StoreBusy when its schema must be written
    while another process writes.
    """
    if settings.neo4j_uri:
        from collabgraph.store.neo4j import Neo4jStore

        auth = None
        if settings.neo4j_user:
            password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
            auth = (settings.neo4j_user, password)
        store: GraphStore = Neo4jStore(
            settings.neo4j_uri,
            auth=auth,
            database=settings.neo4j_database,
            write_timeout=settings.write_timeout,
        )
    else:
        from collabgraph.store.sqlite import SqliteStore

        store = SqliteStore(settings.sqlite_path, busy_timeout=settings.busy_timeout)
    try:
        store.ensure_schema()
    except BaseException:
        store.close()
        raise
    return store
