"""Two entities of a page the pair models are asked about (`pairs`): every two whose
kinds fit a task (`pairs.TASKS`), each with a mention (in the first sentence they
share, else the source's first and the target's nearest to it), the sentence that
best shows them and their features: those of every sentence they share
(`features.pair_features`, `sentence_facts.nearest`) and facts of the whole page
(`page_facts.page_facts`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from spacy.tokens import Doc

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.layout import Block
from collabgraph.extract.learned.features import bucket, pair_features
from collabgraph.extract.learned.page_facts import (
    near_words,
    page_facts,
    sentences_apart,
    type_ranks,
    written_mentions,
)
from collabgraph.extract.learned.pairs import TASKS, Pair, shipped_tasks
from collabgraph.extract.learned.participants import role_of
from collabgraph.extract.learned.sentence_facts import nearest, overlap, target_sentence
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.roles import role_at


@cache
def _task(src: str | None, dst: str | None, tasks: tuple[str, ...]) -> str | None:
    # asked of every two mentions of a sentence and every two entities of a page,
    # of a few kinds and task lists: kept per (kinds, tasks) for the process
    return next((t for t in tasks if src in TASKS[t][0] and dst in TASKS[t][1]), None)


def page_pairs(
    ctx: DocumentContext,
    by_mention: dict[int, Entity],
    docs: list[Doc],
    blocks: list[Block],
    tasks: tuple[str, ...] | None = None,
) -> list[Pair]:
    """One `Pair` per two entities of the page whose kinds fit one of `tasks`
    (default: the shipped ones): for "The Northtown Trust opened an office in
    Westshire.", (Northtown Trust, Westshire) of task "located"."""
    tasks = shipped_tasks() if tasks is None else tasks
    if not tasks:
        return []
    if len(tasks) > 1:  # each task its own pairs: an event is a "bodies" and a "takes_part" end
        return [p for t in tasks for p in page_pairs(ctx, by_mention, docs, blocks, (t,))]
    by_sent: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in ctx.mentions:
        if m.id in by_mention and m.start < m.end <= len(docs[m.block]):
            by_sent[(m.block, m.sent)].append(m)
    own = {id(by_mention[i]) for i in (ctx.page_event, ctx.page_org()) if i in by_mention}
    taken = _own_event(ctx, by_mention)
    feats: dict[tuple[int, int], set[str]] = defaultdict(set)
    firsts: dict[tuple[int, int], tuple[str, Mention, Mention]] = {}
    shared: dict[tuple[int, int], int] = defaultdict(int)
    roles: dict[tuple[int, int], str] = {}
    for (block, _), ms in sorted(by_sent.items()):
        names = [(m.start, m.end) for m in ms]
        seen: set[tuple[int, int]] = set()
        for a in ms:
            for b in ms:
                ea, eb = by_mention[a.id], by_mention[b.id]
                task = _task(ea.type, eb.type, tasks)
                key = (id(ea), id(eb))
                if task is None or ea is eb or key in seen or overlap(a, b):
                    continue
                if task == "takes_part" and id(eb) == taken:
                    continue
                seen.add(key)
                f = pair_features(docs[block], (a.start, a.end), (b.start, b.end), names)
                feats[key] |= f | {f"block={blocks[block].kind}", f"kinds={ea.type}>{eb.type}"}
                feats[key] |= nearest(a, b, ms, by_mention, TASKS[task])
                shared[key] += 1
                firsts.setdefault(key, (task, a, b))
                role = _post_role(docs[block], a, b) if task == "posts" else None
                if role and key not in roles:
                    roles[key] = role
                    feats[key] |= {"role_read", f"role_head={role.split()[-1].lower()}"}
    written = written_mentions(ctx, by_mention, docs)
    _apart(written, firsts, tasks, taken)
    places = type_ranks(ctx, by_mention)
    near = {k: near_words(written[k][1], docs) for k in {k for key in firsts for k in key}}
    out = []
    for key, (task, a, b) in firsts.items():
        src, dst = by_mention[a.id], by_mention[b.id]
        page = {f"shared={bucket(min(shared[key], 3))}", f"names={bucket(len(firsts))}"}
        page |= {f"own_{end}" for end, k in (("src", key[0]), ("dst", key[1])) if k in own}
        page |= page_facts(src, dst, places, written)
        page |= {f"{end}_near={w}" for end, e in (("src", src), ("dst", dst)) for w in near[id(e)]}
        if not shared[key]:
            page.add(f"kinds={src.type}>{dst.type}")
            page.add(f"sents_apart={bucket(sentences_apart(src, dst))}")
            page |= target_sentence(b, by_sent[(b.block, b.sent)], by_mention, docs)
        both = feats[key] | page
        # each fact also with the source's kind: an event is placed otherwise than a body
        both |= {f"{src.type}|{f}" for f in both}
        evidence = a.sentence if shared[key] else b.sentence
        role = roles.get(key)
        if task == "takes_part":  # the role the source's sentence's words suggest
            role = role_of(frozenset(re.findall(r"[a-z]+", a.sentence.lower())), src.type)
        out.append(Pair(task, a, b, frozenset(both), evidence, role))
    return out


def _apart(
    written: dict[int, tuple[Entity, list[Mention]]],
    firsts: dict[tuple[int, int], tuple[str, Mention, Mention]],
    tasks: tuple[str, ...],
    taken: int | None = None,
) -> None:
    """Add to `firsts` the pairs of entities whose kinds fit one of `tasks` that
    share no sentence: the source's first mention, the target's nearest to it.
    None of task "takes_part" to `taken` (the page's own event, by id())."""
    for a, a_written in written.values():
        for b, b_written in written.values():
            task = _task(a.type, b.type, tasks)
            if task is None or a is b or (id(a), id(b)) in firsts:
                continue
            if task == "takes_part" and id(b) == taken:
                continue
            first = a_written[0]
            near = min(b_written, key=lambda m: (abs(m.sent - first.sent), m.id))
            firsts[(id(a), id(b))] = (task, first, near)


def _own_event(ctx: DocumentContext, by_mention: dict[int, Entity]) -> int | None:
    """id() of the page's own event, whose takers the participation model asks
    about (`participants.takers`), else None."""
    e = by_mention.get(ctx.page_event) if ctx.page_event is not None else None
    return id(e) if e is not None and e.type == "Event" else None


def _post_role(doc: Doc, person: Mention, body: Mention) -> str | None:
    """The job title written between a person and a body of one sentence, else
    just after the person ("Ada Brook, chief executive, said ..."), else just
    before ("Chief Executive Ada Brook"): `mentions.roles.role_at`'s reading."""
    (_, le), (rs, _) = sorted(((person.start, person.end), (body.start, body.end)))
    sent = doc[person.start].sent
    windows = [(le, rs, False), (person.end, min(sent.end, person.end + 6), False)]
    windows.append((max(sent.start, person.start - 4), person.start, True))
    for start, end, next_to in windows:
        for i in range(start, end):
            span = role_at(doc, i, end)
            # before the person, only a title that runs up to the name
            if span is not None and (not next_to or span.end == end):
                return span.text
    return None


__all__ = ["page_pairs"]
