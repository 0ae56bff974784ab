"""Seats on a body's board named by the body (the membership family, continued):
"Jane Doe has been appointed to Foo Trust's board", "has joined the Foo Trust
board of trustees", "co-opted onto Foo's board", "represents the council on the
Foo Partnership board", "sits on the advisory panel of Foo Fund": MEMBER_OF the
body, the seat the board's words give (`vocab/named_board_seats.txt`: "board"
-> board member, "board of trustees" -> trustee) or member for a panel or
committee (`vocab/named_board_panels.txt`).

"the board of Foo" after such a verb is the `member_of` cue's (`membership`).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS = frozenset({"named_board"})
"""The cue labels (pattern files) this family's rules read."""

_SEATS = vocab.table("named_board_seats")
_SEAT_PHRASES = sorted((tuple(k.split()) for k in _SEATS), key=len, reverse=True)
_PANELS = vocab.words("named_board_panels")
_MEMBERS = frozenset({"Person", "Organisation"})
_ON_WITHIN = 8  # "represents Foo District Council on": the words stepped over to "on"
_NOT_DESCRIBING = {"ADP", "DET", "VERB", "AUX", "PRON"}  # before a panel: "the grants committee"
_NOT_AFTER = {"NOUN", "PROPN"}  # "Foo's board meeting", "the Foo board papers": no seat


def named_boards(reader: SentenceReader) -> None:
    """For each `named_board` cue, the body whose board (or panel) follows it and
    the seat: the cue's subjects (a person or body named before the verb, else the
    sentence's subject) hold it."""
    for cue in reader.cues("named_board"):
        k = cue.end
        if cue.cue.params.get("on_after"):
            k = _after_on(reader, k)
            if k is None:
                continue
        found = _board_after(reader, k)
        if found is None:
            continue
        body, role = found
        v = reader.before_verb(cue.start) + 1
        holders = reader.subjects_before(v, _MEMBERS)
        if not holders:
            s = reader.sentence_subject()
            holders = [s] if s is not None and s.end <= cue.start else []
        for h in holders:
            if h is not body:
                reader.relate(h, cue.cue.relations, body, role=role, confidence=0.7)


def _after_on(reader: SentenceReader, k: int) -> int | None:
    """The token after the first "on" within a few words of token k, before any
    comma or full stop: "represents the council on | the Foo board"."""
    for j in range(k, min(reader.sent.end, k + _ON_WITHIN)):
        w = reader.words[j]
        if w in {",", ".", ";", ":"}:
            return None
        if w == "on":
            return j + 1
    return None


def _board_after(reader: SentenceReader, k: int):
    """(body, seat) for "Foo's board", "the Foo board of trustees" or "the advisory
    panel of Foo" starting at token k; else None."""
    end = reader.sent.end
    body = reader.mention_at(k)
    if body is not None and reader.kind(body) == "Organisation":
        j = body.end + (body.end < end and reader.words[body.end] in POSSESSIVE)
        role, j = _seat_at(reader, j)
        if role is None or (j < end and reader.doc[j].pos_ in _NOT_AFTER):
            return None
        return body, role
    j = k + (k < end and reader.words[k] == "the")
    for _ in range(3):  # "the advisory panel of", "the grants and awards committee of"
        if j + 1 >= end:
            return None
        if reader.words[j] in _PANELS and reader.words[j + 1] == "of":
            panel_body = reader.mention_at(j + 2)
            if panel_body is not None and reader.kind(panel_body) == "Organisation":
                return panel_body, "member"
            return None
        tok = reader.doc[j]
        if not (tok.is_lower and tok.is_alpha) or tok.pos_ in _NOT_DESCRIBING:
            return None
        j += 1
    return None


def _seat_at(reader: SentenceReader, j: int) -> tuple[str | None, int]:
    """The seat the board's words at token j give and the token after them, or (None, j)."""
    for phrase in _SEAT_PHRASES:
        n = len(phrase)
        fits = tuple(reader.words[j : j + n]) == phrase and j + n <= reader.sent.end
        if fits and reader.doc[j].is_lower:
            return _SEATS[" ".join(phrase)], j + n
    return None, j


__all__ = ["LABELS", "named_boards"]
