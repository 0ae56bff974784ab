"""People at events, continued: who hosted an event's programme on stage, told
with the word for compering rather than a verb of taking part: "The evening was
compered by radio presenter A" (a person after "compered by" or "emceed by", past
a presenter's title), "Music came from the Foo Band, with B from Kelby Radio
compering" (a person named just before "compering" or "hosting", after "with"),
"[Photo] Host for the night, presenter C, kept things moving", "Host for the day
is D" (a host's noun and "for the <time of day>" before the person). On a page
about one event (its own event, `own_event`): PARTICIPATED_IN, role "host"
(a person's host chairs the programme: vocab/participation_role_words_people.txt).
"The main stage was compered by E" names a part of the event: E hosted it still.
Not "hosted by" a body, nor "hosted by A" with no presenter's title (the event's
holder: rules/agents.py, comperes.py).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.comperes import HOST_ROLE
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads the words of vocab/stage_host_words.txt."""

_WORDS = vocab.table("stage_host_words")  # word -> how it names the host
_TIMES = vocab.words("stage_host_times")
_CAPTIONS = vocab.words("caption_labels")  # "[Photo] Host for the night"
_CONFIDENCE = 0.7
_REACH = 6  # words from the cue to the person at most (past a title: "radio presenter")


def stage_hosts(reader: SentenceReader) -> None:
    """The hosts of the module docstring."""
    event = reader.page_own_event()
    if event is None:
        return
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end):
        how = _WORDS.get(words[i])
        named = reader.covering.get(i)
        if how is None or reader.in_quote(i) or (named is not None and named.end - named.start > 1):
            continue  # "Hosting Partners Ltd": a name, not the word
        person = None
        if how == "by" and i + 1 < end and words[i + 1] == "by":
            person = _person_after(reader, i + 2)
        elif how == "after":
            person = _person_before_with(reader, i)
        elif how == "title" and _time_follows(reader, i):
            person = _person_after(reader, i + 4)
        if person is not None:
            reader.relate(person, "PARTICIPATED_IN", event, role=HOST_ROLE, confidence=_CONFIDENCE)


def _person_after(reader: SentenceReader, k: int):
    """The first person named within `_REACH` words from token k, when only
    lower-case words (a title: "radio presenter"), "is", "was", a comma or a body's
    name ("BBC Radio Kelby presenter A") stand before them; else None."""
    j = k
    while j < min(reader.sent.end, k + _REACH):
        m = reader.by_start.get(j)
        if m is not None:
            if reader.kind(m) == "Person":
                return m
            if reader.kind(m) != "Organisation":
                return None
            j = m.end
            continue
        tok = reader.doc[j]
        if not (tok.is_lower or tok.text == ","):
            return None
        j += 1
    return None


def _person_before_with(reader: SentenceReader, i: int):
    """ "with B (from Kelby Radio) compering": the person after the nearest "with"
    before token i, when nothing but that person and where they are from stands
    between."""
    words = reader.words
    k = i - 1
    while k > reader.sent.start and i - k <= 8 and words[k] != "with":
        k -= 1
    if words[k] != "with":
        return None
    m = reader.by_start.get(k + 1)
    if m is None or reader.kind(m) != "Person":
        return None
    rest = [j for j in range(m.end, i) if reader.covering.get(j) is None]
    return m if all(words[j] in {"from", "of", "the", ","} for j in rest) else None


def _time_follows(reader: SentenceReader, i: int) -> bool:
    """Whether "for the <time of day>" follows the host's noun at token i and the
    noun opens the sentence (past a photo label: "[Photo] Host for the night")."""
    words = reader.words
    if i + 3 >= reader.sent.end or words[i + 1] != "for" or words[i + 2] not in {"the", "this"}:
        return False
    if words[i + 3] not in _TIMES:
        return False
    before = words[reader.sent.start : i]
    return all(not w.isalpha() or w in _CAPTIONS for w in before)


__all__ = ["LABELS", "stage_hosts"]
