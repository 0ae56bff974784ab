"""Time windows: when a relation held, and whether it falls in a window asked about.

Dates are compared as dates. A date of the seed format (`YYYY`, `YYYY-MM` or
`YYYY-MM-DD`; ISO 8601, a longer timestamp is read by its date) stands for the
whole year, month or day it names: "2017" is 2017-01-01 to 2017-12-31. A
relation holds from its `since` (or its `date`) to its `until` (or, with only a
`date`, to the end of that date); with a `since` and no `until` it is ongoing.
A relation with no dates of its own takes the date of a dated end (an event or
report it joins). A relation with no date anywhere is *timeless*: it counts in
every window, and answers about a window say how many such relations they used.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import reprlib
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from collabgraph.errors import BadWindow

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")

Span = tuple[dt.date, dt.date]  # first and last day, both included


def span(value: Any) -> Span | None:
    """The days a date names: `"2017"` gives 2017-01-01..2017-12-31, `"2017-02"` the
    month, `"2017-02-14"` (or a `datetime.date`) that day. None for None, "" or a
    value that is not such a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value, value
    found = _DATE.match(str(value).strip())
    if not found:
        return None
    year, month, day = (int(g) if g else None for g in found.groups())
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        day_ = dt.date(year, month, day)
    except ValueError:
        return None
    return day_, day_


_ECHO = reprlib.Repr()
_ECHO.maxstring = 40


def _echo(value: str | None) -> str:
    """A value quoted back in an error, cut to about 40 characters (the request may be huge)."""
    return _ECHO.repr(value)


@dataclass(frozen=True)
class Window:
    """A time window: from the first day of `since` to the last day of `until`
    (either may be None: open on that side). Raises BadWindow (a ValueError) for
    a value that is not a date, or an `until` before `since`."""

    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and span(value) is None:
                raise BadWindow(
                    f"{name}={_echo(value)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
                )
        if self.start and self.end and self.end < self.start:
            raise BadWindow(f"until={_echo(self.until)} is before since={_echo(self.since)}")

    @property
    def start(self) -> dt.date | None:
        found = span(self.since)
        return found[0] if found else None

    @property
    def end(self) -> dt.date | None:
        found = span(self.until)
        return found[1] if found else None

    @property
    def open(self) -> bool:
        """True when the window has no bound at all (every relation is in it)."""
        return self.since is None and self.until is None

    def overlaps(self, held: Span) -> bool:
        """Whether a period of days shares at least one day with the window."""
        start, end = self.start, self.end
        return not ((start and held[1] < start) or (end and held[0] > end))

    def keeps_entity(self, d: dict[str, Any]) -> bool:
        """Whether an entity with attributes `d` stays in the window: undated ones do,
        dated ones (events, reports) when their date overlaps it."""
        held = span(d.get("date")) if not self.open else None
        return held is None or self.overlaps(held)

    def keeps(self, G: nx.MultiDiGraph, u: Hashable, v: Hashable, d: dict[str, Any]) -> bool:
        """Whether the relation `u -> v` (attributes `d`) of an entity graph stays in the
        window: both ends stay, and it held at some time in it (or is timeless)."""
        if self.open:
            return True
        nodes = G.nodes
        return (
            self.keeps_entity(nodes[u])
            and self.keeps_entity(nodes[v])
            and in_window(G, u, v, d, self)
        )

    def describe(self, timeless: int) -> dict[str, Any]:
        """What an answer says about its window: `{"since", "until", "timeless"}`,
        `timeless` being how many relations without any date it counted."""
        return {"since": self.since, "until": self.until, "timeless": timeless}


def relation_period(
    d: dict[str, Any], source_date: Any = None, target_date: Any = None
) -> Span | None:
    """When a relation held, from its fields (`since`, `until`, `date`), else from the
    date of a dated end; None when it is timeless. Open ends are date.min / date.max."""
    since, until, date = span(d.get("since")), span(d.get("until")), span(d.get("date"))
    if since or until or date:
        start = (since or date or (dt.date.min, None))[0]
        if until:
            end = until[1]
        elif since:  # started and not ended: ongoing, whatever single date it has
            end = dt.date.max
        else:
            end = (date or (None, dt.date.max))[1]
        return start, end
    ends = [s for s in (span(source_date), span(target_date)) if s]
    if not ends:
        return None
    return min(s[0] for s in ends), max(s[1] for s in ends)


def in_window(G: nx.MultiDiGraph, u: Hashable, v: Hashable, d: dict[str, Any], w: Window) -> bool:
    """Whether the relation `u -> v` with attributes `d` holds in the window
    (a timeless relation always does)."""
    held = relation_period(d, G.nodes[u].get("date"), G.nodes[v].get("date"))
    return held is None or w.overlaps(held)


def timeless_relations(G: nx.MultiDiGraph) -> int:
    """How many relations of an entity graph have no date, of their own or of an end."""
    nodes = G.nodes
    return sum(
        1
        for u, v, d in G.edges(data=True)
        if relation_period(d, nodes[u].get("date"), nodes[v].get("date")) is None
    )
