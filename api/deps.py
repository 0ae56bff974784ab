"""Dependencies every router shares; tests replace them through `app.dependency_overrides`."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader

from collabgraph.api.graph_cache import GraphCache
from collabgraph.settings import Settings
from collabgraph.store import GraphStore

API_KEY_HEADER = "X-API-Key"
# The largest offset or count a request may give: far beyond any graph's size, and
# well inside the 64-bit integers Neo4j takes (a larger one was a 500).
MAX_COUNT = 2**31 - 1

api_key_header = APIKeyHeader(
    name=API_KEY_HEADER,
    auto_error=False,
    description="Needed for writes; must equal COLLABGRAPH_API_KEY.",
)


# The dependencies are coroutines: FastAPI runs a plain `def` dependency on the
# thread pool, and a hop there and back costs more than these take.


async def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


async def get_store(request: Request) -> GraphStore:
    """The process's one store. Raises StoreUnavailable (503) while the database is down."""
    holder = request.app.state.stores
    return holder.store or await run_in_threadpool(holder.get)  # opening may wait on I/O


async def get_graph_cache(request: Request) -> GraphCache:
    return request.app.state.graph_cache


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
GraphCacheDep = Annotated[GraphCache, Depends(get_graph_cache)]


def require_write_key(
    settings: SettingsDep, key: Annotated[str | None, Security(api_key_header)]
) -> None:
    """Let a write through only with the configured API key.

    403 when no key is configured (the API is then read-only), 401 when the
    request's key is missing or wrong.
    """
    if not _key_configured(settings):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "writes are disabled: no COLLABGRAPH_API_KEY is configured"
        )
    _check_key(settings, key, "to write")


def require_export_key(
    settings: SettingsDep, key: Annotated[str | None, Security(api_key_header)]
) -> None:
    """Let an export of the whole graph (every source's path and every piece of
    evidence) through only with the API key, when one is configured and
    COLLABGRAPH_EXPORT_NEEDS_KEY is true (the default); 401 otherwise. With no
    key configured the API is a local, read-only one and exports are open."""
    if _key_configured(settings) and settings.export_needs_key:
        _check_key(settings, key, "to export the graph")


def _key_configured(settings: Settings) -> bool:
    return settings.api_key is not None and bool(settings.api_key.get_secret_value())


def _check_key(settings: Settings, key: str | None, purpose: str) -> None:
    assert settings.api_key is not None
    expected = settings.api_key.get_secret_value().encode()
    if key is None or not hmac.compare_digest(key.encode(), expected):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            f"a valid {API_KEY_HEADER} header is needed {purpose}",
            headers={"WWW-Authenticate": API_KEY_HEADER},
        )


WriteAccess = Depends(require_write_key)
ExportAccess = Depends(require_export_key)
