"""Membership and boards: "a member of", "trustee of", "sits on the board of",
"joined the alliance", "members include A, B and C": MEMBER_OF.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.grant_funders import fund_named
from collabgraph.extract.rules.partner_lists import its_body
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader
from collabgraph.extract.rules.team_leads import team_at

LABELS = frozenset({"member_list", "member_of", "members_include"})
"""The cue labels (pattern files) this family's rules read."""

_GROUP_HEADS = lx.STRONG_ORG_HEADS | vocab.words("group_heads")
_COPULA = vocab.words("member_copula_words")
_LIST_GLUE = {":", "-", "–", "include", "including", "are", "were", "is"}
_MEMBERS = frozenset({"Person", "Organisation"})
_PEOPLE_GROUPS = vocab.words("people_group_heads")
_BODY_HEADS = vocab.words("body_heads")  # bodies with members
_INTO_GROUP = {"from", "of", "on", "in", "with"}
_LIST_ENDS = {".", ";", "!", "?"}
_INCLUDING = {"including", "includes", "include"}
_POST_PLACE_WORDS = {"at", "for", "with", "in"}  # "Lecturer at Foo and a trustee of Bar"


def membership(reader: SentenceReader) -> None:
    """ "three new member organisations: A, B and C" (`member_list` cues), "its
    members include A and B" (`members_include`), "A is a trustee of X"
    (`member_of`): MEMBER_OF, with the cue's role."""
    lists = {c.end - 1: c for c in reversed(reader.cues("member_list"))}  # list noun -> cue
    for i in sorted(lists):
        if i < reader.sent.end - 1:
            _member_list(reader, i, lists[i].cue.relations, lists[i].cue.role)
    cues = [*reader.cues("member_of"), *reader.cues("members_include")]
    longest = {}
    for c in cues:  # at one token, only the longest cue is read ("sits on the board of")
        if c.cue.label == "member_of" and c.end > longest.get(c.start, 0):
            longest[c.start] = c.end
    for cue in sorted(cues, key=lambda c: (c.cue.order, c.start)):
        i = cue.start
        if cue.cue.label == "members_include":
            body = reader.before(i, kinds={"Organisation"})
            if body is None and i > reader.sent.start and reader.words[i - 1] in {"its", "their"}:
                body = its_body(reader, i - 1)  # "Foo Network met. Its members include A"
            for x in reader.list_after(cue.end, kinds={"Person", "Organisation"}):
                reader.relate(x, cue.cue.relations, body, role=cue.cue.role, confidence=0.75)
            continue
        body = reader.mention_at(cue.end)
        if body is None and cue.cue.params.get("body_named_as_group"):
            body = _group_named_before(reader, cue.end)  # "Foo joined this group"
        rels, role = cue.cue.relations, cue.cue.role
        team = team_at(reader, cue.end) if reader.words[i] in {"member", "members"} else None
        if team is not None:  # "a member of the Foo Trust's senior management team": staff
            body, rels, role = team[0], ("WORKS_FOR",), f"member of the {' '.join(team[1].split())}"
        listed = _members_including(reader, cue.end, body) if reader.words[i] == "members" else None
        if listed is not None:  # "members of the Commission, including A, B and C"
            body, members = listed
            for x in members:
                reader.relate(x, rels, body, role=role, confidence=0.7)
            continue
        if body is None or reader.kind(body) != "Organisation" or cue.end < longest[i]:
            continue
        if _within_fund(reader, i, body):
            continue  # "applied for support as part of the Foo Fund": no member of it
        if cue.cue.params.get("body_named_as_group") and (
            not (body.text.lower().split()[-1] in _GROUP_HEADS or _kind_after(reader, body.end))
            or _as_post(reader, body.end)
            or (body.end < reader.sent.end and reader.words[body.end] in POSSESSIVE)
        ):
            continue  # not "joined Foo Trust as chief executive" (`posts`) nor "Foo's board"
        v = _one_of(reader, i)
        if (w := _the_apposed(reader, v)) != v:  # "Foo Trust, the lead provider in": as said
            v, role = w, reader.doc[w + 1 : cue.end - 1].text.lower()
        while v - 1 > reader.sent.start and reader.words[v - 1] in _COPULA:
            v -= 1  # "A and B are both members of", "A has also been a trustee of"
        subjects = _holders(reader, reader.subjects_before(v, _MEMBERS)) or _who(reader, v)
        apposed = _apposed(reader, v) if v == i or reader.words[v] in {"a", "an"} else []
        if apposed and apposed[0] in subjects:  # "A, officer at Foo, and B, a trustee of Bar"
            subjects = apposed  # not "A and B, both members of"
        subjects = subjects or [
            s for s in [reader.sentence_subject()] if s is not None and s is not body
        ]
        for s in subjects:
            if s is not body:
                reader.relate(s, rels, body, role=role, confidence=0.75)


