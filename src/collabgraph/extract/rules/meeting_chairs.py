"""People at events, continued: who chaired a meeting the page is about, told by
the post the page gives them there rather than by "chaired" (PARTICIPATED_IN,
role chair):

- a record's list of who came ("Present: Cllr A (Chair), B, C", "Attendees: Revd
  D (chair, DM), E"): the person whose brackets open with a chair's word
  (vocab/meeting_chair_words.txt), in a line opening with a present label
  (vocab/meeting_present_labels.txt); the others listed there are attendees;
- the people on a list of who came with no chair named ("Present: A (Foo); B (Bar)",
  "Also in attendance for item 3: C, D"), on the label's line, past a sentence
  break inside it ("Supt. E (Fenby Police)"): attendees;
- the body's members on such a list: when the line opens with "Present:", "Members
  present:", "Attendees:" or "Attending:" alone (not "Also present:", "Also
  attending:" or "In attendance:", where guests and officers are listed) and names a
  chair (in brackets, or after the initials the record gives them: "A (AF) – Chair;",
  "B (BT), chair, Foo Trust;"), each person on it holds a seat on the
  body the meeting is of (role "member", the chair "chair"), queued in
  `ctx.unplaced_posts` as kind "meeting" for `meeting_seats.meeting_seats` to place
  once that body is known (the meeting's name names it; not at a council, whose
  members are its councillors, WORKS_FOR); at a forum or partnership
  (vocab/member_body_forum_words.txt, the last word of the body the meeting is
  named for) a person listed with their body in brackets ("A (Foo Church)") or
  after their initials and a dash ("C (CT) - Foo Church") stands for it: the body is
  queued as the member instead, the chair keeps a seat;
  a label naming a board's seats ("Trustees present:", "Board members present:":
  `board_rolls.heading_seat`) seats each person listed whether or not a chair is
  named, the seat the role of those given no post of their own, and at a forum they
  sit themselves;
  a list one person a line under a label alone on its line ("Members present",
  then "Supt. A (AF), Foo Police – Chair": `present_lines`) is read the same way,
  the body first named after the person on the line standing for them at a forum;
- the chair who opened the meeting ("Our chair, F, opened the meeting", "The
  Chair, G, welcomed members and guests"): "our" or "the" and a chair's word, the
  person set off by commas, then a verb of opening (vocab/meeting_opening_verbs.txt).

Only when the page's own event is a meeting (its name holds a word of
vocab/meeting_event_words.txt: "Foo AGM", "Bar Forum meeting"): at a conference
or a launch the host body's chair who opens the day speaks ("Our chair, H,
opened the day": the speech rules). A chair who "presented the annual report" or
"thanked the volunteers" is left to those rules too.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.meeting_pages import record_opening
from collabgraph.extract.rules.board_rolls import heading_seat
from collabgraph.extract.rules.post_homes import page_post
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.present_lines import (
    LINE_LABEL,
    MEMBER_LABELS,
    chair_marked,
    listed_lines,
    opening_label,
)
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads the words of its word lists."""

_CHAIRS = vocab.words("meeting_chair_words")
_PRESENT = vocab.words("meeting_present_labels")
_OPENING = vocab.words("meeting_opening_verbs")
_MEETINGS = vocab.words("meeting_event_words")
_BODY_FORUMS = vocab.words("member_body_forum_words")
_OFFICERS = vocab.words("role_board_officers")  # "Secretary": a seat on a record's list
_ROLE = "chair"
_PRESENT_ROLE = "attendee"
_CONFIDENCE = 0.7
_MEMBER_ROLE = "member"
_GUESTS = {"also"}  # "Also present:": guests and officers, no seats
_INITIALS = 4  # letters at most of the initials a record gives: "JT"
MEETING_SEAT = "meeting"
"""The kind of a seat queued in `ctx.unplaced_posts` by this module (`meeting_seats`)."""


def meeting_chairs(reader: SentenceReader) -> None:
    """The chairs of the module docstring."""
    event = _meeting(reader)
    if event is None:
        if record_opening(reader.ctx):  # "Minutes of the AGM", no event read yet
            colon, label = opening_label(reader)
            _seat_members(reader, _listed_chairs(reader, colon, label), colon, label, None)
        return
    colon, label = opening_label(reader)
    chairs = _listed_chairs(reader, colon, label)
    _seat_members(reader, chairs, colon, label, event)
    if chairs:  # the others listed were there, not chairs (`conjuncts.spread` would say so)
        for m in reader.ms:
            if reader.kind(m) == "Person" and m not in chairs:
                reader.relate(m, "PARTICIPATED_IN", event, role=_PRESENT_ROLE, confidence=0.5)
    else:
        for m in _listed_present(reader):
            reader.relate(m, "PARTICIPATED_IN", event, role=_PRESENT_ROLE, confidence=0.5)
    for person in (*chairs, *_opening_chairs(reader)):
        reader.relate(person, "PARTICIPATED_IN", event, role=_ROLE, confidence=_CONFIDENCE)


