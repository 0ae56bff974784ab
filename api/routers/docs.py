"""The API's documentation pages, `/docs` (Swagger UI) and `/redoc`, and the files they load.

FastAPI's own pages load Swagger UI and Redoc from a CDN, so they are blank
offline; these load the copies vendored into collabgraph, served under
`/static/`, and carry the same Content-Security-Policy as every other page.
"""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from collabgraph.render import CSP, render_api_docs

router = APIRouter(include_in_schema=False)

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def static_files() -> StaticFiles:
    """The package's `render/static/` folder: vendored viewers and the pages' own scripts."""
    return StaticFiles(directory=str(resources.files("collabgraph.render").joinpath("static")))


@router.get("/docs")
def swagger(request: Request) -> HTMLResponse:
    app = request.app
    html = render_api_docs("swagger", openapi_url=app.openapi_url, title=app.title)
    return HTMLResponse(html, headers=HEADERS)


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    app = request.app
    html = render_api_docs("redoc", openapi_url=app.openapi_url, title=app.title)
    return HTMLResponse(html, headers=HEADERS)
