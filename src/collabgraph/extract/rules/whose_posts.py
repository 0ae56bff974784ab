"""Posts said with "whose": "Foo Health Centre, whose social prescriber Jane Doe
refers patients", "Bar Trust, whose director, Jane Doe, showed us round", "Baz
Homes, whose chief executive is Jane Doe" (the employment family, continued).

The organisation named right before ", whose" owns the post (`reader.role_phrase_at`)
that follows; the person named after the post (past a comma, or "is"/"was") holds it
there: WORKS_FOR, or MEMBER_OF for a board post (`post_kinds.post_relations`).
"""

from __future__ import annotations

from collabgraph.extract.rules.post_holders import hold_at_owner
from collabgraph.extract.rules.post_words import named_after
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads job titles."""

_BETWEEN = {",", "is", "was", "-", "–", ":"}
"""Marks between the post and its holder: "whose director, Jane Doe", "whose chair is Jane Doe"."""


def whose_posts(reader: SentenceReader) -> None:
    """ "Foo Trust, whose director, Jane Doe, ...": Jane Doe is Foo Trust's director."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    for k in range(start + 2, end - 2):
        if words[k] != "whose" or words[k - 1] != ",":
            continue
        owner = reader.by_end.get(k - 1)
        if owner is None or reader.kind(owner) != "Organisation":
            continue
        span = reader.role_phrase_at(k + 1)
        if span is None or span.start != k + 1:
            continue
        j = span.end
        while j < end and words[j] in _BETWEEN and j - span.end < 2:
            j += 1
        person = named_after(reader, j)
        if person is None or reader.kind(person) != "Person":
            continue
        hold_at_owner(reader, person, reader.doc[span.start : span.end].text, owner)
