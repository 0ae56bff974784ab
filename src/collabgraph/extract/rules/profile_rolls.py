"""Profile rolls (the membership family, continued): a page whose opening names its
board's seats ("Meet our new trustees", "Our board" over "Foo Trust is governed by
a board of volunteer trustees") and then introduces people one by one, each name
alone on a line with a paragraph about them under it ("Ada Foss" / "Ada is a
solicitor ..."): each person so introduced holds the seat the opening names
(`vocab/board_roll_headings.txt`, read as `board_rolls.heading_seat` reads a
heading) on the page's own body's board, placed with the page's other posts
(`page_organisation.place_posts`). Only once two people are so introduced; a name
with its post in brackets is left to the rules reading the post. No cue labels of
its own.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_SEATS = vocab.table("board_roll_headings")
_NOT_SEATS = vocab.ordered("opening_seat_bodies")  # "Council of Governors": a body
_OPENING = 3  # sentences: the title, a breadcrumb line, the first sentence under them
_MIN_PROFILES = 2  # people introduced so before any is seated
_MIN_ABOUT = 6  # words at least in the first sentence about a person


def opening_seat(sentences: list[str]) -> str | None:
    """The seat the page's opening sentences name ("Meet our new trustees" ->
    "trustee", "Our board" -> "board member"), the first of the vocabulary's that
    any of them has, not in a body's name (`vocab/opening_seat_bodies.txt`: "Council
    of Governors"); None when none does."""
    text = " ".join(sentences[:_OPENING]).lower()
    for body in _NOT_SEATS:
        text = text.replace(body, " ")
    words = {w.strip(".,:;()|'’") for w in text.split()}
    return next((role for word, role in _SEATS.items() if word in words), None)


def profile_roll(reader: SentenceReader) -> None:
    """A name alone on its own line, then a paragraph about them: note the person;
    once two are noted on a page whose opening names a board's seat, each is seated
    there (`ctx.unplaced_posts`, "board": at the page's own body or nowhere, never at
    the body named just before, the last person's paragraph's)."""
    ctx = reader.ctx
    waiting, ctx.profile_name = ctx.profile_name, None
    person = _name_line(reader)
    long = reader.sent.end - reader.sent.start >= _MIN_ABOUT
    if waiting is not None and waiting[1] != id(reader.doc) and long and person is None:
        _seat(reader, waiting[0], waiting[2])
    if person is not None:
        ctx.profile_name = (person, id(reader.doc), reader.evidence)


def _name_line(reader: SentenceReader) -> int | None:
    """The mention id of the person a block names and nothing else ("Dr Ada Foss"),
    or None."""
    if len(reader.ms) != 1 or reader.sent.start != 0 or reader.sent.end != len(reader.doc):
        return None
    m = reader.ms[0]
    if reader.kind(m) != "Person" or m.end != reader.sent.end:
        return None
    before = reader.words[reader.sent.start : m.start]
    if not all(w.rstrip(".") in lx.HONORIFICS or not w.isalnum() for w in before):
        return None
    return m.id


def _seat(reader: SentenceReader, person: int, evidence: str) -> None:
    """Note `person` as introduced; seat the people noted once there are enough."""
    ctx = reader.ctx
    seat = opening_seat(ctx.sentences)
    if seat is None:
        return
    ctx.profiles.append((person, evidence))
    if len(ctx.profiles) < _MIN_PROFILES:
        return
    ready = ctx.profiles if len(ctx.profiles) == _MIN_PROFILES else ctx.profiles[-1:]
    for who, said in ready:
        ctx.unplaced_posts.append((who, seat, said, "board"))
