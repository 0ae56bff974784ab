"""The part of an event a participle after a comma describes, read from the words
when the parse does not hang the participle from it: "The afternoon included
workshops on volunteering, led by A, and on procurement, led by B" (the session noun,
`focus_targets.SESSION_NOUNS`, then "on" or "about" and a few words of topic; the
second, elliptical "and on procurement" takes the noun of the first). Used by
`session_leaders` for "led by" and "run by" after a part of an event (no rule of
its own).
"""

from __future__ import annotations

from collabgraph.extract.rules.reader import FOCUS_NOUNS, SESSION_NOUNS, SentenceReader

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


_ONE_BACK = {"last", "first", "latter", "former"}  # "..., the last run by A": one of a list
_SET_OFF = {",", "("}


def _done_to(reader: SentenceReader, m) -> bool:
    """Whether a name between a part of an event and a participle may be what the
    participle describes: any but a person's or a quoted title (an event may not be
    typed yet: "a stall at the Kelby Autumn Fair on 3 May, organised by Foo")."""
    return reader.kind(m) != "Person" and not reader.quoted(m)


def session_told_before(reader: SentenceReader, v: int) -> str:
    """The session noun a sentence opens its list of parts with, when a participle at
    token v, set off by a comma or a bracket and with nothing named right before it,
    says who ran one of them: "Workshops covered A, B and C, the last run by Foo",
    "Morning workshops took on pension credit (run by Jo Tern), ...", "In the
    breakouts I chose “Data for good”, run by Ada Foss"; "" when none."""
    words, start = reader.words, reader.sent.start
    if any(c.dep_ in {"aux", "auxpass"} for c in reader.doc[v].children):
        return ""  # "..., and was run by Foo": the sentence's own verb
    k = v - 1
    if k - 1 > start and words[k] in _ONE_BACK and words[k - 1] == "the":
        k -= 2
    if k <= start or words[k] not in _SET_OFF:
        return ""
    if reader.by_end.get(k) is not None or reader.by_end.get(k - 1) is not None:
        return ""  # "the Kelby Summit, run by Foo": a named thing it describes
    if words[k - 1] in FOCUS_NOUNS:
        return ""  # "the day, organised by Foo": the event itself
    noun = next((j for j in range(start, k) if words[j] in SESSION_NOUNS), None)
    if noun is None or any(
        m.start > noun and m.end <= k and _done_to(reader, m) for m in reader.ms
    ):
        return ""  # a name between: what the participle describes
    return words[noun]


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


__all__ = ["session_before_comma", "session_told_before"]
