"""Places, continued: a body on its street. "the Fenby Buddhist Centre on Hollin
Street", "opened the Kelby Institute on Station Road in 1894": the body, event or project
named right before "on" is LOCATED_IN the street (corpus/GOLD.md: "based in"). Only
a street (its last word in `vocab/place_street_heads.txt`), so that "on" reads as
where, not when or about. Not a site of the body's ("the Kelby Mission hall on Quay
Street", which the pool's gold reads as the place of the body using the hall), nor a
former body ("the former Kelby Post Office on Dale Street").

"in" and "at" are `places.places`'s cues; it leaves "on" alone, which most often
opens a date, a board or a subject.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.place_kinds import may_be_place
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the words between two names."""

_STREET_HEADS = vocab.words("place_street_heads")
_FORMER = vocab.words("place_former_words") | {"old", "former"}
_OWNERS = {"Organisation", "Project", "Event"}


def street_sites(reader: SentenceReader) -> None:
    """Each street right after "on" ("on Hollin Street") locates the body, event or
    project named just before "on" (confidence 0.65)."""
    for m in reader.ms:
        if reader.words[m.end - 1] not in _STREET_HEADS or not may_be_place(reader, m):
            continue
        k = m.start - 1
        if k <= reader.sent.start or reader.words[k] != "on":
            continue
        owner = reader.by_end.get(k)
        if owner is None or owner is m or reader.kind(owner) not in _OWNERS:
            continue
        if reader.words[owner.start - 1] not in _FORMER:  # "the former Kelby Post Office"
            reader.relate(owner, "LOCATED_IN", m, confidence=0.65)


__all__ = ["LABELS", "street_sites"]
