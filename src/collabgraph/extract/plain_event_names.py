"""An event's name without the words that describe it rather than name it, kept as
an alias: "Official opening of the exciting Kelby Hub" is also "Official opening
of the Kelby Hub", as a reader names the event; "Foo Foodbank's new Kelby
distribution centre" is also "Foo Foodbank's Kelby distribution centre". The
describing words are those an event's name drops (`vocab/event_modifiers.txt`,
"drop"); the name as found stays the name, so nothing the rules read changes.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity

DESCRIBING = frozenset(w for w, keep in vocab.table("event_modifiers").items() if keep == "drop")
"""Lower-case words that describe an event or its place and do not name it."""
_OPENERS = {"the", "a", "an", "its", "their", "our", "his", "her"}


def undescribed(name: str) -> str | None:
    """`name` without a lower-case describing word between an article or a
    possessive and a capitalised word ("the new Kelby Hub" -> "the Kelby Hub",
    "Foo's new Kelby centre" -> "Foo's Kelby centre"; not "the brand new Kelby Hub",
    half a phrase); None when it has none."""
    words = name.split()
    for i, w in enumerate(words[:-1]):
        before = words[i - 1] if i else ""
        opened = not before or before in _OPENERS or before.endswith(("'s", "’s"))
        if w in DESCRIBING and opened and words[i + 1][:1].isupper():
            return " ".join(words[:i] + words[i + 1 :])
    return None


def add_plain_names(event: Entity | None) -> None:
    """Give the `event` (an Event entity) its names without describing words as
    aliases; nothing for another kind of entity or a name with none."""
    if event is None or event.type != "Event":
        return
    plain = undescribed(event.name)
    if plain is not None and plain not in event.aliases:
        event.aliases.append(plain)


__all__ = ["DESCRIBING", "add_plain_names", "undescribed"]
