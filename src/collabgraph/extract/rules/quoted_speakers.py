"""Quoted at the event: "'...,' said Jo Tern, chief executive of Foo, during the
festival", "'...,' she said at this year's summit": the person quoted spoke at
the event (PARTICIPATED_IN, role speaker). A quotation with no event after
"during" or "at" ("said Jo Tern, director at Foo") says nothing of taking part.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This module reads no cues: it reads a quotation's "said" and the event word after it."""

_QUOTED = vocab.words("participation_role_quoted_words")
_WHERE = frozenset({"during", "at"})
_DETERMINERS = frozenset({"the", "this", "that", "its", "our", "their", "today", "tonight", "'s"})
_GAP = 4  # "at the annual awards", "during this year's summit"
_PRONOUNS = frozenset({"he", "she"})


def quoted_at_event(reader: SentenceReader) -> None:
    """A person named right before or after a quoting verb ("said", "says",
    "added": vocab/participation_role_quoted_words.txt) and, later in the sentence,
    "during" or "at" an event (`_event_at`): the person spoke at it."""
    words, sent = reader.words, reader.sent
    for k in range(sent.start, sent.end):
        if words[k] not in _QUOTED:
            continue
        person = _speaker_of(reader, k)
        if person is None:
            continue
        # "said A, director at Foo, during the festival": the first "at" names no event
        places = (j + 1 for j in range(k + 1, sent.end) if words[j] in _WHERE)
        event = next((e for e in map(lambda i: _event_at(reader, i), places) if e), None)
        if event is not None:
            reader.relate(person, ("PARTICIPATED_IN",), event, role="speaker", confidence=0.6)
        return


def _speaker_of(reader: SentenceReader, k: int):
    """Who the quoting verb at token k is said by: a person named just after it
    ("said Jo Tern"), the verb's subject ("Jo Tern, director of Foo, said"), or
    "he"/"she" before it."""
    after = reader.by_start.get(k + 1)
    if after is not None and reader.kind(after) == "Person":
        return after
    before = reader.subjects_before(k)  # "Jo Tern, director of Foo, said"
    if before:
        return before[0]
    if k > reader.sent.start and reader.words[k - 1] in _PRONOUNS:
        return reader.pronoun_person()
    return None


def _event_at(reader: SentenceReader, i: int) -> int | None:
    """The event named or referred to from token i: an Event's name ("at the Foo
    Summit"), or a determiner then, within a few words, an event head word ("the
    festival", "this year's awards": vocab/head_event.txt) for the event in focus.
    None for anything else ("at the Town Hall", "at Foo Trust")."""
    words, end = reader.words, reader.sent.end
    if i >= end or words[i] not in _DETERMINERS:
        return None
    for j in range(i, min(end, i + _GAP + 1)):
        m = reader.by_start.get(j)
        if m is not None:
            return m.id if reader.kind(m) == "Event" else None
        if words[j] in lx.EVENT_HEADS:
            return reader.ctx.focus_of(reader.section, "Event")
    return None
