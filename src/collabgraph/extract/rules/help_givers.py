"""Help givers: "Members of the Foo Panel have launched a podcast, Bar Talks, with
help from Baz Radio": who was helped is the subject of the verb "with help from"
hangs on (here the body the members are of), not the name nearest before the cue
(the podcast set off after its noun). Read by `collaboration` for its cues that
open with "with" (`patterns/partnership.jsonl`, "with the help of").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels this family reads: none (`collaboration` calls it)."""

PEOPLE_OF_BODIES = vocab.words("collaborator_people_nouns") | vocab.words(
    "represented_people_nouns"
)
"""Nouns for a body's people ("members", "staff", "pupils"): "Members of the Foo Panel"."""
_PARTIES = frozenset({"Person", "Organisation"})


def helped_subjects(reader: SentenceReader, i: int) -> list:
    """The people or bodies the verb that "with" at token i belongs to has for its
    subject ("Members of Foo", "Foo and Bar"): the body the members are of for a
    plural noun of people ("members", "pupils"); [] when that verb has no named
    subject."""
    tok = reader.doc[i]
    verb = tok.head
    if tok.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return []
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not reader.sent.start <= subject.i < reader.sent.end:
        return []
    if subject.lower_ in PEOPLE_OF_BODIES:  # "Members of the Foo Panel"
        prep = next((c for c in subject.children if c.lower_ in {"of", "from", "at"}), None)
        body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        return reader.named_by([body], {"Organisation"}) if body is not None else []
    return reader.named_by([subject], _PARTIES)


_THING_OPENERS = frozenset({"the", "these", "this", "its", "their", "our", "new"})
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be"})
_PASSIVE_AUXILIARIES = _PASSIVE | {"has", "have", "had", "will"}  # "has been designed"


def maker_of_thing(reader: SentenceReader, cue: int) -> int | None:
    """ "The beds were designed in collaboration with B" (a sentence opening with a
    thing named in lower-case words, then a passive verb right before the cue at
    token `cue`): the organisation the last sentence opening with a body named
    (`ctx.last_org_subject`, "Foo has teamed up with ..."), who made the thing;
    None for any other opening."""
    words, start = reader.words, reader.sent.start
    verb = cue - 1
    if verb - 1 <= start or reader.doc[verb].tag_ != "VBN" or words[verb - 1] not in _PASSIVE:
        return None
    k = verb - 1
    while k > start and words[k - 1] in _PASSIVE_AUXILIARIES:
        k -= 1
    if words[start] not in _THING_OPENERS or k - start > 4:
        return None
    if any(j in reader.covering or not reader.doc[j].is_lower for j in range(start + 1, k)):
        return None
    return reader.ctx.last_org_subject


__all__ = ["LABELS", "helped_subjects", "maker_of_thing"]
