"""The page's unnamed event that is a launch: "Foo launched its new report, Bar, at an
evening event at Dale Hall" gives the page's event "Evening event" (who spoke, where)
and the launch "Launch of Bar" (what it was about, who organised it): one occasion.

The page's event goes into the launch when its name says no more than that it was an
event ("Evening event", "Reception", "Special event": event nouns, words of when
or how, vocab/launch_event_times.txt; where it was held may follow, "Event at Dale
Hall") and the page tells it in the paragraph that
tells the launch, or the headline tells the launch ("Launch of Bar report draws a
full house"). A named event ("Dalby Housing Conference 2024") where something
is launched stays itself (it is ABOUT what was launched, rules/publishing.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import vocab

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.coref import Entity
    from collabgraph.extract.entity_merges import Merges

_PLAIN = (
    vocab.words("page_event_heads")
    | vocab.words("event_vague_heads")
    | vocab.table("event_modifiers").keys()
    | vocab.words("launch_event_times")
)
_MAX_WORDS = 3


def plain_event_name(name: str) -> bool:
    """Whether an event's name only says it was an event ("Evening event"), or that
    and where it was held, as an unnamed event is named ("Event at Dale Hall",
    page_event/untitled.py)."""
    words = name.lower().split()
    if "at" in words[1:]:
        words = words[: words.index("at", 1)]
    return bool(words) and len(words) <= _MAX_WORDS and all(w in _PLAIN for w in words)


def merge_launch_page_event(entities: list[Entity], ctx: DocumentContext, merges: Merges) -> None:
    """Put the page's unnamed event into the launch told in its paragraph or headline."""
    if ctx.page_event is None:
        return
    page = ctx.mentions[ctx.page_event]
    if not plain_event_name(page.text):
        return
    told = {m.block for m in ctx.mentions if m.synthetic == "page event" and m.sent >= 0}
    home = next((e for e in entities if any(m.id == page.id for m in e.mentions)), None)
    if home is None or merges.gone(home):
        return
    for e in entities:
        if e is home or merges.gone(e):
            continue
        for m in e.mentions:
            if m.synthetic != "launch" or m.about is None:
                continue
            about = ctx.mentions[m.about]
            # told in the same sentence as the page's event ("launched Bar ... at an
            # event at Dale Hall"), in its paragraph, or in the headline
            said_with = bool(page.sentence) and about.sentence == page.sentence
            if about.in_heading or about.block in told or said_with:
                merges.merge(home, e)
                return
