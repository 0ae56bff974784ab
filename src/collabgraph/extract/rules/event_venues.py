"""Participation, continued: where a named event was, read from the parse where
the `venue` cues see only the words next to the verb. "Foo held the Foo Lunch
for volunteers at Y Hall in Kelby", "Tenants gathered at Y Hotel, Kelby, for the
Foo Conference", "A and B co-hosted the Foo Summit at Y House, Kelby", "Leaders
gathered in Kelby to celebrate the Foo Awards": the event the verb's object,
subject, "for" phrase or purpose ("to celebrate ...") names is LOCATED_IN the venue and the
town (vocab/event_venue_verbs.txt; corpus/GOLD.md: "held at or in"). An event
only a common noun names ("held a lunch at ...") is left alone: the noun may be
another occasion than the page's.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import dep_labels, lower_forms, pos_tags
from collabgraph.extract.mentions.event_venues import ROUTE_NOUNS, event_venue
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.crowded_rooms import crowded_into, for_event
from collabgraph.extract.rules.place_ties import another_occasion
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader
from collabgraph.extract.rules.route_goers import GOERS, PATHS, goers_event, last_word, route_word

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this module's rule reads (none: it reads the parse)."""

_VERBS = vocab.words("event_venue_verbs")
_ROUTE_VERBS = vocab.words("event_route_verbs")
_ROUTE_PREPS = {"at", "from", "on"}  # "started on Y Promenade"
_ARRIVAL_VERBS = vocab.words("event_arrival_verbs")
_FILLING_VERBS = vocab.words("event_filling_verbs")
_CROWDING_VERBS = vocab.words("event_crowding_verbs")  # with "into": crowded_rooms
_ARGUMENTS = {"dobj", *SUBJECT_DEPS}
_OWNERS = {"its", "their", "our", "a", "an"}
_DETS = {"det", "poss"}


def venues(reader: SentenceReader) -> None:
    """LOCATED_IN from the event a venue verb is about to the places it was at
    (confidence 0.6)."""
    at = reader.covering
    doc = reader.doc
    pos, raw = pos_tags(doc), lower_forms(doc)
    for k in range(reader.sent.start, reader.sent.end):
        if pos[k] != "VERB" or raw[k] not in _VERBS:
            continue
        verb = doc[k]
        event = _event_of(reader, verb)
        if event is None:
            continue
        for tok in _places(verb):
            m = at.get(tok.i)
            if m is not None and reader.kind(m) == "Place":
                reader.relate(event, "LOCATED_IN", m, confidence=0.6)


def route_venues(reader: SentenceReader) -> None:
    """LOCATED_IN from an occasion to where its route starts or ends: "The Kelby
    Lantern Parade set off from St Bede's Church", "The run started and finished at
    Abbeyfield Hall" (`vocab/event_route_verbs.txt`). The occasion is the verb's
    subject: a named Event, or "the" and the last word of the page's own event's
    name ("the parade" on a page about the Dunholt Lantern Parade) or a race's
    noun; a person's start ("she started at Fenby Council") is a post, left alone
    (confidence 0.55)."""
    at = reader.covering
    doc = reader.doc
    pos, raw = pos_tags(doc), lower_forms(doc)
    for k in range(reader.sent.start, reader.sent.end):
        if raw[k] not in _ROUTE_VERBS or pos[k] != "VERB":
            continue
        verb = doc[k]
        first = verb
        while first.dep_ == "conj" and first.head.pos_ == "VERB":
            first = first.head  # "started and finished at": the first verb has the subject
        with_ = _with_phrase(first)
        if with_ is not None:
            # "The Foo 10k took place on Sunday, with 900 runners setting off from Y Park":
            # the route of the occasion the clause the "with" phrase hangs from tells of
            first = with_.head
        event = _route_subject(reader, first)
        if event is None:
            continue
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ROUTE_PREPS]
        for tok in (g for c in preps for g in c.children if g.dep_ == "pobj"):
            m = at.get(tok.i)
            if m is not None and _venue(reader, m):
                reader.relate(event, "LOCATED_IN", m, confidence=0.55)


