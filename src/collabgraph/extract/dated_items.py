"""One-line items of a "Dates for your diary" or "What's on" list, each a date and
the event it names, or the event and its date, parted by a dash or a colon (in a
bulleted item, by a comma too):

    - Sat 12 April – Seed swap, Fenby Library, 2-4pm
    - 21 June: Summer Repair Day, Kelby Market Hall
    - Thu 8 May, 7pm — "Kelby at War", a talk by Jo Tern
    - 4 July, Volunteer induction, 10am, Fenby Hall
    - May: Spring quiz, Kelby Cricket Club
    - AGM: Thursday 12 February, 7.30pm, Fenby Leisure Centre
    - Trustee essentials - 11 November, Kelby Library

The words after the date, up to the first comma, bracket, full stop or linking word
("with", "at", "in"), or the words before it, name an event (corpus/GOLD.md: named
events), dated by the item; a quoted title is the event's whole name. The names set
off after it by a comma or "at" are where it is held, a place each (`ListingItems`
reads them as it reads a when-line's). The shape is read, not the words: a line that
opens on a day and month, with or without its weekday, written short or whole, or
whose part after a dash or colon opens on one. A line with no bullet is read so only
in a run of such lines (a diary), with a dash or colon between date and event; a
diary of what was done ("4 July - Hosted a roundtable ...") names no event, nor does a
header field ("Deadline: 4 April").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collabgraph.extract import vocab
from collabgraph.extract.name_forms import head_type
from collabgraph.extract.written_dates import MONTH_NAMES as _MONTHS
from collabgraph.extract.written_dates import WEEKDAY as _DAY

_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)"
_DAY_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|(?:{_MONTHS})\s+\d{{1,2}}\b)"
_DAY_DATE = rf"(?:{_DAY},?\s+)?{_DAY_MONTH}(?:,?\s+\d{{4}})?"  # "Sat 12 April 2031"
_DATE = rf"{_DAY_DATE}(?:,?\s+{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?)?"
_DASH = r"\s*(?:[:–—]|\s-)\s+"
DATED_ITEM = re.compile(rf"^{_DATE}{_DASH}(?P<rest>\S.*)$")
"""An item opening on its date, then a dash or colon: "Sat 12 April – ", "21 June: "."""

_COMMA_DATED = re.compile(rf"^{_DAY_DATE},\s+(?P<rest>[A-Z\"“‘'].*)$")
"""A bulleted item's date then a comma: "4 July, Volunteer induction, 10am"."""

_MONTH_DATED = re.compile(rf"^(?:{_MONTHS})(?:\s+\d{{4}})?(?:\s*\([^)]*\))?\s*:\s+(?P<rest>\S.*)$")
"""A bulleted item's month alone then a colon: "May: Spring quiz", "January (tbc): "."""

_TITLE_FIRST = re.compile(
    rf"^(?P<title>[A-Z\"“‘'][^:–—|]{{1,70}}?){_DASH}"
    rf"(?:{_DAY},?\s+\d|{_DAY_MONTH}|(?:{_MONTHS})(?=,|\s*$|\s+\d{{4}}|\s+date\b))"
)
"""The event then its date: "AGM: Thursday 12 February", "Bat walk: August, tbc"."""

_QUOTED = re.compile(r"^[\"“‘']([^\"”’]{2,60})[\"”’']")
_TITLE_END = re.compile(r",|;|:|\(|\.(?:\s|$)|\s[–—-]\s|\s(?:with|at|in|on|for|by|from|to)\s|$")
_MAX_TITLE_WORDS = 8
_DONE_VERBS = vocab.words("diary_done_verbs")
_NOT_TITLES = vocab.words("diary_not_titles")


@dataclass
class DatedItem:
    """An item's event name and where it lies in the item's text."""

    title: str
    start: int  # the title's first character in the item's text
    end: int  # the character after the title (after its closing quote)


def _title(rest: str, start: int) -> tuple[str, int, int]:
    """The event name at the head of `rest` (which begins at `start`): a quoted title
    whole, else the words up to the first comma, bracket or linking word; no name
    ("") when one word stands before a linking word ("Visit to Fenby": whose visit
    the line tells after it)."""
    quoted = _QUOTED.match(rest)
    if quoted:
        return quoted.group(1).strip(), start + 1, start + quoted.end()
    cut = _TITLE_END.search(rest)
    title = rest[: cut.start()].strip()
    if len(title.split()) == 1 and cut.group(0)[1:-1].isalpha():
        return "", start, start
    return title, start, start + len(title)


def _names_no_event(title: str) -> bool:
    """Whether `title` is a label or a body's or place's name, no event: its first
    word or the whole a field's label (vocab/diary_not_titles.txt), or its last
    word a body's or a place's head ("Fenby Forum: 4 May", "Kelby Library:
    Saturday 9 August")."""
    low = title.lower().split()
    if low[0] in _NOT_TITLES or " ".join(low) in _NOT_TITLES:
        return True
    return head_type(re.sub(r"\W", "", low[-1])) in {"Organisation", "Place"}


def dated_shape(text: str) -> bool:
    """Whether `text` is shaped as a dated line with no bullet (a date, a dash or a
    colon, then words; or words, a dash or a colon, then a date), whatever it names."""
    line = text.strip()
    return bool(DATED_ITEM.match(line) or _TITLE_FIRST.match(line))


def dated_item(text: str, *, bulleted: bool = True) -> DatedItem | None:
    """The event a one-line dated item names ("Sat 12 April – Seed swap, Fenby
    Library" names "Seed swap", "AGM: Thursday 12 February" names "AGM"); None when
    `text` is no such item. Without `bulleted`, only a dash or colon parts date and
    event (a line with no bullet: "4 July, Fenby Council met ..." is a sentence)."""
    lead = len(text) - len(text.lstrip())
    line = text.strip()
    m = DATED_ITEM.match(line)
    loose = m is None  # any other shape: a label or a body's name before it is refused
    if m is None and bulleted:
        m = _COMMA_DATED.match(line) or _MONTH_DATED.match(line)
    if m is not None:
        title, start, end = _title(m.group("rest"), lead + m.start("rest"))
    else:
        first = _TITLE_FIRST.match(line)
        if first is None:
            return None
        title, start, end = _title(first.group("title"), lead)
    words = title.split()
    if not words or len(words) > _MAX_TITLE_WORDS or not words[0][:1].isalpha():
        return None
    if words[0].lower() in _DONE_VERBS or (loose and _names_no_event(title)):
        return None
    return DatedItem(title[0].upper() + title[1:], start, end)
