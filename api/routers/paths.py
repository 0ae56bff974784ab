"""How two entities are connected: the shortest chains of relations, every hop explained."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from collabgraph.analysis.paths import DEFAULT_MAX_HOPS, MAX_HOPS_LIMIT, MAX_PATHS
from collabgraph.api.deps import GraphCacheDep, StoreDep
from collabgraph.api.params import SinceQuery, UntilQuery
from collabgraph.api.schemas import AMBIGUOUS, UNAVAILABLE, ErrorOut, PathOut
from collabgraph.queries import path_between

router = APIRouter(tags=["paths"])


@router.get(
    "/path",
    response_model=PathOut,
    responses={
        404: {
            "model": ErrorOut,
            "description": "Unknown entity (`entity_not_found`), nothing connects the two"
            " (`no_path`), or the shortest path is longer than `max_hops`"
            " (`path_beyond_limit`, with its `length`).",
        },
        **AMBIGUOUS,
        **UNAVAILABLE,
    },
)
async def path_between_ends(
    store: StoreDep,
    cache: GraphCacheDep,
    source: Annotated[
        str,
        Query(
            alias="from",
            description="Where the path starts: id, name or alias.",
            examples=["Henry Kippin"],
        ),
    ],
    target: Annotated[
        str, Query(alias="to", description="Where it ends.", examples=["Cllr Stretton"])
    ],
    max_hops: Annotated[
        int,
        Query(ge=0, le=MAX_HOPS_LIMIT, description="Longest path looked for, in relations."),
    ] = DEFAULT_MAX_HOPS,
    paths: Annotated[
        int, Query(ge=1, le=MAX_PATHS, description="How many shortest paths to give.")
    ] = 1,
    since: SinceQuery = None,
    until: UntilQuery = None,
) -> JSONResponse:
    """The shortest path ignoring direction (of several, the first in order of entity
    ids), and up to `paths - 1` more of the same length; each hop lists every relation
    joining its two ends with its direction, role, evidence and the names of both ends.
    `collabgraph query path` answers the same."""
    found = await run_in_threadpool(
        path_between, store, source, target, max_hops=max_hops, paths=paths,
        since=since, until=until, whole_graph=lambda: cache.graph(store),
    )  # fmt: skip
    return JSONResponse(found)  # sent as the library gives it; the tests check it against PathOut
