"""Agents after "by" that a noun refers back to: "the Home First service, which is
run jointly by the council and Kelby NHS Trust", "the Winter Ready initiative, led
by the council with Fenby Advice Centre": "the council" is the body last named
with that word (`reader.definite_org`), and the bodies listed after "and" or "with"
did it with it. Read by `agents.by_phrases` before the named agents, which pass
over "the council".
"""

from __future__ import annotations

from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

_JOINED = frozenset({"and", "with", "&"})
_CLOSING = frozenset({",", ".", ";", ":", ")", "–", "-"})


def referred_agents(reader: SentenceReader, start: int) -> list[Mention]:
    """The bodies "by the council and Foo" names from token `start` (right after
    "by"): the one "the council" refers to, then those listed after "and"/"with";
    [] when a name follows "the" ("by the Foo Trust"), the noun goes on ("by the
    council's housing team", "by the trust board"), or no body was named with that
    word."""
    words, end = reader.words, reader.sent.end
    if start + 1 >= end or words[start] != "the" or reader.covering.get(start + 1) is not None:
        return []
    nxt = start + 2
    if nxt < end and (words[nxt] in POSSESSIVE or not _ends_noun(reader, nxt)):
        return []
    body = reader.definite_org(start)
    if body is None:
        return []
    found = [body]
    if nxt + 1 < end and words[nxt] in _JOINED:
        found += [m for m in reader.list_after(nxt + 1, kinds={"Organisation"}) if m is not body]
    return found


def _ends_noun(reader: SentenceReader, k: int) -> bool:
    """Whether token k closes the noun phrase "the council" before it: a mark,
    "and"/"with", or a word that is no noun ("from", "in", "last year")."""
    word = reader.words[k]
    if word in _CLOSING or word in _JOINED:
        return True
    return reader.doc[k].pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}


__all__ = ["referred_agents"]
