"""Places, continued: a body on its street. "the Fenby Buddhist Centre on Hollin
Street", "opened the Kelby Institute on Station Road in 1894", "the Kelby Scout
Group's hut on Mill Lane", "the Kelby Trust workshop on Beck Road": the body, event
or project named right before "on" is LOCATED_IN the street (corpus/GOLD.md: "based
in"). Only a street (its last word in `vocab/place_street_heads.txt`), so that "on"
reads as where, not when or about; a site noun of the body's between the two
(`vocab/site_nouns.txt`, `vocab/place_own_sites.txt`) is read past.

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
_SITES = vocab.words("site_nouns") | vocab.words("place_own_sites")
_OWNERS = {"Organisation", "Project", "Event"}


def street_sites(reader: SentenceReader) -> None:
    """Each street right after "on" ("on Hollin Street") locates the body, event or
    project named just before "on", or before a site noun of its there ("Kelby
    Scout Group's hut on Mill Lane") (confidence 0.65)."""
    for m in reader.ms:
        if reader.words[m.end - 1] not in _STREET_HEADS or not may_be_place(reader, m):
            continue
        k = m.start - 1
        if k <= reader.sent.start or reader.words[k] != "on":
            continue
        owner = reader.by_end.get(k)
        if owner is None and reader.words[k - 1] in _SITES:  # "the Kelby Trust workshop on"
            k -= 1 + (reader.words[k - 2] == "'s")  # "the Kelby Scout Group's hut on"
            owner = reader.by_end.get(k)
        if owner is not None and owner is not m and reader.kind(owner) in _OWNERS:
            reader.relate(owner, "LOCATED_IN", m, confidence=0.65)


__all__ = ["LABELS", "street_sites"]
