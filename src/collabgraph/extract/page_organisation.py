"""The page's own organisation, and the posts named with no organisation that
are at it ("deputy chairman Jane Doe", "Trust chair Jane Doe").

The page's own organisation is the one whose event the page is about, else the
one it names most often; a councillor's post is at the council when the page
names only one (`place_posts`, run once every mention is resolved).
"""

from __future__ import annotations

from collections import Counter

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.mentions import Mention


def place_posts(ctx: DocumentContext, by_mention: dict) -> None:
    """Posts named with no organisation ("deputy chairman Jane Doe", "Trust chair
    Jane Doe") are at the page's own organisation: the one whose event the page
    is about, else the one it names most often (at least twice, and more than any
    other); a councillor's post is at the council, when the page names only one.
    A post noted ("page", mention id) falls back to that mention's organisation.
    `by_mention` is mention id -> resolved entity."""
    if not ctx.unplaced_posts:
        return
    from collabgraph.extract.rules.post_kinds import post_relations

    homes = {"page": _page_organisation(ctx, by_mention), "council": _only_council(ctx, by_mention)}
    for person, role, evidence, kind in ctx.unplaced_posts:
        home, fallback = (kind, None) if isinstance(kind, str) else kind
        org = homes[home]
        if org is None and fallback is not None:
            org = ctx.mentions[fallback]  # ("page", id): "CEO of the trust", no page organisation
        if org is not None:
            ctx.relate(
                person, post_relations(role, org), org.id, evidence=evidence, role=role,
                confidence=0.55,
            )  # fmt: skip


def _organisations(ctx: DocumentContext, by_mention: dict) -> tuple[Counter, dict[int, int]]:
    """How often each organisation entity is named in the page itself, and where first."""
    counts: Counter = Counter()
    first: dict[int, int] = {}
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if e is None or e.type != "Organisation" or m.section != 0 or m.synthetic:
            continue
        counts[id(e)] += 1
        first.setdefault(id(e), m.id)
    return counts, first


def _page_organisation(ctx: DocumentContext, by_mention: dict) -> Mention | None:
    owner = _page_event_owner(ctx, by_mention)
    if owner is not None:
        return owner
    counts, first = _organisations(ctx, by_mention)
    ranked = [*counts.most_common(2), (None, 0)]
    if ranked[0][1] < 2 or ranked[1][1] == ranked[0][1]:
        return None
    return ctx.mentions[first[ranked[0][0]]]


def _only_council(ctx: DocumentContext, by_mention: dict) -> Mention | None:
    counts, first = _organisations(ctx, by_mention)
    councils = [
        ctx.mentions[first[e]]
        for e in counts
        if ctx.mentions[first[e]].text.lower().split()[-1:] == ["council"]
    ]
    return councils[0] if len(councils) == 1 else None


def _page_event_owner(ctx: DocumentContext, by_mention: dict) -> Mention | None:
    """The organisation that organised the page's own event, when the page says."""
    if ctx.page_event is None:
        return None
    for c in ctx.candidates:
        if c.target == ctx.page_event and c.relations == ("ORGANISED",):
            e = by_mention.get(c.source)
            if e is not None and e.type == "Organisation":
                return ctx.mentions[c.source]
    return None
