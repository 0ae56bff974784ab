"""The OpenAPI description, with every error in the one shape (`ErrorOut`).

FastAPI describes its own 422 with a model of its own (`HTTPValidationError`),
and an error declared without a model gets no schema at all; the API answers
all of them as `ErrorOut` (see `collabgraph.api.errors`), so the description says so. Every
operation reads the store, so every one may also answer 503 with Retry-After.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from collabgraph.settings import Settings

ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}
DEFAULT_DESCRIPTIONS = {
    "422": "The request does not fit this description: `problems` lists each field.",
    "503": "The database is unreachable, busy with a long write, or its file is damaged;"
    " retry after `Retry-After` seconds.",
}
RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before retrying.",
        "schema": {"type": "integer"},
    }
}


def install_openapi(app: FastAPI, settings: Settings) -> None:
    """Make `app.openapi()` describe every error answer as ErrorOut, and the limits
    this server's settings set (the largest page of /entities)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = with_limits(with_error_shape(schema), settings)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def with_error_shape(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with every 4xx/5xx answer described as ErrorOut (beside any other
    media type the route declares, such as a map's HTML 404 page), and 422 and 503
    on every operation."""
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for code, text in DEFAULT_DESCRIPTIONS.items():
                responses.setdefault(code, {"description": text})
            for code, response in responses.items():
                if code[0] in "45":  # other media types a route declares (an HTML page) stay
                    content = response.setdefault("content", {})
                    content["application/json"] = {"schema": ERROR_REF}
            responses["503"]["headers"] = RETRY_AFTER
    components = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    return schema


def with_limits(schema: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """`schema` with the page size limit of this server (COLLABGRAPH_MAX_PAGE_SIZE)."""
    listing = schema.get("paths", {}).get("/entities", {}).get("get", {})
    for parameter in listing.get("parameters", []):
        if parameter["name"] == "limit" and parameter["in"] == "query":
            parameter["schema"]["maximum"] = settings.max_page_size
    return schema
