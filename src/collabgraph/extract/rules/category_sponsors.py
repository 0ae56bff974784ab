"""Sponsors of an event's parts: "Volunteer of the Year (sponsored by Foo)",
"Best Newcomer - Sponsored by Foo": a line naming a category or a part of the
event, with no name of its own, and its sponsor set off after it. The sponsor
funds the event the page is about (its own event), as the page's other sponsors
do.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels this module's rule reads (none: it reads the words)."""

_SPONSORED = frozenset({"sponsored"})
_OPENERS = frozenset({"("}) | lx.DASHES
_SPONSORS = {"Organisation"}
_NAMED = {"Organisation", "Person", "Event", "Project", "Place", "Report"}
_PART_WORDS = 10  # words at most in the category's name before its sponsor


def category_sponsors(reader: SentenceReader) -> None:
    """Each body after "(sponsored by" or "- sponsored by" that closes a short line
    naming no one funds the page's own event."""
    words, start = reader.words, reader.sent.start
    for tok in reader.tokens_among(_SPONSORED):
        k = tok.i
        if k + 2 >= reader.sent.end or words[k + 1] != "by" or words[k - 1] not in _OPENERS:
            continue
        part = range(start, k - 1)
        if not 0 < len(part) <= _PART_WORDS or not reader.doc[start].is_title:
            continue
        if any(reader.kind(reader.covering.get(i)) in _NAMED for i in part):
            continue  # "Kelby Fair (sponsored by Foo)": the fair's own sponsor
        event = reader.page_own_event()
        if event is None:
            continue
        for m in reader.list_after(k + 2, kinds=_SPONSORS):
            reader.relate(m, "FUNDED", event, confidence=0.7)


__all__ = ["category_sponsors"]
