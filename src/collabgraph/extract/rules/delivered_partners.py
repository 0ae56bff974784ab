"""A project "delivered with" bodies: "The scheme will be delivered with A and B",
"It is funded by X and delivered with A", "Our Foo project, delivered with A and
B", "Foo is delivered with A" -> A (and B) take part in the project as partners
(GOLD.md: organisations taking part in a project as partners), not as its runners:
on the probe pool, a body after "delivered with" is the project's partner in 20
writers' gold (39 ties) and its runner in 5 (two "delivered jointly with"). Read
for `co_organiser` cues ("delivered with", rules/organising.py `co_hosts`);
"delivered jointly with", "run with" and events (which A co-organises) are left to
`joint_runs` and `co_hosts`.
"""

from __future__ import annotations

from collabgraph.extract.rules.reader import SentenceReader

_VERB = "delivered"


def delivered_as_partner(reader: SentenceReader, cue, target: int | None) -> bool:
    """Whether the `co_organiser` cue (token span) is a bare "delivered with" about
    the project `target`: its bodies are the project's partners."""
    if target is None or cue.end - cue.start != 2 or reader.words[cue.start] != _VERB:
        return False
    return reader.ctx.type_of(reader.ctx.mentions[target]) == "Project"


__all__ = ["delivered_as_partner"]
