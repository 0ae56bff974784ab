"""Seats told the other way round (the membership family, continued): "Also joining
the board of Foo Trust is Jane Doe", "Joining our board as treasurer are Jane Doe and
John Roe", "Joining them on its committee is Jane Doe" is left (no board named). The
board's words are read as `welcomed_seats.board_seat` reads them; the people are the
ones the copula ("is", "are", "will be") names after it. No cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.welcomed_seats import board_seat, our_board_body

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_OPENERS = frozenset({"also", "and", "newly", "now", "further"})  # "Also joining"
_JOINING = frozenset({"joining"})
_COPULAS = frozenset({"is", "are"})
_REACH = 8  # tokens from the board's words to the copula ("as our new treasurer")


def inverted_joins(reader: SentenceReader) -> None:
    """ "(Also) joining the/our/its board (of trustees) (of Foo) (as X) is/are A (and
    B)": A and B hold seats on that body's board (MEMBER_OF, the board's seat)."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    k = start
    while k < end and words[k] in _OPENERS:
        k += 1
    if k + 3 >= end or words[k] not in _JOINING:
        return
    seat = board_seat(reader, k + 1)
    if seat is None:
        return
    body, role = seat
    cop = next(
        (j for j in range(k + 2, min(end, k + 2 + _REACH + 4)) if words[j] in _COPULAS), None
    )
    if cop is None:
        return
    people = reader.list_after(cop + 1, kinds={"Person"})
    if not people:
        return
    role = _as_post(words, k + 2, cop) or role
    if body is None and words[k + 1] == "our":
        body = our_board_body(reader, k + 1, people, role)
    if body is None:
        return
    for p in people:
        reader.relate(p, "MEMBER_OF", body, role=role, confidence=0.7)


def _as_post(words: list[str], k: int, cop: int) -> str | None:
    """The post "as our new treasurer" names between tokens k and the copula."""
    if "as" not in words[k:cop]:
        return None
    post = words[words.index("as", k, cop) + 1 : cop]
    while post and post[0] in _POST_FILLERS:
        post = post[1:]
    return " ".join(post) if 0 < len(post) <= 4 and all(w.isalpha() for w in post) else None


_POST_FILLERS = frozenset({"our", "its", "their", "the", "a", "an", "new"})


__all__ = ["LABELS", "inverted_joins"]
