"""Participation, continued: who did something to an event's crowd, read from the
parse. "Walkers were waved off by the hospice's patron, A, and by the Mayor, B",
"Guests were welcomed by C", "Runners were cheered on by D": a passive verb whose
subject is the event's goers (vocab/crowd_nouns.txt) and whose agents after "by"
are named; on a page about one event, the agents took part in it, as speaker when
the verb is one of speaking to the crowd (vocab/crowd_speaking_verbs.txt), else
as participant. A verb that is a passive cue of other relations only ("Walkers
were sponsored by Foo") is left to `agents.by_phrases`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import pos_tags
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: it reads the parse)."""

_CROWDS = vocab.words("crowd_nouns")
_SPEAKING = vocab.words("crowd_speaking_verbs")
_TAKERS = {"Person", "Organisation"}


def crowd_agents(reader: SentenceReader) -> None:
    """The named agents of a passive verb done to an event's crowd (see the module)."""
    event = reader.page_event_here()
    if event is None:
        return
    cued = {c.start for c in reader.cues("passive") if "PARTICIPATED_IN" not in c.cue.relations}
    pos = pos_tags(reader.doc)
    for k in range(reader.sent.start, reader.sent.end):
        if pos[k] != "VERB" or k in cued or reader.in_quote(k):
            continue
        verb = reader.doc[k]
        if not any(c.dep_ == "nsubjpass" and c.lower_ in _CROWDS for c in verb.children):
            continue
        role = "speaker" if verb.lower_ in _SPEAKING else "participant"
        for by in preposition_repeats(reader, verb, "by", {"agent", "prep"}):  # passive agents
            for m in reader.list_after(by.i + 1, kinds=_TAKERS):
                reader.relate(m, "PARTICIPATED_IN", event, role=role, confidence=0.6)


def preposition_repeats(reader: SentenceReader, verb, word: str, deps=("prep",)) -> list:
    """The preposition `word` ("by", "with") hung from `verb` (with dependency one of
    `deps`) and its repeats after "and": "by A, and by B", "with A, which ..., and
    with B" (the second wherever the parse hangs it), in sentence order, each once."""
    found = [c for c in verb.children if c.lower_ == word and c.dep_ in deps]
    if found:
        found += [
            reader.doc[j]
            for j in range(found[0].i + 1, reader.sent.end)
            if reader.words[j] == word and reader.words[j - 1] == "and"
        ]
    return sorted(set(found), key=lambda t: t.i)


__all__ = ["LABELS", "crowd_agents", "preposition_repeats"]
