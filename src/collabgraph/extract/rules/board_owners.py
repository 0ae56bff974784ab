"""Whose board "the board" is, for the membership family's rules (no rules of its
own): "Jane Doe joined the board in 2019", "who has chaired the board since
2019", "The board is chaired by Jane Doe", "will stay on the board as a trustee".
"""

from __future__ import annotations

from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

_BOARD = "board"
_OF_SEATS = [["of", "trustees"], ["of", "directors"], ["of", "governors"]]
_NOT_AFTER = {"NOUN", "PROPN"}  # "the board meeting", "the board papers": no seat


def board_owner(reader: SentenceReader, k: int) -> Mention | None:
    """The body "the board" at token k is of: the one last named ending in "Board"
    (the board is a body itself: "the Foo Growth Board"), else the organisation
    the sentence opens with, else the one the last sentences were about, else
    the page's own; None when "the board" is
    not there, or is followed by "of", a possessive or a noun ("the board of Foo"
    names its body; "the board meeting" no seat)."""
    end = reader.sent.end
    if k + 1 >= end or reader.words[k] != "the" or reader.words[k + 1] != _BOARD:
        return None
    after = k + 2
    if reader.words[after : after + 2] in _OF_SEATS and after + 2 not in reader.by_start:
        after += 2  # "the board of trustees", no body named after it
    if after < end and (
        reader.words[after] == "of"
        or reader.words[after] in POSSESSIVE
        or reader.doc[after].pos_ in _NOT_AFTER
    ):
        return None
    return owner_of_board(reader, k)


def owner_of_board(reader: SentenceReader, k: int, *, named: bool = True) -> Mention | None:
    """The body a board said with no name (its words from token k: "the board", "the
    current board") is of: the one last named ending in "Board" (unless not `named`:
    "the current board" is a body's, not a Board's), else the organisation the sentence
    opens with before token k, else the one the last sentences were about, else the
    page's own; None when none is known yet."""
    board = reader.ctx.recent_with_word(_BOARD, "Organisation") if named else None
    if board is not None:
        return board
    opening = (
        reader.sentence_subject()
    )  # "Foo has elected A, replacing B, who remains on the board"
    if opening is not None and opening.end <= k and reader.kind(opening) == "Organisation":
        return opening
    last = reader.ctx.last_org_subject
    if last is None:
        last = reader.page_org()
    if last is None or last < 0:
        return None
    body = reader.ctx.mentions[last]
    return body if reader.ctx.type_of(body) == "Organisation" else None


__all__ = ["board_owner", "owner_of_board"]
