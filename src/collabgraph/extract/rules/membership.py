"""Membership and boards: "a member of", "trustee of", "sits on the board of",
"joined the alliance", "members include A, B and C": MEMBER_OF.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.member_ends import (
    GROUP_HEADS,
    MEMBERS,
    apposed_person,
    as_post,
    bodies_listed_after,
    bodies_said_back,
    group_named_before,
    item_heading_body,
    kind_after,
    members_including,
    one_of_opens,
    read_member_list,
    seat_holders,
    the_apposed,
    unnamed_members_body,
    who_clause,
    within_fund,
)
from collabgraph.extract.rules.partner_lists import its_body
from collabgraph.extract.rules.post_kinds import people_join
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader
from collabgraph.extract.rules.team_leads import team_at

LABELS = frozenset({"member_list", "member_of", "members_include"})
"""The cue labels (pattern files) this family's rules read."""

_COPULA = vocab.words("member_copula_words")
_DESCRIBERS = vocab.words("member_body_describers")
_PEOPLE_GROUPS = vocab.words("people_group_heads")
_BODY_HEADS = vocab.words("body_heads")  # bodies with members
_INTO_GROUP = {"from", "of", "on", "in", "with"}
_LIST_ENDS = {".", ";", "!", "?"}
_WITH_WORDS = {"with", "alongside"}
_ACTING_WITH = {"by", "with", "from", "to", "for", "among", "alongside"}  # members of their own
_JOINED = {"joined", "join", "joins", "joining"}
_JOINED_THE = [[j, the] for j in ("joined", "join", "joins") for the in ("the", "its", "our")]
_AS_A = [["as", "a"], ["as", "an"], ["as"]]  # "As a member of Foo, Bar has ..." (not "As part of")
_SEAT_WORDS = {"member", "members", "sits", "sit", "sat"}  # "sits on the alliance": named before


def membership(reader: SentenceReader) -> None:
    """ "three new member organisations: A, B and C" (`member_list` cues), "its
    members include A and B" (`members_include`), "A is a trustee of X"
    (`member_of`): MEMBER_OF, with the cue's role."""
    lists = {c.end - 1: c for c in reversed(reader.cues("member_list"))}  # list noun -> cue
    for i in sorted(lists):
        if i < reader.sent.end - 1:
            read_member_list(reader, i, lists[i].cue.relations, lists[i].cue.role)
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
            body = body or unnamed_members_body(reader, i)  # "Other new members include A"
            for x in reader.list_after(cue.end, kinds={"Person", "Organisation"}):
                reader.relate(x, cue.cue.relations, body, role=cue.cue.role, confidence=0.75)
            continue
        if reader.words[i] == "members" and reader.words[i - 1] in _WITH_WORDS:
            continue  # "Foo worked with members of Bar": Bar's members, not Foo (collaboration)
        body = reader.mention_at(cue.end) or _described_body(reader, cue.end)
        if body is None and cue.cue.params.get("body_named_as_group"):
            body = group_named_before(reader, cue.end)  # "Foo joined this group"
        rels, role = cue.cue.relations, cue.cue.role
        team = team_at(reader, cue.end) if reader.words[i] in {"member", "members"} else None
        if team is not None:  # "a member of the Foo Trust's senior management team": staff
            body, rels, role = team[0], ("WORKS_FOR",), f"member of the {' '.join(team[1].split())}"
        listed = members_including(reader, cue.end, body) if reader.words[i] == "members" else None
        if listed is not None:  # "members of the Commission, including A, B and C"
            body, members = listed
            for x in members:
                reader.relate(x, rels, body, role=role, confidence=0.7)
            continue
        if body is None and reader.words[i] in _SEAT_WORDS:
            body = group_named_before(reader, cue.end)  # "sits on the alliance"
        if body is None or reader.kind(body) != "Organisation" or cue.end < longest[i]:
            continue
        if within_fund(reader, i, body):
            continue  # "applied for support as part of the Foo Fund": no member of it
        if cue.cue.params.get("body_named_as_group") and (
            not (body.text.lower().split()[-1] in GROUP_HEADS or kind_after(reader, body.end))
            or as_post(reader, body.end)
            or (body.end < reader.sent.end and reader.words[body.end] in POSSESSIVE)
        ):
            continue  # not "joined Foo Trust as chief executive" (`posts`) nor "Foo's board"
        v = one_of_opens(reader, i)
        if (w := the_apposed(reader, v)) != v:  # "Foo Trust, the lead provider in": as said
            v, role = w, reader.doc[w + 1 : cue.end - 1].text.lower()
        if v - 2 > reader.sent.start and reader.words[v - 2 : v] in _JOINED_THE:
            v -= 2  # "that A, B and C have joined the board of trustees of Foo": their subject
        while v - 1 > reader.sent.start and reader.words[v - 1] in _COPULA:
            v -= 1  # "A and B are both members of", "A has also been a trustee of"
        subjects = seat_holders(reader, reader.subjects_before(v, MEMBERS)) or who_clause(reader, v)
        if _objects_before_and(reader, v, subjects):
            subjects = []  # "Foo is a partner in Bar and a member of Baz": Foo, read below
        apposed = apposed_person(reader, v) if v == i or reader.words[v] in {"a", "an"} else []
        if apposed and apposed[0] in subjects:  # "A, officer at Foo, and B, a trustee of Bar"
            subjects = apposed  # not "A and B, both members of"
        if not subjects and reader.words[i] in _JOINED:
            subjects = bodies_listed_after(reader, i, body.end)  # "have joined Foo: A, B and C"
        fronted = reader.words[reader.sent.start : i] in _AS_A and reader.words[i] != "part"
        if not subjects and fronted:
            subjects = _named_after_comma(reader, body.end)
        if not subjects and _members_acting(reader, i):
            continue  # "He was shown round by young members of Foo": not his seat
        subjects = subjects or [
            s for s in [reader.sentence_subject()] if s is not None and s is not body
        ]
        subjects = subjects or bodies_said_back(reader, i)
        if not subjects and i - reader.sent.start <= 1:
            subjects = item_heading_body(reader)  # "Foo Advice" over "... Part of the Bar Network."
        if reader.words[i] in _JOINED and not people_join(body.text):
            subjects = [s for s in subjects if reader.kind(s) != "Person"]  # "joined Foo Trust in"
        for b in [body, *_and_of(reader, body)]:
            for s in subjects:
                if s is not b:
                    reader.relate(s, rels, b, role=role, confidence=0.75)


