"""Places, continued: where a grant list's line puts its grantee. "Foo Club (Kelby) –
£3,000 towards a minibus", "Foo Club, Kelby – £3,000", "Foo Club – £3,000 for
a lunch club in Kelby", "Foo Club – £2,800 for a warm space at Dale Community
Centre": the body the line opens with is LOCATED_IN the place set off after its
name, and the place the money is spent in or at (corpus/GOLD.md: "based in ...,
covering a place"; the gold of the writers of grant lists places the grantee so).

Read from the shape of the line, as `grant_lists.grant_lines` reads it
(`grant_lists.line_opening`): a name that opens the line, an optional place set off
after it, then a dash, colon or comma and a sum of money. The place after the sum
hangs from "in", "at", "across" or "throughout" (`_WHERE`); places listed with it ("in
Kelby and Dale") are given the tie by `conjuncts.spread`. Not when the line names a
project before the place ("£9,000 for Bar Stories, a project in Kelby": the project's
place, read by the `places` rule), nor a place in the grantee's own name (a body named
for a place: a convention left to `place_names`), nor where the place is what a sum is
compared with or comes from ("from across Kelby").
"""

from __future__ import annotations

from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.grant_lists import line_opening, money_at
from collabgraph.extract.rules.place_kinds import may_be_place
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a line."""

_BODIES = {"Organisation"}
_WHERE = {"in", "at", "across", "throughout"}
_CONFIDENCE = 0.6


def grant_line_places(reader: SentenceReader) -> None:
    """The body a "Name[, place] – £N ... in Place" line opens with is LOCATED_IN
    the place set off after its name and the places its money is spent in."""
    opening = line_opening(reader, _BODIES)
    if opening is None or not money_at(reader, opening[1] + 1):
        return
    m, j = opening
    if j > m.end:  # "Foo Club (Kelby) –", "Foo Club, Kelby –"
        set_off = reader.by_start.get(m.end + 1)
        if set_off is not None and _own(m, set_off):
            reader.relate(m, "LOCATED_IN", set_off, confidence=_CONFIDENCE)
    for place in _spent_in(reader, j + 1):
        if _own(m, place):
            reader.relate(m, "LOCATED_IN", place, confidence=_CONFIDENCE)


def _spent_in(reader: SentenceReader, start: int) -> list[Mention]:
    """The places after `start` that hang from "in", "at", "across" or
    "throughout" (a "the" between), up to a project the line names first."""
    out: list[Mention] = []
    for m in reader.ms:
        if m.start <= start:
            continue
        if reader.kind(m) in {"Project", "Event"}:
            break
        k = m.start - 1
        if k > start and reader.words[k] == "the":
            k -= 1
        if k <= start or reader.words[k] not in _WHERE or reader.words[k - 1] == "from":
            continue
        if may_be_place(reader, m):
            out.append(m)
    return out


def _own(body: Mention, place: Mention) -> bool:
    """Whether the place is not a word of the body's own name."""
    return place.text.lower() not in body.text.lower()


__all__ = ["LABELS", "grant_line_places"]
