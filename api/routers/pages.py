"""Pages for a browser: the home page, the whole network's map and one entity's map.

A map route turns its query into a `MapRequest`, asks the library for the
view (`collabgraph.maps.build_map_view`, the same function `export --format
html` calls) and sends the page `collabgraph.render` makes of it, with the
Content-Security-Policy every page has. `?format=json` answers with what the
page draws, so a client can tell without parsing it.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from collabgraph import analysis
from collabgraph.api.deps import MAX_COUNT, GraphCacheDep, StoreDep
from collabgraph.api.graph_cache import GraphCache
from collabgraph.api.params import DATE_PATTERN
from collabgraph.api.routers.entities import RefPath
from collabgraph.api.schemas import AMBIGUOUS, NOT_FOUND, UNAVAILABLE
from collabgraph.errors import AmbiguousName, EntityNotFound
from collabgraph.maps import DEFAULT_LIMIT, MAX_DEPTH, MAX_LIMIT, VIEWS, MapFilters, MapRequest
from collabgraph.maps import build_map_view as build_view
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES
from collabgraph.queries import find_entity
from collabgraph.render import CSP, MapLinks, MapView, render_not_found, render_view
from collabgraph.render.home import render_home
from collabgraph.store import GraphStore

router = APIRouter(tags=["maps"])

# Which network ranks each type on the home page (as /analysis/centrality?network=...).
FEATURED = {"Person": "people", "Organisation": "organisations", "Event": "entities"}
FEATURED_COUNT = 5
SEARCH_RESULTS = 20
LINKS = MapLinks(edit="/entities/{id}", review="/review")
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

EntityTypeName = Literal[ENTITY_TYPES]  # type: ignore[valid-type]
RelationTypeName = Literal[RELATION_TYPES]  # type: ignore[valid-type]
ViewName = Literal[VIEWS]  # type: ignore[valid-type]
ColorBy = Literal["type", "community"]
Format = Literal["html", "json"]

ViewQuery = Annotated[
    ViewName,
    Query(
        description="`entities`: everything as stated; `people` / `organisations`: who works "
        "with whom, a line for each pair that shares an organisation, event, report or project."
    ),
]
ColorByQuery = Annotated[
    ColorBy | None,
    Query(
        description="Colour by entity type or by community (default: type for `entities`, "
        "community for `people` and `organisations`)."
    ),
]
FormatQuery = Annotated[
    Format, Query(alias="format", description="`html`: the map page; `json`: what it draws.")
]


class MapViewOut(BaseModel):
    """What a map page draws (`?format=json`)."""

    title: str
    view: str = Field(description="entities, people or organisations.")
    focus: str | None = Field(None, description="The entity the map opens on, if drawn.")
    depth: int | None = Field(None, description="Hops around `focus` (entity maps).")
    limit: int | None = Field(None, description="Most entities drawn (whole map).")
    total: int = Field(description="Entities that pass the filters, before `limit`.")
    node_count: int = Field(description="Entities drawn: `data-node-count` on the page.")
    edge_count: int = Field(description="Edges drawn: `data-edge-count` on the page.")
    nodes: list[str] = Field(
        description="Ids of the entities drawn (whole map: most influential first)."
    )
    edges: list[list[str]] = Field(
        description="Edges drawn as `[source, target, type]`; type `TIE` for a collaboration tie."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "title": "Henry Kippin",
                    "view": "entities",
                    "focus": "person:henry-kippin",
                    "depth": 1,
                    "limit": None,
                    "total": 3,
                    "node_count": 3,
                    "edge_count": 2,
                    "nodes": [
                        "person:henry-kippin",
                        "organisation:collaborate-cic",
                        "event:launch-of-building-collaborative-places",
                    ],
                    "edges": [
                        ["person:henry-kippin", "organisation:collaborate-cic", "WORKS_FOR"],
                        [
                            "person:henry-kippin",
                            "event:launch-of-building-collaborative-places",
                            "PARTICIPATED_IN",
                        ],
                    ],
                }
            ]
        }
    }


def map_filters(
    type_: Annotated[
        list[EntityTypeName] | None,
        Query(
            alias="type",
            description="Keep entities of these types (repeat for more). In a people or "
            "organisations view: the kinds of shared context that count.",
        ),
    ] = None,
    relation: Annotated[
        list[RelationTypeName] | None,
        Query(
            description="Keep relations of these types (repeat for more), and the entities "
            "they join."
        ),
    ] = None,
    since: Annotated[
        str | None,
        Query(
            pattern=DATE_PATTERN,
            description="Keep what is dated on or after this.",
            examples=["2017"],
        ),
    ] = None,
    until: Annotated[
        str | None,
        Query(
            pattern=DATE_PATTERN,
            description="Keep what is dated on or before this.",
            examples=["2017-12"],
        ),
    ] = None,
    community: Annotated[
        int | None,
        Query(
            ge=0,
            le=MAX_COUNT,
            description="Keep one community of the view's network (ids as "
            "/analysis/communities?network=entities|people|organisations).",
        ),
    ] = None,
    reviewed: Annotated[
        bool,
        Query(
            description="Only what a person has reviewed: hide the entities and relations "
            "the text extractor read that nobody has checked yet (see /review)."
        ),
    ] = False,
) -> MapFilters:
    """The filters of a map request. 422 when `since` comes after `until`."""
    try:
        return MapFilters(
            types=tuple(type_) if type_ else None,
            relations=tuple(relation) if relation else None,
            since=since,
            until=until,
            community=community,
            reviewed=reviewed or None,
        )
    except ValueError as exc:
        raise RequestValidationError(
            [{"type": "value_error", "loc": ("query", "until"), "msg": str(exc), "input": until}]
        ) from exc


FiltersDep = Annotated[MapFilters, Depends(map_filters)]


def _url(path: str, request: Request, **replace: Any) -> str:
    """`path` with the request's query parameters, some of them replaced (None drops one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in replace]
    params += [(k, str(v)) for k, v in replace.items() if v is not None]
    return f"{path}?{urlencode(params)}" if params else path


