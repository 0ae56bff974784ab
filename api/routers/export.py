"""The whole graph as a file other tools read: JSON, GraphML (Gephi, yEd, Cytoscape) or GEXF."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from api.deps import StoreDep
from api.schemas import UNAVAILABLE
from collabgraph.exporting import export_graph

router = APIRouter(tags=["export"])

MEDIA_TYPES = {
    "json": "application/json",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
}


@router.get(
    "/export",
    response_class=Response,
    responses={
        200: {
            "description": "The graph as a file to download.",
            "content": {media: {} for media in MEDIA_TYPES.values()},
        },
        **UNAVAILABLE,
    },
)
def export(
    store: StoreDep,
    fmt: Annotated[
        Literal["json", "graphml", "gexf"], Query(alias="format", description="File format.")
    ] = "json",
) -> Response:
    """Download the whole graph: every entity and relation with its evidence and sources."""
    with tempfile.TemporaryDirectory(prefix="collabgraph-export-") as folder:
        path = Path(folder) / f"collabgraph.{fmt}"
        export_graph(store.subgraph(), fmt, path)
        content = path.read_bytes()
    return Response(
        content,
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="collabgraph.{fmt}"'},
    )
