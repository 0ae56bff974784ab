"""What a preposition before a place hangs from, for the place rules (`places`):
a body's name ("Foo CDT in Kelby received ..."), an event's or project's name, or
the verb it is the subject or object of ("the project will run in Kelby"). No
rules of its own.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import ARGUMENT_DEPS
from collabgraph.extract.rules.reader import FOCUS_EVENT_NOUNS, SentenceReader

_LAUNCHED = vocab.words("project_launch_verbs")
_CROWDS = vocab.words("attendee_nouns")
_OCCASIONS = vocab.words("occasion_place_nouns")
OTHER_OCCASION_WORDS = vocab.words("event_coming_words") | vocab.words("event_other_words")
"""Words before an event noun that speak of another occasion ("next", "last", "another")."""


def hangs_from(reader: SentenceReader, org: Mention, prep: int) -> bool:
    """ "Foo CDT in Kelby received ...": the preposition right after a body's name
    hangs from the name in the parse (not "on behalf of Foo across Kelby", "an
    election for Foo in Kelby", where it hangs from a verb or another noun)."""
    if org.end == prep - 1 and reader.words[org.end] == ",":
        return True  # "to Foo Project, in Kelby, which ...": set off after the name
    head = reader.doc[prep].head
    return org.start <= head.i < org.end or head.i == prep


def event_by(reader: SentenceReader, org: Mention) -> int | None:
    """ "The Foo Summit was hosted by Foo Council at Y Hall": the named event whose
    passive verb the body is the agent of ("by"), where a place set after the
    body's name is the event's, not the body's; None otherwise."""
    by = reader.doc[org.start : org.end].root.head
    if by.dep_ != "agent" or by.head.pos_ != "VERB":
        return None
    for sub in (c for c in by.head.children if c.dep_ == "nsubjpass"):
        m = reader.covering.get(sub.i)
        if m is not None and reader.kind(m) == "Event":
            return m.id
    return None


def tied(reader: SentenceReader, owner: Mention, prep: int) -> bool:
    """Whether the preposition at token `prep` says where `owner` is: right after
    its name ("the Foo Summit in Kelby", "Foo Project, in Kelby"), or up the parse
    through nouns to its name or to the first verb, whose subject or object it is
    ("the project will run in Kelby", "convened a roundtable at X", "ran its Foo
    Week, with 40 events across Kelby")."""
    if owner.end >= prep - 2:
        return True
    x = reader.doc[prep].head
    for _ in range(8):
        if owner.start <= x.i <= owner.end:  # the name, or its noun: "the Foo project"
            return True
        if x.pos_ in {"VERB", "AUX"}:
            if x.lower_ in _LAUNCHED and reader.kind(owner) == "Project":
                return False  # "Foo was launched at X": the launch was there
            ends = [c for c in x.children if c.dep_ in ARGUMENT_DEPS]
            ends += [a for c in ends for a in c.children if a.dep_ == "appos"]  # "our day, Foo,"
            return any(owner.start <= c.i <= owner.end for c in ends)
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def about_the_event(reader: SentenceReader, prep: int) -> bool:
    """ "The summit, at X, ...", "attended the conference at X", "gathered at X for
    the summit": the preposition hangs from a noun for the event in focus ("the
    summit", `vocab/focus_nouns.txt`), or from the first verb up the parse, whose
    subject, object or "for" phrase that noun is, or whose subject is the crowd at
    it ("At X 200 delegates heard ...": `vocab/attendee_nouns.txt`)."""
    x = reader.doc[prep].head
    for _ in range(6):
        if _event_noun(reader, x):
            return True
        if x.pos_ in {"VERB", "AUX"}:
            ends = [c for c in x.children if c.dep_ in ARGUMENT_DEPS]
            ends += [g for c in x.children if c.lower_ == "for" for g in c.children]
            # "At X an audience of 70 listened ...", "delegates gathered at X": the
            # people at the event in focus are where it is
            crowd = any(c.dep_ == "nsubj" and c.lower_ in _CROWDS for c in x.children)
            return crowd or any(_event_noun(reader, c) for c in ends)
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _event_noun(reader: SentenceReader, tok) -> bool:
    """ "the summit", "this year's conference", "our event", "the reception": a noun
    for the event in focus (`vocab/focus_nouns.txt`, `vocab/occasion_place_nouns.txt`)."""
    event_noun = tok.lower_ in FOCUS_EVENT_NOUNS or tok.lower_ in _OCCASIONS
    if not event_noun or not tok.is_lower or another_occasion(tok):
        return False
    return any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in tok.children)


def another_occasion(tok) -> bool:
    """ "the next meeting", "our last conference", "next year's carnival", "another
    event": the words before the event noun `tok` in its phrase speak of an occasion
    other than the one in focus, whose place is not the focus's
    (`vocab/event_coming_words.txt`, `vocab/event_other_words.txt`)."""
    return any(t.lower_ in OTHER_OCCASION_WORDS for t in tok.subtree if t.i < tok.i)


__all__ = [
    "OTHER_OCCASION_WORDS",
    "about_the_event",
    "another_occasion",
    "event_by",
    "hangs_from",
    "tied",
]
