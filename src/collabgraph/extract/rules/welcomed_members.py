"""Bodies welcomed as new members (the membership family, continued):

- "A warm welcome to A, B and C, who joined the network in May": the bodies
  welcomed are members of the body last named with that noun (its name ending
  like a body with members, `vocab/body_heads.txt`);
- "A warm welcome to A and B, who all joined in June. That takes us to 90 member
  groups.": no body named, they joined the page's own (its "we", filled in once
  the page is read);
- "We have 40 member groups, among them A, B and C": the page's own body's members.

Each body so named is MEMBER_OF that body (role "member"). People welcomed are not
read here (a person "who joined" may have joined the staff: `welcomed_seats` reads
"welcome Jane Doe to our board"). No cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_WELCOMING = vocab.words("occasion_welcome_verbs")  # "welcome", "welcomed", ...
_JOINED = frozenset({"joined", "join"})
_BETWEEN = vocab.words("welcomed_joined_between_words")  # "who all joined", "who have joined"
# "who joined." / "who joined in May", "on", "this year", "last month": no body named
_JOINED_WHEN = frozenset({".", "!", "in", "on", "this", "last", "earlier"})
_BODY_HEADS = vocab.words("body_heads")  # bodies with members: "the network"
_BODY_PLURALS = vocab.words("body_plurals")  # "groups", "organisations", "charities"
_OPENERS = (("among", "them"), ("including",))
_WORDS_TO_OPENER = 5  # "we have 40 member groups, among them": "we" to the opener


def welcomed_members(reader: SentenceReader) -> None:
    """ "welcome (to) A, B and C, who (all) joined (the network)" and "we have N
    member groups, among them A and B": see the module's doc."""
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start, end - 3):
        if words[k] not in _WELCOMING:
            continue
        j = k + 1 + (words[k + 1] == "to")
        bodies = _bodies_listed(reader, j)
        if not bodies:
            continue
        body = _body_joined(reader, bodies[-1].end)
        for m in bodies if body is not None else ():
            reader.relate(m, ("MEMBER_OF",), body, role="member", confidence=0.65)
    _we_have_members(reader)


def _bodies_listed(reader: SentenceReader, j: int) -> list[Mention]:
    """The names listed from token j on, when each is a body (an organisation, or a
    name not yet typed, which gets an organisation's vote); [] when any is not."""
    listed = reader.list_after(j)
    if not listed or listed[0].start > j + 1:
        return []
    if any(reader.kind(m) not in {"Organisation", None} for m in listed):
        return []
    return [m for m in listed if reader.vote_organisation(m)]


def _body_joined(reader: SentenceReader, k: int) -> Mention | int | None:
    """After the list ending at token k, ", who (all) joined": the body joined.
    "joined the network": the body last named with that noun, when a body with
    members; "joined Foo Network": that name; "joined in May" (nothing joined
    named): the page's own body; None when no such clause follows."""
    words, end = reader.words, reader.sent.end
    if k + 2 >= end or words[k] != "," or words[k + 1] != "who":
        return None
    v = k + 2
    while v < end and words[v] in _BETWEEN:
        v += 1
    if v >= end or words[v] not in _JOINED:
        return None
    if v + 1 >= end or words[v + 1] in _JOINED_WHEN:
        ours = reader.we_org(v)
        return ours if ours is not None else PAGE_ORG
    named = reader.mention_at(v + 1)
    if named is not None:
        return named if reader.kind(named) == "Organisation" else None
    if words[v + 1] == "the" and v + 2 < end and words[v + 2] in _BODY_HEADS:
        return reader.definite_org(v + 1)
    return None


def _we_have_members(reader: SentenceReader) -> None:
    """ "We have 40 member groups, among them A, B and C": the sentence opens with
    "we", says "member" and a plural of bodies, then a list opener; the bodies
    listed after it are members of the body "we" is."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    if words[start] != "we":
        return
    for j in range(start + 3, min(end - 1, start + _WORDS_TO_OPENER + 3)):
        n = next((len(o) for o in _OPENERS if tuple(words[j : j + len(o)]) == o), 0)
        if not n:
            continue
        said = words[start:j]
        if "member" not in said or not _BODY_PLURALS & set(said):
            return
        if any(k in reader.by_start for k in range(start + 1, j)):
            return  # a name said before the list: not the page's own members
        ours = reader.we_org(start)
        body = ours if ours is not None else PAGE_ORG
        for m in _bodies_listed(reader, j + n):
            reader.relate(m, ("MEMBER_OF",), body, role="member", confidence=0.65)
        return


__all__ = ["LABELS", "welcomed_members"]
