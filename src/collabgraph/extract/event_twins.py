"""One event told twice, by the headline and by the body, read as one: the headline's
"Climate Action Assembly draws a full house" over a body that names "the Selby Moor
Climate Assembly" (the headline's own shorter form of the one event the body names
with the same event noun and another word of it), and a body's "the first Kelby
Young Carers' Festival" where the headline calls the page's event "Young Carers'
Festival" (the body's name ends with a form the headline gives an event). The
merged event keeps every form as an alias.

Read by `coref.resolve_entities` once the other merges are made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract.mention_keys import mention_key

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity
    from collabgraph.extract.entity_merges import Merges

_HEADLINE = 0  # the block the page's headline is
_SMALL = {"the", "of", "and", "&", "for", "on", "in", "at", "a", "an", "to"}


def merge_event_twins(entities: list[Entity], merges: Merges) -> None:
    """Merge an event named only in the headline into the one body event with its
    event noun and another of its words; merge a body event whose name ends with a
    form of two or more words in the headline of another event (and is not named
    in the headline itself) into that event."""
    events = [e for e in entities if e.type == "Event" and not merges.gone(e)]
    if len(events) < 2:
        return
    for a in events:
        if merges.gone(a) or not all(m.block == _HEADLINE for m in a.mentions):
            continue
        twins = {
            id(merges.target(b)): merges.target(b)
            for b in events
            if b is not a
            and not merges.gone(b)
            and any(m.block != _HEADLINE for m in b.mentions)
            and _twins(a, b)
        }
        if len(twins) == 1:
            merges.merge(a, next(iter(twins.values())))
    for b in events:
        if merges.gone(b) or any(m.block == _HEADLINE for m in b.mentions):
            continue  # a body event the headline does not name itself
        key = mention_key(" ".join(b.words()))
        for a in events:
            if a is b or merges.gone(a):
                continue
            if any(_headline_tail(m, key) for m in a.mentions):
                merges.merge(b, a)
                break


def _words(e: Entity) -> list[str]:
    return [w.lower().strip("\"“”‘’'") for w in e.words()]


def _twins(a: Entity, b: Entity) -> bool:
    """Whether two events share their event noun (last word) and another word."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    return bool((set(wa[:-1]) & set(wb[:-1])) - _SMALL)


def _headline_tail(m, key: str) -> bool:
    """Whether the headline a mention stands in writes the last two or more words of
    the name `key` (a mention key), without its first word: "Young Carers' Festival"
    in the headline, "Kelby Young Carers' Festival" the body's name."""
    if m.block != _HEADLINE or not m.sentence:
        return False
    words = key.split()
    headline = f" {mention_key(m.sentence)} "
    return any(f" {' '.join(words[k:])} " in headline for k in range(1, len(words) - 1))


__all__ = ["merge_event_twins"]
