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
from collabgraph.extract.rules.affiliations import after_description
from collabgraph.extract.rules.appositive_words import past_possessive
from collabgraph.extract.rules.board_owners import board_owner
from collabgraph.extract.rules.member_ends import as_post, who_clause
from collabgraph.extract.rules.partner_lists import its_body
from collabgraph.extract.rules.post_kinds import post_relations
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS = frozenset({"named_board"})
"""The cue labels (pattern files) this family's rules read."""

_SEATS = vocab.table("named_board_seats")
_SEAT_PHRASES = sorted((tuple(k.split()) for k in _SEATS), key=len, reverse=True)
_PANELS = vocab.words("named_board_panels")
_MEMBERS = frozenset({"Person", "Organisation"})
_BODY_HEADS = vocab.words("body_heads")  # bodies with members: "Foo Health Board"
_OWNERS = {"its", "their", "our"}  # "joined its board of trustees"
_OFFICERS = vocab.words("role_board_officers")  # "onto the board as treasurer": a seat
_JOINING = {
    "joins",
    "joined",
    "join",
    "joining",
    "rejoined",
    "rejoins",
}  # whole bodies: `membership`
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
        found = _board_after(reader, k, whole_body=reader.words[cue.start] not in _JOINING)
        if found is None:
            continue
        body, role = found
        v = reader.before_verb(cue.start) + 1
        holders = who_clause(reader, v) or [  # "replacing Jane Doe, who remains on the board"
            h for h in reader.subjects_before(v, _MEMBERS) if not _owns_post(reader, h)
        ]
        if not holders:
            s = reader.sentence_subject()
            holders = [s] if s is not None and s.end <= cue.start else []
        for h in (h for h in holders if not _owns_post(reader, h)):
            if h is not body and h.id != getattr(body, "id", body):
                reader.relate(h, cue.cue.relations, body, role=role, confidence=0.7)


def _owns_post(reader: SentenceReader, m) -> bool:
    """Whether a body's name is followed by a post it owns ("Foo Council leader",
    "Foo Council's transport officer"): the post's holder, not the body, takes
    the seat."""
    k = past_possessive(reader, m.end)
    return reader.kind(m) == "Organisation" and any(r.start == k for r in reader.roles)


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


def _board_after(reader: SentenceReader, k: int, *, whole_body: bool = False):
    """(body, seat) for "Foo's board", "the Foo board of trustees" or "the advisory
    panel of Foo" starting at token k; with `whole_body`, a body with members
    itself ("the (new) Foo Health Board": `vocab/body_heads.txt`), as a member;
    the seat a board post after "as" says ("to Foo's board as treasurer"); else None."""
    end = reader.sent.end
    if k + 1 < end and reader.words[k] in _OWNERS:
        return _owned_board(reader, k)
    owner = board_owner(reader, k)  # "joined the board in 2019"
    if owner is not None:
        role, j = _seat_at(reader, k + 1)
        return owner, _seat_as(reader, j) or role
    body = reader.mention_at(k)
    if body is None and whole_body:
        body = after_description(reader, k + (k < end and reader.words[k] == "the"))
    if body is not None and reader.kind(body) == "Organisation":
        owned = body.end < end and reader.words[body.end] in POSSESSIVE
        role, j = _seat_at(reader, body.end + owned)
        if role is None and not owned and whole_body and _has_members(body):
            if as_post(reader, j) and _seat_as(reader, j) is None:
                return None  # "appointed to the Foo Board as chief executive": a job
            role = "member"  # "appointed to the Foo Health Board", "sits on the Foo Partnership"
        if role is None or (j < end and reader.doc[j].pos_ in _NOT_AFTER):
            return None
        return body, _seat_as(reader, j) or role
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


def _owned_board(reader: SentenceReader, k: int):
    """(body, seat) for "its board of trustees", "our board" at token k: the body
    "its"/"their" stands for (`its_body`), or the page's own (or, in a quotation,
    the speaker's) for "our"; None when no seat follows, or a noun does ("our board
    meeting")."""
    role, j = _seat_at(reader, k + 1)
    if role is None or (j < reader.sent.end and reader.doc[j].pos_ in _NOT_AFTER):
        return None
    if reader.words[k] == "our":
        body = reader.page_body_at(k) if not reader.in_quote(k) else None
        ours = reader.we_org(k) if body is None else body.id
        return (ours, role) if ours is not None else None
    body = its_body(reader, k)
    opening = reader.sentence_subject()  # "Foo Trust is delighted that A and B have joined its"
    if body is None and opening is not None and reader.kind(opening) == "Organisation":
        body = opening.id
    return (body, role) if body is not None else None


def _seat_as(reader: SentenceReader, j: int) -> str | None:
    """The board post said after "as" at token j ("as its chair", "as treasurer":
    a seat, or an officer's post, `vocab/role_board_officers.txt`), lower-case;
    None for none, or for a job ("as chief executive")."""
    if not as_post(reader, j):
        return None
    k = j + 1 + (reader.words[j + 1] in {"a", "an", "its", "the", "their"})
    span = reader.role_phrase_at(k) or reader.role_phrase_at(k + 1)  # "as its new chair"
    if span is None:
        return None
    role = reader.doc[span.start : span.end].text.lower()
    return role if role in _OFFICERS or post_relations(role, None)[0] == "MEMBER_OF" else None


def _has_members(body) -> bool:
    """Whether a body's name ends like one of members: "Board", "Partnership"."""
    return body.text.lower().split()[-1] in _BODY_HEADS


def _seat_at(reader: SentenceReader, j: int) -> tuple[str | None, int]:
    """The seat the board's words at token j give and the token after them, or (None, j)."""
    for phrase in _SEAT_PHRASES:
        n = len(phrase)
        fits = tuple(reader.words[j : j + n]) == phrase and j + n <= reader.sent.end
        if fits and reader.doc[j].is_lower:
            return _SEATS[" ".join(phrase)], j + n
    return None, j


__all__ = ["LABELS", "named_boards"]
