"""Places, continued: a body on its street. "who runs Kelby Opticians on Fenby
Street", "opened the Kelby Institute on Tern Road in 1904": the organisation named
right before "on" is LOCATED_IN the street (corpus/GOLD.md: "based in"); the pooled
tune probes' gold tied every organisation so said (14 of 14). Only a street typed a
place (its last word in `vocab/place_street_heads.txt`), so that "on" reads as where,
not when or about; only an organisation (an event or project "on" a street added a
wrong tie on the check halves). Not a site of the body's ("the Kelby Mission hall on
Fenby Street", which the pool's gold reads as the place of the body using the hall),
nor a former body ("the former Kelby Post Office on Tern Road"), nor a building a
room of which is meant ("the back room of the Kelby Meeting House on Fenby Lane":
after "of", "inside", "behind"), where the pool's gold ties the room's user.

"in" and "at" are `places.places`'s cues; it leaves "on" alone, which most often
opens a date, a board or a subject.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the words between two names."""

_STREET_HEADS = vocab.words("place_street_heads")
_FORMER = vocab.words("place_former_words") | vocab.words("place_former_adjectives")
_OWNERS = {"Organisation"}
_WITHIN = {"of", "inside", "behind"}


def street_sites(reader: SentenceReader) -> None:
    """Each street right after "on" ("on Fenby Street") locates the organisation
    named just before "on" (confidence 0.65)."""
    for m in reader.ms:
        if reader.words[m.end - 1] not in _STREET_HEADS or reader.kind(m) != "Place":
            continue
        k = m.start - 1
        if k <= reader.sent.start or reader.words[k] != "on":
            continue
        owner = reader.by_end.get(k)
        if owner is None or owner is m or reader.kind(owner) not in _OWNERS:
            continue
        j = owner.start - 1 - (reader.words[owner.start - 1] == "the")
        if reader.words[owner.start - 1] in _FORMER or reader.words[j] in _WITHIN:
            continue  # "the former Kelby Post Office", "in the back room of the Kelby Club"
        reader.relate(owner, "LOCATED_IN", m, confidence=0.65)


__all__ = ["LABELS", "street_sites"]
