"""A body's sitting told by its verb, with no event noun: "The Kelby Transport
Forum meets at Fenby Village Hall on 22 November", "Fenby Tenants Forum will meet
on 3 May 2031 at the library". One dated gathering, so one event, named as a
reader would: "<body> meeting" (`vocab/sitting_verbs.txt`). A group that meets
every week, or met someone ("met councillors"), is not one: only a day with its number ("22
November", not "Sunday", not "each Tuesday") after "on" dates a sitting. Called
by `block_reading` beside `owned_events`, whose mentions these are.
"""

from __future__ import annotations

import re
from itertools import pairwise

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.lexicon import EVENT_HEADS
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.owned_events import body_at, event_mention
from collabgraph.model.dates import month_number

_VERBS = vocab.words("sitting_verbs")
_HOLDER_VOTES = 3  # as the page event's holder gets (page_event/reading.py)
_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$", re.I)


def told_sittings(doc, sent, mentions: list[Mention], block: int, section: int, sent_no: int):
    """Add to `mentions` an Event mention, on the verb, for each body mention of
    the sentence that is the subject of a sitting verb dated by "on <day> <month>"."""
    lows = lower_forms(doc)
    for k in range(sent.start, sent.end):
        if lows[k] not in _VERBS:
            continue
        tok = doc[k]
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        body = body_at(subject.i, mentions) if subject is not None else None
        if any(c.dep_ == "dobj" for c in tok.children):
            continue  # "Foo Trust met councillors on 4 June": a visit, not a sitting
        if body is None or not _dated(tok) or _at_an_event(tok, mentions):
            continue
        if any(m.start <= tok.i < m.end for m in mentions):
            continue
        body.votes["Organisation"] += _HOLDER_VOTES  # who sits is a body, not the event
        name = f"{body.text} meeting"
        mentions.append(event_mention(name, name, block, section, sent_no, tok.i, tok.i + 1))


def _at_an_event(verb, mentions: list[Mention]) -> bool:
    """ "met at the Tenants' Conference on 4 May": people gathered at another event,
    one whose name or noun ends in an event's word (vocab/head_event.txt)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"at", "for"}:
            for obj in prep.children:
                held = next((m for m in mentions if m.start <= obj.i < m.end), None)
                if obj.lower_ in EVENT_HEADS or (held and held.votes.get("Event")):
                    return True
    return False


def _dated(verb) -> bool:
    """ "on 22 November", "on Saturday 3 May 2031": "on" under the verb, then a day's
    number beside a month's name."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        words = [t.lower_ for t in prep.subtree][1:6]
        for a, b in pairwise(words):
            if (_DAY.match(a) and _month(b)) or (_month(a) and _DAY.match(b)):
                return True
    return False


def _month(word: str) -> bool:
    return len(word) > 2 and month_number(word) is not None
