"""Bodies welcomed as new members (the membership family, continued):

- "A warm welcome to A, B and C, who joined the network in May": the bodies
  welcomed are members of the body last named with that noun (its name ending
  like a body with members, `vocab/body_heads.txt`);
- "A warm welcome to A and B, who all joined in June. That takes us to 90 member
  groups.": no body named, they joined the page's own (its "we", filled in once
  the page is read);
- "We have 40 member groups, among them A, B and C": the page's own body's members;
- "We welcome A, B and C to the network", "we welcome three new groups to the
  network: A, B and C": the names welcomed are members of the body they are welcomed
  to (a name; "the network": the body last named with that noun; "our network": the
  page's own); people too, when "members" are welcomed (`_welcomed_to_body`). Not to
  a board: `welcomed_seats` reads those seats. "A warm welcome to our newest members:
  A and B" is the page's own body's (`our_members_body`, asked by `member_ends`).

Each body so named is MEMBER_OF that body (role "member"). People welcomed are not
read here unless welcomed as "members" (a person "who joined" may have joined the
staff: `welcomed_seats` reads "welcome Jane Doe to our board"). No cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.partner_leads import ours_at
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
            _welcomed_to_body(reader, j)
            continue
        body = _body_joined(reader, bodies[-1].end)
        if body is None and bodies[-1].end < end and words[bodies[-1].end] == "to":
            body = _body_named(reader, bodies[-1].end + 1)
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


_OURS = frozenset({"our", "my"})
_THE = frozenset({"the", "its", "their"})
_MEMBER_WORDS = frozenset({"member", "members"})
# "three new groups", "our newest members", "two new warm spaces"
_NEWCOMER_WORDS = _BODY_PLURALS | _MEMBER_WORDS | {"new", "newest"}
_MAX_NEWCOMER_WORDS = 12  # "three new member organisations to the Foo Network" up to ":"


def _body_named(reader: SentenceReader, i: int) -> Mention | int | None:
    """The body named from token i on ("to" just before): a name ("Foo Network",
    "our Customer Panel"), "the network" (the body last named with that noun), "our
    network" (the page's own body); None for anything else, a board among them."""
    words, end = reader.words, reader.sent.end
    if i >= end:
        return None
    named = reader.mention_at(i)
    if named is not None:
        after = named.end
        if reader.kind(named) != "Organisation" or (after < end and words[after] in _BODY_HEADS):
            return None  # "to the Foo Homes board": a seat, `welcomed_seats`
        return named
    if i + 1 >= end or words[i + 1] not in _BODY_HEADS or words[i + 1] == "board":
        return None
    if words[i] in _THE:
        return reader.definite_org(i)
    if words[i] in _OURS:
        ours = reader.we_org(i)
        return ours if ours is not None else PAGE_ORG
    return None


def _welcomed_to_body(reader: SentenceReader, j: int) -> None:
    """ "welcome three new groups to the network: A, B and C", "a warm welcome to our
    newest members: A and B": the words from token j to a colon say who is welcomed
    (a plural of bodies, or members) and, after "to", where; the names listed after
    the colon are its members."""
    words, end = reader.words, reader.sent.end
    stop = min(end - 1, j + _MAX_NEWCOMER_WORDS)
    colon = next((k for k in range(j, stop) if words[k] == ":"), None)
    if colon is None or not _NEWCOMER_WORDS & set(words[j:colon]):
        return
    to = next((k for k in range(j, colon) if words[k] == "to"), None)
    if to is None or any(k in reader.by_start for k in range(j, to)):
        return  # "a warm welcome to our newest members:" is `our_members_body`'s
    body = _body_named(reader, to + 1)
    if body is None:
        return
    listed = reader.list_after(colon + 1)
    if any(reader.kind(m) == "Person" for m in listed):
        people = _MEMBER_WORDS & set(words[j:colon])  # "new members:", not "new groups:"
        listed = [m for m in listed if people and reader.kind(m) == "Person"]
    else:  # "A, Foo Library and B": a name typed as a place is left out
        listed = [m for m in listed if reader.kind(m) != "Place" and reader.vote_organisation(m)]
    for m in listed:
        reader.relate(m, ("MEMBER_OF",), body, role="member", confidence=0.65)


def our_members_body(reader: SentenceReader, k: int, i: int) -> Mention | int | None:
    """ "our newest members: A and B", "a warm welcome to our new members": "our" at
    token k and lower-case words up to the members' word at token i say they are the
    page's own body's members (the speaker's inside a quote); None otherwise."""
    if reader.words[k] not in _OURS or reader.words[i] not in _MEMBER_WORDS:
        return None
    if not all(reader.doc[n].is_alpha and reader.doc[n].is_lower for n in range(k + 1, i)):
        return None
    return ours_at(reader, k)


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


__all__ = ["LABELS", "our_members_body", "welcomed_members"]
