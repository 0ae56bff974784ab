"""Map views: what `/map`, `/map/{ref}` and `export --format html` draw, composed in one place.

`build_map_view(store, MapRequest(...))` answers a request with a
`render.MapView`; `render_view` turns that into a page.
"""

from collabgraph.maps.compose import Answers, Memo, build_map_view
from collabgraph.maps.networks import MAX_CONTEXT_SIZE, collaboration_network
from collabgraph.maps.request import (
    DEFAULT_LIMIT,
    MAX_DEPTH,
    MAX_LIMIT,
    VIEWS,
    MapFilters,
    MapRequest,
)

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_CONTEXT_SIZE",
    "MAX_DEPTH",
    "MAX_LIMIT",
    "VIEWS",
    "Answers",
    "MapFilters",
    "MapRequest",
    "Memo",
    "build_map_view",
    "collaboration_network",
]
