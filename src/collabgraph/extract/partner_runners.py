"""The runner of a thing done "in partnership with" a body is that body's partner,
when the sentence naming the partner names no runner of its own and the runner is
told elsewhere on the page: "Foo runs the Bar scheme. ... The scheme is delivered
in partnership with A and B." -> Foo PARTNER_OF A, Foo PARTNER_OF B (corpus/GOLD.md:
organisations that run something together are partners). Read once every sentence
is read (`after_reading.settle`), from the candidates: a partner's part in a project
(PARTICIPATED_IN, role "partner", said with "in partnership with" or "in
conjunction with") and the bodies said to run that project (RUNS), matched by name.
Nothing when the partner already has a tie to the runner, when the project has more
than one runner (whose partner is it?), or for events (their partners are co-hosts,
read by the hosting rules); "run with" / "delivered with" are left to the rules
that read their sentences (pages differ on partner or collaborator there).
"""

from __future__ import annotations

import re

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.mention_keys import mention_key

_SAID = re.compile(r"\bin (?:partnership|conjunction) with\b", re.IGNORECASE)
_RUNS = "RUNS"
_TIES = frozenset({"PARTNER_OF", "COLLABORATES_WITH"})


def runner_partners(ctx: DocumentContext) -> None:
    """Add Runner PARTNER_OF Partner for each project the module docstring's shape
    holds for (confidence 0.6)."""
    key = _keys(ctx)
    runners: dict[str, set[int]] = {}
    for c in ctx.candidates:
        if c.relations[:1] == (_RUNS,) and c.source >= 0 and _body(ctx, c.source):
            runners.setdefault(key(c.target), set()).add(c.source)
    tied = {
        frozenset((key(c.source), key(c.target)))
        for c in ctx.candidates
        if _TIES & set(c.relations)
    }
    added: set[frozenset] = set()
    for c in list(ctx.candidates):
        if c.role != "partner" or "PARTICIPATED_IN" not in c.relations or c.source < 0:
            continue
        if not _SAID.search(c.evidence) or ctx.type_of(ctx.mentions[c.target]) != "Project":
            continue
        found = {key(r): r for r in runners.get(key(c.target), ())}
        if len(found) != 1:
            continue
        runner = next(iter(found.values()))
        pair = frozenset((key(runner), key(c.source)))
        if len(pair) < 2 or pair in tied or pair in added:
            continue
        added.add(pair)
        ctx.relate(runner, "PARTNER_OF", c.source, evidence=c.evidence, confidence=0.6)


def _body(ctx: DocumentContext, m: int) -> bool:
    return ctx.type_of(ctx.mentions[m]) == "Organisation"


def _keys(ctx: DocumentContext):
    """The name key of a mention id (what one body's mentions share)."""

    def key(m: int) -> str:
        return mention_key(ctx.mentions[m].text) if m >= 0 else str(m)

    return key


__all__ = ["runner_partners"]
