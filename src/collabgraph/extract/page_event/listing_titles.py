"""An event listing's title is its event's name: a page that gives the event's fields
("Venue: Dale Hall", "When: Saturday 4 May, 10am") under a title that is a noun
phrase, "Coffee morning and information fair for carers", names its event so, not
"Free coffee morning" as its first sentence calls it ("... invites carers to a free
coffee morning and information fair").

Only when the event has no proper name (its words after the first in lower case),
the title holds the words the first sentences call it by (after describing words,
vocab/event_modifiers.txt, and "free"), and the title tells nothing (no verb but a
participle: "for people affected by dementia").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.listing_fields import VENUE_KEYS
from collabgraph.extract.mentions.tokens import FINITE_TAGS
from collabgraph.extract.page_event.reading import PageEvent

_FIELDS = vocab.words("meta_event_date_fields") | {*VENUE_KEYS, "held in"}
_DESCRIBING = vocab.table("event_modifiers").keys() | {"free", "our", "a", "an", "the"}


def listing_title(event: PageEvent, layout, docs: list, headline_blocks: list[int]) -> str | None:
    """The listing's title when it is the name of the page's unnamed event (see the
    module); None otherwise."""
    if not any(key in layout.meta for key in _FIELDS) or not headline_blocks:
        return None
    words = event.name.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return None  # "Kelby Carers Fair": a name of its own
    block = headline_blocks[0]
    title = layout.blocks[block].text.strip()
    if ":" in title or len(title.split()) <= len(words):
        return None  # "What's on: Foo Fair", or no longer than the name it has
    if any(t.tag_ in FINITE_TAGS for t in docs[block]):
        return None  # "Coffee morning raises £400": news of it, not its name
    core = [w.lower() for w in words]
    while core and core[0] in _DESCRIBING:
        core = core[1:]
    if not core or " ".join(core) not in title.lower():
        return None
    return title
