"""The people of a list of appointees, each told with what they are (for
`boards.seat_lists`; no rules of its own): "two new trustees: Jane Doe, a partner
at Foo Accountants; John Roe of Bar Homes; and Ada Foss, 22", "Three trustees joined
the board: Jane Doe, partner at Foo, and John Roe, who runs Bar".
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.appointers import appointer_of
from collabgraph.extract.rules.reader import SentenceReader

_GLUE = {",", "and", "&"}
_GAP = 4  # words between a counted seat and its colon: "this year", "joined the board"


def colon_after_seat(reader: SentenceReader, k: int) -> int | None:
    """The colon a few lower-case words after a seat ending at token k ("two new
    trustees this year:", "Three trustees joined the board:"), no name between;
    else None."""
    for j in range(k, min(reader.sent.end, k + _GAP + 1)):
        if reader.words[j] == ":":
            return j
        if j in reader.covering or not reader.doc[j].is_alpha or not reader.doc[j].is_lower:
            return None
    return None


def appointer_before(reader: SentenceReader, i: int, j: int) -> Mention | None:
    """The body whose appointing word the seat's noun at token j hangs from
    (`appointer_of`), when it is named before the seat at token i: not a body the
    parser hung there from the list after it ("the charity has appointed two
    trustees: Jane Doe, an associate at Foo Partners")."""
    org = appointer_of(reader, j)
    return org if org is not None and org.end <= i else None


def appointee_people(reader: SentenceReader, k: int) -> list[Mention]:
    """The people listed from token k to the sentence's end: the list cut at its
    semicolons outside brackets, each part opening with a person's name (else
    none); with no semicolon, cut at its commas and "and"s, the parts opening with
    a person's name (the others say what the one before is: "a partner at Foo",
    "who runs Bar"). Empty unless the first part opens with a person's name."""
    parts, strict = list_parts(reader, k)
    people: list[Mention] = []
    for a, b in parts:
        while a < b and (reader.words[a] in _GLUE or reader.words[a].rstrip(".") in lx.HONORIFICS):
            a += 1
        if a >= b:
            continue
        person = reader.covering.get(a)
        if person is not None and person.start == a and reader.vote_person(person):
            if person not in people:
                people.append(person)
        elif strict or not people:
            return []
    return people


def list_parts(reader: SentenceReader, start: int) -> tuple[list[tuple[int, int]], bool]:
    """The parts of a list from token `start` to the sentence's end (its closing
    punctuation left off, not a closing bracket), as (first token, end) pairs: cut
    at its semicolons outside brackets, else at its commas, "and"s and "&"s; and
    whether it was cut at semicolons. One part when there is nothing to cut at."""
    end = reader.sent.end
    while end > start and reader.doc[end - 1].is_punct and reader.words[end - 1] != ")":
        end -= 1
    cuts = top_level(reader, start, end, {";"})
    semicolons = bool(cuts)
    cuts = cuts or top_level(reader, start, end, _GLUE)
    return list(zip([start, *[c + 1 for c in cuts]], [*cuts, end], strict=True)), semicolons


def top_level(reader: SentenceReader, start: int, end: int, glue: set[str]) -> list[int]:
    """The tokens from start to end that are `glue` outside brackets."""
    cuts, depth = [], 0
    for k in range(start, end):
        word = reader.words[k]
        depth += (word == "(") - (word == ")")
        if depth == 0 and word in glue:
            cuts.append(k)
    return cuts
