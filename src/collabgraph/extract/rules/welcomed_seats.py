"""Seats given by a welcome (the membership family, continued): "We are delighted to
welcome Jane Doe and John Roe to our board of trustees", "Foo Trust welcomed Jane
Doe to its board", "welcomes Jane Doe to the board of Foo Trust": each person
welcomed holds a seat on that board (MEMBER_OF), as a trustee, governor or board
member by the board's words. No cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_WELCOMING = vocab.words("occasion_welcome_verbs")  # "welcome", "welcomed", ...
_OWNERS = frozenset({"our", "its", "their", "the"})
_SEATS = vocab.table("named_board_seats")  # "board of trustees" -> trustee
_LONGEST = max(len(phrase.split()) for phrase in _SEATS)


def welcomed_seats(reader: SentenceReader) -> None:
    """ "welcome(d) A and B to our/its/the board (of trustees)" or "... to the board of
    Foo Trust": A and B hold seats on that body's board."""
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start, end - 4):
        if words[k] not in _WELCOMING:
            continue
        people = reader.list_after(k + 1, kinds={"Person"})
        if not people or people[-1].end + 2 >= end or words[people[-1].end] != "to":
            continue
        to = people[-1].end
        seat = board_seat(reader, to + 1)
        if seat is None:
            continue
        body, role = seat
        if body is None and words[to + 1] == "our":
            body = our_board_body(reader, to + 1, people, role)
        elif body is None and words[to + 1] in {"its", "their"}:
            named = reader.before(k, kinds={"Organisation"})
            body = named.id if named is not None else None
        for p in people if body is not None else ():
            reader.relate(p, "MEMBER_OF", body, role=role, confidence=0.7)


def our_board_body(reader: SentenceReader, k: int, people: list, role: str) -> int | None:
    """The body "our" at token k (a board's owner word) stands for (`we_org`); when
    the page names none, the page's own body, as the page names it (`place_posts`):
    each person's seat is queued for it (`ctx.unplaced_posts`, "page") and None."""
    body = reader.we_org(k)
    if body is None:
        for p in people:
            reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, "page"))
    return body


def owned_phrase_at(
    words: list[str], k: int, end: int, owners: frozenset[str], table: dict[str, str], longest: int
) -> tuple[str, int] | None:
    """(the value, the token after it) of the longest phrase of `table` (a vocab
    table: phrase -> value, phrases of at most `longest` words) after an owner word
    of `owners` at token k ("our board of trustees"), ending before `end`; None when
    token k is no owner word or no phrase follows it."""
    if k + 1 >= end or words[k] not in owners:
        return None
    for n in range(min(longest, end - k - 1), 0, -1):
        value = table.get(" ".join(words[k + 1 : k + 1 + n]))
        if value is not None:
            return value, k + 1 + n
    return None


def board_seat(reader: SentenceReader, k: int) -> tuple[int | None, str] | None:
    """(the body named after "the board of", or None for an owner word, and the seat's
    role) for a board's words from token k ("our board of trustees", "its trustee
    board": `vocab/named_board_seats.txt`, the longest phrase; "the board of Foo
    Trust"); None when no board is named there."""
    words, end = reader.words, reader.sent.end
    found = owned_phrase_at(words, k, end, _OWNERS, _SEATS, _LONGEST)
    if found is None:
        return None
    role, after = found
    if after < end and words[after] != "of" and reader.doc[after].pos_ in {"NOUN", "PROPN"}:
        return None  # "our board meeting": an event, not a seat
    if after + 1 < end and words[after] == "of":
        named = reader.mention_at(after + 1)  # "the board of Foo Trust"
        if named is not None and reader.kind(named) == "Organisation":
            return named.id, role
        return None  # "the board of a school": no body named
    return (None, role) if words[k] != "the" else None


__all__ = ["LABELS", "welcomed_seats"]
