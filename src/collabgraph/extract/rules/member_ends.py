"""The ends of a membership cue, for `membership.membership` (no rules): the body ("members
of the Commission, including A and B", "Foo joined this group", not "as part of the Foo
Fund", not "joined Foo Trust as chief executive") and who holds the seat ("one of the
founding members of", "Foo Trust, the lead partner in", "A, policy officer for Foo, and B, a
trustee of Bar", "Jane Doe, who was a trustee of Foo"; not the body a post before it is held
at), the members listed after a member noun ("new member groups: A, B"; "our newest members:
A", the page's own body's); and the bodies an opening "It", "the charity" or "Both
organisations" stands for ("It is a member of Foo": `bodies_said_back`), or a listing item's
own line names ("Foo Advice" over "Part of the Bar Network.": `item_heading_body`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.grant_funders import fund_named
from collabgraph.extract.rules.grant_subjects import body_pronoun
from collabgraph.extract.rules.lead_subjects import group_in_view, is_member_body
from collabgraph.extract.rules.openers import counted_back
from collabgraph.extract.rules.partner_lists import its_organisation
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader
from collabgraph.extract.rules.welcomed_members import our_members_body

GROUP_HEADS = lx.STRONG_ORG_HEADS | vocab.words("group_heads")
_LIST_GLUE = {":", "-", "–", "include", "including", "are", "were", "is"}
MEMBERS = frozenset({"Person", "Organisation"})
_INCLUDING = {"including", "includes", "include"}
_PREDICATE_DEPS = {"attr", "oprd", "prep"}  # "is a member", "became a member", "as a member"
_POST_PLACE_WORDS = {"at", "for", "with", "in"}  # "Lecturer at Foo and a trustee of Bar"


def within_fund(reader: SentenceReader, i: int, body) -> bool:
    """ "as part of the Foo Fund" (the cue at token i): done within a fund or grant
    scheme, which has no members."""
    words = reader.words
    return (
        words[i] == "part" and i > reader.sent.start and words[i - 1] == "as" and fund_named(body)
    )


def members_including(reader: SentenceReader, k: int, body):
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
    members = [x for x in reader.list_after(after + 1, kinds=MEMBERS) if x is not body]
    return (body, members) if members else None


def group_named_before(reader: SentenceReader, k: int):
    """ "Foo Trust joined this group", "... the network": the body last named with that
    word, when it is a group's ("the Bar Group", "the Bar Network"); else None."""
    if k + 1 >= reader.sent.end or reader.words[k] not in {"this", "the"}:
        return None
    word = reader.words[k + 1]
    if word not in GROUP_HEADS or (k + 2 < reader.sent.end and reader.words[k + 2] in POSSESSIVE):
        return None  # not "joined the group's board"
    return reader.ctx.recent_with_word(word, "Organisation")


def seat_holders(reader: SentenceReader, subjects: list) -> list:
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


def as_post(reader: SentenceReader, k: int) -> bool:
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


def one_of_opens(reader: SentenceReader, i: int) -> int:
    """Where "one of the (four, founding) members of" opens, for a cue at token i."""
    k = i
    while k - 1 > reader.sent.start and k > i - 2 and reader.doc[k - 1].pos_ in {"NUM", "ADJ"}:
        k -= 1  # "the four", "the founding"
    if k - 3 >= reader.sent.start and reader.words[k - 3 : k] == ["one", "of", "the"]:
        return k - 3
    return i


def kind_after(reader: SentenceReader, k: int) -> bool:
    """Whether token k is a lower-case noun saying a name is a group: "the Foo Cares
    partnership", "the Kelby Together network"."""
    return k < reader.sent.end and reader.words[k] in GROUP_HEADS and reader.doc[k].is_lower


def the_apposed(reader: SentenceReader, i: int) -> int:
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


def apposed_person(reader: SentenceReader, v: int) -> list:
    """ "A, policy officer for Foo, and B, a trustee of Bar": the seat in an
    appositive is only the person right before its comma."""
    if v - 1 <= reader.sent.start or reader.words[v - 1] != ",":
        return []
    person = reader.by_end.get(v - 1)
    return [person] if person is not None and reader.kind(person) == "Person" else []


def who_clause(reader: SentenceReader, v: int) -> list:
    """ "Jane Doe, who was a trustee of Foo": the person the clause is about."""
    if v - 2 < reader.sent.start or reader.words[v - 1] != "who" or reader.words[v - 2] != ",":
        return []
    person = reader.by_end.get(v - 2)
    return [person] if person is not None and reader.kind(person) == "Person" else []


def read_member_list(
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
                or our_members_body(reader, k, i)
            )
            if body is not None:
                break
    if body is None:
        body = reader.before(i, kinds={"Organisation"})
    if body is None and reader.words[i + 1] in _MEMBERS_ARE:  # not a label: "Members: A, B"
        body = unnamed_members_body(reader, i)
    for x in reader.list_after(j, kinds={"Organisation", "Person"}):
        reader.relate(x, relations, body, role=role, confidence=0.7)


_MEMBERS_ARE = {"are", "were", "include", "included"}


