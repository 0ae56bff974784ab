"""Compositions: the members of a body with members (the membership family,
continued; seats on a board are `boards`).

"the Foo Partnership brings together A, B and C", "Foo is a partnership formed by
A and B", "Foo is a collaboration between A and B" (`made_between`), "members of
the Foo Network include A and B", "A and B have joined the alliance": each listed
is a member of the body.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.group_bodies import (
    BETWEEN_HEADS,
    BODY_HEADS,
    BODY_TO_CUE,
    DESCRIBING_WORDS,
    described_body,
    past_count,
)
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader
from collabgraph.extract.rules.whole_lists import whole_list

LABELS = frozenset({"made_of", "made_between"})
"""The cue labels (pattern files) this family's rules read."""

_MEMBERS_OF = {("members", "of"), ("partners", "in"), ("partners", "of"), ("membership", "of")}
_LISTED_AS = {"include", "includes", "included", "are", "were", "comprise"}
_BOARD_WORDS = vocab.words("board_words")
_SEAT = vocab.table("board_seats")
_PARTNERSHIPS = vocab.words("partnership_heads")
_FEW = 5  # a partnership's members named in one list, few enough to be each other's partners
_JOINED = {"joined", "join", "joins"}
_PEOPLE_TOO = frozenset({"Organisation", "Person"})


def compositions(reader: SentenceReader) -> None:
    """ "The Foo Partnership brings together A, B and C", "the Foo Network, which is
    made up of A and B" (`made_of` cues), "Members of the Foo Forum include A and
    B", "Partners in the Foo Alliance are A and B": each listed is a member of the
    body, when the body's name ends like a partnership, network, board or group;
    "Foo is a collaboration between A and B" (`made_between` cues, `_between`)."""
    words = reader.words
    for cue in reader.cues("made_between"):
        _between(reader, cue.start, cue.end)
    for cue in reader.cues("made_of"):
        k = cue.start
        while k > reader.sent.start and words[k - 1] in BODY_TO_CUE:
            k -= 1
        between = set(words[k : cue.start])
        if cue.cue.params.get("next_to_body") and between and not between & {"which", "that"}:
            continue  # "X includes A", "X, which includes A"; not "X funded projects including A"
        described = described_body(reader, k)  # "Foo is a partnership formed by A and B"
        here = described or reader.by_end.get(k)
        body = here or _body_called(reader, k)  # an earlier sentence's body: no board here
        board = None if described else _board_of(reader, k, here)
        kinds = {"Organisation"} if cue.cue.params.get("bodies_only") else _PEOPLE_TOO
        if board is not None:  # "Foo's board of trustees includes A and B"
            _members(reader, board[0], cue.end, ("MEMBER_OF",), board[1], kinds={"Person"})
        elif body is not None and (described or body.text.lower().split()[-1] in BODY_HEADS):
            rels, role = cue.cue.relations, cue.cue.role
            partners = not cue.cue.params.get("no_partners")  # founders, conveners: not partners
            _members(reader, body, cue.end, rels, role, kinds=kinds, partners=partners)
    _joined_the_body(reader)
    for i in range(reader.sent.start, reader.sent.end - 3):
        if (words[i], words[i + 1]) not in _MEMBERS_OF:
            continue
        body = reader.mention_at(i + 2)
        if body is not None and body.end < reader.sent.end and words[body.end] in _LISTED_AS:
            if body.text.lower().split()[-1] not in BODY_HEADS:
                continue
            _members(reader, body, body.end + 1, ("MEMBER_OF",), "member")


def _joined_the_body(reader: SentenceReader) -> None:
    """ "A and B have joined the alliance", "C joined the network last year": the
    bodies before the verb are members of the body last named with that noun,
    when it is a body with members (`vocab/body_heads.txt`, not a board: that
    is a seat, `seat_lists`)."""
    words = reader.words
    for k in range(reader.sent.start + 1, reader.sent.end - 2):
        if words[k] not in _JOINED or words[k + 1] != "the" or words[k + 2] == "board":
            continue
        if words[k + 2] not in BODY_HEADS:
            continue
        body = reader.definite_org(k + 1)
        v = reader.before_verb(k) + 1  # "A and B have recently joined"
        for m in reader.subjects_before(v, frozenset({"Organisation"})) if body else ():
            if m is not body:
                reader.relate(m, ("MEMBER_OF",), body, role="member", confidence=0.65)


