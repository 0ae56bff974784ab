"""Network analysis of the whole graph: summary, centrality, communities, brokers,
introductions, and what changed between two periods.

Every answer is a function of `collabgraph.analysis` over the graph the store
holds now, in the time window asked for; `GraphCache` loads that graph once per
version of the store and remembers answers (and the projected networks) until
it changes.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from collabgraph import analysis
from collabgraph.analysis.centrality import SORTS
from collabgraph.analysis.changes import changes as changes_between
from collabgraph.analysis.communities import METHODS
from collabgraph.api.analysis_schemas import (
    NETWORK_DESCRIPTION,
    BrokersOut,
    CentralityOut,
    CollaborationNetwork,
    CommunitiesOut,
    IntroductionsOut,
    Network,
    NetworkChangesOut,
    SummaryOut,
)
from collabgraph.api.deps import MAX_COUNT, GraphCacheDep, StoreDep
from collabgraph.api.params import PERIOD_PATTERN, SinceQuery, UntilQuery
from collabgraph.api.schemas import AMBIGUOUS, UNAVAILABLE, ErrorOut
from collabgraph.model.vocabulary import ENTITY_TYPES, entity_type
from collabgraph.queries import find_entity

router = APIRouter(prefix="/analysis", tags=["analysis"])

NetworkQuery = Annotated[Network, Query(description=NETWORK_DESCRIPTION)]
LimitQuery = Annotated[int, Query(ge=1, le=1000, description="How many to return.")]
OffsetQuery = Annotated[int, Query(ge=0, le=MAX_COUNT, description="How many to skip (paging).")]
ResolutionQuery = Annotated[
    float,
    Query(gt=0, le=10, description="Modularity resolution: higher gives smaller communities."),
]
Sort = Literal[SORTS]  # type: ignore[valid-type]
MethodQuery = Annotated[
    Literal[METHODS],  # type: ignore[valid-type]
    Query(description="`leiden` (Traag et al. 2019) or `louvain` (Blondel et al. 2008)."),
]
WINDOWED = {422: {"description": "A bad window (`bad_window`) or parameter."}, **UNAVAILABLE}


@router.get("/summary", response_model=SummaryOut, responses=WINDOWED)
def summary(
    store: StoreDep, cache: GraphCacheDep, since: SinceQuery = None, until: UntilQuery = None
) -> dict:
    """Counts per type, and size, components, clustering and triangles of the entity graph,
    the collaboration graph of people and the interlocks of organisations."""
    window = cache.window(store, since, until)
    found = cache.answer(
        store,
        ("summary", since, until),
        lambda _: analysis.summary(cache.windowed(store, since, until)),
    )
    return {**found, "window": window}


@router.get("/centrality", response_model=CentralityOut, responses=WINDOWED)
def centrality(
    store: StoreDep,
    cache: GraphCacheDep,
    network: NetworkQuery = "people",
    sort: Annotated[
        Sort, Query(description="The measure to sort by, highest first (name: A to Z).")
    ] = "influence",
    type_: Annotated[
        list[str] | None,
        Query(
            alias="type",
            description=f"Only these types: {', '.join(ENTITY_TYPES)} (any case).",
            json_schema_extra={"items": {"type": "string", "enum": list(ENTITY_TYPES)}},
        ),
    ] = None,
    offset: OffsetQuery = 0,
    limit: LimitQuery = 20,
    since: SinceQuery = None,
    until: UntilQuery = None,
) -> dict:
    """Degree, strength, betweenness, harmonic centrality, PageRank and influence, sorted by
    any of them and paged (`next_offset`).

    Influence (harmonic centrality scaled to 1 at the top) is the ranking the home page
    shows. Betweenness and harmonic centrality are exact within a work budget and
    otherwise estimated from `k` sampled sources, as `method` says.
    """
    window = cache.window(store, since, until)
    types = {entity_type(t) for t in type_} if type_ else None
    found = cache.answer(
        store,
        ("measures", network, since, until),
        lambda _: analysis.measures(cache.network(store, network, since, until)),
    )
    page = analysis.ranked(found, sort=sort, types=types, offset=offset, limit=limit)
    return {"network": network, "window": window, **page}


@router.get("/communities", response_model=CommunitiesOut, responses=WINDOWED)
def communities(
    store: StoreDep,
    cache: GraphCacheDep,
    network: NetworkQuery = "people",
    method: MethodQuery = "leiden",
    resolution: ResolutionQuery = 1.0,
    top: Annotated[int, Query(ge=1, le=100, description="Best-connected members shown.")] = 5,
    since: SinceQuery = None,
    until: UntilQuery = None,
) -> dict:
    """Communities by modularity (Leiden or Louvain, at every size), largest first, with
    their best-connected members, the method and resolution used, and the modularity."""
    window = cache.window(store, since, until)
    report = cache.answer(
        store,
        ("communities", network, method, resolution, top, since, until),
        lambda _: analysis.community_report(
            cache.network(store, network, since, until),
            method=method,
            resolution=resolution,
            top=top,
        ),
    )
    return {"network": network, "window": window, **report}


@router.get("/brokers", response_model=BrokersOut, responses=WINDOWED)
def brokers(
    store: StoreDep,
    cache: GraphCacheDep,
    network: NetworkQuery = "people",
    method: MethodQuery = "leiden",
    resolution: ResolutionQuery = 1.0,
    limit: LimitQuery = 20,
    since: SinceQuery = None,
    until: UntilQuery = None,
) -> dict:
    """Who bridges communities: participation across communities together with betweenness."""
    window = cache.window(store, since, until)

    def rank(_) -> list[dict]:
        H = cache.network(store, network, since, until)
        found = cache.answer(
            store, ("measures", network, since, until), lambda _: analysis.measures(H)
        )
        between = {r["id"]: r["betweenness"] for r in found["nodes"]}
        groups = analysis.communities(H, method=method, resolution=resolution)
        return analysis.brokers(H, groups, between=between, limit=None)

    ranked = cache.answer(store, ("brokers", network, method, resolution, since, until), rank)
    return {"network": network, "window": window, "brokers": ranked[:limit]}


@router.get(
    "/introductions",
    response_model=IntroductionsOut,
    responses={
        404: {
            "model": ErrorOut,
            "description": "No entity by that id, name or alias (`entity_not_found`), or"
            " one the network does not hold (`not_in_network`: a person in the"
            " organisations network, an event).",
        },
        **AMBIGUOUS,
        **WINDOWED,
    },
)
def introductions(
    store: StoreDep,
    cache: GraphCacheDep,
    for_: Annotated[
        str | None,
        Query(
            alias="for",
            description="Only introductions for this person or organisation (id, name, alias).",
            examples=["Henry Kippin"],
        ),
    ] = None,
    network: Annotated[
        CollaborationNetwork,
        Query(description="people, organisations or everyone: introductions are of one kind."),
    ] = "people",
    min_common: Annotated[
        int, Query(ge=1, le=MAX_COUNT, description="Shared collaborators needed.")
    ] = 2,
    limit: LimitQuery = 20,
    since: SinceQuery = None,
    until: UntilQuery = None,
) -> dict:
    """Pairs of the same kind not yet tied in any way (not directly, not through their own
    organisation) who share collaborators: most in common first, then most contexts; each
    with the reason, the evidence path and whether it bridges sectors."""
    entity_id = find_entity(store, for_).id if for_ else None
    found = cache.answer(
        store,
        ("introductions", network, entity_id, min_common, limit, since, until),
        lambda _: analysis.introductions(
            cache.windowed(store, since, until),
            network=network,
            for_id=entity_id,
            limit=limit,
            min_common=min_common,
            projection=cache.network(store, network, since, until),
        ),
    )
    return {"network": network, **found, "window": cache.window(store, since, until)}


@router.get("/changes", response_model=NetworkChangesOut, responses=WINDOWED)
def changes(
    store: StoreDep,
    cache: GraphCacheDep,
    before: Annotated[
        str,
        Query(
            alias="from",
            pattern=PERIOD_PATTERN,
            description="The earlier period: a date (2022: the whole year) or a range "
            "(2019..2021).",
            examples=["2022"],
        ),
    ],
    after: Annotated[
        str,
        Query(
            alias="to",
            pattern=PERIOD_PATTERN,
            description="The later period, likewise.",
            examples=["2023"],
        ),
    ],
    network: NetworkQuery = "people",
    limit: LimitQuery = 100,
) -> dict:
    """Ties and bridges (ties whose loss would cut a group off) that appeared or went
    between two periods. Relations without dates hold in both periods."""
    return cache.answer(
        store,
        ("changes", before, after, network, limit),
        lambda G: changes_between(G, before=before, after=after, network=network, limit=limit),
    )
