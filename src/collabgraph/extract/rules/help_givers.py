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

_PEOPLE_OF_BODIES = vocab.words("collaborator_people_nouns") | vocab.words(
    "represented_people_nouns"
)
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
    if subject.lower_ in _PEOPLE_OF_BODIES:  # "Members of the Foo Panel"
        prep = next((c for c in subject.children if c.lower_ in {"of", "from", "at"}), None)
        body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        return reader.named_by([body], {"Organisation"}) if body is not None else []
    return reader.named_by([subject], _PARTIES)


__all__ = ["LABELS", "helped_subjects"]