def _map_path(entity_id: str) -> str:
    return "/map/" + quote(entity_id, safe="")


def _answer(view: MapView, fmt: Format, request: Request, path: str) -> Response:
    if fmt == "json":
        return JSONResponse(MapViewOut(**view.summary()).model_dump())
    html = render_view(
        view,
        links=LINKS,
        more_url=_url(path, request, **view.more) if view.more else None,
        view_links={
            v: _url(path, request, view=None if v == "entities" else v, community=None)
            for v in VIEWS
        },
        reviewed_link=_url(path, request, reviewed=None if view.reviewed_only else "true"),
    )
    return HTMLResponse(html, headers=PAGE_HEADERS)


HTML_PAGE = {"text/html": {"schema": {"type": "string"}}}
MAP_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "model": MapViewOut,
        "description": "The map page (`text/html`), or what it draws (`?format=json`).",
        "content": HTML_PAGE,
    },
    **UNAVAILABLE,
}


@router.get(
    "/",
    response_class=Response,
    responses={
        200: {"description": "The home page.", "content": HTML_PAGE},
        303: {"description": "To the map of the entity `q` names."},
        **UNAVAILABLE,
    },
)
def home(
    store: StoreDep,
    cache: GraphCacheDep,
    q: Annotated[
        str | None,
        Query(
            max_length=200, description="A name to find: one entity's map, or a list of matches."
        ),
    ] = None,
) -> Response:
    """The home page: search, counts per type, the whole map and the most influential entities.

    A `q` that names one entity (id, name or alias) redirects to its map; any
    other lists the entities whose name or alias contains it.
    """
    query = q.strip() if q and q.strip() else None
    matches: list[dict[str, Any]] = []
    suggestions: list[str] = []
    if query is not None:
        try:
            entity = find_entity(store, query)
        except EntityNotFound as exc:
            suggestions = exc.suggestions
        except AmbiguousName as exc:
            matches = [e.to_dict() for e in store.entities(exc.candidates).values()]
        else:
            return RedirectResponse(_map_path(entity.id), status_code=303)
        seen = {m["id"] for m in matches}
        found = store.search(query, limit=SEARCH_RESULTS)
        matches += [e.to_dict() for e in found if e.id not in seen]
    stats = store.stats()
    html = render_home(
        counts=stats.entities,
        relations=sum(stats.relations.values()),
        sources=stats.sources,
        featured=_featured(store, cache),
        whole_limit=DEFAULT_LIMIT,
        query=query,
        matches=matches,
        suggestions=[] if matches else suggestions,
        links=LINKS,
    )
    return HTMLResponse(html, headers=PAGE_HEADERS)


