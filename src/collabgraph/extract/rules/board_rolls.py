"""Board rolls: a paragraph right under a short heading naming a board ("BOARD OF
TRUSTEES", "Our board", "Management committee") that is nothing but a list of
people ("Jane Doe (Chair), John Roe (Treasurer), Ada Foss, Jo Tern"): each person
listed holds a seat on the page's own body's board, the post the list gives them
or else the heading's seat (`vocab/board_roll_headings.txt`). The membership
family, continued; no cue labels of its own. The board post a line gives by a name
("Jane Doe (Chair)", an officer's too: "John Roe (secretary)"; not "Jane Doe - Founder
of Foo", a post at another body) is `own_board_post`, read by `boards.py` and
`name_runs.py` too. A part of the roll that is a name the recogniser missed is passed
over, not taken as a sign the line is no roll (`roll_people`).
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.appointee_lists import list_parts
from collabgraph.extract.rules.post_homes import officer_post, page_post
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_SEATS = vocab.table("board_roll_headings")
_LABEL_STOPS = vocab.words("roll_label_stops")  # "To the committee: A, B"
_MEMBER_STOPS = vocab.words("member_roll_stops")  # "Members present": an attendance list
_HEADING_STOPS = vocab.words("roll_heading_stops")  # "Trustees' report": no roll
_MAX_HEADING = 4  # words: "Our board of trustees"
_PERSON_OR_UNTYPED = {"Person", None}  # "Supt Jo Tern": a style the recogniser has not typed yet
_STYLES = lx.HONORIFICS | lx.FAITH_STYLES  # "Sister Ada Foss" on a roll
_NAME_WORDS = (2, 4)  # words of a name the recogniser missed on a roll ("Jo Tern")


def board_roll(reader: SentenceReader) -> None:
    """ "Our board" over "Jane Doe (Chair); John Roe; Ada Foss", or a line labelled
    so ("Committee members – Jane Doe, John Roe, Ada Foss"): each person of the roll
    holds a seat at the page's own organisation (placed with the page's other
    posts, `page_organisation.place_posts`): the post in brackets or after a dash
    by their name, else the seat the heading or label names ("trustee", "board
    member")."""
    start, heading = reader.sent.start, reader.over_heading if reader.right_under_heading else None
    label = _label_end(reader)
    if label is not None:
        heading = reader.doc[start:label].text
        if reader.words[label] == ":" and _LABEL_STOPS & set(heading.lower().split()):
            return
        start = label + 1
    seat = heading_seat(heading)
    if seat is None:
        return
    people = roll_people(reader, start)
    if len(people) < 2:
        return
    evidence = reader.evidence if label is not None else f"{heading} {reader.evidence}"
    for person, segment_end in people:
        role = _bracketed_post(reader, person.end, segment_end) or own_board_post(reader, person)
        reader.ctx.unplaced_posts.append((person.id, role or seat, evidence, "roll"))


def _label_end(reader: SentenceReader) -> int | None:
    """The colon or dash ending a label that opens the sentence ("Trustees:",
    "Committee members –"), within its first few words; None when there is none."""
    start = reader.sent.start
    for k in range(start, min(start + _MAX_HEADING + 1, reader.sent.end)):
        glued = not (k == start or reader.doc[k - 1].whitespace_ or reader.words[k] == ":")
        if k in reader.covering or glued:
            return None  # "Jo Tern-Foss (Chair)": a name, no label ("Trustees:" is one)
        if k > start and reader.words[k] in lx.LINE_MARKS:
            return k
        if not (reader.doc[k].is_alpha or reader.doc[k].is_digit):  # "Trustees in 2024:"
            return None
    return None


def heading_seat(heading: str | None) -> str | None:
    """The seat a short heading names ("Board of Trustees" -> "trustee", "Our board"
    -> "board member"), or None."""
    if not heading:
        return None
    words = seat_words(heading)
    if not words or len(words) > _MAX_HEADING or _HEADING_STOPS.intersection(words):
        return None
    seat = next((role for word, role in _SEATS.items() if word in words), None)
    return None if seat == "member" and _MEMBER_STOPS.intersection(words) else seat


def seat_words(heading: str) -> list[str]:
    """A heading's words, lower-cased, without what only dates or glosses the roll:
    a bracket ("Trustees (who are also directors)"), a year ("Board members
    2024/25") and a tail from "for" or "during" ("Our steering group for 2025-26",
    "The board for the new term")."""
    words = [w.lower() for w in _heading_words(heading)]
    words = [w for w in words if w and not any(c.isdigit() for c in w)]
    cut = next((k for k, w in enumerate(words) if k and w in _TAIL_OPENERS), len(words))
    return words[:cut]


def _heading_words(heading: str) -> list[str]:
    """A heading's words as written, a bracket's left out and marks stripped."""
    return [w.strip(".,:;'’") for w in _BRACKETED.sub(" ", heading).split()]


_BRACKETED = re.compile(r"\([^)]*\)?")
_TAIL_OPENERS = frozenset({"for", "during"})


def seat_on_roll(
    reader: SentenceReader, person: int, role: str, heading: str, evidence: str
) -> None:
    """Seat `person` (a mention id) on the roll under `heading`: at the body the
    heading names by a word before its seat ("The BID board", "Kelby Arts trustees",
    the latest body that word names), else at the page's own (`ctx.unplaced_posts`,
    "roll"); nowhere when the heading names a body the page has not named."""
    word = heading_body_word(heading)
    if word is None:
        reader.ctx.unplaced_posts.append((person, role, evidence, "roll"))
        return
    body = reader.ctx.recent_with_word(word.lower(), "Organisation")
    if body is not None:
        rels = post_relations(role, body, board=True)
        reader.ctx.relate(person, rels, body.id, evidence=evidence, role=role, confidence=0.55)


def heading_body_word(heading: str) -> str | None:
    """The last capitalised word before a roll heading's seat that names a body ("The
    BID board for the new term" -> "BID"), or None ("Our Board of Trustees", "BOARD
    OF TRUSTEES": an all-capitals heading names nothing so)."""
    words = _heading_words(heading)
    at = next((k for k, w in enumerate(words) if w.lower() in _SEATS), None)
    if at is None or heading.isupper():
        return None
    named = [
        w
        for k, w in enumerate(words[:at])
        if w[:1].isupper() and w.lower() not in _NOT_NAMING and (k or w.isupper())
    ]  # a first word is capitalised anyway ("Joining the board"), but "BID board"
    return named[-1] if named else None


_NOT_NAMING = frozenset(_SEATS) | {"board", "of", "and", "new"}


def roll_people(reader: SentenceReader, start: int) -> list[tuple[Mention, int]]:
    """The people of a sentence that is a list of people and nothing else, each with
    the token where their part of the list ends: the sentence cut at its semicolons
    outside brackets (else at its commas and "and"s), each part opening with a
    person's name ("Jane Doe (Chair); John Roe, Foo Trust; Dr Ada Foss", a minister's
    style too: "Sister Ada Foss"). A part that is a name the recogniser missed is passed
    over, when the people read outnumber such parts; empty when a part opens with
    anything else. The list starts at token `start`."""
    parts, _semicolons = list_parts(reader, start)
    if len(parts) < 2:
        return []
    people, unread = [], 0
    for a, b in parts:
        while a < b and (reader.words[a].rstrip(".") in _STYLES or reader.words[a] == "."):
            a += 1  # "Dr", "Revd. Dr", "Sister"
        person = reader.covering.get(a)
        if person is None and _unread_name(reader, a, b):
            unread += 1  # "Jenna Marsh" the recogniser missed: the roll goes on without it
            continue
        if person is None or reader.kind(person) not in _PERSON_OR_UNTYPED or person.end > b:
            return []
        people.append((person, b))
    return people if len(people) > unread else []


def _unread_name(reader: SentenceReader, start: int, end: int) -> bool:
    """Whether tokens `start` to `end` are a person's name no mention covers whole: two
    to four capitalised words, none of them inside a name read as anything but a person
    ("Jamal Idris" with "Idris" alone read; not "Foo Trust", not "the treasurer")."""
    tokens = reader.doc[start:end]
    if not _NAME_WORDS[0] <= len(tokens) <= _NAME_WORDS[1]:
        return False
    for tok in tokens:
        if not (tok.is_alpha and tok.text[0].isupper()):
            return False
        inside = reader.covering.get(tok.i)
        if inside is not None and reader.kind(inside) not in _PERSON_OR_UNTYPED:
            return False
    return True


def _bracketed_post(reader: SentenceReader, start: int, end: int) -> str | None:
    """A board post in brackets in a person's part of the roll, after what else it
    says of them: "John Roe, Manager, Foo Centre (Vice-Chair)"."""
    for k in range(start, end - 1):
        if reader.words[k] != "(":
            continue
        span = reader.role_phrase_at(k + 1)
        role = role_text(reader.doc[span.start : span.end].text, None) if span else None
        if role and page_post(role):
            return role
    return None


def own_board_post(reader: SentenceReader, m: Mention) -> str | None:
    """ "Jane Doe (Chair)", "Jane Doe – Vice Chair": a board post the item gives."""
    k = m.end + (m.end < reader.sent.end and reader.words[m.end] in {"(", ","} | lx.DASHES)
    span = reader.role_phrase_at(k) if k > m.end else None
    if span is None and k > m.end and reader.words[m.end] == "(":
        k = _past_bracket(reader, k)  # "Jane Doe (Foo Café) – Vice Chair"
        span = reader.role_phrase_at(k) if k is not None else None
    if span is None or _post_elsewhere(reader, span.end):
        return None
    role = role_text(reader.doc[span.start : span.end].text, None)
    return role if page_post(role) or officer_post(role) else None  # "John Roe (secretary)"


def _past_bracket(reader: SentenceReader, k: int) -> int | None:
    """The token after the dash that follows the bracket open at token `k`, or None
    when no dash follows its close."""
    close = next((j for j in range(k, reader.sent.end) if reader.words[j] == ")"), None)
    if close is None or close + 2 >= reader.sent.end or reader.words[close + 1] not in lx.DASHES:
        return None
    return close + 2


def _post_elsewhere(reader: SentenceReader, k: int) -> bool:
    """ "Jane Doe – Founder of the Foo Collective", "Jane Doe – Chief Executive, Foo
    Trust": the post after the name is at a body the line names (token `k` follows
    the post), no seat on the page's own."""
    if k >= reader.sent.end or reader.words[k] not in {"of", "at", ","}:
        return False
    body = reader.mention_at(k + 1)
    return body is not None and reader.kind(body) == "Organisation"
