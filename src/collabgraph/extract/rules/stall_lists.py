"""Participation, continued: the bodies and people a page lists as keeping the
stalls, stands or tents of the event it is about: "Stalls this year included A, B
and C", "Community stalls included A and B", "Stalls came from A and B", "there
were information tents from A and B", "Confirmed stands so far: A, B", "over 50
stalls - local crafts and community groups including A and B": PARTICIPATED_IN
the page's event, with the role "Stalls were run by A" is given (participant).

The list opens at a cue (vocab/stall_list_cues.txt) a few words after the stall
noun (vocab/stall_nouns.txt), with no name and no other verb between; a cue
that opens no list of names ("from food to henna") lets a later one be read.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This module reads no cues: it reads the words of its word lists."""

_STANDS = vocab.words("stall_nouns")
_CUES = vocab.words("stall_list_cues")
_LABEL_REACH = 4  # "stands so far:"
_REACH = 12  # "stalls this year - local crafts, food and community groups including"
_ROLE = "participant"
_KEEPERS = {"Organisation", "Person"}
_LIST_VERBS = {"include", "includes", "included", "came", "come", "were", "was"}


def stall_lists(reader: SentenceReader) -> None:
    """The stall keepers of the module docstring."""
    event = reader.page_event_here()
    if event is None:
        return
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end):
        if words[i] not in _STANDS:
            continue
        noun = reader.doc[i].pos_ in {"NOUN", "PROPN"}
        # "Confirmed stands so far:" (read as a verb): only a colon close by opens the list
        if not noun and ":" not in words[i + 1 : min(end, i + _LABEL_REACH)]:
            continue
        for m in _listed_after(reader, i, min(end, i + _REACH + 1)):
            reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.55)


def _listed_after(reader: SentenceReader, i: int, stop: int) -> list:
    """The names a cue after the stall noun at token i (before token `stop`) lists;
    none once a name or a verb other than a listing one comes first."""
    words, doc = reader.words, reader.doc
    for k in range(i + 1, stop - 1):
        if reader.mention_at(k) is not None or words[k] in {".", ";"}:
            return []
        if words[k] in _CUES:
            named = reader.list_after(k + 1, kinds=_KEEPERS)
            if named:
                return named
        elif doc[k].pos_ in {"VERB", "AUX"} and words[k] not in _LIST_VERBS:
            return []
    return []


__all__ = ["LABELS", "stall_lists"]
