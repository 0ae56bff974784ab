"""Who took part in the event a page is about, by the participation model.

On a page about one event (`page_event`), the rules link the people and bodies
whose taking part they can read. Every other person or body the page names is
asked of a linear model (`model.LinearModel`, trained by
`scripts/corpus/train_participation.py` on the corpus's develop pages): the features of
all its mentions (`features.mention_features`) give the probability it took
part. At or above the model's threshold it is linked to the event, its role
read from the words of its sentences (`vocab/participation_role_*.txt`). A name
written only under a heading or label that sets it apart ("About us", "Contact:",
`vocab/participation_not_sections.txt`) is not asked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.layout import Block
from collabgraph.extract.learned.features import bucket, mention_features
from collabgraph.extract.learned.model import LinearModel, MeanModel, packaged
from collabgraph.extract.learned.told_of import told_of_others
from collabgraph.extract.mentions import Mention
from collabgraph.model.names import occasion_words

CONFIDENCE = 0.4
"""A learned link's confidence: below every rule's (0.45 and up), so that the review
page (lowest confidence first) lists the model's guesses first."""
_KINDS = ("Person", "Organisation")
_ACTIVE = vocab.words("participation_role_active")
_SPEAKER_WORDS = vocab.words("participation_role_speaker")
_ATTENDING = vocab.words("participation_role_attendee")
# the role whose cue words are most among a taker's sentence words, of the kinds
# of taker it fits; a tie goes to the first (a speaker was there too)
_ROLE_CUES = (
    ("chair", vocab.words("participation_role_chair"), ("Person",)),
    ("facilitator", vocab.words("participation_role_facilitator"), _KINDS),
    ("speaker", _SPEAKER_WORDS, _KINDS),
    ("panellist", vocab.words("participation_role_panellist"), _KINDS),
    ("award winner", vocab.words("participation_role_winner"), _KINDS),
    ("performer", vocab.words("participation_role_performer"), _KINDS),
    # a body took part; a person who "took part" is written as an attendee
    ("participant", vocab.words("participation_role_participant"), ("Organisation",)),
    ("participant", _ACTIVE, _KINDS),  # walked, rode, slept out in it: either kind
    ("attendee", _ATTENDING, _KINDS),
)
_CHANCE = vocab.words("award_chance_words")
# a body "said" or "explained" through its people: such words make no body a speaker
_QUOTING = vocab.words("participation_role_speaker_quoting")
_QUOTED_ONLY = vocab.words("participation_role_quoted_words")
_SPEAKING = _SPEAKER_WORDS - _QUOTED_ONLY
QUOTED_ROLE = vocab.ordered("participation_role_quoted")[0]
"""The role of a person known only by being quoted (vocab/participation_role_quoted.txt)."""
_ABSENT = vocab.words("participation_absent_words")
GUESS_NOT_TAKEN = "attendee"
"""A person the model links is linked as an attendee only when a word of theirs says
they were there (`vocab/participation_role_attendee.txt`: "audience", "attended").
One whose words give no role, or only the quoted role when that is "attendee", is
not linked at all: named on the page, quoted, thanked, introduced or elected, but
not said to be there. On the pooled probe tune halves (299 write-ups by seventeen
writer sessions, 2026-12-05) 1 of 33 such links was in the gold, against 20 of 32
of the model's speaker, panellist and participant links. (It replaces a higher
threshold, 0.65, for a person none of whose words told how anyone took part: such a
person is a bare attendee unless words of doing the event's activity, "walked",
make them a participant.)"""


@dataclass(frozen=True)
class Taker:
    """A person or body named on a page about one event: its first mention, the
    features of all its mentions and the words of their sentences."""

    mention: Mention
    features: frozenset[str]
    words: frozenset[str]


def takers(
    ctx: DocumentContext, by_mention: dict[int, Entity], docs: list[Doc], blocks: list[Block]
) -> list[Taker]:
    """One `Taker` per person or body named on the page, when the page is about one
    event; [] otherwise. `docs` are the spaCy Docs of the page's layout `blocks`.
    A list that refers back ("These included A") reads the sentence before too."""
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
    around = _block_flags(blocks)
    for (block, sent), ms in by_sent.items():
        if _set_apart(around[block]):
            continue
        back = _crowd_before(ctx.sentences, sent)
        names = [(m.start, m.end) for m in ms]
        here = any(by_mention[m.id] is event for m in ms)
        flags = (*around[block], "event_here" if here else "event_away")
        for m in ms:
            e = by_mention[m.id]
            if e.type not in _KINDS:
                continue
            f, w = mention_features(docs[block], (m.start, m.end), e.type, names, flags)
            feats[id(e)] |= f
            w = w - told_of_others(docs[block], m, names)  # "He introduced A": A did not speak
            words[id(e)] |= (w - _LIST_VERBS) | back if back else w
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


