"""People at events, continued: speakers read from a clause that names the event
apart from the verb:

- "Speaking at the launch, A said ..." (an opening participle clause,
  vocab/talk_opening_verbs.txt): the first person named after the clause spoke at
  the event it names (or the one in focus, for "the launch", "the summit");
- "A will present the findings at the Foo Summit", "B presented the new service to
  the Bar Forum conference" (vocab/talk_object_verbs.txt, a few words of object
  between the verb and "at" or "to"): the subject spoke at the named event.

PARTICIPATED_IN, role "speaker".
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: word lists)."""

_ROLE = "speaker"
_OPENING = vocab.words("talk_opening_verbs")
_OBJECT_VERBS = vocab.words("talk_object_verbs")
_OBJECT_WORDS = 6  # "present the findings of the new study at"
_CLAUSE_WORDS = 8  # "Speaking at the Foo Summit in Kelby on Friday,"


def opening_clauses(reader: SentenceReader) -> None:
    """ "Speaking at the launch, A said": A spoke at the launch."""
    start, words = reader.sent.start, reader.words
    if start + 3 >= reader.sent.end or words[start] not in _OPENING:
        return
    if words[start + 1] not in {"at", "to"}:
        return
    event = reader.event_ref_after(start + 2)
    comma = next(
        (
            k
            for k in range(start + 2, min(start + _CLAUSE_WORDS + 2, reader.sent.end))
            if words[k] == ","
        ),
        None,
    )
    if event is None or comma is None:
        return
    person = next((m for m in reader.ms if m.start > comma), None)
    if person is not None and reader.kind(person) == "Person" and not reader.in_quote(person.start):
        reader.relate(person, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.65)


def presented_at(reader: SentenceReader) -> None:
    """ "A will present the findings at the Foo Summit": A spoke at the summit."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start + 1, end):
        if words[i] not in _OBJECT_VERBS or reader.doc[i].pos_ != "VERB" or reader.in_quote(i):
            continue
        k = next(
            (j for j in range(i + 2, min(i + _OBJECT_WORDS + 2, end)) if words[j] in {"at", "to"}),
            None,
        )
        if k is None or any(reader.covering.get(j) for j in range(i + 1, k)):
            continue  # "presented Foo Trust with an award at": no talk
        event = reader.event_ref_after(k + 1)
        if event is None or reader.kind(reader.ctx.mentions[event]) != "Event":
            continue
        subjects = reader.subjects_before(i)
        if not subjects and reader.doc[i].dep_ in {"ROOT", "conj"}:
            subjects = reader.named_by(
                [c for c in reader.doc[i].children if c.dep_ == "nsubj"], {"Person"}
            )
        for p in subjects:
            reader.relate(p, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.65)