def _featured(store: GraphStore, cache: GraphCache) -> dict[str, list[dict[str, str]]]:
    """The most influential people, organisations and events: the first rows of
    `/analysis/centrality` (sorted by influence) for the people, the organisations
    and, for events, the whole entity graph."""

    def top(_) -> dict[str, list[dict[str, str]]]:
        found: dict[str, list[dict[str, str]]] = {}
        for kind, network in FEATURED.items():
            H = cache.network(store, network)
            influence = cache.answer(
                store, ("influence", network), lambda _, H=H: analysis.influence(H)
            )
            rows = [n for n in H if H.nodes[n].get("type") == kind]
            rows.sort(key=lambda n: (-influence[n], str(H.nodes[n].get("name") or n).casefold(), n))
            found[kind] = [
                {"id": n, "name": str(H.nodes[n].get("name") or n)} for n in rows[:FEATURED_COUNT]
            ]
        return found

    return cache.answer(store, ("pages", "featured"), top)


@router.get("/map", response_class=Response, responses=MAP_RESPONSES)
def whole_map(
    request: Request,
    store: StoreDep,
    cache: GraphCacheDep,
    filters: FiltersDep,
    view: ViewQuery = "entities",
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description="Most entities to draw, most influential first.")
    ] = DEFAULT_LIMIT,
    color_by: ColorByQuery = None,
    fmt: FormatQuery = "html",
) -> Response:
    """The whole network: the `limit` most influential entities (or people, or
    organisations) that pass the filters, and every relation (or tie) among them."""
    wanted = MapRequest(view=view, filters=filters, limit=limit, color_by=color_by)
    return _answer(build_view(store, wanted, answers=cache), fmt, request, "/map")


@router.get(
    "/map/{ref:entity_ref}",
    response_class=Response,
    responses={
        **MAP_RESPONSES,
        # A page (`text/html`) that lists the closest names; `?format=json`: ErrorOut.
        404: {**NOT_FOUND[404], "content": HTML_PAGE},
        409: {**AMBIGUOUS[409], "content": HTML_PAGE},
    },
)
def entity_map(
    request: Request,
    store: StoreDep,
    cache: GraphCacheDep,
    ref: RefPath,
    filters: FiltersDep,
    view: ViewQuery = "entities",
    depth: Annotated[int, Query(ge=1, le=MAX_DEPTH, description="Hops, either direction.")] = 1,
    color_by: ColorByQuery = None,
    fmt: FormatQuery = "html",
) -> Response:
    """One entity and what lies within `depth` hops of it (the entities view draws what
    /entities/{ref}/neighbourhood returns), opened on that entity. An unknown name is a
    404 page listing the closest names (JSON with `?format=json`)."""
    wanted = MapRequest(view=view, filters=filters, focus=ref, depth=depth, color_by=color_by)
    try:
        built = build_view(store, wanted, answers=cache)
    except (EntityNotFound, AmbiguousName) as exc:
        if fmt == "json":
            raise
        return _not_found_page(store, request, ref, exc)
    return _answer(built, fmt, request, _map_path(ref))


def _not_found_page(
    store: GraphStore, request: Request, ref: str, exc: EntityNotFound | AmbiguousName
) -> Response:
    """The 404 (or 409) page for a map of a name that fits no entity (or several)."""
    keep = {k: v for k, v in request.query_params.items() if k in ("view", "depth")}
    suffix = f"?{urlencode(keep)}" if keep else ""
    if isinstance(exc, AmbiguousName):
        found = store.entities(exc.candidates).values()
        names = [(f"{e.name} ({e.type})", _map_path(e.id) + suffix) for e in found]
        html = render_not_found(ref, names, candidates=True)
        return HTMLResponse(html, status_code=409, headers=PAGE_HEADERS)
    names = [(name, _map_path(name) + suffix) for name in exc.suggestions]
    return HTMLResponse(render_not_found(ref, names), status_code=404, headers=PAGE_HEADERS)
