"""Participation and events, continued: what an event is about. "The workshop
focused on the Foo Programme", "the Bar Summit showcased the Baz Toolkit":
ABOUT (`about` cues in patterns/participation.jsonl).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

LABELS = frozenset({"about"})
"""The cue labels (pattern files) this module's rule reads."""


_ABOUT_GAP = vocab.words("about_gap_words")


def about(reader: SentenceReader) -> None:
    """ "The workshop focused on the Foo Programme", "the Bar Summit showcased the
    Baz Toolkit" (`about` cues): the event just before the cue, or "the event" /
    "It" meaning the one in focus, is ABOUT the project or report after it."""
    words, sent = reader.words, reader.sent
    for cue in reader.cues("about"):
        k = cue.start - 1
        while k > sent.start and words[k] in _ABOUT_GAP:
            k -= 1
        m = reader.by_end.get(k + 1)
        if m is not None and reader.kind(m) == "Event":
            event: int | None = m.id
        elif (words[k] in FOCUS_NOUNS and FOCUS_NOUNS[words[k]] == "Event") or (
            k == sent.start and words[k] == "it"
        ):
            event = reader.ctx.focus_of(reader.section, "Event")
        else:
            continue
        subject = reader.mention_at(cue.end)
        if event is not None and subject is not None and reader.kind(subject) in _ABOUT_KINDS:
            reader.relate(event, cue.cue.relations, subject, confidence=0.6)


_ABOUT_KINDS = {"Project", "Report"}