def arrivals(reader: SentenceReader) -> None:
    """LOCATED_IN from an occasion to the place it came to or filled: "The Foo Fun
    Run returned to Y Park", "The Foo Expo filled the Wool Exchange", "Runners
    packed Y Park for the Foo Fun Run", "Sixty of us squeezed into Y Hall for the
    Foo Hackathon" (`vocab/event_arrival_verbs.txt` with "to",
    `vocab/event_filling_verbs.txt` with an object, `vocab/event_crowding_verbs.txt`
    with "into"). The occasion is the verb's
    subject or "for" phrase, a named Event or the page's event spoken of by the
    last word of its name ("the run"), as for `venues` (confidence 0.55)."""
    at = reader.covering
    pos, deps = pos_tags(reader.doc), dep_labels(reader.doc)
    for k in range(reader.sent.start, reader.sent.end):
        if pos[k] != "VERB" and deps[k] != "ROOT":
            continue  # "The Foo Fun Day returns to Y Park": "returns" tagged a noun
        verb = reader.doc[k]
        if verb.lower_ in _ARRIVAL_VERBS:
            goals = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        elif verb.lower_ in _CROWDING_VERBS and (crowded := crowded_into(verb)):
            goals = crowded  # "sixty of us squeezed into Y Hall for ..."
        elif verb.lower_ in _FILLING_VERBS or _takes_over(verb):
            goals = _filled(verb)
        else:
            continue
        places = [at[g.i] for g in goals if g.i in at and _venue(reader, at[g.i])]
        event = _event_of(reader, verb) if places else None
        if places and event is None and verb.lower_ in _CROWDING_VERBS:
            event = for_event(reader, [*goals, *verb.children])  # "... Y Library for Foo Day"
        if places and event is None and verb.pos_ != "VERB":
            # "The Foo Fun Day returns to Y Park" read as a noun phrase: the name before it
            named = [at[c.i] for c in verb.children if c.dep_ == "compound" and c.i in at]
            event = next((m.id for m in named if reader.kind(m) == "Event"), None)
        for m in places if event is not None else ():
            reader.relate(event, "LOCATED_IN", m, confidence=0.55)


_PART_NOUNS = vocab.words("place_part_nouns")
_TAKE = {"take", "takes", "took", "taking", "taken"}  # the parse gives no lemmas


def _takes_over(verb) -> bool:
    """ "The Foo Festival took over Y Gardens": to take over a place, as to fill it."""
    return verb.lower_ in _TAKE and any(
        c.dep_ == "prt" and c.lower_ == "over" for c in verb.children
    )


def _filled(verb) -> list:
    """The places a filling verb's object names: "filled Y Park", "took over Y
    Gardens and the Old Granary" (each listed), "filled the whole of Y Park" (the
    place a part noun is of: `vocab/place_part_nouns.txt`)."""
    goals = []
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in _PART_NOUNS:
            c = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), c)  # fmt: skip
        goals += [c, *(x for x in c.conjuncts if x.dep_ == "conj")]
    return goals


def _venue(reader: SentenceReader, m) -> bool:
    """A place, or a body's name ("St Bede's Church", "Kelby Hub") where the route
    runs (`mentions.event_venues.event_venue`, which has it typed a place)."""
    kind = reader.kind(m)
    return kind == "Place" or (
        kind == "Organisation" and event_venue(reader.doc, m, reader.sent, reader.ms)
    )


def _with_phrase(verb):
    """The "with" a verb's phrase hangs from, the verb read as its clause ("with 900
    runners setting off") or as a clause of its noun ("with [900 runners setting off]"),
    when "with" hangs from a verb; else None."""
    with_ = verb.head if verb.dep_ == "pcomp" else None
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        with_ = verb.head.head
    if with_ is None or with_.lower_ != "with" or with_.head.pos_ != "VERB":
        return None
    return with_


