"""Running, continued: a programme said to be a body's own with "is" ("Bright Steps
Kelby is Kelby Council's ten-year programme to ...", "Home Safe is the trust's
discharge service"): the body runs it (RUNS), and the name is voted a project.
A programme a body's possessive names right before it ("Foo's Bar scheme"):
`rules/programmes.py`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.service_nouns import SERVICE_HEADS
from collabgraph.extract.rules.named_run_by import recognised_only
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads "is", a possessive and a programme's noun."""

_HEADS = vocab.words("owned_programme_heads") | SERVICE_HEADS
_COPULAS = frozenset({"is", "was"})
_BETWEEN = frozenset({"now", "also", "still"})
_DESCRIBING = 5  # "ten - year early years", "new flagship"
_VOTE = 6


def owned_copulas(reader: SentenceReader) -> None:
    """ "X is Foo's ten-year programme", "X is now Foo's befriending service": Foo
    (a body by its reading; a person's or a place's "'s" says no running) runs X;
    not "Jane Doe is Foo's programme manager" (a post), nor a body or a person X."""
    words, doc, end = reader.words, reader.doc, reader.sent.end
    for m in reader.ms:
        k = m.end
        if k >= end or words[k] not in _COPULAS:
            continue
        k += 1
        while k < end and words[k] in _BETWEEN:
            k += 1
        owner = reader.mention_at(k)
        if owner is None or reader.kind(owner) != "Organisation" or owner.end >= end:
            continue
        j = owner.end
        if words[j] not in POSSESSIVE:
            continue
        j += 1
        first = j
        while (
            j < end
            and j - first < _DESCRIBING
            and words[j] not in _HEADS
            and (doc[j].is_lower or doc[j].like_num or words[j] in {"-", "‐"})
        ):
            j += 1
        if j >= end or words[j] not in _HEADS or not doc[j].is_lower:
            continue
        if j + 1 < end and doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN":
            continue  # "Jane Doe is Foo's programme manager": a post
        if _not_a_programme(reader, m):
            continue
        m.votes["Project"] += _VOTE
        reader.ctx.votes_for(m)["Project"] += _VOTE
        reader.relate(owner, "RUNS", m, confidence=0.7)


def _not_a_programme(reader: SentenceReader, m) -> bool:
    """A place, a body by its head word ("Foo Trust is Bar's delivery partner"), a
    person by more than the recogniser's guess or with a given name first."""
    kind = reader.kind(m)
    if kind == "Place" or head_kind(reader.words[m.end - 1]) == ("Organisation", 3):
        return True
    return kind == "Person" and (not recognised_only(m) or is_given_name(m.text.split()[0]))


__all__ = ["LABELS", "owned_copulas"]
