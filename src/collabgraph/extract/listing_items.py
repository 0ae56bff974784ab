"""A listing's items: a what's-on page lists its events each under a title line of its
own, the next line saying when (and often where), then a paragraph about it:

    Seed Swap Social
    Saturday 12 April, 2-4pm, Fenby Library, Fenby
    Bring seeds to share. Run by Fenby Growers.

Each title names an event (corpus/GOLD.md: named events), dated by its when-line; the
places of the when-line are where it is held; what the lines under it say ("Run by
Fenby Growers", "Guest speaker: Jo Tern") is about it, until the next item's title.
The shape is read, not the words: a short line with no sentence's end, whose words
are capitalised ("Seed Swap Social") or whose last word is an event's noun ("Coffee
morning for carers"), right before a line that opens with a weekday or a day and
month and is no sentence (vocab/calendar_words.txt is not needed: the pattern is
the calendar's own). "Dates for your diary" over such a line is no item, in any
case (vocab/diary_headings.txt).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from collabgraph.extract.bylines import plain_mention
from collabgraph.extract.dated_items import dated_item, dated_shape
from collabgraph.extract.listing_fields import WHEN
from collabgraph.extract.mentions.shape import diary_heading
from collabgraph.extract.name_forms import head_type
from collabgraph.extract.page_event.address import date_in
from collabgraph.extract.written_dates import YEAR

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.layout import Block, Layout
    from collabgraph.extract.mentions.mention import Mention

_SMALL = {"a", "an", "and", "the", "of", "for", "on", "in", "at", "with", "to", "&"}
_BRACKETED = re.compile(r"\s*\([^)]*\)\s*$")  # "Trustee Essentials (online)"
_MAX_TITLE_WORDS = 8
_MAX_WHEN_WORDS = 24
_TITLE_KINDS = {"heading", "para"}
_VENUE_LEADS = {"at", "in", "the", "meet", "outside", "near"}  # ", meet outside Kelby Hall"


def _when_line(block: Block) -> bool:
    """ "Thursday 6 March, 10am-1pm, Dale Hall, Fenby": a line opening on a day, no
    sentence (no full stop closing it, not long)."""
    text = block.text.strip()
    return (
        block.kind in _TITLE_KINDS
        and bool(WHEN.match(text))
        and not text.endswith(".")
        and len(text.split()) <= _MAX_WHEN_WORDS
    )


def item_title(layout: Layout, block_no: int) -> str | None:
    """The event name a listing's title line gives (without a bracketed note, "(online)"),
    when block `block_no` is one (see the module); None otherwise."""
    blocks = layout.blocks
    if block_no + 1 >= len(blocks):
        return None
    block = blocks[block_no]
    if block.kind not in _TITLE_KINDS or not _when_line(blocks[block_no + 1]):
        return None
    if block_no > 0 and _when_line(blocks[block_no - 1]):
        return None  # a second when-line ("Saturday 12 April" / "Sunday 13 April")
    title = _BRACKETED.sub("", block.text.strip()).strip()
    words = title.split()
    if not words or len(words) > _MAX_TITLE_WORDS or title[-1:] in ".!?:" or WHEN.match(title):
        return None
    if diary_heading(title.lower().split()):
        return None  # "DATES FOR YOUR DIARY" over the first of its dates
    capitalised = all(w[:1].isupper() or w.lower() in _SMALL or w[:1].isdigit() for w in words)
    evented = head_type(re.sub(r"\W", "", words[-1].lower())) == "Event"
    if not (capitalised and words[0][:1].isupper()) and not evented:
        return None
    return title


def item_date(layout: Layout, when: str, published: str | None) -> str | None:
    """The date of a when-line ("Thursday 6 March, 10am"), its year the one written
    on it, else the page's title's ("What's on - March 2025") or the date the page
    was published (none without one of those)."""
    m = WHEN.match(when.strip())
    if m is None or m.group(1) is None:
        return None
    year = YEAR.search(layout.title or "") or YEAR.search(published or "")
    if year is None and layout.blocks:
        year = YEAR.search(layout.blocks[0].text)
    if year is None:
        return None
    return date_in(when, year.group(0))


def _dated_line(layout: Layout, block_no: int):
    """The dated item block `block_no` is (dated_items.py): a bulleted one, or a
    short line with no bullet next to another such line (a diary: "Sat 4 April -
    Plant sale" over "Sat 11 April - Quiz night"); None otherwise."""
    block = layout.blocks[block_no]
    if block.kind == "item":
        return dated_item(block.text)
    if block.kind not in _TITLE_KINDS or len(block.text.split()) > _MAX_WHEN_WORDS:
        return None
    item = dated_item(block.text, bulleted=False)
    if item is None:
        return None
    for n in (block_no - 1, block_no + 1):
        if 0 <= n < len(layout.blocks):
            other = layout.blocks[n]
            if other.kind in _TITLE_KINDS | {"item"} and dated_shape(other.text):
                return item
    return None


def _event_named(doc, m: Mention) -> bool:
    """Whether mention `m`'s last word is an event's noun ("Kelby Advent Fair"): an
    event the item is at, not where it is held."""
    return m.end > m.start and head_type(doc[m.end - 1].lower_) == "Event"


def _after_by(doc, start: int) -> bool:
    """Whether "by" or "with" comes before token `start` on its line."""
    return any(t.lower_ in {"by", "with"} for t in doc[:start])


class ListingItems:
    """The walk's memory of a listing: the event of the item being read, and the
    block of its when-line."""

    def __init__(self) -> None:
        self.event: int | None = None
        self.when_block: int | None = None
        self.title_end: int | None = None  # a dated item's: where its event's name ends

    def read_dated(self, ctx: DocumentContext, layout: Layout, block_no: int) -> None:
        """When block `block_no` is a one-line dated item ("Sat 12 April – Seed swap,
        Fenby Library"), add its event, dated by the item; the rest of the line is read
        as its when-line."""
        block = layout.blocks[block_no]
        item = _dated_line(layout, block_no)
        if item is None:
            if self.title_end is not None:
                self.event = self.when_block = self.title_end = None
            return
        m = ctx.add(plain_mention(item.title, block, block_no, Counter({"Event": 6})))
        year = YEAR.search(layout.title or "") or YEAR.search(ctx.published or "")
        m.date = date_in(block.text, year.group(0)) if year else None
        self.event, self.when_block, self.title_end = m.id, block_no, item.end

    def drop_title(self, doc, block_no: int, mentions: list[Mention]) -> list[Mention]:
        """`mentions` without those inside a dated item's event name (its words name
        the event, not a body or a place of their own)."""
        if self.title_end is None or block_no != self.when_block:
            return mentions
        return [m for m in mentions if m.end <= m.start or doc[m.start].idx >= self.title_end]

    def _venue(self, doc, m: Mention) -> bool:
        """Whether mention `m` may be where the event is held: any on a when-line; on
        a dated item, one set off after the event's name by a comma or "at" ("Seed
        swap, Fenby Library", "Quiz at Kelby Hall"), outside brackets."""
        if self.title_end is None:
            return True
        at = doc[m.start].idx if m.end > m.start else 0
        before = doc.text[self.title_end : at] if at >= self.title_end else ""
        words = before.replace(",", " , ").split()
        while words and words[-1].lower() in _VENUE_LEADS:
            words.pop()
        return (not words or words[-1] == ",") and before.count("(") <= before.count(")")

    def read_title(self, ctx: DocumentContext, layout: Layout, block_no: int) -> bool:
        """When block `block_no` is an item's title, add its event, dated by the
        when-line, as the focus of what follows; True then (the block is read)."""
        title = item_title(layout, block_no)
        if title is None:
            return False
        block = layout.blocks[block_no]
        m = ctx.add(plain_mention(title, block, block_no, Counter({"Event": 6})))
        m.in_heading = True
        m.date = item_date(layout, layout.blocks[block_no + 1].text, ctx.published)
        ctx.set_focus(block.section, "Event", m.id)
        self.event, self.when_block = m.id, block_no + 1
        return True

    def read_when(self, doc, block_no: int, mentions: list[Mention]) -> None:
        """The names on an item's when-line are where its event is held, a place each
        whatever else the words of a name suggest ("Trinity Methodist Church", "The
        Sorting Office"); not a person's, nor one after "by" or "with" ("hosted by
        Fenby Growers")."""
        if self.event is None or block_no != self.when_block:
            return
        for m in mentions:
            if m.title or m.votes.get("Person") or _after_by(doc, m.start):
                continue
            if _event_named(doc, m) or not self._venue(doc, m):
                continue
            m.votes["Place"] += max(m.votes.values(), default=0) + 1

    def relate_when(
        self, ctx: DocumentContext, block_no: int, mentions: list[Mention], evidence: str
    ) -> None:
        """The event of the item is held at the places its when-line names."""
        if self.event is None or block_no != self.when_block:
            return
        for m in mentions:
            if ctx.type_of(m) == "Place":
                ctx.relate(self.event, "LOCATED_IN", m.id, evidence=evidence, confidence=0.8)
