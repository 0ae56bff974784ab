"""Pages for a browser: the home page, the whole network's map and one entity's map.

The route fetches what a page shows (the whole graph, its influence and its
communities come from `GraphCache`; a neighbourhood from the store) and
`collabgraph.render` turns it into one self-contained page, sent with its
Content-Security-Policy. `?format=json` answers with the same view as ids and
counts, so a client can tell what a page draws without parsing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

import networkx as nx
from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from api.deps import GraphCacheDep, StoreDep
from api.graph_cache import GraphCache
from api.routers.entities import RefPath
from api.schemas import AMBIGUOUS, NOT_FOUND, UNAVAILABLE
from collabgraph import analysis
from collabgraph.errors import AmbiguousName, EntityNotFound
from collabgraph.model.dates import earlier
from collabgraph.model.graph import Subgraph
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES
from collabgraph.queries import find_entity
from collabgraph.render import CSP, MapLinks, render_map, select_top
from collabgraph.render.home import HOME_CSP, render_home
from collabgraph.store import GraphStore

router = APIRouter(tags=["maps"])

DEFAULT_LIMIT = 300
MAX_LIMIT = 5000
FEATURED_TYPES = ("Person", "Organisation", "Event")
FEATURED_COUNT = 5
SEARCH_RESULTS = 20
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
LINKS = MapLinks(map="/map/{id}", entity="/entities/{id}")
PAGE_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}

EntityTypeName = Literal[ENTITY_TYPES]  # type: ignore[valid-type]
RelationTypeName = Literal[RELATION_TYPES]  # type: ignore[valid-type]
ColorBy = Literal["type", "community"]
Format = Literal["html", "json"]

ColorByQuery = Annotated[ColorBy, Query(description="Colour nodes by entity type or by community.")]
FormatQuery = Annotated[
    Format, Query(alias="format", description="`html`: the map page; `json`: what it draws.")
]


class MapViewOut(BaseModel):
    """What a map page draws (`?format=json`)."""

    title: str
    focus: str | None = Field(None, description="The entity the map opens on, if drawn.")
    depth: int | None = Field(None, description="Hops around `focus` (entity maps).")
    limit: int | None = Field(None, description="Most entities drawn (whole map).")
    total: int = Field(description="Entities that pass the filters, before `limit`.")
    node_count: int = Field(description="Entities drawn: `data-node-count` on the page.")
    edge_count: int = Field(description="Relations drawn: `data-edge-count` on the page.")
    nodes: list[str] = Field(
        description="Ids of the entities drawn (whole map: most influential first)."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "title": "Henry Kippin",
                    "focus": "person:henry-kippin",
                    "depth": 1,
                    "limit": None,
                    "total": 4,
                    "node_count": 4,
                    "edge_count": 4,
                    "nodes": [
                        "person:henry-kippin",
                        "organisation:collaborate-cic",
                        "event:launch-of-building-collaborative-places",
                        "person:alice-evans",
                    ],
                }
            ]
        }
    }


@dataclass(frozen=True)
class MapFilters:
    """What a map keeps; None means no filter."""

    types: tuple[str, ...] | None = None
    relations: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None
    community: int | None = None

    @property
    def active(self) -> bool:
        return any(v is not None for v in vars(self).values())


def map_filters(
    type_: Annotated[
        list[EntityTypeName] | None,
        Query(alias="type", description="Keep entities of these types (repeat for more)."),
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
            ge=0, description="Keep one community (ids as /analysis/communities?network=entities)."
        ),
    ] = None,
) -> MapFilters:
    """The filters of a map request. 422 when `since` comes after `until`."""
    if since and until and earlier(until, since):
        raise RequestValidationError(
            [
                {
                    "type": "value_error",
                    "loc": ("query", "until"),
                    "msg": f"until ({until}) is before since ({since})",
                    "input": until,
                }
            ]
        )
    return MapFilters(
        types=tuple(sorted(set(type_))) if type_ else None,
        relations=tuple(sorted(set(relation))) if relation else None,
        since=since,
        until=until,
        community=community,
    )


FiltersDep = Annotated[MapFilters, Depends(map_filters)]


@dataclass(frozen=True)
class MapView:
    """A map before rendering: what it draws and how it introduces itself."""

    subgraph: Subgraph
    total: int
    title: str
    focus: str | None = None
    depth: int | None = None
    limit: int | None = None
    note: str | None = None
    more_url: str | None = None


def influence_of(store: GraphStore, cache: GraphCache) -> dict[str, float]:
    """Influence (scaled PageRank) of every entity in the whole graph."""
    return cache.answer(store, ("pages", "influence"), analysis.influence)


def communities_of(store: GraphStore, cache: GraphCache) -> dict[str, int]:
    """Community of every entity in the whole graph, numbered as /analysis/communities does."""
    return cache.answer(
        store,
        ("pages", "communities"),
        lambda G: {n: i for i, members in enumerate(analysis.communities(G)) for n in members},
    )


def filtered(
    G: nx.MultiDiGraph, filters: MapFilters, communities: dict[str, int]
) -> nx.MultiDiGraph:
    """The part of `G` that passes `filters` (a new graph; `G` is left alone).

    With `relations`, entities left with none of those relations are dropped too:
    the map shows those relations and what they join.
    """
    H = analysis.filter_graph(
        G,
        types=filters.types,
        relation_types=filters.relations,
        since=filters.since,
        until=filters.until,
    )
    if filters.community is not None:
        H.remove_nodes_from([n for n in list(H) if communities.get(n) != filters.community])
    if filters.relations is not None:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    return H


def _counts(subgraph: Subgraph) -> tuple[list[str], int]:
    """Ids drawn (first mention order) and relations drawn, as the page counts them."""
    ids = list(dict.fromkeys(e.id for e in subgraph.entities))
    present = set(ids)
    edges = sum(1 for r in subgraph.relations if r.source in present and r.target in present)
    return ids, edges


def _url(path: str, request: Request, **replace: Any) -> str:
    """`path` with the request's query parameters, some of them replaced."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in replace]
    params += [(k, str(v)) for k, v in replace.items() if v is not None]
    return f"{path}?{urlencode(params)}" if params else path


