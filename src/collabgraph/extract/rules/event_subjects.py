"""Participation and events, continued: what an event is about. "The workshop
focused on the Foo Programme", "the Bar Summit showcased the Baz Toolkit",
"focused on the aims of the Foo Plan": ABOUT (`about` cues in
patterns/participation.jsonl); a report or project launched at an event ("held
our annual reception and launched our report Foo", "launched Bar at the Baz
Conference"): the event is ABOUT it.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.launch_page_events import plain_event_name
from collabgraph.extract.mentions.tokens import OPENING_QUOTES
from collabgraph.extract.rules.reader import FOCUS_EVENT_NOUNS, SentenceReader

LABELS = frozenset({"about", "active"})
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
        elif words[k] in FOCUS_EVENT_NOUNS or (k == sent.start and words[k] == "it"):
            event = reader.ctx.focus_of(reader.section, "Event")
        else:
            continue
        subject = reader.mention_at(cue.end)
        if subject is None or reader.kind(subject) not in _ABOUT_KINDS:
            subject = _named_after_of(reader, cue.end)
        if event is not None and subject is not None and reader.kind(subject) in _ABOUT_KINDS:
            reader.relate(event, cue.cue.relations, subject, confidence=0.6)


_ABOUT_KINDS = {"Project", "Report"}


_OF_REACH = 6
_NOT_IN_PHRASE = {"VERB", "AUX", "PUNCT", "PROPN"}


def _named_after_of(reader: SentenceReader, j: int):
    """ "focused on the four key aims of the Foo Plan", "discussed the future of
    the Bar Programme": the name after "of", when the words from `j` to it are a
    noun phrase whose noun "of" belongs to; None otherwise."""
    doc, words = reader.doc, reader.words
    for k in range(j, min(j + _OF_REACH, reader.sent.end - 1)):
        if words[k] == "of":
            noun = doc[k].head
            if not (j <= noun.i < k and noun.pos_ == "NOUN"):
                return None
            obj = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
            return reader.covering.get(obj.i) if obj is not None else None
        if doc[k].pos_ in _NOT_IN_PHRASE:
            return None
    return None


_LAUNCH_VERBS = vocab.words("launch_verbs")
_HOST_VERBS = vocab.words("event_host_verbs")
_AT = {"at", "during"}


def launched_at(reader: SentenceReader) -> None:
    """ "Foo Trust held our annual reception and launched our report 'Bar'", "we
    launched the Baz Programme at the Dalby Conference", "At the summit, Foo
    launched Bar": the event the launch was held at is ABOUT what was launched
    (`vocab/launch_verbs.txt`; a verb of holding an event from
    `vocab/event_host_verbs.txt`)."""
    doc = reader.doc
    for cue in reader.cues("active"):
        verb = doc[cue.start]
        if verb.lower_ not in _LAUNCH_VERBS or verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
        subject = _launched_name(reader, obj) if obj is not None else None
        if subject is None:
            continue
        event = _launch_event(reader, verb, obj)
        if event is not None:
            reader.relate(event, "ABOUT", subject, confidence=0.6)
            held = reader.ctx.mentions[event]
            if held.synthetic == "page event" and plain_event_name(held.text):
                # "launched Bar at an evening event": the page's unnamed event is the
                # launch of Bar (merged into it, launch_page_events.py)
                reader.ctx.launch_event(subject.id, reader.section, reader.evidence)


def _launched_name(reader: SentenceReader, obj):
    """The report or project a launch verb's object names: the name itself, or the
    name set beside a common noun ("our latest report 'Foo'")."""
    for tok in (obj, *(c for c in obj.children if c.dep_ == "appos")):
        m = reader.covering.get(tok.i)
        if m is not None and reader.kind(m) in _ABOUT_KINDS:
            return m
    k = obj.i + 1  # the parse may hang a quoted title elsewhere: the name right after the noun
    while k < reader.sent.end and reader.words[k] in OPENING_QUOTES:
        k += 1
    m = reader.by_start.get(k) if obj.pos_ == "NOUN" and k > obj.i + 1 else None
    return m if m is not None and reader.kind(m) in _ABOUT_KINDS else None


def _launch_event(reader: SentenceReader, verb, obj) -> int | None:
    """The event a launch verb says it was held at: "at"/"during" an event (on the
    verb or its object), or the object of a verb of holding the launch verb is joined
    to ("held the reception and launched ...")."""
    for head in (verb, obj):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _AT:
                found = _event_at(reader, prep)
                if found is not None:
                    return found
    if verb.dep_ == "conj" and verb.head.lower_ in _HOST_VERBS:
        held = next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"}), None)
        if held is not None and held.i < verb.i:
            return _event_named(reader, held, _HELD_NOUNS)
    return None


def _event_at(reader: SentenceReader, prep) -> int | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return _event_named(reader, obj) if obj is not None else None


# what a verb of holding holds is an event: "held our annual reception" (not "a drinks
# reception" after the event was hosted, which this rule does not read)
_HELD_NOUNS = FOCUS_EVENT_NOUNS | vocab.words("head_event")


def _event_named(reader: SentenceReader, tok, nouns=FOCUS_EVENT_NOUNS) -> int | None:
    """The event a noun names: a name read as an event, or an event noun ("the
    conference", "our annual reception" held) meaning the event in focus."""
    m = reader.covering.get(tok.i)
    if m is not None:
        return m.id if reader.kind(m) == "Event" else None
    if tok.lower_ in nouns:
        return reader.ctx.focus_of(reader.section, "Event")
    return None
