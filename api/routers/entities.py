"""Entities: search, one entity by id, name or alias, its collaborators and neighbourhood.

`{ref}` may hold a slash (names do: "AC/DC", "</script>") and even a line
break, so it uses its own path convertor, and the routes with a suffix come
before the bare one.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.convertors import PathConvertor, register_url_convertor

from collabgraph.api.deps import MAX_COUNT, SettingsDep, StoreDep
from collabgraph.api.params import SinceQuery, UntilQuery
from collabgraph.api.schemas import (
    AMBIGUOUS,
    NOT_FOUND,
    UNAVAILABLE,
    CollaboratorsOut,
    EntityDetailOut,
    EntityPage,
    ErrorOut,
    NeighbourhoodOut,
)
from collabgraph.exporting import subgraph_to_dict
from collabgraph.model.vocabulary import ENTITY_TYPES, entity_type
from collabgraph.queries import collaborators_of, entity_with_relations, neighbourhood


class EntityRefConvertor(PathConvertor):
    """Like Starlette's `path`, but across line breaks too (`.` stops at a newline)."""

    regex = r"[\s\S]+"


register_url_convertor("entity_ref", EntityRefConvertor())

router = APIRouter(prefix="/entities", tags=["entities"])

# The one-entity questions are asked most and answer fastest: they are
# coroutines that send only the database work to the thread pool, so the answer
# is validated and serialised without a second trip there (FastAPI validates a
# plain `def` endpoint's answer on the pool too).

RefPath = Annotated[
    str,
    Path(
        description="An entity's id, name or alias.",
        examples=["Cllr Stretton", "person:henry-kippin"],
    ),
]
LOOKUP_ERRORS = {**NOT_FOUND, **AMBIGUOUS, **UNAVAILABLE}


@router.get(
    "",
    response_model=EntityPage,
    responses={422: {"model": ErrorOut, "description": "Unknown type or limit too big."}},
)
def list_entities(
    store: StoreDep,
    settings: SettingsDep,
    q: Annotated[
        str, Query(description="Part of a name or alias; empty lists all.", examples=["Anna"])
    ] = "",
    type_: Annotated[
        str | None,
        Query(
            alias="type",
            description=f"One of {', '.join(ENTITY_TYPES)} (any case).",
            examples=["Person"],
            json_schema_extra={"enum": list(ENTITY_TYPES)},
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, description="At most COLLABGRAPH_MAX_PAGE_SIZE.")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_COUNT)] = 0,
) -> dict:
    """Entities whose name or an alias contains `q`: exact matches, then prefixes, then the rest."""
    if limit > settings.max_page_size:
        raise RequestValidationError(
            [
                {
                    "type": "less_than_equal",
                    "loc": ("query", "limit"),
                    "msg": f"Input should be less than or equal to {settings.max_page_size}",
                    "input": limit,
                    "ctx": {"le": settings.max_page_size},
                }
            ]
        )
    kind = entity_type(type_) if type_ else None
    # One more than asked says whether another page follows.
    found = store.search(q, entity_type=kind, limit=limit + 1, offset=offset)
    return {
        "items": [e.to_dict() for e in found[:limit]],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if len(found) > limit else None,
    }


@router.get(
    "/{ref:entity_ref}/collaborators",
    response_model=CollaboratorsOut,
    responses={**LOOKUP_ERRORS, 422: {"model": ErrorOut, "description": "Not a person or "
               "organisation, or a bad window."}},
)  # fmt: skip
async def entity_collaborators(
    store: StoreDep,
    ref: RefPath,
    since: SinceQuery = None,
    until: UntilQuery = None,
    cofunded: Annotated[
        bool, Query(description="Count co-grantees of one funder as working together through it.")
    ] = False,
) -> JSONResponse:
    """Who works with this person or organisation, heaviest tie first: each collaborator
    once, with every shared context, the relations on both sides and their evidence; and
    the entity's own organisations (or people). docs/collaboration.md defines it."""
    found = await run_in_threadpool(
        collaborators_of, store, ref, since=since, until=until, cofunded=cofunded
    )
    # The library's answer is sent as it is: validating a few hundred relation records
    # against the model on every request costs more than the query (the tests check
    # the answers against CollaboratorsOut).
    return JSONResponse(found)


@router.get(
    "/{ref:entity_ref}/neighbourhood", response_model=NeighbourhoodOut, responses=LOOKUP_ERRORS
)
def entity_neighbourhood(
    store: StoreDep,
    ref: RefPath,
    depth: Annotated[int, Query(ge=1, le=3, description="Hops, either direction.")] = 1,
    since: SinceQuery = None,
    until: UntilQuery = None,
) -> dict:
    """Everything within `depth` hops of the entity, and every relation among it; with a
    window, hops only over relations that held then."""
    entity, around, window = neighbourhood(store, ref, depth=depth, since=since, until=until)
    return {
        "centre": entity.to_dict(),
        "depth": depth,
        **subgraph_to_dict(around),
        "window": window,
    }


@router.get("/{ref:entity_ref}", response_model=EntityDetailOut, responses=LOOKUP_ERRORS)
async def get_entity(store: StoreDep, ref: RefPath) -> dict:
    """One entity by id, name or alias (`Cllr Stretton` gives Jean Stretton), with every
    relation it has (each grant of a funder, with its amount)."""
    entity, relations = await run_in_threadpool(entity_with_relations, store, ref)
    return {**entity.to_dict(), "relations": [r.to_dict() for r in relations]}
