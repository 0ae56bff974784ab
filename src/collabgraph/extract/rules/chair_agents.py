"""Who chairs, and what, read from the parse of a passive "chaired by" (for
rules/chairs.py; no rules of its own): the "by" a few words after the verb
("chaired this year by Jane Doe"), the people it names ("by Superintendent Jane
Doe", a word before the name no title list holds), and the body a described
chaired thing stands for ("Foo Arts, a volunteer-led charity chaired by Jane Doe").
"""

from __future__ import annotations

from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader


def agent_after(reader: SentenceReader, k: int, gap: int) -> int | None:
    """Where the passive's "by" is, in the parse (the agent of the verb just before
    token k, at most `gap` words on: "chaired this year by"), with only lower-case
    words between (no name: "chaired the Foo Trust by"); else None."""
    verb = reader.doc[k - 1]
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None or not k < agent.i <= k + gap or agent.i >= reader.sent.end:
        return None
    return agent.i if all(reader.doc[j].is_lower for j in range(k, agent.i)) else None


def agents(reader: SentenceReader, by: int) -> list[Mention]:
    """The people the passive's "by" at token `by` names in the parse (its object
    and those listed with it)."""
    objects = [c for c in reader.doc[by].children if c.dep_ == "pobj"]
    return reader.named_by(objects, {"Person"})


def described_body(reader: SentenceReader, i: int) -> Mention | None:
    """ "Foo Arts, a volunteer-led charity chaired by": the organisation a common
    noun the verb at token i describes is set beside (the noun an appositive of
    the name); else None."""
    verb = reader.doc[i]
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "appos" or not noun.is_lower:
        return None
    named = reader.named_by([noun.head], {"Organisation"})
    return named[0] if named else None


__all__ = ["agent_after", "agents", "described_body"]
