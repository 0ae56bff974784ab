"""Who chairs, and what, read from the parse of a passive "chaired by" (for
rules/chairs.py; no rules of its own): the "by" a few words after the verb
("chaired this year by Jane Doe"), the people it names ("by Superintendent Jane
Doe", a word before the name no title list holds), and the body a described
chaired thing stands for ("Foo Arts, a volunteer-led charity chaired by Jane Doe"),
and the body an owned board is of ("Our board is chaired by", "the alliance's board").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader


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


_BOARD_WORDS = vocab.words("board_words")  # board, trustees, governors
_OURS = frozenset({"our"})


def owned_board(reader: SentenceReader, k: int) -> Mention | None:
    """ "Our board is chaired by", "The alliance's board is chaired by" (the passive's
    words from token k back): the body whose board it is: the page's own for "our"
    (`we_org`, when the page has said which), the last organisation named with the
    owner's word for "the alliance's"; else None."""
    start, words = reader.sent.start, reader.words
    if k - 2 < start or words[k - 1] not in _BOARD_WORDS:
        return None
    if words[k - 2] in _OURS:
        body = reader.we_org(k - 2)
        return reader.ctx.mentions[body] if body is not None and body >= 0 else None
    if k - 3 >= start and words[k - 2] in POSSESSIVE and reader.doc[k - 3].is_lower:
        word = words[k - 3]  # "the alliance's board": not a name ("Foo's board": read whole)
        return reader.ctx.recent_with_word(word, "Organisation")
    return None


__all__ = ["agent_after", "agents", "described_body", "owned_board"]