def _route_subject(reader: SentenceReader, verb) -> int | None:
    """The event that is the verb's subject: a named Event, or the page's event
    spoken of as "the parade", "the run" (the last word of its name, or a race's
    noun when its name ends in one)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ == "acl":
        subjects.append(verb.head)  # "The parade set off from": parsed as the noun's clause
    for sub in subjects:
        m = reader.covering.get(sub.i)
        if m is not None:
            return m.id if reader.kind(m) == "Event" else None
        called = _the_event_called(reader, sub)
        if called is None and sub.lower_ in GOERS:
            called = goers_event(reader, verb, sub)
        if called is not None:
            return called
    return None


def _the_event_called(reader: SentenceReader, noun) -> int | None:
    """ "the parade", "the triathlon", "the run": "the" and the last word of the page's
    own event's name (or a route's noun when that name ends in one,
    `mentions.event_venues.ROUTE_NOUNS`), else of the one event named before it
    that ends so ("The Pennock Junior Triathlon ... The triathlon was staged at");
    not "the next parade"."""
    if not noun.is_lower or another_occasion(noun):
        return None
    if not any(c.lower_ == "the" for c in noun.children if c.dep_ in _DETS):
        return None
    ctx = reader.ctx
    if ctx.page_event is not None:
        last = last_word(reader, ctx.page_event)
        routed = noun.lower_ in ROUTE_NOUNS or noun.lower_ in PATHS
        called = noun.lower_ == last or (routed and route_word(last))
        return ctx.page_event if called else None
    named = {
        m.text: m.id
        for m in ctx.mentions
        if m.text.lower().split()[-1] == noun.lower_ and ctx.type_of(m) == "Event"
    }
    return next(iter(named.values())) if len(named) == 1 else None


_PURPOSE = {"xcomp", "advcl"}  # "gathered in Kelby to celebrate ...": what it was for


def _event_of(reader: SentenceReader, verb) -> int | None:
    """The event the verb is about: an Event its object, subject or "for" phrase
    names."""
    nouns = [c for c in verb.children if c.dep_ in _ARGUMENTS]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    purposes = [g for c in verb.children if c.dep_ in _PURPOSE and _to_verb(c)
                for g in c.children if g.dep_ == "dobj"]  # fmt: skip
    for noun in nouns + purposes:  # "gathered in Kelby to celebrate the Foo Awards"
        m = reader.covering.get(noun.i)
        if m is not None and reader.kind(m) == "Event":
            return m.id
    for noun in nouns:
        if noun.i in reader.covering:
            continue
        if _the_page_event_noun(reader, noun):
            return reader.ctx.page_event  # "Foo held its AGM at Y Hall"
        called = _the_event_called(reader, noun)
        if called is not None:
            return called  # "the triathlon was staged at Y Centre"
    return None


def _to_verb(tok) -> bool:
    """Whether `tok` is a verb after "to" ("to celebrate"), saying what the
    gathering was for."""
    return tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _the_page_event_noun(reader: SentenceReader, noun) -> bool:
    """ "Foo held its AGM at Y Hall", "Foo held a public meeting in Y Hall": a noun
    for an event (`vocab/focus_nouns.txt`, or a short form in capitals) that the
    name of the page's own event ends with, after "its", "their", "our" or "a":
    the page's event, not another occasion ("held talks with ...", "our next
    meeting")."""
    page = reader.ctx.page_event
    if page is None or not any(c.lower_ in _OWNERS for c in noun.children if c.dep_ in _DETS):
        return False
    if another_occasion(noun):
        return False  # "our next meeting will be held at Y Hall"
    if FOCUS_NOUNS.get(noun.lower_) != "Event" and not (noun.is_upper and len(noun) > 2):
        return False
    name = reader.ctx.mentions[page].text.lower().split()
    return bool(name) and name[-1] in {noun.lower_, noun.lemma_.lower()}


def _places(verb) -> list:
    """The heads of what "at" and "in" phrases of the verb (or of its object)
    name, with the places set beside them ("at Y Hotel, Kelby", "at Y Hall in
    Kelby")."""
    heads = [verb] + [c for c in verb.children if c.dep_ in {"dobj", "pobj"}]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    out = []
    todo = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"at", "in"}
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    while todo:
        tok = todo.pop(0)
        if tok in out:
            continue
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ == "appos"]  # a place listed: conjuncts.spread
        todo += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        # "a lunch for 80 volunteers at Y Hall": the phrase hangs from the object's noun
    return out


__all__ = ["LABELS", "arrivals", "route_venues", "venues"]
