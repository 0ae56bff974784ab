"""Counted seats told one a paragraph (the membership family, continued): "Foo
Trust is pleased to welcome three new trustees." then three paragraphs, each
opening with one of them ("Dr Jane Doe is a marine ecologist ...", "John Roe
is an accountant ...", "Ann Lee runs ..."): each holds the seat counted, at the
body named with it (else the page's own). Only when as many paragraphs as the
count, one after another, each open with a person not named before in the run:
a paragraph that does not ends it, and nothing is read. The count and the
seat are `boards.counted_seats`' (`ctx.pending.seats`). No cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.rules.counted_grantees import MOST_COUNTED, small_count
from collabgraph.extract.rules.post_kinds import post_relations
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_COUNT_REACH = 4  # words at most from the count to the seat's last word ("two new lay trustees")


def seat_paragraphs(reader: SentenceReader) -> None:
    """Open a run on the sentence that counted seats with nobody named; on each
    later paragraph's first sentence, take the person it opens with, or end the
    run; once the run has as many people as the count, seat them."""
    ctx = reader.ctx
    waiting = ctx.pending.seats
    if waiting is not None and waiting[3] == reader.evidence:
        count = _count(reader, waiting[1])
        ctx.pending.seat_paragraphs = [waiting, count, id(reader.doc), []] if count else None
        return
    run = ctx.pending.seat_paragraphs
    if run is None or id(reader.doc) == run[2] or reader.sent.start != 0:
        return
    (org, role, _section, evidence, _left), count, _doc, people = run
    first = reader.mention_at(0)
    if first is None or reader.kind(first) != "Person" or reader.sentence_subject() is not first:
        ctx.pending.seat_paragraphs = None  # the run ends: a paragraph about something else
        return
    if any(ctx.type_of(ctx.mentions[p]) and ctx.mentions[p].text == first.text for p in people):
        ctx.pending.seat_paragraphs = None
        return
    people.append(first.id)
    run[2] = id(reader.doc)
    if len(people) < count:
        return
    ctx.pending.seat_paragraphs = None
    for p in people:
        if org is None:
            ctx.unplaced_posts.append((p, role, evidence, "page"))
        else:
            rels = post_relations(role, ctx.mentions[org])
            ctx.relate(p, rels, org, evidence=evidence, role=role, confidence=0.55)


def _count(reader: SentenceReader, role: str) -> int:
    """How many seats the sentence counts: the number a few words before the seat's
    last word ("three new trustees", "2 non-executive directors"); 0 for none."""
    last = role.lower().split()[-1]
    lows = lower_forms(reader.doc)
    for k in range(reader.sent.start, reader.sent.end):
        n = small_count(lows[k]) or 0
        if not 2 <= n <= MOST_COUNTED:
            continue
        ahead = lows[k + 1 : k + 1 + _COUNT_REACH]
        if any(w.startswith(last) for w in ahead):
            return n
    return 0


__all__ = ["LABELS", "seat_paragraphs"]