def _within_fund(reader: SentenceReader, i: int, body) -> bool:
    """ "as part of the Foo Fund" (the cue at token i): done within a fund or grant
    scheme, which has no members."""
    words = reader.words
    return (
        words[i] == "part" and i > reader.sent.start and words[i - 1] == "as" and fund_named(body)
    )


def _members_including(reader: SentenceReader, k: int, body):
    """ "members of Foo Commission, including A, B and C", "members of the
    Commission including A": (the body, the people and bodies listed after
    "including") when a list follows the body named at token k, or the body last named
    with the word after "the"; else None."""
    if body is None:
        body = reader.definite_org(k)  # "the Commission"
        after = k + 2
    else:
        after = body.end
    if body is None or reader.kind(body) != "Organisation" or after >= reader.sent.end:
        return None
    after += reader.words[after] == ","
    if after >= reader.sent.end or reader.words[after] not in _INCLUDING:
        return None
    members = [x for x in reader.list_after(after + 1, kinds=_MEMBERS) if x is not body]
    return (body, members) if members else None


def _group_named_before(reader: SentenceReader, k: int):
    """ "Foo Trust joined this group", "... the network": the body last named with that
    word, when it is a group's ("the Bar Group", "the Bar Network"); else None."""
    if k + 1 >= reader.sent.end or reader.words[k] not in {"this", "the"}:
        return None
    word = reader.words[k + 1]
    if word not in _GROUP_HEADS or (k + 2 < reader.sent.end and reader.words[k + 2] in POSSESSIVE):
        return None  # not "joined the group's board"
    return reader.ctx.recent_with_word(word, "Organisation")


def _holders(reader: SentenceReader, subjects: list) -> list:
    """The subjects a seat is said of, less a body that only owns a post said of a
    person: "Jane Doe, Foo Alliance chair and representative on the Bar Board" is
    Jane Doe on the Bar Board, not Foo Alliance."""
    people = [m for m in subjects if reader.kind(m) == "Person"]
    owners = [m for m in subjects if any(r.start == m.end for r in reader.roles)]
    subjects = [m for m in subjects if not _post_held_at(reader, m)]
    return [m for m in subjects if m not in owners] if people else subjects


def _post_held_at(reader: SentenceReader, m) -> bool:
    """Whether `m` is where a post just said is held, named after "at" or after a
    post and "for"/"with"/"in": "A is Visiting Professor at Foo College and a
    trustee of Bar" has A, not Foo College, on Bar's board."""
    k = m.start - 1
    if k > reader.sent.start and reader.words[k] == "the":
        k -= 1
    if k <= reader.sent.start or reader.words[k] not in _POST_PLACE_WORDS:
        return False
    return reader.words[k] == "at" or any(r.end == k for r in reader.roles)


def _as_post(reader: SentenceReader, k: int) -> bool:
    """Whether "as" and a post follow token k ("as chief executive", "as a trustee")."""
    if k >= reader.sent.end or reader.words[k] != "as":
        return False
    k += 1 + (k + 1 < reader.sent.end and reader.words[k + 1] in {"a", "an", "its", "the"})
    for _ in range(2):  # "as its new finance director", "as interim chief executive"
        if reader.role_phrase_at(k) is not None:
            return True
        if k + 1 >= reader.sent.end or reader.doc[k].pos_ != "ADJ":
            return False
        k += 1
    return reader.role_phrase_at(k) is not None


def _one_of(reader: SentenceReader, i: int) -> int:
    """Where "one of the (four, founding) members of" opens, for a cue at token i."""
    k = i
    while k - 1 > reader.sent.start and k > i - 2 and reader.doc[k - 1].pos_ in {"NUM", "ADJ"}:
        k -= 1  # "the four", "the founding"
    if k - 3 >= reader.sent.start and reader.words[k - 3 : k] == ["one", "of", "the"]:
        return k - 3
    return i


def _kind_after(reader: SentenceReader, k: int) -> bool:
    """Whether token k is a lower-case noun saying a name is a group: "the Foo Cares
    partnership", "the Kelby Together network"."""
    return k < reader.sent.end and reader.words[k] in _GROUP_HEADS and reader.doc[k].is_lower


def _the_apposed(reader: SentenceReader, i: int) -> int:
    """Where an appositive "the" opens before the cue at token i, over up to two
    lower-case describing words: "Foo Trust, the lead partner in", so the name before
    the comma is the member; else i."""
    k = i
    while k > i - 2 and k - 1 > reader.sent.start and reader.doc[k - 1].is_lower:
        if reader.words[k - 1] == "the" or reader.doc[k - 1].pos_ not in {"ADJ", "NOUN"}:
            break
        k -= 1  # "lead", "founding"
    at_the = k - 2 >= reader.sent.start and reader.words[k - 1] == "the"
    return k - 1 if at_the and reader.words[k - 2] == "," else i


