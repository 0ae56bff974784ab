"""Funding, continued: money that matches or adds to a grant the page has told.

"The award is matched by £60,000 from Fenby Council and £20,000 from the Tern
Trust", "The trust's grant will be matched by a £10,000 donation from Foo", "The
Kelby Heritage Board is contributing a further £60,000": the bodies giving the
matching or further money FUNDED what the grant told before went to (the target
of the page's last FUNDED relation read so far). The money words are the
sentence's own: a grant noun matched (`vocab/grant_nouns.txt`, "award",
"contribution"), or "a further" / "an additional" sum given by the sentence's
subject (`vocab/further_money_verbs.txt`).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse around "matched" and "a further"."""

_MATCHED = {"matched", "match-funded"}
_GRANTS = vocab.words("grant_nouns") | {"award", "contribution", "donation", "investment"}
_FURTHER = {"further", "additional", "extra"}
_GIVING = vocab.words("further_money_verbs")
_MATCHED_OR_GIVING = _MATCHED | _GIVING


def matched_funds(reader: SentenceReader) -> None:
    """FUNDED from the bodies matching or adding to the last grant told (see the module)."""
    if not reader.tokens_among(_MATCHED_OR_GIVING):
        return  # no matching or further money: the last grant is not looked for
    target = _last_grantee(reader)
    if target is None:
        return
    givers: list[Mention] = []
    for tok in reader.tokens_among(_MATCHED_OR_GIVING):
        if reader.in_quote(tok.i):
            continue
        if tok.lower_ in _MATCHED and _grant_subject(tok):
            givers += _named_after_by(reader, tok)
        elif tok.lower_ in _GIVING and tok.pos_ == "VERB" and _further_sum(reader, tok):
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            m = reader.covering.get(subject.i) if subject is not None else None
            givers += [m] if m is not None else []
    for giver in givers:
        if reader.kind(giver) == "Organisation" and giver.id != target:
            reader.relate(giver, "FUNDED", target, confidence=0.6)


def _last_grantee(reader: SentenceReader) -> int | None:
    """The target of the last FUNDED relation read before this sentence, if any."""
    here = reader.evidence.strip()[:500]
    for c in reversed(reader.ctx.candidates):
        if "FUNDED" in c.relations and c.evidence != here:
            return c.target
    return None


def _grant_subject(verb) -> bool:
    """Whether the passive verb's subject is a grant noun: "The award is matched"."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    return subject is not None and subject.lower_ in _GRANTS


def _named_after_by(reader: SentenceReader, verb) -> list[Mention]:
    """The bodies the matching money is from: each name after "from" or "by" later
    in the sentence ("by £60,000 from A and £20,000 from B", "by a donation from A",
    "by A")."""
    out: list[Mention] = []
    for k in range(verb.i + 1, reader.sent.end - 1):
        if reader.words[k] in {"from", "by"}:
            named = reader.list_after(k + 1, kinds={"Organisation"})
            out += [m for m in named if m not in out]
    return out


def _further_sum(reader: SentenceReader, verb) -> bool:
    """Whether the verb's object is "a further £60,000" / "an additional £5,000"."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        words = [t.lower_ for t in c.subtree]
        if any(w in _FURTHER for w in words) and any(reader.is_money(t.i) for t in c.subtree):
            return True
    return False


__all__ = ["LABELS", "matched_funds"]
