"""Places, continued: an event people came to from a place. "Volunteers from across
Kelby came together at the Foo Awards", "100 people were commended for their work
in Dale at the Foo ceremony", "Members of Kelby's voluntary sector came together at
the Save Our Hall event", "Faith leaders from Dale came together for a Foo Day
event", "Representatives from across Kelby attended the Foo Reception": the event
is LOCATED_IN the place (corpus/GOLD.md: "held at or in, covering a place").

Read from the parse: from the place the arc goes up through its prepositions and
the nouns it hangs from (a possessive too: "Kelby's sector") to the verb of the
clause; a plural noun of people or bodies (`vocab/place_gathered_nouns.txt`,
`attendee_nouns.txt`, `represented_people_nouns.txt`) is on the way or the verb's
subject; the event is named after "at" or "for" beside the verb, the nouns on the
way or a verb completing it ("came together to celebrate ... at"), or is what
they attended. Not a place of a name on the way ("volunteers from Foo Trust in
Kelby": the trust's), nor the state or a nation ("delegates from across the UK":
a national gathering is not placed by where its people came from).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.place_lookup import is_nation
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse."""

_PEOPLE = (
    vocab.words("place_gathered_nouns")
    | vocab.words("attendee_nouns")
    | vocab.words("represented_people_nouns")
)
_STATES = vocab.words("place_states")
_UP = {"pobj", "pcomp", "prep", "poss", "compound"}
_FROM = {"from", "across", "in", "of", "throughout", "around"}
_AT = {"at", "for"}
_ATTEND = {"attend", "attended", "attends", "attending"}
_COMPLETING = {"xcomp", "advcl"}


def gathered_from(reader: SentenceReader) -> None:
    """Each place people came from to an event the clause names is where that
    event was (confidence 0.6)."""
    for m in reader.ms:
        if reader.kind(m) != "Place" or _national(m.text):
            continue
        event = _event_come_to(reader, m)
        if event is not None:
            reader.relate(event, "LOCATED_IN", m, confidence=0.6)


def _national(name: str) -> bool:
    low = " ".join(name.replace("’", "'").lower().split()).removeprefix("the ")
    return low in _STATES or is_nation(low)


def _event_come_to(reader: SentenceReader, m: Mention) -> Mention | None:
    """The event the people from place `m` came to, or None."""
    span = reader.doc[m.start : m.end]
    tok = next((t for t in span if not m.start <= t.head.i < m.end), span.root)
    if tok.dep_ == "pobj" and tok.head.lower_ not in _FROM:
        return None  # "to Kelby", "for Kelby": not where they came from
    path, people = [], False
    for _ in range(8):
        if tok.dep_ not in _UP or tok.head.i == tok.i:
            break
        tok = tok.head
        named = reader.covering.get(tok.i)
        if named is not None and named is not m:
            return None  # "volunteers from Foo Trust in Kelby": the trust's place
        path.append(tok)
        people = people or _people(tok)
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in SUBJECT_DEPS:
        verb = tok.head
    elif tok.pos_ in {"VERB", "AUX"}:
        verb = tok
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not (people or any(_people(s) for s in subjects)):
        return None
    heads = [verb, *path, *(c for c in verb.children if c.dep_ in _COMPLETING)]
    heads += [c for h in heads[:] for c in h.children if c.dep_ == "dobj"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in _AT:
                event = _event_at(reader, [o for o in c.children if o.dep_ == "pobj"])
            elif c.dep_ == "dobj" and h.lower_ in _ATTEND:
                event = _event_at(reader, [c])
            else:
                continue
            if event is not None:
                return event
    return None


def _people(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.lower_ in _PEOPLE


def _event_at(reader: SentenceReader, toks) -> Mention | None:
    for t in toks:
        named = reader.covering.get(t.i)
        if named is not None and reader.kind(named) == "Event":
            return named
    return None


__all__ = ["LABELS", "gathered_from"]
