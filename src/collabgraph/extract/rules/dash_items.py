"""Running, continued: a list item naming a programme and then, after a dash, what
it is and who runs it, in the two shapes a list of projects is written in:

    - Home Visits – Foo Trust will visit older people at home (£5,000)
    - Tern Buddies – Foo Network and Bar Group train peer supporters
    - Sing Out – a choir for carers run by Foo Trust with Bar Singers

The name is a programme (voted a project) and the bodies RUNS it: the bodies the
text after the dash opens with, when a verb of running or doing follows them
(a modal or "is" between), or the body after "run by" (and one after "with" right
behind it). The name is found at the item's start by
mentions/list_items.dash_item_names; a name that is no programme by its head word
("Kelby Library – Foo Trust runs ...": a venue) or a place is left
(named_run_by.runnable). The ", where" form is rules/where_items.py's.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.list_items import DASH_VERBS, dash_description
from collabgraph.extract.rules.described_run_by import RUN_VOTE
from collabgraph.extract.rules.named_run_by import runnable
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads an item's shape."""

_BODY_KINDS = {"Organisation", None}
_JOINS = {"and", "&", ",", "the"}
_AFTER_BODY = {"'s", "’s"}
_OWNED_WORDS = 3  # "Foo Trust's local branch with Bar": words a body's "'s" may own


def dash_items(reader: SentenceReader) -> None:
    """ "- Home Visits – Foo Trust will visit older people": Foo Trust RUNS Home
    Visits, a programme; "- Sing Out – a choir run by Foo Trust": so does Foo Trust."""
    sent, words = reader.sent, reader.words
    if reader.block_kind != "item" or sent.start != 0:
        return
    named = next((m for m in reader.ms if m.start <= sent.start + 1), None)
    if named is None or named.end + 2 >= sent.end or words[named.end] not in lx.DASHES:
        return
    k = named.end + 1
    if not dash_description(reader.doc, k, sent.end) or not runnable(reader, named, whole=True):
        return
    if reader.kind(named) == "Organisation" and named.title is None and not _cut(reader, named):
        return  # "Foo Trust – Bar Council will match it": a body's own name
    bodies = _runners_by(reader, k) if words[k] in {"a", "an"} else _opening_bodies(reader, k)
    if not bodies:
        return
    named.votes["Project"] += RUN_VOTE
    reader.ctx.votes_for(named)["Project"] += RUN_VOTE
    for body in bodies:
        reader.relate(body, "RUNS", named, confidence=0.65)


def _cut(reader: SentenceReader, m) -> bool:
    """Whether a name read as a body has no strong body's head word either ("Tern
    Buddies", "Fit for Work": the finder's guess), so the item's shape may outweigh it."""
    kind, strength = head_kind(reader.words[m.end - 1])
    return kind != "Organisation" or strength < 3


def _opening_bodies(reader: SentenceReader, k: int) -> list:
    """The bodies the words from k open with, joined by "and" ("Foo Trust and the
    Bar Network will train"), when a verb of running or doing follows them."""
    words, end, bodies = reader.words, reader.sent.end, []
    while k < end:
        if words[k] in _JOINS:
            k += 1
            continue
        body = reader.by_start.get(k)
        if body is None or not _body(reader, body):
            break
        bodies.append(body)
        k = body.end
    if not bodies or k >= end:
        return []
    verbs = range(k, min(k + 4, end))  # "will now run", "is to deliver"
    if not any(words[j] in DASH_VERBS and reader.doc[j].pos_ == "VERB" for j in verbs):
        return []
    return bodies


def _runners_by(reader: SentenceReader, k: int) -> list:
    """The body after "run by" in "a choir for carers run by Foo Trust", and one
    "with" joins to it right behind ("run by Foo Trust's local branch with Bar")."""
    words, end = reader.words, reader.sent.end
    by = next((j for j in range(k, end - 1) if words[j] == "by" and j > k), None)
    if by is None:
        return []
    first = _body_at(reader, by + 1)
    if first is None:
        return []
    bodies, j = [first], first.end
    if j < end and words[j] in _AFTER_BODY:
        j += 1
        while j < end and j - first.end <= _OWNED_WORDS and reader.doc[j].is_lower:
            if words[j] == "with":
                break
            j += 1
    if j < end and words[j] == "with":
        second = _body_at(reader, j + 1)
        if second is not None:
            bodies.append(second)
    return bodies


def _body_at(reader: SentenceReader, k: int):
    """The body named at token k, past "the", or None."""
    k += k < reader.sent.end and reader.words[k] == "the"
    m = reader.by_start.get(k)
    return m if m is not None and _body(reader, m) else None


def _body(reader: SentenceReader, m) -> bool:
    """Whether `m` may be a body that runs a programme: read as one, or as nothing
    yet but voted one by its words."""
    kind = reader.kind(m)
    if kind not in _BODY_KINDS:
        return False
    return kind == "Organisation" or reader.vote_organisation(m)


__all__ = ["LABELS", "dash_items"]
