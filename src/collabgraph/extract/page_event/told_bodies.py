"""Names the page tells as a body's though their last word can name an event
("forum", "assembly": `vocab/body_or_event_heads.txt`):

    Ada Foss has been elected chair of the Kelby Residents' Forum.
    The Kelby Older People's Forum is an umbrella body for 27 groups.
    We ran it with Kelby Access Forum, who chose the challenges.

A seat on it ("chair of the", "members of the"), "is a ... body" (a body's noun,
`lexicon.BODY_NOUNS`: "body", "network", "charity"), or "<name>, who" tells a body
(corpus/GOLD.md: forums are organisations), so the page's event is not read from
that name; a forum the page only tells as held ("the Kelby Tenants Forum 2031
brought together 200 people") is an event still.
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.lexicon import BODY_NOUNS

_HEADS = vocab.words("body_or_event_heads")
_NAME = re.compile(
    r"\b(?:[A-Z][\w'’&-]*\s+)(?:(?:[A-Z][\w'’&-]*|of|and|for|&)\s+){0,6}(?:%s)\b"
    % "|".join(w.capitalize() for w in sorted(_HEADS)),
)
_SEATS = r"(?:chair|vice-chair|co-chair|chairs|member|members|secretary|treasurer|convenor)"


def bodies_told(text: str) -> dict[str, str]:
    """The names ending in a body-or-event noun that `text` tells as a body's (see
    the module), by their lower-cased form without "the"."""
    out = {}
    for m in _NAME.finditer(text):
        name = re.sub(r"^(?:The|Our|At|In)\s+", "", m.group(0))
        if len(name.split()) < 2 or name.lower() in out:
            continue
        if _told_as_body(re.escape(name), text):
            out[name.lower()] = name
    return out


def is_told(words: list[str], bodies) -> bool:
    """Whether a phrase's name words are one of `bodies` (lower-cased names), or the
    end of one ("Residents' Forum" of "Kelby Residents' Forum"); "People 's" is
    "People's"."""
    key = re.sub(r"\s+(['’]s?)(?=\s|$)", r"\1", " ".join(words)).lower()
    if key in bodies:
        return True
    return len(words) > 1 and any(b.endswith(" " + key) for b in bodies if b not in _HEADS)


def _told_as_body(name: str, text: str) -> bool:
    seat = rf"\b(?i:{_SEATS})(?:\s+[\w-]+){{0,2}}\s+of\s+(?:the\s+)?{name}\b"
    said = rf"\b{name}\s+(?:is|are)\s+(?:an?|the)\s+(?P<words>(?:[\w-]+\s+){{0,2}}[\w-]+)"
    who = rf"\b{name},\s+who\b"
    if re.search(seat, text) or re.search(who, text):
        return True
    return any(
        any(w in BODY_NOUNS for w in m.group("words").split()) for m in re.finditer(said, text)
    )


__all__ = ["bodies_told", "is_told"]
