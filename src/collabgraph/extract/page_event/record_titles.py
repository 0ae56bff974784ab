"""A page that records a meeting names it in its title:

    Minutes of the Annual General Meeting of Kelby Residents' Association
    Notes of the Fenby ward councillors' surgery

    Kelby ward surgery and community meeting – notes
    Date: Saturday 20 January 2027
    Venue: Fenby Family Centre, Mill Road

The first shape is a record's title, "Minutes of" or "Notes of" and the meeting
(corpus/GOLD.md: the event named as the page describes it; "Notes from the Foo
hackathon" is a write-up, its event named as its body names it): the event is the
title's words after them, the body holding it kept ("of Kelby Residents'
Association"), when they end in an event's noun or go on from one with "of"
("Annual General Meeting of ..."). The second is an event's notice or its notes:
a title that is a noun phrase ending in an event's noun (page_event_heads.txt),
no verb in it, a recap word after a dash or colon dropped ("– notes",
vocab/title_recap_words.txt), over a field saying where it is held ("Venue:",
"Where:", "Location:", or "Place:", which a header gives as a line of its own).
"""

from __future__ import annotations

import re
from itertools import pairwise

from collabgraph.extract import lexicon as lx
from collabgraph.extract.layout import Layout
from collabgraph.extract.listing_fields import PLACE_LINE_KEYS, VENUE_KEYS
from collabgraph.extract.mentions.tokens import FINITE_TAGS
from collabgraph.extract.page_event.address import date_in
from collabgraph.extract.page_event.phrase_heads import HEADS
from collabgraph.extract.page_event.reading import PageEvent

_RECORD = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+|our\s+)?", re.I)
_RECAP_TAIL = re.compile(r"\s*(?:[–—:|]|\s-)\s*(?:%s)\s*$" % lx.RECAP_WORDS.pattern, re.I)
_PLACE_LINE = re.compile(r"^(?:%s)\s*:\s*\S" % "|".join(PLACE_LINE_KEYS), re.I)
_MAX_WORDS = 12
_HEADER_BLOCKS = 4


def _lows(words: list[str]) -> list[str]:
    """The words lower-cased, their punctuation dropped, to match HEADS."""
    return [re.sub(r"\W", "", w.lower()) for w in words]


def _head_of(lows: list[str]) -> int | None:
    """The index of the first event's noun that "of" follows ("Meeting" of "Annual
    General Meeting of Foo"), or None."""
    return next(
        (k for k, (w, nxt) in enumerate(pairwise(lows)) if w in HEADS and nxt == "of"), None
    )


def _ends_in_head(words: list[str]) -> bool:
    """Whether the last word is an event's noun ("... Annual General Meeting")."""
    return bool(words) and _lows(words[-1:])[0] in HEADS


def _event_words(words: list[str]) -> bool:
    """Whether the words end in an event's noun or run on from one with "of"."""
    return _ends_in_head(words) or _head_of(_lows(words)) is not None


def _title(layout: Layout, headline_blocks: list[int]):
    """The title's block number and text, when the page's first block is its title."""
    if not headline_blocks or layout.blocks[headline_blocks[0]].kind != "title":
        return None, None
    block = headline_blocks[0]
    return block, layout.blocks[block].text.strip()


def _meeting_words(words: list[str]) -> str:
    """The words up to the event's noun that "of" and its body follow ("Annual General
    Meeting" of "Annual General Meeting of Foo"), else all of them."""
    k = _head_of(_lows(words))
    return " ".join(words if k is None else words[: k + 1])


def _event(name: str, layout: Layout, docs: list, block: int, body: list[int]) -> PageEvent:
    """The page's event named `name`, its span the words of the title that say the
    meeting (the body after "of" keeps its own mention: it held the meeting), dated
    by the line under the title or the body's first ("Held on 10 May 2027") or by the
    page's date ("Date: Saturday 20 January 2027": a record's is its meeting's)."""
    event = PageEvent(name[:1].upper() + name[1:], evidence=layout.blocks[block].text)
    unders = [b for b in (block + 1, *body[:1]) if b < len(layout.blocks)]
    dates = (date_in(layout.blocks[b].text, layout.published) for b in unders)
    event.date = next((d for d in dates if d), None) or layout.published
    said = _meeting_words(name.split())
    at = layout.blocks[block].text.find(said)
    toks = [t.i for t in docs[block] if at <= t.idx < at + len(said)] if at >= 0 else []
    if toks:
        event.spans[block] = [(toks[0], toks[-1] + 1)]
    return event


def recorded_meeting(
    layout: Layout, docs: list, headline_blocks: list[int], body: list[int]
) -> PageEvent | None:
    """The meeting a record's title names ("Minutes of the ..."), or None."""
    block, title = _title(layout, headline_blocks)
    if title is None:
        return None
    m = _RECORD.match(title)
    if m is None:
        return None
    name = _RECAP_TAIL.sub("", title[m.end() :]).strip()
    words = name.split()
    if not words or len(words) > _MAX_WORDS or not _event_words(words):
        return None
    return _event(name, layout, docs, block, body)


def _venue_given(layout: Layout) -> bool:
    if any(layout.meta.get(k) for k in VENUE_KEYS):
        return True
    return any(_PLACE_LINE.match(b.text) for b in layout.blocks[1:_HEADER_BLOCKS])


def noticed_title(
    layout: Layout, docs: list, headline_blocks: list[int], body: list[int]
) -> PageEvent | None:
    """The event a notice's title names over a venue field (see the module), or None."""
    block, title = _title(layout, headline_blocks)
    if title is None or not _venue_given(layout):
        return None
    name = _RECAP_TAIL.sub("", title).strip()
    words = name.split()
    if not words or len(words) > _MAX_WORDS or name[-1:] in ".!?":
        return None
    if not _ends_in_head(words):
        return None
    if any(t.tag_ in FINITE_TAGS for t in docs[block] if t.idx < len(name)):
        return None  # "Kelby meeting agrees new plan": news of it
    return _event(name, layout, docs, block, body)
