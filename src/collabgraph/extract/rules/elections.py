"""Elections (the employment family, continued): "Jane Doe was elected to Kelby
Borough Council", "who was first elected to Kelby Council in 2015", "she was
elected as a councillor on Kelby Council": a seat on a council, which
corpus/GOLD.md reads as WORKS_FOR ("an elected post at a council"), in the cue's
role. A body that is not a place's council is not read here: a board a person is
elected to is a membership (`membership.jsonl`).
"""

from __future__ import annotations

from collabgraph.extract.entity_names import council_place
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset({"elected_to"})
"""The cue labels (pattern files) this family's rules read."""


def elected(reader: SentenceReader) -> None:
    """The person named before an `elected_to` cue holds a seat on the council
    named right after it (a name `council_place` reads as a place's council)."""
    for cue in reader.cues("elected_to"):
        council = reader.mention_at(cue.end)
        if council is None or reader.kind(council) != "Organisation":
            continue
        if council_place(council.text) is None:
            continue  # "elected to the Foo Trust board", "elected to Parliament"
        person = reader.person_before(cue.start, limit=8)
        if person is None:
            continue
        reader.relate(person, cue.cue.relations, council, role=cue.cue.role, confidence=0.7)


__all__ = ["LABELS", "elected"]