_BACK_LIST = re.compile(r"\s*(?:these|they|those)\s+([a-z]+)\b", re.IGNORECASE)
_LIST_VERBS = vocab.words("list_openers")


def _crowd_before(sentences: list[str], sent: int) -> frozenset[str]:
    """For a list that opens by referring back ("These included A and B", "They
    were C and D"), the lower-case words of the sentence before, which say who the
    crowd is ("to hear from a host of excellent speakers"); else none. The list's
    own verb ("included") then says nothing of the part: it is read without it."""
    opened = _BACK_LIST.match(sentences[sent]) if 0 < sent < len(sentences) else None
    if opened is None or opened.group(1).lower() not in _LIST_VERBS:
        return frozenset()
    return frozenset(re.findall(r"\b[a-z]+\b", sentences[sent - 1]))


def _block_flags(blocks: list[Block]) -> list[tuple[str, ...]]:
    """Per block: its layout kind ("block=item"), the words of the heading it sits
    under ("under=speakers", "under=about"; for a heading, the one before it: a
    short line such as "Jo Bell, our chair" is laid out as a heading too), and
    the label opening it ("label=photo" for "Photo: ...")."""
    out, heading = [], ()
    for b in blocks:
        if b.kind == "title":
            heading = ()
        label = _LABEL.match(b.text)
        flags = (f"block={b.kind}", *heading)  # a heading's own: the one it follows
        if b.kind == "heading" and "," not in b.text:  # not a name line "Jo Bell, chair"
            heading = tuple(f"under={w}" for w in re.findall(r"[a-z]+", b.text.lower())[:4])
        out.append((*flags, f"label={label.group(1).lower()}") if label else flags)
    return out


_NOT_SECTIONS = vocab.words("participation_not_sections")


def _set_apart(flags: tuple[str, ...]) -> bool:
    """Whether a block's heading or label sets its names apart from the event:
    "About us", "Contact:", "Photo:" (`vocab/participation_not_sections.txt`)."""
    return any(
        f.startswith(("under=", "label=")) and f.split("=", 1)[1].split()[0] in _NOT_SECTIONS
        for f in flags
    )


_LABEL = re.compile(r"\s*([A-Za-z]+(?: [A-Za-z]+)?)\s*:")


def role_of(words: frozenset[str], kind: str, *, quoted: str | None = None) -> str:
    """The role the words of a taker's sentences suggest: the role of
    `vocab/participation_role_*.txt` with most words among them (a tie to the
    earlier of chair, facilitator, speaker, panellist, award winner, performer,
    participant, attendee; chair for a person only, participant for a body only,
    but for either kind when the words are of doing the event's activity: "walked",
    "sleepers", vocab/participation_role_active.txt), else
    "attendee" for a person and "participant" for a body. Winning counts for
    nothing beside a raffle ("Raffle prizes were won by A":
    vocab/award_chance_words.txt). The words of a quotation ("said", "explained":
    vocab/participation_role_speaker_quoting.txt) make a body no speaker: the
    body's people spoke, and the body was there. A person whose only speaker's
    words put words in their mouth ("said", "added":
    vocab/participation_role_quoted_words.txt) is known only by being quoted: those
    words count for the role `quoted` instead (default `QUOTED_ROLE`,
    vocab/participation_role_quoted.txt)."""
    quoted = quoted or QUOTED_ROLE
    chance = bool(words & _CHANCE)
    # "said in her keynote": a speaker, who was quoted too; "she said": only quoted
    only_quoted = kind == "Person" and not words & _SPEAKING
    quoting = words & _QUOTED_ONLY if only_quoted else frozenset()
    words = words - _QUOTING if kind != "Person" else words - quoting
    hits, _, role = max(
        (
            (0 if chance and role == "award winner" else len(words & cues))
            + (len(quoting) if role == quoted else 0),
            -k,
            role,
        )
        for k, (role, cues, kinds) in enumerate(_ROLE_CUES)
        if kind in kinds
    )
    if hits:
        return role
    if quoting:
        return quoted
    return "attendee" if kind == "Person" else "participant"