def _seat_members(reader: SentenceReader, chairs: list, colon, label, event) -> None:
    """The members of a "Present:" list naming a chair, queued for `meeting_seats`
    (see the module); `event` None on a record whose meeting is not read yet. A list
    one person a line under a label alone on its line ("Members present", then "Cllr
    A (JT) – Chair") is read so too (`present_lines.listed_lines`)."""
    listed = listed_lines(reader) if colon is None else None
    seat = _seat_label(label)  # "Trustees present:": a board's seats, chair named or not
    if listed is not None:
        people, chairs = listed
    elif (chairs and set(label) in MEMBER_LABELS) or seat:  # not guests: "Also present:"
        people = [m for m in reader.ms if reader.kind(m) == "Person" and m.start > colon]
    else:
        people = []
    if people:
        forum = event is not None and _body_head(_name_words(reader, event)) in _BODY_FORUMS
        forum = forum and seat is None  # "Board members present:" at a forum: people sit
        for m in people:
            role = _ROLE if m in chairs else _listed_post(reader, m) or seat or _MEMBER_ROLE
            body = None
            if forum:  # the body on the person's line, or in brackets after them
                body = _line_body(reader, m) if listed else _bracketed_body(reader, m)
            if body is not None:  # "A (Foo Church)" at a forum: Foo Church is the member
                reader.ctx.unplaced_posts.append(
                    (body.id, _MEMBER_ROLE, reader.evidence, MEETING_SEAT)
                )
            if body is None or m in chairs:
                reader.ctx.unplaced_posts.append((m.id, role, reader.evidence, MEETING_SEAT))


def _seat_label(label: list[str]) -> str | None:
    """The seat a present label names ("Trustees present" -> "trustee", "Board
    members present" -> "board member": `board_rolls.heading_seat`), each person
    listed after it holding one; None for any other label ("Present", "Also
    present", "Members present")."""
    if not label or label[-1] not in _PRESENT or len(label) < 2 or label[0] in _GUESTS:
        return None
    return heading_seat(" ".join(label[:-1]))


def _line_body(reader: SentenceReader, person):
    """ "A (AF) – Foo Church" on a list one a line: the first body named after the
    person on the line; None when there is none."""
    return next(
        (b for b in reader.ms if b.start > person.end and reader.kind(b) == "Organisation"), None
    )


def _listed_post(reader: SentenceReader, person) -> str | None:
    """The board seat (`post_homes.page_post`) or officer's post
    (`vocab/role_board_officers.txt`) in the brackets after a person of the list,
    past the initials the record gives them: "B (JT, Secretary)", "C (Treasurer,
    AF)"; else None (a job, not a seat: "D (Chief Executive, Foo)")."""
    words, k = reader.words, person.end + 1
    if person.end >= reader.sent.end or words[person.end] != "(":
        return None
    if k + 1 < reader.sent.end and words[k + 1] == "," and _initials(reader, k):
        k += 2
    span = reader.role_phrase_at(k) if k < reader.sent.end else None
    role = role_text(reader.doc[span.start : span.end].text, None) if span else None
    if role is None or role.lower() in _OFFICERS:
        return role
    return role if page_post(role) and post_relations(role, None)[0] == "MEMBER_OF" else None


def _initials(reader: SentenceReader, k: int) -> bool:
    """Whether token k is the initials a record gives a person: "JT"."""
    text = reader.doc[k].text
    return text.isupper() and text.isalpha() and len(text) <= _INITIALS


def _meeting(reader: SentenceReader) -> int | None:
    """The page's own event when it is a meeting (see the module); else None."""
    event = reader.page_own_event()
    if event is None:
        return None
    return event if _MEETINGS & set(_name_words(reader, event)) else None


def _name_words(reader: SentenceReader, event: int) -> list[str]:
    """The lower-cased words of the name of the event mention `event`."""
    return reader.ctx.mentions[event].text.lower().replace("'", " ").split()