def _members_acting(reader: SentenceReader, i: int) -> bool:
    """Whether the members at token i are the object of a preposition other than
    "as" ("shown round by members of Foo", "worked with members of Foo"): people
    of their own, not a seat the sentence's subject holds."""
    tok = reader.doc[i]
    return reader.words[i] == "members" and tok.dep_ == "pobj" and tok.head.lower_ in _ACTING_WITH


def _objects_before_and(reader: SentenceReader, v: int, subjects: list) -> bool:
    """Whether the seat said from token v on is a second predicate after "and" and
    the names found before it are objects of the first's preposition ("Foo Trust
    is a partner in the Bar System and a member of Baz", "Foo runs a project with
    Bar and is a member of Baz"): the sentence's subject holds the seat, not them."""
    if not subjects or v - 1 <= reader.sent.start or reader.words[v - 1] != "and":
        return False
    for m in subjects:
        k = m.start - 1
        k -= k > reader.sent.start and reader.words[k] in lx.DEFINITE
        if k <= reader.sent.start or reader.doc[k].pos_ != "ADP" or reader.words[k] == "and":
            return False
    return True


def _described_body(reader: SentenceReader, k: int):
    """ "a member of the national Foo Network", "a trustee of the national charity
    Foo Cares": the body named at token k after "the" and up to three lower-case
    words saying what or where it is (`vocab/member_body_describers.txt`); else None."""
    if k >= reader.sent.end or reader.words[k] != "the":
        return None
    j = k + 1
    while j < min(k + 4, reader.sent.end) and reader.words[j] in _DESCRIBERS:
        j += 1
    return reader.by_start.get(j) if j > k + 1 else None


def _and_of(reader: SentenceReader, body) -> list:
    """ "a member of Foo and of Bar", "a trustee of Foo, and of Bar": the second body,
    its "of" written again; else []."""
    k = body.end + (body.end < reader.sent.end and reader.words[body.end] == ",")
    if reader.words[k : k + 2] != ["and", "of"]:
        return []
    second = reader.mention_at(k + 2)
    return [second] if second is not None and reader.kind(second) == "Organisation" else []


def _named_after_comma(reader: SentenceReader, k: int) -> list:
    """ "As a member of Foo, Bar Trust hosted", "As members of Foo, A and B ...": the
    names right after the comma at token k (after "the"), the subjects the fronted
    phrase is about; else []."""
    if k + 1 >= reader.sent.end or reader.words[k] != "," or reader.mention_at(k + 1) is None:
        return []
    return reader.list_after(k + 1, kinds=set(MEMBERS))


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