def _map_path(entity_id: str) -> str:
    return "/map/" + quote(entity_id, safe="")


def _answer(
    view: MapView,
    fmt: Format,
    *,
    influence: dict[str, float],
    communities: dict[str, int],
    color_by: ColorBy,
) -> Response:
    if fmt == "json":
        ids, edges = _counts(view.subgraph)
        out = MapViewOut(
            title=view.title,
            focus=view.focus,
            depth=view.depth,
            limit=view.limit,
            total=view.total,
            node_count=len(ids),
            edge_count=edges,
            nodes=ids,
        )
        return JSONResponse(out.model_dump())
    html = render_map(
        view.subgraph,
        influence=influence,
        communities=communities,
        color_by=color_by,
        title=view.title,
        focus=view.focus,
        links=LINKS,
        note=view.note,
        more_url=view.more_url,
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": CSP, **PAGE_HEADERS})


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
    return HTMLResponse(html, headers={"Content-Security-Policy": HOME_CSP, **PAGE_HEADERS})


def _featured(store: GraphStore, cache: GraphCache) -> dict[str, list[dict[str, str]]]:
    influence = influence_of(store, cache)

    def top(G: nx.MultiDiGraph) -> dict[str, list[dict[str, str]]]:
        found: dict[str, list[dict[str, str]]] = {}
        for kind in FEATURED_TYPES:
            of_kind = [n for n, d in G.nodes(data=True) if d.get("type") == kind]
            of_kind.sort(
                key=lambda n: (-influence.get(n, 0.0), str(G.nodes[n]["name"]).casefold(), n)
            )
            found[kind] = [
                {"id": n, "name": str(G.nodes[n]["name"])} for n in of_kind[:FEATURED_COUNT]
            ]
        return found

    return cache.answer(store, ("pages", "featured"), top)


@router.get("/map", response_class=Response, responses=MAP_RESPONSES)
def whole_map(
    request: Request,
    store: StoreDep,
    cache: GraphCacheDep,
    filters: FiltersDep,
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description="Most entities to draw, most influential first.")
    ] = DEFAULT_LIMIT,
    color_by: ColorByQuery = "type",
    fmt: FormatQuery = "html",
) -> Response:
    """The whole network: the `limit` most influential entities that pass the filters,
    and every relation among them."""
    influence = influence_of(store, cache)
    communities = communities_of(store, cache)

    def select(G: nx.MultiDiGraph) -> tuple[Subgraph, int]:
        H = filtered(G, filters, communities) if filters.active else G
        return select_top(analysis.to_subgraph(H), influence, limit), H.number_of_nodes()

    shown, total = cache.answer(store, ("pages", "map", filters, limit), select)
    count = len(shown.entities)
    if count < total:
        note = f"Showing the top {count:,} of {total:,} entities by influence."
        more = _url("/map", request, limit=min(limit * 2, MAX_LIMIT)) if limit < MAX_LIMIT else None
    else:
        note, more = f"Showing all {total:,} entities.", None
    view = MapView(
        subgraph=shown,
        total=total,
        title="Whole network",
        limit=limit,
        note=note,
        more_url=more,
    )
    return _answer(view, fmt, influence=influence, communities=communities, color_by=color_by)


@router.get(
    "/map/{ref:entity_ref}",
    response_class=Response,
    responses={**MAP_RESPONSES, **NOT_FOUND, **AMBIGUOUS},
)
def entity_map(
    request: Request,
    store: StoreDep,
    cache: GraphCacheDep,
    ref: RefPath,
    filters: FiltersDep,
    depth: Annotated[int, Query(ge=1, le=3, description="Hops, either direction.")] = 1,
    color_by: ColorByQuery = "type",
    fmt: FormatQuery = "html",
) -> Response:
    """One entity and everything within `depth` hops (as /entities/{ref}/neighbourhood),
    opened on that entity."""
    entity = find_entity(store, ref)
    influence = influence_of(store, cache)
    communities = communities_of(store, cache)
    around = store.neighbourhood(entity.id, depth=depth)
    if filters.active:
        around = analysis.to_subgraph(filtered(analysis.to_networkx(around), filters, communities))
    ids, _ = _counts(around)
    hops = "1 hop" if depth == 1 else f"{depth} hops"
    note = f"{entity.name} and everything within {hops}" + (
        ", filtered." if filters.active else "."
    )
    path = _map_path(entity.id)
    view = MapView(
        subgraph=around,
        total=len(ids),
        title=entity.name,
        focus=entity.id if entity.id in ids else None,
        depth=depth,
        note=note,
        more_url=_url(path, request, depth=depth + 1) if depth < 3 else None,
    )
    return _answer(view, fmt, influence=influence, communities=communities, color_by=color_by)
