"""Boards: seats named in the plural before a list of people, and the members of
a body (the membership family, continued; who chairs a body is `chairs`).

"two new trustees, Jane Doe and John Roe", "Non-executive members: A, B and C",
"the new non-executive directors are A and B" (each holds the seat; at the
organisation named after the seat, the one that appoints, else the page's own):
MEMBER_OF, or WORKS_FOR for a job (`post_relations`); seats counted in one
sentence ("Foo has appointed four new trustees") and their holders listed in one
of the next two (`counted_seats`). The members of a body ("the Foo Partnership
brings together A and B") are `compositions`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import like_nums
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules import appointee_lists as al
from collabgraph.extract.rules.appointers import appointer_of
from collabgraph.extract.rules.board_rolls import heading_seat, own_board_post, seat_on_roll
from collabgraph.extract.rules.post_homes import page_post
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import counted_seat, plural_post
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read."""

_LIST_OPENERS = {":", ",", "are", "were", "include", "including", "is"} | lx.DASHES
_APPOINTING = vocab.words("role_appointing_words")
_BOARD_WORDS = vocab.words("board_words")
_SEAT = vocab.table("board_seats")


def seat_lists(reader: SentenceReader) -> None:
    """ "Foo has announced two new trustees, A and B", "Non-executive members: A,
    B and C", "The new co-chairs are A and B": each person listed holds the seat."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end - 2):
        if i > reader.sent.start and (words[i - 1] in lx.ROLE_MODIFIERS or words[i - 1] == "-"):
            continue  # the seat's first word: "two new trustees", "includes non-executive members"
        if i - 1 > reader.sent.start and words[i - 1] == "of" and words[i - 2] in lx.ROLE_CORE:
            continue  # one post's words: "a new Chair of trustees, Jane Doe"
        seat = plural_post(reader, i) or _board_members(reader, i)
        if seat is None or _verb_said(reader, i):
            continue  # "A, who chairs Foo, and B": a verb, no seat B holds
        named = _name_ending_in_seat(reader, i, seat[1])  # "Kelby Sports presenters A and B"
        if named is not None:
            seat = plural_post(reader, named.end)
            if seat is None:
                continue
        role, k = seat
        org = named
        if org is None and k + 1 < end and words[k] in {"of", "at", "for"}:
            found = reader.mention_at(k + 1)
            if found is None or reader.kind(found) != "Organisation":
                continue
            org, k = found, found.end
        if k >= end:
            continue
        # "two new trustees: A, a retired GP, and B, finance manager at Foo": appointees
        # each told with a post of their own
        colon = al.colon_after_seat(reader, k) if counted_seat(reader, i) else None
        k = k if colon is None else colon  # "two new trustees this year: A, B"
        appointees = colon is not None or words[k] in {"are", "were"}
        if words[k] in _LIST_OPENERS:
            k += 1
        elif reader.by_start.get(k) is None:
            continue  # "non-executive members Jane Doe and John Roe": names straight after
        people = al.appointee_people(reader, k) if appointees else []
        people = people or [
            m
            for m in reader.list_after(k, kinds={"Person", None}, apposed=appointees)
            if (appointees or not _own_post_after(reader, m)) and reader.vote_person(m)
        ]
        if not people:
            continue
        org = org or _body_right_before(reader, i) or al.appointer_before(reader, i, seat[1] - 1)
        if org is None and i > reader.sent.start and words[i - 1] in {"its", "their"}:
            org = reader.before(i, kinds={"Organisation"})
        role = role_text(role, org)
        for p in people:
            if org is not None:
                reader.relate(p, post_relations(role, org), org, role=role, confidence=0.7)
            elif page_post(role):
                reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, "page"))


def _verb_said(reader: SentenceReader, i: int) -> bool:
    """Whether a post's word at token i is a verb after a relative or a pronoun
    ("who chairs Foo", "she heads Bar"), not a seat written in the plural (the
    parser's tag is no guide: "Foo trustees A and B" may be read as a verb)."""
    return i > reader.sent.start and reader.words[i - 1] in _SUBJECT_WORDS


_SUBJECT_WORDS = {"who", "which", "that", "he", "she", "they", "it"}
_COUNTED_LIST_OPENERS = {":", "include", "includes", "included", "are", "were"}
_LISTED_POST_WORDS = lx.ROLE_CORE | lx.ROLE_MODIFIERS | lx.DOMAIN_WORDS  # an item that is a post
_COUNTED_WAIT = 2  # sentences after the count in which its list may come


def counted_seats(reader: SentenceReader) -> None:
    """ "Foo Trust has announced the appointment of four new trustees to its board."
    with nobody named, then within the next two sentences of the section "The new
    appointments include A, Director of Bar, B and C" or "A, Editor of Bar; B and C
    were selected from 30 applicants": each person listed holds the seat counted,
    at the organisation named with it (else the page's own)."""
    _fill_counted_seats(reader)
    words, end, nums = reader.words, reader.sent.end, like_nums(reader.doc)  # asked once
    for i in range(reader.sent.start + 1, end):
        if words[i - 1] in lx.ROLE_MODIFIERS or words[i - 1] == "-":
            continue  # the seat's first word: "two non-executive directors"
        k = i - 1 - (words[i - 1] == "new")
        if k < reader.sent.start or not nums[k] or words[k] == "one":
            continue  # a count: "four new trustees", "two non-executive directors"
        seat = plural_post(reader, i)
        if seat is None:
            continue
        role, j = seat
        if any(m.start >= j and reader.kind(m) == "Person" for m in reader.ms):
            return  # named in the sentence itself (`seat_lists`)
        org = _seat_body(reader, i, j)
        role = role_text(role, org)
        if org is None and not page_post(role):
            return
        org_id = None if org is None else org.id
        reader.ctx.pending.seats = (org_id, role, reader.section, reader.evidence, _COUNTED_WAIT)
        return


def _seat_body(reader: SentenceReader, i: int, j: int) -> Mention | None:
    """Where the seats counted from token i to j are: "trustees of Foo", "voted onto
    the board of Foo", "Foo's new trustees", the body that appoints them, or the
    organisation the sentence begins with ("Foo, the county's hospice, has
    announced the appointment of four new trustees to its board")."""
    words, end = reader.words, reader.sent.end
    for k in range(j, end - 1):
        if words[k] in {"of", "at", "for"} and (k == j or words[k - 1] in _BOARD_WORDS):
            found = reader.mention_at(k + 1)
            if found is not None and reader.kind(found) == "Organisation":
                return found
    found = _body_right_before(reader, i) or appointer_of(reader, j - 1)
    if found is not None:
        return found
    first = next(iter(reader.ms), None)
    if first is not None and first.start - reader.sent.start <= 1 and first.end < i:
        return first if reader.kind(first) == "Organisation" else None
    return None


def _fill_counted_seats(reader: SentenceReader) -> None:
    """The people listed at the start of this sentence, or after its list's verb
    or colon ("The new appointments include A, B and C", "New recruits: A and B"),
    two or more, hold the seats an earlier sentence of the section counted."""
    waiting = reader.ctx.pending.seats
    if waiting is None:
        return
    org, role, section, evidence, left = waiting
    if section != reader.section or left <= 0:
        reader.ctx.pending.seats = None
        return
    reader.ctx.pending.seats = (org, role, section, evidence, left - 1)
    start, end = reader.sent.start, reader.sent.end
    starts = [start]
    opener = next(
        (k for k in range(start, min(start + 8, end)) if reader.words[k] in _COUNTED_LIST_OPENERS),
        None,
    )
    if opener is not None and not any(start <= m.start < opener for m in reader.ms):
        starts.append(opener + 1)
    for k in starts:
        stop = next(
            (
                j
                for j in range(k, end)
                if reader.doc[j].pos_ in {"VERB", "AUX"} and j not in reader.covering
            ),
            end,
        )  # the list runs to its verb: "A, Editor of Bar, and B were selected"
        people = [
            m
            for m in reader.items_between(k, stop, {"Person"})
            if not _LISTED_POST_WORDS & set(reader.words[m.start : m.end])  # "District Nurse"
        ]
        if len(people) < 2:
            continue
        both = f"{evidence} {reader.evidence}"
        for p in people:
            if org is None:
                reader.ctx.unplaced_posts.append((p.id, role, both, "page"))
            else:
                rels = post_relations(role, reader.ctx.mentions[org])
                reader.ctx.relate(p.id, rels, org, evidence=both, role=role, confidence=0.6)
        return


def _name_ending_in_seat(reader: SentenceReader, i: int, j: int) -> Mention | None:
    """ "Kelby Sports presenters A and B", "Kelby Community Health trustees A and
    B": the organisation whose name runs into a seat read from token i to j, its
    last words also words of a post ("sports", "health"); else None."""
    for m in reader.ms:
        if m.start < i < m.end < j and reader.kind(m) == "Organisation":
            return m
    return None


def _body_right_before(reader: SentenceReader, i: int) -> Mention | None:
    """ "Foo Trust trustees A and B", "Foo Trust's new trustees, A and B": the
    organisation named right before the seat at token i (a possessive between)."""
    k = i
    while k > reader.sent.start and (reader.words[k - 1] in {"new"} or reader.doc[k - 1].like_num):
        k -= 1
    k -= k > reader.sent.start and reader.words[k - 1] in POSSESSIVE
    found = reader.by_end.get(k)
    return found if found is not None and reader.kind(found) == "Organisation" else None


def seat_lead(reader: SentenceReader, lead: str, *, heading: bool = False) -> None:
    """A list item naming a person, under a line that says seats were filled ("The
    five non-executive directors have been appointed ... The successful candidates
    are:", "New trustees elected at the AGM:") or under a short line or heading
    naming the seats ("Our trustees", "Board of Trustees:"): the person holds the
    seat (or the board post the item gives: "Jane Doe (Chair)"), at the
    organisation the line names after the seat ("trustees of Foo"), else the
    page's own (board seats and chief executives only, `page_post`)."""
    first = next(iter(reader.ms), None)
    if first is None or first.start - reader.sent.start > 1 or reader.kind(first) != "Person":
        return
    words = [w.strip(".,:;()“”\"'").lower() for w in lead.split()]
    listed = heading or lead.rstrip().endswith(":")
    if not (_APPOINTING & set(words) or (listed and (len(words) <= 4 or _plain_seats(words)))):
        return
    for i, word in enumerate(words):
        if not (word.endswith("s") and word[:-1] in lx.ROLE_CORE):
            continue
        k = i
        while k > 0 and words[k - 1] in lx.ROLE_MODIFIERS:
            k -= 1
        role = " ".join([*words[k:i], word[:-1]])
        if word == "members" and _BOARD & set(words[:k]):
            role = "board member"  # "Joining the board as independent members are:"
        if not page_post(role):
            continue
        own = own_board_post(reader, first)
        role = own or role
        after = words[i + 1 : i + 3]
        org = None
        if after[:1] and after[0] in {"of", "at", "for", "to"}:
            org = reader.ctx.recent_with_word(words[i + 2 + (after[1:] == ["the"])], "Organisation")
        elif k > 0 and words[k - 1].endswith(("'s", "’s")):  # "The Foo Trust's trustees are:"
            org = reader.ctx.recent_with_word(words[k - 1][:-2], "Organisation")
        evidence = f"{lead} {reader.evidence}"
        if org is not None:
            rels = post_relations(role, org)
            reader.ctx.relate(first.id, rels, org.id, evidence=evidence, role=role, confidence=0.6)
        else:
            reader.ctx.unplaced_posts.append((first.id, role, evidence, "page"))
        return
    seat = heading_seat(lead) if listed else None  # "Board of Directors", "Members"
    if seat is not None:
        role = own_board_post(reader, first) or seat
        seat_on_roll(reader, first.id, role, lead, f"{lead} {reader.evidence}")


_BOARD = {"board"}
_SEAT_LIST_TAIL = {"are", "were", "is", "include", "includes", "included", "comprise", "as"}


def _plain_seats(words: list[str]) -> bool:
    """ "The Foo Trust's trustees are:", "Our new directors include:": a lead-in
    naming seats and then nothing but the list's verb."""
    seat = max(
        (n for n, w in enumerate(words) if w.endswith("s") and w[:-1] in lx.ROLE_CORE), default=None
    )
    return seat is not None and all(w in _SEAT_LIST_TAIL for w in words[seat + 1 :])


def _board_members(reader: SentenceReader, i: int) -> tuple[str, int] | None:
    """ "Board members: A, B and C": the seat ("board member") and where it ends."""
    if reader.words[i] == "board" and reader.words[i + 1 : i + 2] == ["members"]:
        return "board member", i + 2
    return None


def _own_post_after(reader: SentenceReader, m: Mention) -> bool:
    """ "the retiring trustees, Jane Doe, chief executive of Foo, said": a post of the
    person's own follows the name, so the list before is not about them."""
    k = m.end + 1
    if m.end >= reader.sent.end or reader.words[m.end] != ",":
        return False
    while k < reader.sent.end and reader.words[k] in {"the", "a", "an", "its", "our"}:
        k += 1
    return reader.role_phrase_at(k) is not None
