"""Funding, continued, from the parse: money given to someone ("Foo has given Bar a
three-year grant", "Foo awarded Bar £10,000") and what a grant pays for ("Foo's
£10,000 grant will allow Bar to open on Sundays", "the funding from Foo means Bar
can ..."): FUNDED from the giver to the receiver (`vocab/grant_giving_verbs.txt`,
`grant_effect_verbs.txt`, `grant_nouns.txt`).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse around verbs of giving and enabling."""

_GIVING = vocab.words("grant_giving_verbs")
_EFFECTS = vocab.words("grant_effect_verbs")
_GIVING_OR_EFFECTS = _GIVING | _EFFECTS
_GRANT_NOUNS = vocab.words("grant_nouns")
_FUNDERS = {"Organisation"}
_RECEIVERS = {"Organisation", "Project", "Event"}
_SUBJECTS = {"nsubj"}


def grants_given(reader: SentenceReader) -> None:
    """FUNDED for "Foo has given Bar a grant" and "Foo's grant will allow Bar to ..."."""
    for tok in reader.tokens_among(_GIVING_OR_EFFECTS):
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.lower_ in _GIVING:
            _given(reader, tok)
        elif tok.lower_ in _EFFECTS:
            _enabled(reader, tok)


def _given(reader: SentenceReader, verb) -> None:
    """ "Foo has given Bar a £5,000 grant": the subject gave, the other object received."""
    objects = [c for c in verb.children if c.dep_ in {"dative", "dobj"}]
    money = [c for c in objects if _money(c)]
    if not money or any(c.dep_ == "nsubjpass" for c in verb.children):
        return
    receivers = [c for c in objects if c not in money]
    givers = reader.named_by([c for c in verb.children if c.dep_ in _SUBJECTS], _FUNDERS)
    taken = reader.named_by(receivers, _RECEIVERS)
    _relate(reader, givers, taken)


def _enabled(reader: SentenceReader, verb) -> None:
    """ "Foo's grant will allow Bar to open", "the funding from Foo means Bar can open"."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ not in _GRANT_NOUNS:
        return
    givers = reader.named_by([c for c in subject.children if c.dep_ == "poss"], _FUNDERS)
    for c in subject.children:
        if c.lower_ == "from":  # "funding from Foo and Bar"
            givers += reader.list_after(c.i + 1, kinds=_FUNDERS)
    taken = [c for c in verb.children if c.dep_ == "dobj"]
    taken += [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for s in c.children
              if s.dep_ in _SUBJECTS]  # fmt: skip
    _relate(reader, givers, reader.named_by(taken, _RECEIVERS))


def _money(tok) -> bool:
    """A grant noun or a sum: "a three-year grant", "£10,000"."""
    return (
        tok.lower_ in _GRANT_NOUNS
        or tok.ent_type_ == "MONEY"
        or any(t.text == "£" for t in tok.subtree)
    )


def _relate(reader: SentenceReader, givers: list, taken: list) -> None:
    for giver in givers:
        for receiver in taken:
            if receiver.id != giver.id:
                reader.relate(giver, "FUNDED", receiver, confidence=0.75)


__all__ = ["LABELS", "grants_given"]
