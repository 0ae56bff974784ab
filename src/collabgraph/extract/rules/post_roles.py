"""Posts called roles: "Jane Doe performs a non-executive director role with Foo",
"he holds a trustee role at Bar", "she took on a board role with Baz" (the
employment family, continued). The post is the words before "role"; the body the
name after "with", "at" or "for"; the holder the person (or "he"/"she") before:
WORKS_FOR, or MEMBER_OF for a board post (`post_relations`).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads job titles."""

_HOLDING = vocab.words("post_role_holding_words")
_ARTICLES = {"a", "an", "the", "his", "her", "their"}
_ROLE_NOUNS = {"role", "position", "post"}
_AT = {"with", "at", "for"}
_SEATS = {"board": "board member", "non-executive": "non-executive director"}
"""Words before "role" that name a seat, not a title: "a board role", "a non-executive role"."""


def posts_called_roles(reader: SentenceReader) -> None:
    """ "Jane Doe performs a non-executive director role with Foo Trust": Jane Doe
    holds the post (non-executive director) at Foo Trust; "holds a board role at
    Bar": a board member."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start + 2, end - 1):
        if words[i] not in _ROLE_NOUNS or words[i + 1] not in _AT:
            continue
        found = _post_before(reader, i)
        if found is None:
            continue
        role, start = found
        k = start - 1
        while k > reader.sent.start and words[k] in {"new", "senior", "voluntary", "volunteer"}:
            k -= 1
        if words[k] not in _ARTICLES or k == reader.sent.start or words[k - 1] not in _HOLDING:
            continue
        org = reader.mention_at(i + 2)
        if org is None or reader.kind(org) != "Organisation":
            continue
        person = reader.person_before(k - 1)
        if person is None:
            continue
        role = role_text(role, org)
        reader.relate(person, post_relations(role, org), org, role=role, confidence=0.7)


def _post_before(reader: SentenceReader, i: int) -> tuple[str, int] | None:
    """The post named right before the noun "role" at token i, and where it starts:
    ("non-executive director", k); ("board member", k) for "board role"."""
    for j in (i - 1, i - 3):  # "board", "non - executive"
        seat = "".join(reader.words[j:i]) if j > reader.sent.start else ""
        if seat in _SEATS:
            return _SEATS[seat], j
    for j in range(max(reader.sent.start, i - 5), i):
        span = reader.role_phrase_at(j)
        if span is not None and span.end == i:
            return reader.doc[j:i].text, j
    return None
