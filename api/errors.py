"""The one place collabgraph errors become HTTP answers.

Every body has `error` (a stable code a client can branch on) and `detail`
(a sentence for a person), plus what helps to fix the request: `suggestions`
for an unknown name, `candidates` for an ambiguous one, `problems` for a
refused seed file.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from collabgraph.errors import (
    AmbiguousName,
    BadWindow,
    CollabgraphError,
    EntityNotFound,
    NoPath,
    PathBeyondLimit,
    SeedError,
    StoreUnavailable,
    VocabularyError,
)

# Seconds a client should wait before retrying while the database is unreachable.
RETRY_AFTER_SECONDS = 5


def error_body(error: str, detail: str, **extra: Any) -> dict[str, Any]:
    return {"error": error, "detail": detail, **extra}


def _answer(exc: CollabgraphError) -> tuple[int, dict[str, Any], dict[str, str]]:
    """Status code, body and headers for one collabgraph error."""
    if isinstance(exc, EntityNotFound):
        body = error_body("entity_not_found", str(exc), query=exc.query)
        return 404, {**body, "suggestions": exc.suggestions}, {}
    if isinstance(exc, AmbiguousName):
        body = error_body("ambiguous_name", str(exc), query=exc.query)
        return 409, {**body, "candidates": exc.candidates}, {}
    if isinstance(exc, PathBeyondLimit):
        body = error_body("path_beyond_limit", str(exc))
        return 404, {**body, "max_hops": exc.max_hops, "length": exc.length}, {}
    if isinstance(exc, NoPath):
        return 404, error_body("no_path", str(exc)), {}
    if isinstance(exc, BadWindow):
        return 422, error_body("bad_window", str(exc)), {}
    if isinstance(exc, SeedError):
        problems = [str(p) for p in exc.problems]
        return 422, error_body("seed_invalid", str(exc), problems=problems), {}
    if isinstance(exc, VocabularyError):
        return 422, error_body("vocabulary", str(exc)), {}
    if isinstance(exc, StoreUnavailable):
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
        return 503, error_body("store_unavailable", str(exc)), headers
    return 400, error_body("collabgraph", str(exc)), {}


async def collabgraph_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CollabgraphError)
    status, body, headers = _answer(exc)
    return JSONResponse(body, status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Map every CollabgraphError to its HTTP status (see `_answer`)."""
    app.add_exception_handler(CollabgraphError, collabgraph_error_handler)
