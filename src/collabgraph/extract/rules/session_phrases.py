"""The part of an event a participle after a comma describes, read from the words
when the parse does not hang the participle from it: "The afternoon included
workshops on volunteering, led by A, and on procurement, led by B" (the session noun,
`focus_targets.SESSION_NOUNS`, then "on" or "about" and a few words of topic; the
second, elliptical "and on procurement" takes the noun of the first). Used by
`session_leaders` for "led by" and "run by" after a part of an event (no rule of
its own).
"""

from __future__ import annotations

from collabgraph.extract.rules.reader import SESSION_NOUNS, SentenceReader

TOPIC_PREPS = frozenset({"on", "about"})
"""What a part of an event is about, after its noun: "workshops on volunteering"."""
_REACH = 8  # words from the comma back to the session noun at most
_STOPS = {".", ";", ":", "(", ")", "by", "with"}


def session_before_comma(reader: SentenceReader, v: int, *, comma: bool = True) -> str:
    """The session noun ("workshops") a participle at token v describes, written
    "<noun> on <topic>, <participle>" or "..., and on <topic>, <participle>"; ""
    when the words before the comma are otherwise. With `comma=False` the comma
    may be left out ("the session on digital fundraising run by A", where the parse
    hangs the participle on the topic's last noun)."""
    words, start = reader.words, reader.sent.start
    k = v - 1
    if k > start and words[k] == ",":
        k -= 1
    elif comma or k <= start:
        return ""
    while k > start and v - k <= _REACH:
        w = words[k]
        if _session_on(reader, k):
            return w
        if w in TOPIC_PREPS and words[k - 1] == "and":  # "..., and on procurement, led by B"
            return _earlier_session(reader, k - 1)
        if k in reader.covering or w in _STOPS:
            return ""
        k -= 1
    return ""


def _earlier_session(reader: SentenceReader, k: int) -> str:
    """The last session noun before token k followed by "on" or "about"; ""."""
    words = reader.words
    for j in range(k - 1, reader.sent.start, -1):
        if _session_on(reader, j):
            return words[j]
    return ""


def _session_on(reader: SentenceReader, k: int) -> bool:
    """Whether token k is a lower-case session noun with "on" or "about" after it."""
    words = reader.words
    return words[k] in SESSION_NOUNS and reader.doc[k].is_lower and words[k + 1] in TOPIC_PREPS


__all__ = ["session_before_comma"]
