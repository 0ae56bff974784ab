"""Signed agreements: "A and B have signed a five-year partnership agreement",
"when A and B signed a friendship agreement", "A has signed a Civic Pact with B, C
and D", "the Charter was signed on the day by A, B and C", "the Civic Agreement,
signed in 2024 with A and B": the bodies that sign one agreement, compact, pact or
memorandum (`vocab/partnering_agreements.txt`) are partners, each with each
(PARTNER_OF; corpus/GOLD.md: "said to be partners, in partnership"). Read by the
parse: the signing verb's subjects, its "by" agent, and the bodies after "with" on
the verb or the thing signed; a body named as the owner of the thing signed ("the
University's Civic Agreement, signed with A") signs it too. Not a signing still to
be asked for or wished ("would sign", "calls on A and B to sign up to"), nor one
denied, nor people signing for their bodies ("signed by the Vice-Chancellor").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.partner_leads import party_pairs
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""No cue labels: the rule reads the parse around a signing verb."""

AGREEMENTS = vocab.words("partnering_agreements")
SIGN_VERBS = frozenset({"signed", "signs", "sign", "signing", "countersigned"})
_NOT_DONE = frozenset({"would", "could", "should", "might", "may", "to", "not", "never", "n't"})
_BODIES = frozenset({"Organisation"})
_MOST_PARTIES = 6  # more signatories than this are a list of supporters, not partners


def signed_agreements(reader: SentenceReader) -> None:
    """PARTNER_OF between the bodies that signed one agreement (module docstring)."""
    for verb, thing in _signings(reader):
        parties = _parties(reader, verb, thing)
        if 2 <= len(parties) <= _MOST_PARTIES:
            for a, b in party_pairs(parties):
                reader.relate(a, "PARTNER_OF", b, confidence=0.7)


def tells_signing(reader: SentenceReader) -> bool:
    """Whether the sentence tells an agreement signed (module docstring): those who
    signed it together are partners, not only collaborators (`collaboration.joint_work`)."""
    return next(_signings(reader), None) is not None


def _signings(reader: SentenceReader):
    """Each signing verb of the sentence done (not wished, asked for or denied, nor
    "sign up to") and the agreement it signs."""
    for verb in reader.doc[reader.sent.start : reader.sent.end]:
        if verb.lower_ not in SIGN_VERBS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "prt" for c in verb.children) or _not_done(verb):
            continue  # "sign up to", "would sign", "has not signed"
        thing = _thing_signed(verb)
        if thing is not None:
            yield verb, thing


def _not_done(verb) -> bool:
    """Whether the signing is only wished, asked for or denied ("would sign", "to
    sign", "has not signed")."""
    return any(c.dep_ in {"aux", "neg"} and c.lower_ in _NOT_DONE for c in verb.children)


def _thing_signed(verb):
    """The agreement the verb signs: its object ("signed a memorandum"), or what it
    describes when passive or a participle after the noun ("the Charter was signed",
    "the Civic Agreement, signed in 2024 with A"); None when that is no agreement."""
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in AGREEMENTS:
            return c
    if verb.dep_ in {"acl", "relcl"} and verb.head.lower_ in AGREEMENTS:
        return verb.head
    return None


def _parties(reader: SentenceReader, verb, thing) -> list:
    """The bodies that signed: the verb's subjects, its "by" agent and the thing's
    owner ("Foo's Charter"), then the names after "with" on the verb or the thing
    signed; [] when none of the first is a body the page names ("the University's
    agreement, signed with A, B and C": A, B and C signed with someone unnamed, not
    with each other)."""
    signers = [c for c in verb.children if c.dep_ == "nsubj"]
    signers += [c for c in thing.children if c.dep_ == "poss"]
    withs = []
    for head in (verb, thing):
        for c in head.children:
            objects = [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "agent":  # "signed by A and B"
                signers += objects
            elif c.dep_ == "prep" and c.lower_ == "with":
                withs += objects
    named = reader.named_by(signers, _BODIES)
    if not named:
        return []
    return named + [m for m in reader.named_by(withs, _BODIES) if m not in named]


__all__ = ["AGREEMENTS", "SIGN_VERBS", "signed_agreements", "tells_signing"]
