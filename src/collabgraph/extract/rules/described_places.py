"""Places said in the words that describe a body set beside its name: "Foo Café, a
social enterprise on Wharf Street in Kelby, ...", "Foo Works, a small co-op from
Dale", "Foo Welcome, a small charity run from the Old Library on Quarry Street",
"Foo Advice, the independent charity giving free advice across Kelby and Dale":
the body is LOCATED_IN each place (corpus/GOLD.md: "based in, held at or in,
covering a place").

Read from the parse: the place hangs by a preposition of where (`_WHERE`) from a
body noun (`lexicon.ORG_DESCRIPTION_NOUNS`, or a programme's noun,
`vocab/place_programme_subjects.txt`) set in apposition to the name, or from a
participle that describes that noun ("run from", "giving ... across"); a place
hung by "in" or "on" from a place so read is read too ("on Wharf Street in
Kelby"). `place_arcs` reads the prepositions of work ("a charity working in
Kelby"); this rule adds where the body is, sits or comes from, whatever the verb.
Not a former base ("a charity formerly run from ...": `arc_tokens.former`), nor a
participle of people or things ("a charity set up by families from Dale": "from"
hangs from "families").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.arc_tokens import former
from collabgraph.extract.rules.place_kinds import may_be_place
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.work_bodies import OWNERS, body_at, described_body

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse."""

_WHERE = {"in", "on", "at", "from", "across", "throughout", "within", "near"}
_CHAIN = {"in", "on"}
"""Prepositions from one place to the next of the same owner ("on Wharf Street in Kelby")."""
_BODY_NOUNS = lx.ORG_DESCRIPTION_NOUNS
_PROGRAMME_NOUNS = vocab.words("place_programme_subjects")


def described_places(reader: SentenceReader) -> None:
    """Each place in the words describing a body beside its name locates the body
    (confidence 0.6)."""
    for m in reader.ms:
        if not may_be_place(reader, m):
            continue
        owner = _described_owner(reader, m)
        if owner is not None and owner is not m:
            reader.relate(owner, "LOCATED_IN", m, confidence=0.6)


def _described_owner(reader: SentenceReader, m: Mention) -> Mention | None:
    tok = reader.doc[m.start : m.end].root
    for _ in range(3):  # "on Wharf Street in Kelby": up from Kelby to Wharf Street
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in _WHERE:
            return None
        up = prep.head
        before = body_at(reader, up.i)
        if before is None or reader.kind(before) != "Place" or prep.lower_ not in _CHAIN:
            break
        tok = up
    if up.pos_ == "VERB" and up.dep_ == "acl" and up.head.pos_ == "NOUN" and not former(up):
        up = up.head  # "a charity run from ...", "the charity giving advice across ..."
    if up.pos_ != "NOUN" or up.dep_ != "appos":
        return None
    if up.lower_ in _BODY_NOUNS:
        return described_body(reader, up)
    if up.lower_ in _PROGRAMME_NOUNS:
        named = body_at(reader, up.head.i)
        return named if named is not None and reader.kind(named) in OWNERS else None
    return None


__all__ = ["LABELS", "described_places"]
