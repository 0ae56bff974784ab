"""Bodies a project brings together: "Warm Homes Orton brings together A, the energy
charity B and C", "the Kelby Link scheme, which brings together A and B": the few
bodies named right after the verb are partners of each other (PARTNER_OF, each pair
once: corpus/GOLD.md "formed an alliance together"), as the bodies a named
partnership or alliance brings together are (`compositions`; its members, not
partners, for a network or a forum); their part in the project is
`project_partners`'. Not an event's gathering ("The summit brought together A and
B": who came), nor a list that opens with a count or a common noun ("more than 120
organisations, including A and B", "the council, A and B") or holds or ends on an
unnamed item (`whole_lists`), nor a list of more than `_FEW` names.
"""

from __future__ import annotations

from collabgraph.extract.rules.project_partners import project_before
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.whole_lists import whole_list

LABELS: frozenset[str] = frozenset()
"""This family reads the `bring_together` cues of `project_partners`."""

_FEW = 5  # names in one list few enough to be each other's partners
_ORG = frozenset({"Organisation"})


def brought_together(reader: SentenceReader) -> None:
    """The kind in the module docstring."""
    for cue in reader.cues("bring_together"):
        if project_before(reader, cue.start) is None:
            continue  # what brings them together is no project
        k = cue.end + (cue.end < reader.sent.end and reader.words[cue.end] == "the")
        listed = reader.list_after(k)
        if not 2 <= len(listed) <= _FEW or not whole_list(reader, k, listed):
            continue
        if any(reader.kind(m) not in _ORG for m in listed):
            continue  # a person or a place among them: not a list of bodies
        for n, a in enumerate(listed):
            for b in listed[n + 1 :]:
                reader.relate(a, "PARTNER_OF", b, confidence=0.65)


__all__ = ["LABELS", "brought_together"]
