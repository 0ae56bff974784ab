"""Running, continued: a facility or a programme named "at" a body. "the Sunrise
Wellbeing Centre at Kelby Hospice", "the Pathways project at Kelby College": RUNS.
A body's own programmes ("the charity's Small Steps programme"):
`rules/programmes.py`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads a name before "at" and a body's name."""

_FACILITY_HEADS = vocab.words("facility_heads")
_RUN_NOUNS = vocab.words("programme_run_nouns")


def facilities_at_bodies(reader: SentenceReader) -> None:
    """ "the Sunrise Wellbeing Centre at Kelby Hospice": a facility named right
    before "at" and a body's name, that the words around it make a project
    (mentions/context_votes.py), is run by that body; so is a programme named
    before its noun and "at" ("the Pathways project at Kelby College",
    vocab/programme_run_nouns.txt)."""
    words, end = reader.words, reader.sent.end
    for m in reader.ms:
        at = m.end + (m.end < end and words[m.end] in _RUN_NOUNS)  # "the Foo project at"
        if at >= end or words[at] != "at" or reader.kind(m) != "Project":
            continue
        if at == m.end and words[m.end - 1] not in _FACILITY_HEADS:
            continue
        k = at + 1
        if k < end and words[k] == "the":
            k += 1
        body = next((o for o in reader.ms if o.start == k), None)
        if body is None or reader.kind(body) != "Organisation":
            continue
        kind, strength = head_kind(words[body.end - 1])
        if kind == "Organisation" and strength >= 2:
            reader.relate(body, "RUNS", m, confidence=0.7)


__all__ = ["LABELS", "facilities_at_bodies"]
