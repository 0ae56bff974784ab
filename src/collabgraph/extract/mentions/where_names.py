"""A name of two or three words set after "in", "across" or "throughout" that only
the recogniser calls a body: "a tool library in Lower Marlow", "opens its doors
in Fenby Green", "In Dunmarsh Cross we are teaming up with ...". With no
body's head word ending it (no "Trust", "Foods", "Hall": `mentions.heads`) and
no given name opening it, such a name says where: a place, as a one-word name
there is (`context_votes`). Not inside a title whose words run across the "in"
("Pride in Place Question Time"), nor after a verb or noun of work or taking part
("worked in", "a role in", "invested in", "involved in": `_NOT_WHERE_BEFORE`),
where "in" names a body.
"""

from __future__ import annotations

from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import lower_word

_WHERE = {"in", "across", "throughout"}
_MOST_WORDS = 3
_NOT_WHERE_BEFORE = {
    "worked", "works", "work", "working", "role", "roles", "post", "job", "career",
    "invested", "invest", "investing", "investment", "involved", "involvement",
    "participate", "participated", "participating", "part", "interest", "shares",
    "stake", "member", "members", "membership", "partner", "partners", "placement",
}  # fmt: skip
WHERE_NAME_VOTES = 3
"""As a one-word name after "in" gets: over the recogniser's 2 for a body."""


def where_name(doc, sent, m: Mention) -> bool:
    """Whether `m` is a short bare name after a preposition of where that nothing but
    the recogniser types."""
    n = m.end - m.start
    k = m.start - 1
    if n < 2 or n > _MOST_WORDS or k < sent.start or doc[k].lower_ not in _WHERE:
        return False
    if k > sent.start and doc[k - 1].text[:1].isupper():
        return False  # "Pride in Place Question Time", "Heating Homes in Rural Dale": one title
    if sum(m.votes.values()) > m.recogniser_votes("Organisation") or m.gazetteer:
        return False  # other evidence read it already
    words = doc[m.start : m.end]
    if not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    if any(head_kind(lower_word(t))[0] is not None for t in words):
        return False  # "in Kelby Hall", "in Fenby Foods"
    if is_given_name(words[0].text):
        return False  # "in Ada Brook's team"
    return not (k - 1 >= sent.start and doc[k - 1].lower_ in _NOT_WHERE_BEFORE)


__all__ = ["WHERE_NAME_VOTES", "where_name"]
