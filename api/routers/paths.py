"""How two entities are connected: a shortest chain of relations, every hop explained."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import StoreDep
from api.schemas import AMBIGUOUS, UNAVAILABLE, ErrorOut, PathOut
from collabgraph.analysis import shortest_path, to_networkx
from collabgraph.errors import EntityNotFound
from collabgraph.queries import find_entities
from collabgraph.store import GraphStore

router = APIRouter(tags=["paths"])


@router.get(
    "/path",
    response_model=PathOut,
    responses={
        404: {"model": ErrorOut, "description": "Unknown entity, or nothing connects the two."},
        **AMBIGUOUS,
        **UNAVAILABLE,
    },
)
async def path_between(
    store: StoreDep,
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
) -> dict:
    """A shortest path ignoring direction; each hop lists every relation joining its two
    ends with its direction, role, evidence and the names of both ends."""
    return await run_in_threadpool(_path, store, source, target)


def _path(store: GraphStore, source: str, target: str) -> dict:
    # The database finds the path; networkx explains it on just the entities it visits.
    try:
        a, b = source, target
        visited = store.path_subgraph(a, b)  # both ids: one round trip
    except EntityNotFound:
        a, b = (e.id for e in find_entities(store, [source, target]))
        visited = store.path_subgraph(a, b)
    G = to_networkx(visited)
    if a not in G or b not in G:  # ids merged into others
        real = store.entities([a, b])
        a, b = real[a].id, real[b].id
    found = shortest_path(G, a, b)
    nodes = found["nodes"]
    return {
        "source": nodes[0],
        "target": nodes[-1],
        "length": found["length"],
        "nodes": nodes,
        "hops": [
            {"from": x, "to": y, "relations": hop["relations"]}
            for x, y, hop in zip(nodes[:-1], nodes[1:], found["hops"], strict=True)
        ],
    }