def unnamed_members_body(reader: SentenceReader, i: int):
    """ "Its founding members were A and B", "Other recent members include A": a
    sentence that names nothing before its members' word (token i), its words up to
    there lower-case but the first: the members are the body's the last sentences
    were about (`partner_lists.its_organisation`); else None."""
    start = reader.sent.start
    if i <= start or any(m.start < i for m in reader.ms):
        return None
    if not all(
        reader.doc[j].is_alpha and (j == start or reader.doc[j].is_lower) for j in range(start, i)
    ):
        return None
    body = its_organisation(reader, start)
    if body is not None and is_member_body(body.text):
        return body
    group = group_in_view(reader, before=True, of_bodies=True)  # "Foo Alliance", named before
    return reader.ctx.mentions[group] if group is not None else body


_COLON_GAP = 4  # "joined the Foo Network this autumn:": words at most before the colon


def bodies_listed_after(reader: SentenceReader, i: int, k: int) -> list:
    """ "Three more groups have joined the Foo Network this autumn: A, B and C": the
    names listed after a colon a few words past token k (the body joined), when the
    words before the joining verb at token i name no one but say bodies ("groups",
    "charities": `vocab/body_plurals.txt`); each is a body, whatever the
    recogniser read it as."""
    words = reader.words
    before = words[reader.sent.start : i]
    if any(j in reader.by_start for j in range(reader.sent.start, i)) or not (
        _BODY_PLURALS & set(before)
    ):
        return []
    for j in range(k, min(k + _COLON_GAP, reader.sent.end - 1)):
        if j in reader.by_start or words[j] in {",", ";", "as", "and"}:
            return []
        if words[j] == ":":
            listed = reader.list_after(j + 1, kinds={"Organisation", "Person", "Place", None})
            for m in listed:
                m.votes["Organisation"] += _BODY_VOTE
                reader.ctx.votes_for(m)["Organisation"] += _BODY_VOTE
            return listed
    return []


_BODY_PLURALS = vocab.words("body_plurals")
_BODY_VOTE = 4  # over the recogniser's reading of a name as a person's or a place's


def bodies_said_back(reader: SentenceReader, i: int) -> list:
    """ "It is a member of Foo", "The shed also runs a club and is a member of
    Foo", "The charity is now a member of Foo", "Both charities are members of
    Foo": the bodies the sentence's opening subject stands for ("It": the one the
    last sentences were about; "the" and a body's head word: the one last named
    with it, or for a generic noun, `vocab/body_generic_nouns.txt`, the one the
    last sentences were about; "both"/"the two" and a plural for bodies: the two
    the sentence before names), when it is the subject of the verb the seat at
    token i is said with; else []."""
    start = reader.sent.start
    opener = start + (reader.words[start] == "the")
    if opener + 1 >= reader.sent.end or not _subject_of_seat(reader, i):
        return []
    two = counted_back(reader)
    if two:
        return two
    it = body_pronoun(reader, opener, company=True)
    return [it] if it is not None and reader.kind(it) == "Organisation" else []


def _subject_of_seat(reader: SentenceReader, i: int) -> bool:
    """Whether the sentence's opening words are the subject of the verb (or verbs joined
    by "and") the seat's word at token i hangs from, over a first predicate's noun ("a
    partner in Foo and a member of"), with no name before them."""
    head = reader.doc[i]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ == "one":
        head = head.head.head  # "one of twelve members of"
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        head = head.head  # "signed up as a member of"
    head = head.head if head.dep_ == "conj" and head.pos_ not in {"VERB", "AUX"} else head
    if head.pos_ not in {"VERB", "AUX"}:
        if head.dep_ not in _PREDICATE_DEPS or head.head.pos_ not in {"VERB", "AUX"}:
            return False  # not "It thanked the members of", "Foo Council, a member of"
        head = head.head
    verbs = {head.i}
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        verbs.add(head.i)
    subjects = [t for v in verbs for t in reader.doc[v].children if t.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(
        t.i - reader.sent.start <= 3 and not any(m.start <= t.i < m.end for m in reader.ms)
        for t in subjects
    )


def item_heading_body(reader: SentenceReader) -> list:
    """ "Foo Advice" on a line of its own over "Free advice on debt. Part of the Bar
    Network.": the body whose name alone makes the line (or block) heading the
    sentence's paragraph, a listing's item that a sentence with no subject of its
    own is about; else []."""
    block = next((m.block for m in reader.ms if m.block >= 0), None)
    if block is None:
        return []
    for b in (block, block - 1):
        named = [m for m in reader.ctx.mentions if m.block == b and not m.synthetic]
        if b == block:
            named = named[:1] if named and named[0].end < reader.sent.start else []
        if len(named) == 1 and _line_of_its_own(named[0]):
            return [named[0]] if reader.ctx.type_of(named[0]) == "Organisation" else []
    return []


def _line_of_its_own(m) -> bool:
    """Whether a name is the whole of the line it opens."""
    first_line = m.sentence.strip().split("\n")[0].strip().rstrip(":")
    return m.start == 0 and first_line == m.text
