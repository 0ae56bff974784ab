"""Who took part in the event a page is about, by the participation model.

On a page about one event (`page_event`), the rules link the people and bodies
whose taking part they can read. Every other person or body the page names is
asked of a linear model (`model.LinearModel`, trained by
`scripts/corpus/train_participation.py` on the corpus's develop pages): the features of
all its mentions (`features.mention_features`) give the probability it took
part. At or above the model's threshold it is linked to the event, its role
read from the words of its sentences (`vocab/participation_role_*.txt`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.learned.features import bucket, mention_features
from collabgraph.extract.learned.model import LinearModel
from collabgraph.extract.mentions import Mention
from collabgraph.model.names import occasion_words

CONFIDENCE = 0.45  # below every rule's: a learned guess, for review
_KINDS = ("Person", "Organisation")
# most cue words first wins a tie: a speaker was there too
_ROLES = ("speaker", "panellist", "attendee")


@dataclass(frozen=True)
class Taker:
    """A person or body named on a page about one event: its first mention, the
    features of all its mentions and the words of their sentences."""

    mention: Mention
    features: frozenset[str]
    words: frozenset[str]


def takers(
    ctx: DocumentContext, by_mention: dict[int, Entity], docs: list[Doc], kinds: list[str]
) -> list[Taker]:
    """One `Taker` per person or body named on the page, when the page is about one
    event; [] otherwise. `docs` and `kinds` are the page's blocks (spaCy Docs)
    and their layout kinds ("title", "para", "item", ...)."""
    event = by_mention.get(ctx.page_event) if ctx.page_event is not None else None
    if event is None or event.type != "Event":
        return []
    by_sent: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in ctx.mentions:
        if m.id in by_mention and m.start < m.end <= len(docs[m.block]):
            by_sent[(m.block, m.sent)].append(m)
    feats: dict[int, set[str]] = defaultdict(set)
    words: dict[int, set[str]] = defaultdict(set)
    firsts: dict[int, Mention] = {}
    counts: dict[int, int] = defaultdict(int)
    for (block, _), ms in by_sent.items():
        names = [(m.start, m.end) for m in ms]
        here = any(by_mention[m.id] is event for m in ms)
        flags = (f"block={kinds[block]}", "event_here" if here else "event_away")
        for m in ms:
            e = by_mention[m.id]
            if e.type not in _KINDS:
                continue
            f, w = mention_features(docs[block], (m.start, m.end), e.type, names, flags)
            feats[id(e)] |= f
            words[id(e)] |= w
            counts[id(e)] += 1
            firsts.setdefault(id(e), m)
    # the kind of occasion ("reception", "visit") and how many names the page has
    page = {f"event={w}" for w in occasion_words(event.name)[1]}
    page.add(f"takers={bucket(len(firsts))}")
    out = []
    for k, m in firsts.items():
        e = by_mention[m.id]
        own = {f"mentions={bucket(min(counts[k], 3))}"} | ({"titled"} if e.title else set())
        out.append(Taker(m, frozenset(feats[k] | own | page), frozenset(words[k])))
    return out


def role_of(words: frozenset[str], kind: str) -> str:
    """The role the words of a taker's sentences suggest: the role of
    `vocab/participation_role_<role>.txt` with most words among them, else
    "attendee" for a person and "participant" for a body."""
    hits = {r: len(words & vocab.words(f"participation_role_{r}")) for r in _ROLES}
    best = max(_ROLES, key=lambda r: hits[r])
    if hits[best]:
        return best
    return "attendee" if kind == "Person" else "participant"


def took_part(
    found: list[Taker],
    by_mention: dict[int, Entity],
    event: Entity,
    related: set[frozenset[str]],
    model: LinearModel,
) -> Iterator[tuple[Entity, str, str]]:
    """(taker, role, evidence) for each of `found` the rules left unrelated to the
    page's `event` (`related` holds the name pairs the rules joined) whose
    probability of taking part reaches the model's threshold."""
    for t in found:
        e = by_mention[t.mention.id]
        if e is event or frozenset((e.name, event.name)) in related:
            continue
        if model.probabilities(t.features).get("PARTICIPATED_IN", 0.0) >= model.threshold:
            yield e, role_of(t.words, e.type), t.mention.sentence
