"""The whole graph as a file other tools read: node-link JSON (networkx), GraphML (Gephi,
yEd, Cytoscape), GEXF (Gephi) or a Kumu JSON blueprint."""

from __future__ import annotations

import io
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from collabgraph.api.deps import ExportAccess, StoreDep
from collabgraph.api.schemas import UNAVAILABLE
from collabgraph.exporting import write_export

router = APIRouter(tags=["export"])

MEDIA_TYPES = {
    "json": "application/json",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "kumu": "application/json",
}
SUFFIXES = {"kumu": "kumu.json"}


@router.get(
    "/export",
    response_class=Response,
    dependencies=[ExportAccess],
    responses={
        200: {
            "description": "The graph as a file to download.",
            "content": {media: {} for media in MEDIA_TYPES.values()},
        },
        401: {"description": "An API key is set and this request has not got it."},
        **UNAVAILABLE,
    },
)
def export(
    store: StoreDep,
    fmt: Annotated[
        Literal["json", "graphml", "gexf", "kumu"],
        Query(alias="format", description="File format (kumu: a Kumu JSON blueprint)."),
    ] = "json",
    reciprocal: Annotated[
        bool,
        Query(
            description="GraphML/GEXF: each partnership or collaboration as two opposite"
            " directed edges instead of one undirected edge, for readers (networkx) that"
            " refuse graphs mixing both."
        ),
    ] = False,
) -> Response:
    """Download the whole graph: every entity and relation with its evidence and sources.

    JSON is networkx's node-link form; GraphML and GEXF have one typed
    attribute per field (see the README's "Exports"); kumu is a blueprint Kumu
    imports, and `POST /imports` reads back. When the server has an API key (and
    COLLABGRAPH_EXPORT_NEEDS_KEY is not turned off), this needs the `X-API-Key`
    header, like writes."""
    out = io.BytesIO()
    write_export(store.subgraph(), fmt, out, reciprocal=reciprocal)
    content = out.getvalue()
    return Response(
        content,
        media_type=MEDIA_TYPES[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="collabgraph.{SUFFIXES.get(fmt, fmt)}"'
        },
    )
