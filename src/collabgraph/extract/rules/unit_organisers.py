"""An event organised by a body's team or department, the body named by its noun:

    The 5km walk was organised by the hospice's fundraising team.
    The symposium, hosted by the university's Centre for Civic Research, ...
    The fun day was put on by the trust's events staff with help from Kelby Scouts.

The body "the hospice" refers to (the one last named with that word; none when the
page names none so: "the partnership's" with no partnership named) ORGANISED the
event: the event named before the verb in the sentence, else the page's own event
("It was organised by ..."). The verbs:
`lexicon.HOST_VERBS` and "run"/"put on"; the noun a body's word
(`lexicon.ANY_ORG_HEADS`: "hospice", "university", "trust", "council").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.tokens import POSSESSIVE_S
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels this family's rules read: none (it reads the sentence's words)."""

_VERBS = lx.HOST_VERBS | {"run", "ran"}
_NOUN_WORDS = 2  # "the local authority's": at most this many words before the possessive


def unit_hosts(reader: SentenceReader) -> None:
    """ "organised by the hospice's fundraising team": the hospice ORGANISED the event."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    for i in range(start + 1, end - 3):
        if words[i] != "by" or not _verb_before(words, i, start):
            continue
        if words[i + 1] != "the":
            continue
        k = next(
            (j for j in range(i + 3, min(i + 3 + _NOUN_WORDS, end)) if words[j] in POSSESSIVE_S),
            None,
        )
        if k is None or words[k - 1] not in lx.ANY_ORG_HEADS:
            continue
        if reader.by_end.get(k) is not None:
            continue  # "by the Kelby Trust's team": a name, read by the agent rules
        body = reader.ctx.recent_with_word(words[k - 1], "Organisation")
        event = _event_before(reader, i)
        if event is not None and body is not None:
            reader.relate(body, "ORGANISED", event, confidence=0.6)


def _verb_before(words: list[str], i: int, start: int) -> bool:
    if words[i - 1] in _VERBS:
        return True
    return i - 2 >= start and words[i - 1] == "on" and words[i - 2] == "put"


def _event_before(reader: SentenceReader, i: int):
    """The event named before token i in the sentence, else the page's own event."""
    named = [m for m in reader.ms if m.end <= i and reader.kind(m) == "Event"]
    if named:
        return named[-1]
    at = reader.ctx.page_event
    return reader.ctx.mentions[at] if at is not None else None
