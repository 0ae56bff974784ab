"""What a map asks for: a view, filters, a focus entity or a limit, and a colour mode.

The API's `/map` and `/map/{ref}` and the CLI's `export --format html` all
describe the map they want as a `MapRequest`, and `build_map_view` answers it:
the same request draws the same map wherever it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from collabgraph.model.dates import earlier
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES

View = Literal["entities", "people", "organisations"]
ColorBy = Literal["type", "community"]

VIEWS: tuple[str, ...] = ("entities", "people", "organisations")
"""`entities`: the graph as stated (people, organisations, events, ... and their
relations). `people` / `organisations`: who works with whom, one edge per pair
that collaborates (see `collabgraph.maps.networks`)."""

VIEW_MEMBERS: dict[str, str] = {"people": "Person", "organisations": "Organisation"}
"""The entity type a collaboration view draws."""

DEFAULT_LIMIT = 20_000
"""Most entities a whole-network map draws unless asked otherwise: the size the
WebGL map is benchmarked at (BENCHMARKS.md, "Maps")."""
MAX_LIMIT = 50_000
MAX_DEPTH = 3
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class MapFilters:
    """What a map keeps; None means no filter.

    - `types`: entity types kept. In a people or organisations view the members
      always stay, and `types` picks the kinds of shared context that count
      (`type=Event`: people who were at the same events);
    - `relations`: relation types kept (and, in the entities view, only the
      entities they join);
    - `since` / `until`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as `analysis.filter_graph`;
    - `community`: one community of the view's own network, numbered as
      `/analysis/communities` numbers them (largest first);
    - `reviewed`: True keeps only what a person has reviewed, hiding what the
      text extractor read that nobody has checked yet.

    Raises ValueError for an unknown type or relation, a malformed date, or
    `until` before `since`.
    """

    types: tuple[str, ...] | None = None
    relations: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None
    community: int | None = None
    reviewed: bool | None = None

    def __post_init__(self) -> None:
        for name, values, known in (
            ("type", self.types, ENTITY_TYPES),
            ("relation", self.relations, RELATION_TYPES),
        ):
            unknown = sorted(set(values or ()) - set(known))
            if unknown:
                raise ValueError(f"unknown {name} {', '.join(unknown)}: one of {', '.join(known)}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not DATE.match(value):
                raise ValueError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        if self.since and self.until and earlier(self.until, self.since):
            raise ValueError(f"until ({self.until}) is before since ({self.since})")
        if self.community is not None and self.community < 0:
            raise ValueError("community must be 0 or more")
        # One order, so equal filters are equal cache keys.
        for name in ("types", "relations"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, tuple(sorted(set(value))))

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return any(v is not None and v is not False for v in vars(self).values())


@dataclass(frozen=True)
class MapRequest:
    """One map: the whole network (`focus` None) or one entity's neighbourhood.

    `focus` is an id, name or alias; `depth` (1..3) counts hops around it;
    `limit` is the most entities a whole-network map draws, most influential
    first. `color_by` None means the view's own default: entity type for the
    entities view, community for people and organisations. Raises ValueError
    for an unknown view or colour mode, or a depth or limit out of range.
    """

    view: str = "entities"
    filters: MapFilters = field(default_factory=MapFilters)
    focus: str | None = None
    depth: int = 1
    limit: int = DEFAULT_LIMIT
    color_by: str | None = None

    def __post_init__(self) -> None:
        if self.view not in VIEWS:
            raise ValueError(f"unknown view {self.view!r}: one of {', '.join(VIEWS)}")
        if self.color_by not in (None, "type", "community"):
            raise ValueError(f"color_by must be 'type' or 'community', not {self.color_by!r}")
        if not 1 <= self.depth <= MAX_DEPTH:
            raise ValueError(f"depth must be 1 to {MAX_DEPTH}, not {self.depth}")
        if not 1 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be 1 to {MAX_LIMIT:,}, not {self.limit}")

    @property
    def members(self) -> str | None:
        """The entity type a collaboration view draws (None for the entities view)."""
        return VIEW_MEMBERS.get(self.view)

    @property
    def colours(self) -> str:
        """The colour mode in force."""
        return self.color_by or ("type" if self.view == "entities" else "community")

    def with_view(self, view: str) -> MapRequest:
        """The same map in another view (same focus, filters and depth)."""
        return replace(self, view=view)
