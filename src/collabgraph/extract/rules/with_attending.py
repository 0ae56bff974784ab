"""Participation, continued: who an absolute "with ... attending" clause places at
the page's event: "The fair was held in the square, with representatives from
groups including A, B and C attending", "..., with Jo Tern and Ada Foss present":
PARTICIPATED_IN the event, as attendee. The people named take part; when the
clause names no person, or says its people came "from" the names, the bodies do.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This module reads no cues: it reads "with ... attending/present" around an event."""

_PRESENT = vocab.words("attendance_present_words")
_EXAMPLES = vocab.words("list_example_cues")
_SPAN = 30  # tokens from "with" to "attending"
_ROLE = "attendee"


def with_attending(reader: SentenceReader) -> None:
    """ "with <names, and lower-case words for who they are> attending|present"
    (vocab/attendance_present_words.txt), closing the clause (a comma, the
    sentence's end): the names there attended the page's event. Any other verb
    between ("with A, who chaired the board, attending") and the clause is not read."""
    event = reader.page_event_here()
    if event is None:
        return
    for k in range(reader.sent.start, reader.sent.end):
        v = attending_after(reader, k)
        if v is None:
            continue
        names = [m for m in reader.ms if k < m.start and m.end <= v]
        people = [m for m in names if reader.kind(m) == "Person"]
        if _came_from(reader, k, names[0].start):
            people = []  # "with volunteers from A and B attending": all bodies, however typed
        for m in people or names:
            reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.6)


def attending_after(reader: SentenceReader, k: int) -> int | None:
    """The token of "attending"/"present" closing a "with" clause opened at token
    k ("with A and B attending", "with staff from A present"), when only names and
    words that are no verb come between; else None ("with A attending the launch":
    read by the attendance rules; "with A, who chairs Foo, present")."""
    words, end = reader.words, reader.sent.end
    if words[k] != "with":
        return None
    v = next((j for j in range(k + 1, min(end, k + _SPAN)) if words[j] in _PRESENT), None)
    if v is None or (v + 1 < end and reader.doc[v + 1].is_alpha):
        return None
    names = [m for m in reader.ms if k < m.start and m.end <= v]
    return v if names and _only_names_between(reader, k + 1, v, names) else None


def _came_from(reader: SentenceReader, k: int, first: int) -> bool:
    """ "with volunteers from", "with staff from groups including": the lower-case
    words between "with" (token k) and the first name say people came from bodies."""
    return "from" in reader.words[k + 1 : first]


def _only_names_between(reader: SentenceReader, i: int, v: int, names) -> bool:
    """Tokens i..v-1 are names, punctuation, or words that are no verb (an example
    cue, "including", may be parsed as one)."""
    named = {t for m in names for t in range(m.start, m.end)}
    for t in reader.doc[i:v]:
        if t.i in named or t.is_punct:
            continue
        if t.pos_ in {"VERB", "AUX"} and t.lower_ not in _EXAMPLES:
            return False
    return all(reader.kind(m) in {"Person", "Organisation"} for m in names)