def _body_head(name: list[str]) -> str:
    """The last word of the body a meeting's name names, past the meeting's word and
    a year: "forum" in "foo faith forum meeting" and "meeting of the foo forum";
    "board" in "foo partnership board meeting"."""
    words = [w for w in name if w not in _MEETINGS and not w.isdigit()]
    return words[-1] if words else ""


def _bracketed_body(reader: SentenceReader, person):
    """ "A (Foo Church)", "B (Chair) (Bar Mosque)", "C (CT) - Baz Trust": the body
    named first in the brackets after the person, or right after a dash past them
    (past one bracket opening with a chair's word or the initials the record gives
    them, "(CT, chair)"); None when the brackets open with anything else ("D
    (Officer, Foo Council)")."""
    words, k, end = reader.words, person.end, reader.sent.end
    if k + 1 < end and words[k] == "(" and (words[k + 1] in _CHAIRS or _initials(reader, k + 1)):
        k = next((j + 1 for j in range(k, end) if words[j] == ")"), end)
    if k < end and words[k] in lx.DASHES:
        k += 1  # "C (CT) - Baz Trust": the body the dash sets after the person
    elif k < end and words[k] == "(":
        k += 1
    else:
        return None
    return next((b for b in reader.ms if b.start == k and reader.kind(b) == "Organisation"), None)


def _listed_present(reader: SentenceReader) -> list:
    """The people of the sentence listed after a present label opening its line
    (see the module); none when the line opens with another label ("Apologies:")."""
    text, first = reader.doc.text, reader.doc[reader.sent.start].idx
    found = LINE_LABEL.match(text, text.rfind("\n", 0, first) + 1)
    if found is None or not _PRESENT & set(found.group(1).lower().split()):
        return []
    end = text.find("\n", found.end())
    end = len(text) if end < 0 else end
    return [
        m
        for m in reader.ms
        if reader.kind(m) == "Person" and found.end() <= reader.doc[m.start].idx < end
    ]


def _listed_chairs(reader: SentenceReader, colon: int | None, label: list[str]) -> list:
    """ "Present: Cllr A (Chair), B": A, when the sentence opens with a present
    label and a colon (`opening_label`: the colon's index and the words before it)."""
    words = reader.words
    if colon is None or not _PRESENT & set(label):
        return []
    people = [m for m in reader.ms if m.start > colon and reader.kind(m) == "Person"]
    found = []
    for m, after in zip(people, [*people[1:], None], strict=False):
        k = m.end
        if k + 1 >= reader.sent.end:
            continue
        if (words[k] == "(" and _chair_word_at(reader, k + 1)) or _chair_after(reader, m, after):
            found.append(m)
    return found


def _chair_after(reader: SentenceReader, person, after) -> bool:
    """Whether the words after a person of the list, up to the next person (or the
    sentence's end), mark them the chair past the initials the record gives them
    (`present_lines.chair_marked`): "A (AF) – Chair;", "B (BT), chair, Foo Trust;"."""
    doc, end = reader.doc, after.start if after is not None else reader.sent.end
    if person.end >= end:
        return False
    return chair_marked(" " + doc[person.end : end].text.rstrip(" ;,"))  # " – Chair"


def _chair_word_at(reader: SentenceReader, k: int) -> bool:
    """A chair's word at token k, or past the initials the record gives the person
    first: "(Chair)", "(JT, chair)"."""
    words, end = reader.words, reader.sent.end
    if words[k] in _CHAIRS:
        return True
    return _initials(reader, k) and k + 2 < end and words[k + 1] == "," and words[k + 2] in _CHAIRS


def _opening_chairs(reader: SentenceReader) -> list:
    """ "Our chair, F, opened the meeting": F, the person between commas right
    after "our"/"the" and a chair's word, when the next word is a verb of opening."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    found = []
    for k in range(start, end - 3):
        if words[k] not in {"our", "the"} or words[k + 1] not in _CHAIRS or words[k + 2] != ",":
            continue
        # past a title the name leaves out: "the Chair, Mrs A,"
        m = next(
            (c for c in reader.ms if k + 3 <= c.start <= k + 4 and reader.kind(c) == "Person"),
            None,
        )
        if m is None or m.end + 1 >= end or words[m.end] != ",":
            continue
        if words[m.end + 1] in _OPENING:
            found.append(m)
    return found


__all__ = ["LABELS", "MEETING_SEAT", "meeting_chairs"]
