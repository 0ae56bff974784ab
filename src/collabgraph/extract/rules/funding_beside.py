"""What money "from" a funder went to when the name right before its cue is not it
(no rules; read by `organising.funding_phrases`): a partner the same "with" names
("Foo runs the Bar Club with Baz and funding from C": the club, not Baz), or the
channel the money came through ("The research was funded through Foo's Bar
programme, with support from C": what was funded, not the programme). Read from
the parse: the cue's noun joined to a "with" name, the name under "through"
of a verb."""

from __future__ import annotations

from collabgraph.extract.rules.reader import SentenceReader

_FUNDED_ENDS = ("Project", "Event", "Report", "Organisation")
_CHANNELS = {"through", "via"}  # "by" lists: `organising.funding_phrases` reads them itself
_NAME_DEPS = {"compound", "amod", "poss", "det", "case", "nmod"}


def funded_beside(reader: SentenceReader, start: int) -> tuple[int | None, bool]:
    """(what the money whose cue starts at token `start` went to, whether that is
    settled here): the thing a "with" partner list's verb was done to, the thing
    the channel's passive verb funded (None when the sentence does not name it: no tie);
    (None, False) when the name before the cue is read as usual."""
    partner_of = _with_partner(reader, start)
    if partner_of is not None:
        return partner_of, True
    before = reader.target_before(start, _FUNDED_ENDS)
    named = reader.by_id.get(before) if before is not None else None
    if named is None:
        return None, False  # none, or the focus named in an earlier sentence: read as usual
    verb = _channel_verb(reader, named)
    if verb is None:
        return None, False
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None, False  # "Foo awarded £5,000 through its Bar grants, with match funding
        # from C": the giver's programme, read as usual
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    m = reader.covering.get(subject.i) if subject is not None else None
    if m is not None and reader.kind(m) in _FUNDED_ENDS:
        return m.id, True
    return None, True  # "The research was funded through ...": not named here, no tie


def _with_partner(reader: SentenceReader, start: int) -> int | None:
    """ "Foo runs the Bar Club with Baz and funding from C": the cue's noun (token
    `start` or after) joined by "and" to a name under "with"; the name the "with"
    hangs on, else its verb's object or subject."""
    doc = reader.doc
    tok = next(
        (doc[k] for k in range(start, min(start + 3, reader.sent.end)) if doc[k].pos_ == "NOUN"),
        None,
    )
    if tok is None or tok.dep_ != "conj" or tok.head.i not in reader.covering:
        return None
    if tok.head.dep_ == "dobj" and "with" in reader.words[tok.head.i : tok.i]:
        m = reader.covering[tok.head.i]  # "runs the Bar Club with Baz and funding": as parsed,
        return m.id if reader.kind(m) in _FUNDED_ENDS else None  # the club and the money
    if tok.head.dep_ != "pobj" or tok.head.head.lower_ != "with":
        return None
    hung = tok.head.head.head
    for t in (hung, *(c for c in hung.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"})):
        m = reader.covering.get(t.i)
        if m is not None and reader.kind(m) in _FUNDED_ENDS and m.end <= tok.head.i:
            return m.id
    return None


def _channel_verb(reader: SentenceReader, m):
    """The verb a name hangs under by "through" or "by" ("funded through Foo's Bar
    programme"), when it is named inside that phrase; else None."""
    t = reader.doc[m.end - 1]
    while t.dep_ in _NAME_DEPS and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in _CHANNELS:
        return None
    verb = t.head.head
    return verb if verb.pos_ == "VERB" and verb.i < m.start else None


__all__ = ["funded_beside"]
