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
    if settings.api_key is None or not settings.api_key.get_secret_value():
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "writes are disabled: no COLLABGRAPH_API_KEY is configured"
        )
    expected = settings.api_key.get_secret_value().encode()
    if key is None or not hmac.compare_digest(key.encode(), expected):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            f"a valid {API_KEY_HEADER} header is needed to write",
            headers={"WWW-Authenticate": API_KEY_HEADER},
        )


WriteAccess = Depends(require_write_key)
