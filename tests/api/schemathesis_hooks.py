"""Schemathesis hooks, loaded by schemathesis.toml (so by the test and by `st run`).

Requests the API refuses on purpose although they fit the description, because
no JSON Schema can say what is wrong with them, are not generated; every other
request, and every check, still runs. They are time windows that name no real
span of days: a day its month does not have (2023-02-30), or an `until` before
its `since` (a period of /analysis/changes ending before it starts): 422
`bad_window` (tests/api/test_api_robustness.py).

Schemathesis's coverage phase (`st run` only) calls no hooks; in the runs
BENCHMARKS.md reports, its boundary values and the description's examples held
no such window.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

import schemathesis

from collabgraph.api.params import DATE_PATTERN

_PERIODS = ("from", "to")  # of /analysis/changes only (/path's from and to are names)


@schemathesis.hook
def filter_query(ctx, query) -> bool:
    """False for a query the API refuses by a rule no schema states (see above); True
    for every other, including ones that break the description."""
    if not query:
        return True
    operation = getattr(ctx, "operation", None)
    path = operation.path if operation is not None else None
    if path == "/analysis/changes":
        return all(_window_is_real(_period(query.get(name))) for name in _PERIODS)
    return _window_is_real(query)


def _period(value: object) -> dict[str, object]:
    """A period of /analysis/changes (`2022`, `2019..2021`) as since and until."""
    if isinstance(value, str) and ".." in value:
        since, until = (part or None for part in value.split("..", 1))
        return {"since": since, "until": until}
    return {"since": value, "until": value}


def _window_is_real(query: dict) -> bool:
    """False if `since` and `until` fit the description but name no real span of days."""
    return not _impossible(query.get("since"), query.get("until"))


def _impossible(since: object, until: object) -> bool:
    values = [v for v in (since, until) if v is not None]
    if not all(isinstance(v, str) and re.match(DATE_PATTERN, v) for v in values):
        return False  # not a date the description allows: the API must answer 422 anyway
    try:
        first = _days(since)[0] if since is not None else None
        last = _days(until)[1] if until is not None else None
    except ValueError:
        return True  # a day its month does not have
    return first is not None and last is not None and last < first


def _days(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day `value` (YYYY, YYYY-MM or YYYY-MM-DD) names."""
    parts = [int(p) for p in value.strip().split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(*parts)
    return day, day
