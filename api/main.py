"""The FastAPI application: `create_app()` is what `collabgraph serve` runs.

One store per process, opened in the lifespan and closed on exit; routers get
it through `StoreDep`. Map pages (HTML) plug in as one more router in `ROUTERS`
and use the same dependencies.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.middleware.gzip import GZipMiddleware

from collabgraph.api.errors import install_error_handlers
from collabgraph.api.graph_cache import GraphCache
from collabgraph.api.openapi import install_openapi
from collabgraph.api.routers import (
    analysis,
    corrections,
    docs,
    entities,
    export,
    health,
    imports,
    pages,
    paths,
    reviews,
)
from collabgraph.api.store_holder import StoreHolder
from collabgraph.settings import Settings

DESCRIPTION = """\
Who works with whom, through which organisations, events, reports and projects,
and the sentence that shows it.

- Wherever an entity is asked for, an id (`person:henry-kippin`), a name
  (`Henry Kippin`) or an alias (`Cllr Stretton`) will do. An unknown name
  answers 404 with the closest names as `suggestions`; a name that fits several
  entities answers 409 with the `candidates`.
- Who works with whom follows one definition of collaboration (people with
  people, organisations with organisations, through shared contexts, direction
  respected: `docs/collaboration.md`), in collaborators, paths, maps and
  every analysis. `since` and `until` ask about a time window; relations
  without dates count in every window, and answers say how many.
- Writes (`POST /imports`, corrections, accepting reviewed facts) need the
  `X-API-Key` header. Every correction is kept as a decision (`GET /history`)
  with who made it, when and why; later imports respect it, and
  `POST /history/{id}/undo` takes it back. `/review` lists the write-ups whose
  extracted facts wait for a person.
- While the database is unreachable every answer is 503 with `Retry-After`;
  the API recovers by itself once it is back.
"""

# Read-only routers, then the write one; map pages go here too (e.g. `pages.router`).
ROUTERS: list[APIRouter] = [
    health.router,
    entities.router,
    paths.router,
    analysis.router,
    export.router,
    pages.router,
    docs.router,
    reviews.router,
]


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API over the store `settings` name (default: `Settings()`, from COLLABGRAPH_*)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.stores.open()
        # What is loaded by now (FastAPI, networkx, the driver: 100k+ objects) lives
        # as long as the process: keep it out of the collector's full passes, which
        # otherwise stall a request now and then by tens of milliseconds.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            app.state.stores.close()

    app = FastAPI(
        title="collabgraph",
        summary="Map who works with whom.",
        description=DESCRIPTION,
        version="0.1.0",
        lifespan=lifespan,
        # /docs and /redoc come from api/routers/docs.py: FastAPI's load from a CDN.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.stores = StoreHolder(settings)
    app.state.graph_cache = GraphCache()
    # Map pages inline vis-network or sigma.js and their data, and shrink about fourfold; small
    # JSON answers are sent as they are, since compressing them costs more than it saves.
    app.add_middleware(GZipMiddleware, minimum_size=32 * 1024, compresslevel=6)
    install_error_handlers(app)
    install_openapi(app, settings)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", docs.static_files(), name="static")
    app.include_router(imports.router, max_body_size=imports.body_limit(settings))
    app.include_router(corrections.router)
    return app
