"""Board leavers (the membership family, continued): someone said to leave a board
seat held it. "Jo Tern retires from the board after nine years", "Jo Tern stepped
down after eight years on the board", "Jo Tern, who stood down as treasurer after
six years", "After eleven years as our secretary, Jo Tern is stepping down".

The leaving verb (`_LEAVING`: "steps down", "stood down", "retires") has a person
as its subject (or the person a "who" clause is about); the seat is read from the
verb's own words: "as <seat>" (`_SEATS`: treasurer, secretary, chair, trustee,
governor), "from the board", "on the board". MEMBER_OF the body whose board it is
(`board_owners.board_owner`), else, for a seat said alone, the page's own body
(`ctx.unplaced_posts`, placed by `page_organisation.place_posts`). The role is the
seat said ("treasurer"), else the word before the name ("Long-serving trustee Jo
Tern"), else "trustee" when the body's seats are said to be trustees, else
"board member". Leaving a paid post ("stepped down as chief executive") is not
read here.
"""

from __future__ import annotations

from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.board_owners import board_owner
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read (none: the verbs are read
from the parse)."""

_LEAVING = {
    "steps": "down", "stepped": "down", "stepping": "down", "step": "down",
    "stands": "down", "stood": "down", "standing": "down", "stand": "down",
    "retires": None, "retired": None, "retiring": None, "retire": None,
}  # fmt: skip
"""A leaving verb and the particle it needs ("stepped down"; "retires" alone)."""
_SEATS = {
    "treasurer": "treasurer", "secretary": "secretary", "chair": "chair",
    "chairman": "chair", "chairwoman": "chair", "vice-chair": "vice-chair",
    "trustee": "trustee", "governor": "governor",
}  # fmt: skip
"""Seat words after "as" (or before the name) and the role each gives."""
_OWNERS = {"our", "its", "their"}
_OFFICERS = {"treasurer", "secretary"}
_TITLE_GAP = 2  # words of a style between "replaces" and the name
_BOARD = "board"


def board_leavers(reader: SentenceReader) -> None:
    """For each leaving verb whose subject is a person, the seat it says (see the
    module's doc) is the person's, at the board's body or the page's."""
    for tok in reader.tokens_among(_LEAVING):
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        particle = _LEAVING[tok.lower_]
        if particle is not None and not any(c.lower_ == particle for c in tok.children):
            continue
        person = _leaver(reader, tok)
        if person is None or _seated_here(reader, person):
            continue
        seat, board_at, own = _seat(reader, tok)
        if seat is None and board_at is None:
            continue
        role = seat or _role_before(reader, person)
        body = board_owner(reader, board_at) if board_at is not None else None
        if body is not None:
            role = role or _board_role(reader, body)
            reader.relate(person, ("MEMBER_OF",), body, role=role, confidence=0.6)
        elif seat is not None:  # a secretary or treasurer: on the page's body's board
            home = ("club" if own else "officer") if seat in _OFFICERS else "page"
            reader.ctx.unplaced_posts.append((person.id, seat, reader.evidence, home))


def _leaver(reader: SentenceReader, verb) -> Mention | None:
    """The person the leaving verb is said of: its subject, or the person a "who"
    clause it opens is about ("Jo Tern, who stood down")."""
    for c in verb.children:
        if c.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        k = c.i
        if c.lower_ == "who" and verb.dep_ == "relcl":
            k = verb.head.i
        m = reader.covering.get(k)
        if m is not None and reader.kind(m) == "Person":
            return m
    return None


def _seat(reader: SentenceReader, verb) -> tuple[str | None, int | None, bool]:
    """(the seat said with "as", the token of "the" before "board" said with "from"
    or "on", whether "our"/"its" says the seat is the page's or sentence's body's),
    read in the verb's clause: "as treasurer", "from the board", "after nine years
    on the board", "After eleven years as our secretary"."""
    seat, board_at, own = None, None, False
    for t in verb.subtree:
        if t.dep_ == "relcl" and t is not verb:
            break
        if t.lower_ == "as" and t.dep_ == "prep":
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in _SEATS:
                seat = seat or _SEATS[obj.lower_]
                own = own or any(c.lower_ in _OWNERS for c in obj.children)
        if t.lower_ in {"from", "on"} and t.dep_ == "prep":
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ == _BOARD and obj.i - 1 >= reader.sent.start:
                det = reader.doc[obj.i - 1]
                if det.lower_ == "the":
                    board_at = obj.i - 1
                elif det.lower_ in _OWNERS:
                    seat, own = seat or "board member", True
    return seat, board_at, own


def _seated_here(reader: SentenceReader, person: Mention) -> bool:
    """Whether the person is one succeeded ("He replaces Jo Tern, who stepped down
    from the board"): the post succeeded is the seat (`succession`)."""
    return any(
        cue.end <= person.start <= cue.end + _TITLE_GAP for cue in reader.cues("succeeds")
    )  # "replaces Cllr Jo Tern": a style between


def _role_before(reader: SentenceReader, person: Mention) -> str | None:
    """The seat word right before the name ("Long-serving trustee Jo Tern")."""
    k = person.start - 1
    if k >= reader.sent.start and reader.words[k] in _SEATS:
        return _SEATS[reader.words[k]]
    return None


def _board_role(reader: SentenceReader, body: Mention) -> str:
    """ "trustee" when a seat at the body (or one for the page's own body) is
    already read as a trustee's, else "board member"."""
    ms = reader.ctx.mentions
    for c in reader.ctx.candidates:
        if c.role and "trustee" in c.role.lower() and ms[c.target].text == body.text:
            return "trustee"
    seats = [role for _, role, _, home in reader.ctx.unplaced_posts if home == "page"]
    return "trustee" if any("trustee" in r.lower() for r in seats) else "board member"


__all__ = ["LABELS", "board_leavers"]
