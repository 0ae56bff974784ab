"""A project "delivered with" bodies, with no name of it right before the verb:
"The scheme will be delivered with A and B", "It is funded by X and delivered with
A", "Its sessions are delivered with A" -> A (and B) take part in the project as
partners (GOLD.md: organisations taking part in a project as partners), not as its
runners. Read for `co_organiser` cues ("delivered with", rules/organising.py
`co_hosts`); a name or a comma right before the verb ("Foo is delivered with A",
"our Foo project, delivered with A") is left to `joint_runs`, as are "run with",
"jointly", "together" and events (which A co-organises).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.rules.reader import SentenceReader

_VERB = "delivered"


def delivered_as_partner(reader: SentenceReader, cue, target: int | None) -> bool:
    """Whether the `co_organiser` cue (token span) is a bare "delivered with" about
    the project `target`, with no name, kind word or comma of its own right before
    the verb: its bodies are the project's partners."""
    if target is None or cue.end - cue.start != 2 or reader.words[cue.start] != _VERB:
        return False
    if reader.ctx.type_of(reader.ctx.mentions[target]) != "Project":
        return False
    k = cue.start
    while k > reader.sent.start and reader.words[k - 1] in lx.BE_FORMS:
        k -= 1
    return k > reader.sent.start and reader.words[k - 1] != "," and k not in reader.by_end


__all__ = ["delivered_as_partner"]
