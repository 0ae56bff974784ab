"""A listing whose items give their when and where as labelled lines:

    Seed Swap Social
    Date: Saturday 12 April, 2-4pm
    Venue: Fenby Library, Mill Lane, Fenby
    Bring seeds to share. Run by Fenby Growers.

    Quiz Night
    When: Friday 25 April, 7pm
    ...

Each item is the shape listing_items.py reads ("Seed Swap Social" over "Saturday 12
April, 2-4pm, Fenby Library, Mill Lane, Fenby"), its when-line written as fields. Read
as page fields, the items' dates and venues would be the page's (the first venue the
page's event's), and the titles would lose their when-line. So, on a page with two
items or more, an item's field lines are joined into the when-line they stand for:
the date first, then the time, then the place, whatever order the fields come in
(one "Date:" or "When:" value opening on a day; "Time:", "Venue:", "Where:",
"Location:" beside it). One item alone is an event
page's header, left to its fields.
"""

from __future__ import annotations

import re

from collabgraph.extract.written_dates import MONTH_NAMES, WEEKDAY

WHEN = re.compile(
    rf"^(?:{WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_NAMES})\b"
    r"|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b"
)
"""A line opening on a day: "Thursday 6 March", "Sat 6 Apr", "6th March", "Saturdays"
(capitalised: "12 April", not "12 april")."""

_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z &]{1,14}?)\s*:\s*(?P<value>\S.*)$")
_DAY_KEYS = frozenset({"date", "when", "date and time", "date & time"})
VENUE_KEYS = ("venue", "where", "location")
"""A page's fields saying where its event is held ("Venue: Fenby Library")."""
PLACE_LINE_KEYS = (*VENUE_KEYS, "place")
"""The keys of a field line saying where, "Place:" too."""
_REST_KEYS = {"time": 1, "times": 1, **dict.fromkeys(PLACE_LINE_KEYS, 2)}
_MAX_TITLE_WORDS = 8
_MIN_ITEMS = 2


def _field(line: str) -> tuple[str, str] | None:
    """("date", "Saturday 12 April") for "Date: Saturday 12 April"; None for no field."""
    m = _FIELD.match(line)
    return (m.group("key").strip().lower(), m.group("value").strip()) if m else None


def _title_line(line: str) -> bool:
    """A short line that is no field and no sentence: an item's title."""
    return (
        _field(line) is None
        and 0 < len(line.split()) <= _MAX_TITLE_WORDS
        and line[-1:] not in ".!?:,;"
        and line[:1].isupper()
    )


def _item_fields(lines: list[tuple[str, bool]], n: int) -> int:
    """How many field lines from `n` make an item's when-line (0: none): day, time and
    place fields with no blank between, one of them a day field opening on a day."""
    end, days = n, []
    while end < len(lines) and (end == n or not lines[end][1]):
        f = _field(lines[end][0])
        if f is None or (f[0] not in _DAY_KEYS and f[0] not in _REST_KEYS):
            break
        if f[0] in _DAY_KEYS:
            days.append(f[1])
        end += 1
    return end - n if len(days) == 1 and WHEN.match(days[0]) else 0


def _items(lines: list[tuple[str, bool]]) -> list[tuple[int, int]]:
    """(first field line, count) of each item: a title line right over its fields."""
    found = []
    for n in range(1, len(lines)):
        if lines[n][1] or not _title_line(lines[n - 1][0]):
            continue
        count = _item_fields(lines, n)
        if count:
            found.append((n, count))
    return found


def join_item_fields(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """`lines` (logical lines, each with 'follows a blank line') with each listing
    item's field lines joined into one when-line (see the module); unchanged when the
    page has fewer than two items."""
    items = _items(lines)
    if len(items) < _MIN_ITEMS:
        return lines
    out = list(lines)
    for n, count in reversed(items):
        fields = sorted(
            (_field(line) for line, _ in lines[n : n + count]),
            key=lambda f: _REST_KEYS.get(f[0], 0),  # the day first, then time, place
        )
        joined = ", ".join(value.rstrip(",") for _, value in fields)
        out[n : n + count] = [(joined, lines[n][1])]
    return out
