"""Co-members (the membership family, continued): "We are a member of the Foo
Partnership, alongside A, B and C", "Kelby Advice will sit on the Foo Board
alongside Bar Chamber of Commerce", "has been appointed to the board of Foo
alongside representatives of A and B": the bodies (or people) listed after a
word of `vocab/co_member_words.txt` that follows a seat on a body read in the
same sentence hold one there too (MEMBER_OF, the seat's role for a person,
"member" for a body). No cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.collaboration import owns_next
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_WORDS = [tuple(p.split()) for p in vocab.words("co_member_words")]
_LEADS = [tuple(p.split()) for p in vocab.words("co_member_leads")]
_BODY_GAP = 2  # tokens at most between the seat's body and the co-member word (", ")


def co_members(reader: SentenceReader) -> None:
    """For each co-member word right after a body this sentence seats someone on
    (a MEMBER_OF read from it), the names listed after it (past "representatives
    of"): members of that body too; when bodies hold the seats read, the names
    listed are bodies as well (a name not yet typed gets a body's vote)."""
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start + 1, end - 1):
        n = _phrase_at(words, k, _WORDS)
        if not n:
            continue
        body = _body_before(reader, k)
        seats = _seats(reader, body) if body is not None else []
        if not seats:
            continue
        j = k + n
        j += _phrase_at(words, j, _LEADS)
        seat = next((c.role for c in seats if c.role), "member")  # the first seat's role
        bodies_seated = any(
            reader.kind(reader.ctx.mentions[c.source]) == "Organisation"
            for c in seats
            if c.source >= 0
        )
        for m in reader.list_after(j):
            if m.id == body.id or reader.kind(m) == "Place" or owns_next(reader, m):
                continue  # not "Foo" of "the Foo's Society"
            if bodies_seated and not reader.vote_organisation(m):
                continue  # "Foo Trust sits on the Board alongside Jane Doe": a body's seat
            if reader.kind(m) not in {"Person", "Organisation"}:
                continue
            role = seat if reader.kind(m) == "Person" else "member"
            reader.relate(m, "MEMBER_OF", body, role=role, confidence=0.6)


_FIRSTS = {p[0] for p in (*_WORDS, *_LEADS) if p}
"""The words a phrase of `_WORDS` or `_LEADS` opens with."""


def _phrase_at(words: list[str], k: int, phrases) -> int:
    """The length of the longest of `phrases` at token k, or 0."""
    if k >= len(words) or words[k] not in _FIRSTS:
        return 0  # no phrase opens with the word there: none is compared
    return max((len(p) for p in phrases if tuple(words[k : k + len(p)]) == p), default=0)


def _body_before(reader: SentenceReader, k: int):
    """The body named right before token k (past a comma), or None."""
    j = k
    while j > reader.sent.start and k - j < _BODY_GAP and reader.words[j - 1] == ",":
        j -= 1
    body = reader.by_end.get(j)
    return body if body is not None and reader.kind(body) == "Organisation" else None


def _seats(reader: SentenceReader, body) -> list:
    """The MEMBER_OF candidates read from this sentence onto `body` (a sentence's
    evidence is stored cut to 500 characters: `context.py`)."""
    said = reader.evidence[:500]
    return [
        c
        for c in reader.ctx.candidates
        if c.evidence == said and c.target == body.id and "MEMBER_OF" in c.relations
    ]


__all__ = ["LABELS", "co_members"]