def _apposed(reader: SentenceReader, v: int) -> list:
    """ "A, policy officer for Foo, and B, a trustee of Bar": the seat in an
    appositive is only the person right before its comma."""
    if v - 1 <= reader.sent.start or reader.words[v - 1] != ",":
        return []
    person = reader.by_end.get(v - 1)
    return [person] if person is not None and reader.kind(person) == "Person" else []


def _who(reader: SentenceReader, v: int) -> list:
    """ "Jane Doe, who was a trustee of Foo": the person the clause is about."""
    if v - 2 < reader.sent.start or reader.words[v - 1] != "who" or reader.words[v - 2] != ",":
        return []
    person = reader.by_end.get(v - 2)
    return [person] if person is not None and reader.kind(person) == "Person" else []


def _member_list(
    reader: SentenceReader, i: int, relations: tuple[str, ...], role: str | None
) -> None:
    """ "the network welcomed three new member organisations: A, B and C"."""
    j = i + 1
    while j < reader.sent.end and reader.words[j] in _LIST_GLUE:
        j += 1
    if j == i + 1:
        return
    body = None
    for k in range(reader.sent.start, i):
        if reader.words[k] in {"the", "our", "its"} and k + 1 < i:
            body = (
                reader.definite_org(k)
                if reader.words[k] != "our"
                else reader.ctx.recent_with_word(reader.words[k + 1], "Organisation")
            )
            if body is not None:
                break
    if body is None:
        body = reader.before(i, kinds={"Organisation"})
    for x in reader.list_after(j, kinds={"Organisation", "Person"}):
        reader.relate(x, relations, body, role=role, confidence=0.7)


def members_named_after(reader: SentenceReader) -> None:
    """ "Foo Network member, Jane Doe", "Foo Forum members Jane Doe and John Roe":
    people named right after a body's name (one ending like a body with members,
    `vocab/body_heads.txt`) and the word "member(s)" are its members; bodies so
    named are members whatever the first body's name ("Foo member Bar Homes")."""
    for m in reader.ms:
        k = m.end
        if (
            k + 1 >= reader.sent.end
            or reader.words[k] not in {"member", "members"}
            or reader.kind(m) != "Organisation"
        ):
            continue
        k += 1 + (reader.words[k + 1] == ",")
        has_members = m.text.lower().split()[-1] in _BODY_HEADS
        kinds = {"Person", "Organisation"} if has_members else {"Organisation"}
        for member in reader.list_after(k, kinds=kinds) if k in reader.by_start else ():
            reader.relate(member, "MEMBER_OF", m, role="member", confidence=0.65)


def group_members(reader: SentenceReader) -> None:
    """ "residents from their newly formed Northtown Voice Panel, Jane Doe and
    John Roe.": people listed right after a group's name (`vocab/people_group_heads.txt`)
    that a preposition leads to, the list closing the sentence, are its members."""
    for m in reader.ms:
        if (
            reader.kind(m) != "Organisation"
            or m.text.lower().split()[-1] not in _PEOPLE_GROUPS
            or m.end + 1 >= reader.sent.end
            or reader.words[m.end] != ","
            or not _led_to(reader, m.start)
        ):
            continue
        people = _people_closing(reader, m.end + 1)
        if people and reader.after_fronted_post(people[0]):
            continue  # "The chief executive of Foo Board, Jane Doe, ...": a post, not members
        for p in people:
            reader.relate(p, "MEMBER_OF", m, role="member", confidence=0.65)


def _led_to(reader: SentenceReader, k: int) -> bool:
    """Whether a preposition of `_INTO_GROUP` leads to the name at token k, over
    its determiners and describing words ("from their newly established")."""
    j = k - 1
    while j >= reader.sent.start and reader.doc[j].pos_ in {"DET", "ADJ", "ADV", "PRON", "VERB"}:
        if reader.doc[j].pos_ == "VERB" and reader.doc[j].tag_ != "VBN":
            return False
        j -= 1
    return j >= reader.sent.start and reader.words[j] in _INTO_GROUP


def _people_closing(reader: SentenceReader, k: int) -> list:
    """People named from token k on, joined by commas and "and", up to the end of
    the sentence; [] when anything else comes between or after them."""
    people = []
    while k < reader.sent.end:
        m = reader.mention_at(k)  # "Mrs Jane Doe"
        if m is None or reader.kind(m) != "Person":
            return []
        people.append(m)
        k = m.end
        if k >= reader.sent.end or reader.words[k] in _LIST_ENDS:
            return people
        if (
            reader.words[k] == ","
            and k + 1 < reader.sent.end
            and reader.doc[k + 1].pos_ in {"VERB", "AUX"}
        ):
            return people  # "..., Jane Doe and John Roe, spoke about ..."
        if reader.words[k] == "," and k + 1 < reader.sent.end and reader.words[k + 1] == "and":
            k += 1
        if reader.words[k] not in {",", "and", "&"}:
            return []
        k += 1
    return []