def _between(reader: SentenceReader, k: int, end: int) -> None:
    """ "Foo is a collaboration between A, B and C", "Foo, a partnership between A
    and B" (the body the noun before "between", at token k - 1, describes), "A new
    partnership between A, B and C has been formed" (opening the sentence: the body
    last named with that noun, "the Foo Partnership" of the headline): the bodies
    listed after "between" (token `end` on) are its members. The noun is one of
    `vocab/made_between_heads.txt`; "the partnership between A and B" is not read
    (a tie of two, not a body named). After "of" ("the Foo Alliance, a partnership
    of eleven charities, including A and B"), only a body named before the noun, and
    only names listed right after it (past a count: "a partnership of public
    services and charities" lists none)."""
    words = reader.words
    if k - 1 <= reader.sent.start or words[k - 1] not in BETWEEN_HEADS:
        return
    of = words[k] == "of"
    if of:
        end = past_count(reader, end)
        first = end + (end < reader.sent.end and words[end] == "the")
        if first not in reader.by_start:
            return
    body = described_body(reader, k, BETWEEN_HEADS, any_kind=True)
    if body is not None and not reader.vote_organisation(body):
        body = None  # "Foo Fund, a partnership between A and B": a programme's partners
    elif body is None and not of and _opens_indefinite(reader, k - 1):
        body = reader.ctx.recent_with_word(words[k - 1], "Organisation")
        if body is not None and body.text.lower().split()[-1] != words[k - 1]:
            body = None  # "the ICB" abbreviates: no name said with the noun
    # members of a body said to be a partnership, not each other's partners (as "the Foo
    # Partnership includes A and B" reads them)
    _members(reader, body, end, ("MEMBER_OF",), "member", kinds={"Organisation"}, partners=False)


def _opens_indefinite(reader: SentenceReader, n: int) -> bool:
    """Whether the sentence opens with "a"/"an", a few describing words (no name)
    and then the noun at token n: "A new local partnership (between)"."""
    start = reader.sent.start
    if reader.words[start] not in {"a", "an"} or n - start - 1 > DESCRIBING_WORDS:
        return False
    return all(
        reader.covering.get(j) is None and reader.words[j].isalpha() for j in range(start, n)
    )


def _body_called(reader: SentenceReader, k: int) -> Mention | None:
    """ "The partnership, which includes A and B": the body named earlier whose
    name ends in the noun ending at token k ("the partnership" -> "Foo Care
    Partnership"), when that noun is one of a body with members."""
    j = k - 2
    if j < reader.sent.start or reader.words[k - 1] not in BODY_HEADS:
        return None
    body = reader.definite_org(j)
    if body is None or any(m is body for m in reader.ms):
        return None  # a name of this sentence is no earlier body "the partnership" points back to
    return body


def _board_of(reader: SentenceReader, k: int, body: Mention | None) -> tuple[Mention, str] | None:
    """The organisation whose board ends at token k, and the seat: "Foo's board (of
    trustees)", "the board of Foo", "the trustees of Foo"."""
    words, start = reader.words, reader.sent.start
    if body is not None:  # "the board of Foo", "the trustees of Foo"
        j = body.start - 1 - (body.start - 1 > start and words[body.start - 1] == "the")
        board = j - 1 >= start and words[j] == "of" and words[j - 1] in _BOARD_WORDS
        return (
            (body, _SEAT[words[j - 1]]) if board and reader.kind(body) == "Organisation" else None
        )
    j = k - 1
    if j - 2 >= start and words[j - 2 : j] == ["board", "of"] and words[j] in _BOARD_WORDS:
        j -= 2  # "board of trustees"
    if j - 1 < start or words[j] not in _BOARD_WORDS or words[j - 1] not in POSSESSIVE:
        return None
    owner = reader.by_end.get(j - 1)
    if owner is None or reader.kind(owner) != "Organisation":
        return None
    return owner, _SEAT[words[k - 1]]


def _members(
    reader: SentenceReader,
    body: Mention | None,
    k: int,
    rels: tuple[str, ...],
    role: str | None,
    *,
    kinds: set[str] = _PEOPLE_TOO,
    partners: bool = True,
) -> None:
    if body is None or reader.kind(body) != "Organisation":
        return
    if "Organisation" in kinds:  # "brings together A, B and C": a weakly typed name is a body
        for m in reader.list_after(k, kinds={None, "Place"}):
            reader.vote_organisation(m)
    members = [m for m in reader.list_after(k, kinds=kinds) if m is not body]
    for m in members:
        reader.relate(m, rels, body, role=role, confidence=0.7)
    listed = reader.list_after(k)  # of any type: how long the list is
    if (
        partners
        and body.text.lower().split()[-1] in _PARTNERSHIPS
        and len(listed) <= _FEW
        and whole_list(reader, k, listed)
    ):
        bodies = [m for m in members if reader.kind(m) == "Organisation"]
        for i, a in enumerate(bodies):  # "the Foo Partnership includes A and B": A partners B
            for b in bodies[i + 1 :]:
                reader.relate(a, "PARTNER_OF", b, confidence=0.6)


__all__ = ["LABELS", "compositions"]