def took_part(
    found: list[Taker],
    by_mention: dict[int, Entity],
    event: Entity,
    related: set[frozenset[str]],
    model: LinearModel | MeanModel,
) -> Iterator[tuple[Entity, str, str]]:
    """(taker, role, evidence) for each of `found` the rules left unrelated to the
    page's `event` (`related` holds the name pairs the rules joined) whose
    probability of taking part reaches the model's threshold, save a person whose
    role would be only a bare `GUESS_NOT_TAKEN`. Not one its first
    sentence says was away ("Apologies were received from A":
    vocab/participation_absent_words.txt)."""
    for t in found:
        e = by_mention[t.mention.id]
        if e is event or frozenset((e.name, event.name)) in related:
            continue
        said = set(re.findall(r"[a-z]+", t.mention.sentence.lower()))
        if said & _ABSENT:
            continue
        p = model.probabilities(t.features).get("PARTICIPATED_IN", 0.0)
        # "Raffle prizes were won by A": a capitalised "Raffle" is no feature word
        words = t.words | (said & _CHANCE)
        if p < model.threshold:
            continue
        role = role_of(words, e.type)
        if e.type == "Person" and role == GUESS_NOT_TAKEN and not words & _ATTENDING:
            continue  # an attendee by default: no word of theirs says they were there
        yield e, role, t.mention.sentence


def ask_about(
    found: list[Taker],
    by_mention: dict[int, Entity],
    event: Entity | None,
    relations: list[dict],
    kept: set[int],
    log: list | None = None,
) -> Iterator[tuple[Entity, str, str]]:
    """(taker, role, evidence) for each of `found` the packaged model links to the
    page's `event`: of the entities the seed keeps (`kept`, their `id()`s), those
    the rules' `relations` (seed relation dicts) leave unrelated to it, persons and
    bodies only (a name read as a body, merged into a place, takes no part). `log`, when
    given, receives (name, event name, linked by the rules, features) for each kept
    taker: the training data of `scripts/corpus/train_participation.py`."""
    if event is None or id(event) not in kept:
        return
    related = {frozenset((r["from"], r["to"])) for r in relations}
    found = [t for t in found if id(e := by_mention[t.mention.id]) in kept and e.type in _KINDS]
    if log is not None:
        for t in found:
            name = by_mention[t.mention.id].name
            linked = frozenset((name, event.name)) in related
            log.append((name, event.name, linked, sorted(t.features)))
    models = tuple(m for m in map(packaged, SOURCES) if m is not None)
    if len(models) > 1:
        yield from took_part(found, by_mention, event, related, MeanModel(models, MEAN_THRESHOLD))
    elif models:
        yield from took_part(found, by_mention, event, related, models[0])


SOURCES = ("participation", "participation_probes")
"""The packaged participation models, asked as one when both are shipped
(`model.MeanModel`: the mean of their probabilities, at `MEAN_THRESHOLD`); one alone
is asked at its own file's threshold. "participation" is fitted on the corpus's
develop pages; "participation_probes", on the pooled probe tune halves (607 texts of
26 writers, rules of 422c1869, C 0.1; round 44), is written by
`scripts/corpus/train_participation.py --probes '/work/probes/*/tune' --cv --group
folder` (see `MEAN_THRESHOLD`)."""
MEAN_THRESHOLD = 0.45
"""Round 41b (2026-12-05, rules of 705442e5), held out by writer on the pool (16
writers' event pages; 700 takers the rules left unlinked, 104 in the gold), before
the bare attendees `took_part` drops: the develop model alone at 0.5 adds 158, 61
right (precision 0.39); the pool's model alone (C 0.1) 115, 58 right (0.50); their
mean at 0.5 131, 65 right (0.50), at 0.45 158, 71 right (0.45). Shipped at 0.45 once a
talk before, after or about the event no longer counts as a talk at it
(`told_of._talk_apart`: "Speaking about the summit, A said" had put A at 0.496, a
speaker); a companion "in conversation with" a speaker (0.488) stays linked. End to
end (lead, after round 41b's merges): blind5/check relation F1 0.4702 -> 0.4715,
pooled check halves 0.5847 -> 0.5861, PARTICIPATED_IN on them 112/167 -> 115/171.
Round 44 refit on the 607-text pool (2415 takers on 236 event pages, 270 of the
rules' unlinked in the gold), held out by writer, after `took_part`'s drop: the mean
at 0.45 adds 118, 73 right, 52 with the gold's role (0.4: 135, 54; 0.5: 107, 50);
kept at 0.45: blind5/check 0.5050 -> 0.5063, blind12/check 0.4402 as it was."""
