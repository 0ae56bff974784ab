"""Where a post written beside a name ends and the body it is held at, for
`appositives` (no rules): a body named after a description ("of food supply
organisation Foo"), "at the trust" (the body last named so), bodies joined by
"and" or "/", a later "at" ("director of nursing in the X Division at Foo"), a
comma inside a post's field ("Director for Housing, Planning and Transport"), a
post in a run of capitals closed by its body's name ("Senior Manager Dalby Health
Centre;").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.appositive_words import AFTER_ORG, LINKS
from collabgraph.extract.rules.named_tails import named_tail_at
from collabgraph.extract.rules.reader import SentenceReader

_QUALIFIERS = vocab.words("role_qualifiers")
_END_LINKS = LINKS - {"from", "in"}  # built once, not once a word


def post_then_body(reader: SentenceReader, start: int, j: int, org: Mention) -> bool:
    """ "Jane Doe, Senior Manager Dalby Health Centre;", "Jane Doe, GP Partner Orley
    Group Practice,": a job title found in the run of capitals (its words from
    `start` to the name at j, no "of" or "at" between) and the body's name closing
    the aside: the post is held there."""
    role = reader.role_at(start)
    return (
        role is not None
        and role.end == j
        and (org.end >= reader.sent.end or reader.words[org.end] in AFTER_ORG)
    )


def described_from(reader: SentenceReader, start: int, j: int) -> int:
    """ "..., chief executive of food supply organisation Foo": where "of" (or "at")
    stands before a description of the organisation at token j ending in a noun that
    says what it is (`vocab/description_nouns.txt`); j - 1 when there is none."""
    if reader.words[j - 1] not in lx.ORG_DESCRIPTION_NOUNS:
        return j - 1
    k = j - 1
    while k > start and reader.doc[k].is_lower and reader.words[k] not in LINKS:
        k -= 1
    return k if k > start and j - k <= 5 and reader.words[k] in LINKS else j - 1


def definite_at(reader: SentenceReader, start: int, j: int) -> tuple[int, Mention] | None:
    """ "Jane Doe, director of property at the trust,": a post whose words [start, j)
    end in "at"/"of"/"for" and "the" and a body's word: (where the post's words end,
    the body last named with that word), or None."""
    k = j - 3
    if k <= start or reader.words[k] not in _END_LINKS:
        return _tail_at(reader, start, j)
    org = reader.definite_org(k + 1)
    return (k, org) if org is not None else _tail_at(reader, start, j)


def _tail_at(reader: SentenceReader, start: int, j: int) -> tuple[int, Mention] | None:
    """ "Jane Doe, secretary of the tenants' union,": a post whose words [start, j)
    end in "of"/"at"/"for", "the" and a body's last words (`named_tail_at`): (where
    the post's words end, that body), or None."""
    for k in range(j - 4, max(start, j - 6), -1):
        if reader.words[k] in _END_LINKS:
            tail = named_tail_at(reader, k + 1)
            return (k, tail[0]) if tail is not None and tail[1] == j else None
    return None


def joined_orgs(reader: SentenceReader, org: Mention) -> list[Mention]:
    """ "Foo Trust and the Bar Network", "Foo/Bar": organisations joined by "and"."""
    out = [org]
    k = org.end
    while k + 1 < reader.sent.end and reader.words[k] in {"and", "&", "/"}:
        nxt = reader.mention_at(k + 1)
        if nxt is None or reader.kind(nxt) != "Organisation":
            break
        out.append(nxt)
        k = nxt.end
    return out


_HELD_AT_STOPS = {",", ";", ")", "(", "said", "since", "until"}
_ADVERBS = vocab.words("post_time_adverbs")


def _another_post_at(reader: SentenceReader, k: int) -> bool:
    """Whether token k ends the words of one post: a comma, "since", "said", or "and"
    before another post ("... of Foo since 2019 and previously director at Bar"),
    not "and" inside a field ("School of Children and Families at Bar")."""
    w = reader.words[k]
    if w in _HELD_AT_STOPS or w in _ADVERBS:
        return True
    if w != "and" or k + 1 >= reader.sent.end:
        return False
    nxt = reader.words[k + 1]
    return nxt in _ADVERBS or nxt in _QUALIFIERS or reader.role_phrase_at(k + 1) is not None


def held_at_later(reader: SentenceReader, k: int) -> tuple[int, Mention] | None:
    """ "... in the X Division at Foo Trust", "Director of Wales – South at Foo": the
    organisation after a later "at" (before the next comma) is where the post is."""
    while k < reader.sent.end and not _another_post_at(reader, k):
        if reader.words[k] in {"at", "with"}:
            found = reader.mention_at(k + 1)
            if found is not None and reader.kind(found) == "Organisation":
                return k, found
        k += 1
    return None


def field_goes_on(reader: SentenceReader, start: int, comma: int) -> bool:
    """A comma inside a job title's field: "Director for Experience, Participation
    and Equalities": the title has "of"/"for" and what follows is no organisation's
    name but words joined by "and" to the next comma."""
    if not {"of", "for"} & set(reader.words[start:comma]):
        return False
    k = comma + 1
    while k < reader.sent.end and reader.words[k] not in {",", ";", "(", ")"}:
        m = reader.by_start.get(k)
        if m is not None and reader.kind(m) in {"Organisation", "Person"}:
            return False
        k += 1
    return "and" in reader.words[comma + 1 : k] and k - comma <= 6
