"""Bodies that wrote one thing together worked together: two organisations that
both wrote one report ("a study by A and the University of B"), told in one
sentence, are collaborators (COLLABORATES_WITH: corpus/GOLD.md, "worked with"; as
"A and B published a joint report", `vocab/joint_work_words.txt`), unless the page
already ties them (a partnership says more). Not read so: co-organisers of one
event (most golds leave them unrelated, 8 of 49 in round 40b's count), nor
co-runners of one project (27 of 49 in the golds, but none of the ten the rules'
co-runners gave on the tune probes was gold: lists of delivery bodies, a funder
beside a runner).

`co_makers(ties)` reads the relations gathered so far (`seed_relations.RelationTable`
dicts) and gives (name, name, evidence) for each pair, first named first.
"""

from __future__ import annotations

from itertools import combinations

SHARED = ("AUTHORED",)
"""The relation types whose sharers of one end are read as collaborators."""

_MOST = 4  # a thing with more makers than this is a list, not one piece of joint work


def co_makers(relations: list[dict], types: dict[str, str]) -> list[tuple[str, str, str]]:
    """(a, b, evidence) for organisations `a` and `b` that share the end of an
    AUTHORED relation read from one sentence (the same evidence), with no
    PARTNER_OF or COLLABORATES_WITH between them yet. `types`: entity name -> type."""
    tied = {
        frozenset((r["from"], r["to"]))
        for r in relations
        if r["type"] in {"PARTNER_OF", "COLLABORATES_WITH"}
    }
    makers: dict[tuple[str, str, str], list[str]] = {}
    for r in relations:
        if r["type"] in SHARED and types.get(r["from"]) == "Organisation" and r["evidence"]:
            makers.setdefault((r["type"], r["to"], r["evidence"]), []).append(r["from"])
    out: list[tuple[str, str, str]] = []
    for (_, _, evidence), names in makers.items():
        if len(names) > _MOST:
            continue
        for a, b in combinations(dict.fromkeys(names), 2):
            if frozenset((a, b)) not in tied:
                tied.add(frozenset((a, b)))
                out.append((a, b, evidence))
    return out


__all__ = ["SHARED", "co_makers"]
