"""One-line items of a "Dates for your diary" or "What's on" list, each a date, a dash
or a colon, then the event and often where it is held:

    - Sat 12 April – Seed swap, Fenby Library, 2-4pm
    - 21 June: Summer Repair Day, Kelby Market Hall
    - Thu 8 May, 7pm — "Kelby at War", a talk by Jo Tern

The words after the dash, up to the first comma, bracket, full stop or linking word
("with", "at", "in"), name an event (corpus/GOLD.md: named events), dated by the
item; a quoted title is the event's whole name. The names set off after it by a
comma or "at" are where it is held, a place each (`ListingItems` reads them as it
reads a when-line's). The shape is read, not the words: a line that opens on a day
and month, with or without its weekday, written short or whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collabgraph.extract.written_dates import MONTH_NAMES as _MONTHS
from collabgraph.extract.written_dates import WEEKDAY as _DAY

_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)"
DATED_ITEM = re.compile(
    rf"^(?:{_DAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|(?:{_MONTHS})\s+\d{{1,2}}\b)"
    rf"(?:,?\s+\d{{4}})?(?:,?\s+{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?)?"
    r"\s*(?:[:–—]|\s-)\s+(?P<rest>\S.*)$"
)
"""An item opening on its date, then a dash or colon: "Sat 12 April – ", "21 June: "."""

_QUOTED = re.compile(r"^[\"“‘']([^\"”’]{2,60})[\"”’']")
_TITLE_END = re.compile(r",|;|:|\(|\.(?:\s|$)|\s[–—-]\s|\s(?:with|at|in|on|for|by|from|to)\s|$")
_MAX_TITLE_WORDS = 8


@dataclass
class DatedItem:
    """An item's event name and where it lies in the item's text."""

    title: str
    start: int  # the title's first character in the item's text
    end: int  # the character after the title (after its closing quote)


def dated_item(text: str) -> DatedItem | None:
    """The event a one-line dated item names ("Sat 12 April – Seed swap, Fenby
    Library" names "Seed swap"); None when `text` is no such item."""
    m = DATED_ITEM.match(text.strip())
    if m is None:
        return None
    lead = len(text) - len(text.lstrip())
    start = lead + m.start("rest")
    rest = m.group("rest")
    quoted = _QUOTED.match(rest)
    if quoted:
        title, end = quoted.group(1).strip(), start + quoted.end()
        start += 1
    else:
        cut = _TITLE_END.search(rest)
        title = rest[: cut.start()].strip()
        end = start + len(title)
    words = title.split()
    if not words or len(words) > _MAX_TITLE_WORDS or not words[0][:1].isalpha():
        return None
    return DatedItem(title[0].upper() + title[1:], start, end)
