"""The one place errors become HTTP answers, all of one shape (`ErrorOut`).

Every body has `error` (a stable code a client can branch on) and `detail`
(a sentence for a person), plus what helps to fix the request: `suggestions`
for an unknown name, `candidates` for an ambiguous one, `problems` for a
refused seed file or an invalid request (one line per field). That holds for
collabgraph's own errors, for FastAPI's request validation (422) and for
Starlette's HTTP errors (404 for an unknown path, 405, 413, ...).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from collabgraph.errors import (
    AmbiguousName,
    BadWindow,
    CollabgraphError,
    DecisionError,
    DecisionNotFound,
    EntityNotFound,
    InvalidEdit,
    NoPath,
    NotInNetwork,
    PathBeyondLimit,
    RelationNotFound,
    SeedError,
    SourceNotFound,
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreUnavailable,
    VocabularyError,
)

log = logging.getLogger(__name__)

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
    if isinstance(exc, NotInNetwork):
        return 404, error_body("not_in_network", str(exc)), {}
    if isinstance(exc, NoPath):
        return 404, error_body("no_path", str(exc)), {}
    if isinstance(exc, BadWindow):
        return 422, error_body("bad_window", str(exc)), {}
    if isinstance(exc, RelationNotFound):
        body = error_body("relation_not_found", str(exc), query=exc.query)
        return 404, {**body, "suggestions": exc.suggestions}, {}
    if isinstance(exc, SourceNotFound):
        return 404, error_body("source_not_found", str(exc)), {}
    if isinstance(exc, DecisionNotFound):
        return 404, error_body("decision_not_found", str(exc)), {}
    if isinstance(exc, DecisionError):
        return 409, error_body("decision_conflict", str(exc)), {}
    if isinstance(exc, InvalidEdit):
        return 422, error_body("invalid_edit", str(exc)), {}
    if isinstance(exc, SeedError):
        problems = [str(p) for p in exc.problems]
        return 422, error_body("seed_invalid", str(exc), problems=problems), {}
    if isinstance(exc, VocabularyError):
        return 422, error_body("vocabulary", str(exc)), {}
    if isinstance(exc, StoreUnavailable):
        code = (
            "store_busy"
            if isinstance(exc, StoreBusy)
            else "store_damaged"
            if isinstance(exc, StoreDamaged)
            else "store_unavailable"
        )
        return 503, error_body(code, str(exc)), {"Retry-After": str(RETRY_AFTER_SECONDS)}
    if isinstance(exc, StoreError):
        return 422, error_body("store_refused", str(exc)), {}
    return 400, error_body("collabgraph", str(exc)), {}


async def collabgraph_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CollabgraphError)
    status, body, headers = _answer(exc)
    return JSONResponse(body, status_code=status, headers=headers)


async def validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422 for a request that does not fit the schema, in the one shape."""
    assert isinstance(exc, RequestValidationError)
    problems = [_validation_line(e) for e in exc.errors()]
    body = error_body("invalid_request", "; ".join(problems) or "invalid request")
    return JSONResponse({**body, "problems": problems}, status_code=422)


def _validation_line(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg"))


async def http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Starlette's and FastAPI's HTTP errors (404 unknown path, 401, 403, 405, 413, ...)."""
    assert isinstance(exc, StarletteHTTPException)
    code = _error_code(exc.status_code)
    detail = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    return JSONResponse(error_body(code, detail), status_code=exc.status_code, headers=exc.headers)


async def unexpected_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """A fault of ours: logged with its traceback, answered in the one shape."""
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    body = error_body("internal", f"an unexpected error ({type(exc).__name__}); see the log")
    return JSONResponse(body, status_code=500)


def _error_code(status: int) -> str:
    """The HTTP reason phrase as a code (RFC 9110's, whatever Python's version says)."""
    if status == 413:
        return "content_too_large"
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return "error"
    return phrase.lower().replace(" ", "_").replace("-", "_")


class PlainErrorsAsJson:
    """ASGI middleware: an error that Starlette's own middleware answers as plain text
    (the request body limit's 413 "Content Too Large") goes out in the one shape."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: dict[str, Any] = {}
        parts: list[bytes] = []

        async def shaped(message: Message) -> None:
            if message["type"] == "http.response.start" and _plain_error(message):
                held.update(message)
                return
            if not held:
                await send(message)
                return
            parts.append(message.get("body", b""))
            if message.get("more_body"):
                return
            status = held["status"]
            text = b"".join(parts).decode("utf-8", errors="replace").strip()
            body = error_body(_error_code(status), text or _error_code(status))
            await JSONResponse(body, status_code=status)(scope, receive, send)

        await self.app(scope, receive, shaped)


def _plain_error(start: Message) -> bool:
    headers = dict(start.get("headers") or [])
    return start["status"] >= 400 and headers.get(b"content-type", b"").startswith(b"text/plain")


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error in the one shape: collabgraph's (see `_answer`), request
    validation, HTTP errors, anything unexpected, and the plain-text errors of
    Starlette's middleware."""
    app.add_middleware(PlainErrorsAsJson)
    app.add_exception_handler(CollabgraphError, collabgraph_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(Exception, unexpected_error_handler)
