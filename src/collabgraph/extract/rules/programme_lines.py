"""Participation, continued: the lines of an event's programme or running order,
"10:00 Welcome - Jane Doe, Foo Trust", "Chair: Jane Doe", "Panellists: A, B and
C": the people a labelled line names took part in the page's event, with the
role its label gives (rules/line_labels.py, vocab/programme_labels.txt); a line
that names only bodies ("Workshop - Foo Credit Union") gives them the role. A
"Chair:" line in a paragraph that labels other lines with officers' posts
("Treasurer: John Roe") is a committee's roll, not the programme's (`officers_roll`).

A line whose title is the session's own takes the same reading when its shape
says it is a programme line: a time before the title and the name just after a
dash ("10.15 "Why carers stay invisible" - Dr Jane Doe, Foo University"), or a
time, or a list mark and a dash, before a cue such as "led by" just before the name
("A. Budgets for families - led by Jane Doe, Foo Credit Union", "- Food on a
shoestring - led by the team from Bar Kitchen"), or a list mark, a title of a
few words naming no one and a dash just before a person's name ("B. Caring at
home - Dr Jane Doe, Foo Trust", `session_dash`): vocab/programme_line_cues.txt
gives the cue's role, else a label word in the title, else "speaker"; a title
saying the names took no part ("Apologies") gives nothing
(vocab/programme_line_non_parts.txt).
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.line_labels import (
    LINE_SEPARATORS,
    label_role,
    line_label,
    opens_with_time,
)
from collabgraph.extract.rules.reader import SentenceReader

_CUES = {tuple(k.split()): v for k, v in vocab.table("programme_line_cues").items()}
_NON_PARTS = vocab.words("programme_line_non_parts")
_OFFICERS = vocab.ordered("roll_officer_labels")
_OFFICER_LINE = re.compile(
    r"(?:^|[\n|.;]\s*)(?:" + "|".join(re.escape(w) for w in _OFFICERS) + r")\s*[:\u2013\u2014-]",
    re.IGNORECASE,
)
"""A label naming a board officer opening a line or a part of one ("Treasurer:")."""
_LIST_MARK = re.compile(r"^([-*\u2022\u2013\u00b7]|[a-z][.)]|\d{1,2}[.)])$")
"""A list item's mark opening a line: "-", "•", "A.", "b)", "3."."""

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a line."""


def programme_lines(reader: SentenceReader) -> None:
    """PARTICIPATED_IN the event in focus, for the names after a line's label,
    on a page about an event (confidence 0.65)."""
    if reader.ctx.main.get("Event") is None or not reader.ms:
        return
    first = reader.ms[0]
    role = line_label(reader, first.start)
    event = reader.ctx.focus_of(reader.section, "Event")
    if role is None or event is None or (role == "chair" and officers_roll(reader)):
        return
    end = reader.sent.end
    who = reader.items_between(first.start, end, {"Person"})
    if not who and reader.kind(first) == "Organisation":
        who = reader.list_after(first.start, kinds={"Organisation"})
    for m in who:
        reader.relate(m, "PARTICIPATED_IN", event, role=role, confidence=0.65)


_ROLL_REACH = 2  # blocks either side of a "Chair:" line read for officers' labels


def officer_roll_blocks(texts: list[str]) -> frozenset[int]:
    """The blocks (by number) lying within a couple of blocks of one labelled with a
    board officer's post ("Treasurer: John Roe", "Chair: Jane Doe | Secretary: Jo
    Tern"; `vocab/roll_officer_labels.txt`): a "Chair:" line among them is a
    committee's roll (`officers_roll`)."""
    marked = [i for i, text in enumerate(texts) if _OFFICER_LINE.search(text)]
    return frozenset(
        j
        for i in marked
        for j in range(i - _ROLL_REACH, i + _ROLL_REACH + 1)
        if 0 <= j < len(texts)
    )


def officers_roll(reader: SentenceReader) -> bool:
    """Whether the sentence's block lies in a roll of a body's officers (its block or
    one a couple away is labelled with an officer's post: "Chair - Jane Doe" over
    "Vice-chair - Ada Foss"): its "Chair:" is the body's chair, not the chair of the
    page's event."""
    return id(reader.doc) in reader.ctx.roll_docs  # its own block is among them


def _cue_at(reader: SentenceReader, k: int) -> tuple[int, str] | None:
    """(end, role) of a cue of vocab/programme_line_cues.txt starting at token k."""
    for cue, role in _CUES.items():
        if tuple(reader.words[k : k + len(cue)]) == cue:
            return k + len(cue), role
    return None


def _name_after(reader: SentenceReader, k: int) -> tuple[Mention | None, bool]:
    """The person or body named at token k, past honorifics and "the team from",
    and whether it is a person (an untyped name shaped like a person's gets a
    person's vote, `vote_person`: the line says what it is)."""
    while k < reader.sent.end and (
        reader.words[k].rstrip(".") in lx.HONORIFICS or reader.words[k] in _NAME_LEADS
    ):
        k += 1
    m = reader.mention_at(k)
    if m is None:
        return None, False
    kind = reader.kind(m)
    if kind == "Organisation":
        return m, False
    return (m, True) if kind == "Person" or reader.vote_person(m) else (None, False)


_NAME_LEADS = frozenset({"the", "team", "from"})
_NAMED = frozenset({"Person", "Organisation", "Event", "Project"})
_TITLE_WORDS = 3  # "A. Money advice for carers - Jane Doe": a title of three words or more


def session_dash(reader: SentenceReader) -> int | None:
    """Where the dash of an untimed session line is: a list item ("A.", "-",
    "•") whose first dash follows a title of a few words naming no one, with a
    person's name right after it ("B. Caring at home - Dr Jane Doe, Foo Trust").
    None for any other line (a name before the dash is a list of people or
    bodies with their posts: "- Foo Trust - Jane Doe, manager")."""
    start, end = reader.sent.start, reader.sent.end
    if opens_with_time(reader.words[start]):
        return None
    if not (reader.block_kind == "item" or _LIST_MARK.match(reader.words[start])):
        return None
    k = next(
        (
            j
            for j in range(start + 1, end)
            if reader.words[j] in lx.DASHES and reader.doc[j - 1].whitespace_
        ),
        None,
    )
    if k is None or k in reader.covering:
        return None
    if sum(w.isalpha() for w in reader.words[start:k]) < _TITLE_WORDS:
        return None  # "Vice-chair - Jane Doe": a post, not a session's title
    first_word = start + 1 if _LIST_MARK.match(reader.words[start]) else start
    if any(_names_title(reader, m, first_word, k) for m in reader.ms):
        return None
    return k if _name_after(reader, k + 1)[1] else None


def _names_title(reader: SentenceReader, m: Mention, first: int, dash: int) -> bool:
    """Whether mention m, a person's or body's, is a name standing for the title
    before the dash: one inside the title or running up to the dash. A capital
    word opening the title ("Getting your first contract") may be read as a
    name; the words after it say it is a title."""
    if m.start >= dash or reader.kind(m) not in _NAMED:
        return False
    return m.start > first or m.end >= dash


def titled_lines(reader: SentenceReader) -> None:
    """The names on a programme line with a title of its own (module docstring).
    Read after the posts a line names (`page_posts` reads a post only of someone
    not yet related): "10:00 Caring at home - Jane Doe, Project Officer" keeps her
    post at the page's body."""
    if reader.ctx.main.get("Event") is None or not reader.ms:
        return
    if line_label(reader, reader.ms[0].start) is not None:
        return
    event = reader.ctx.focus_of(reader.section, "Event")
    if event is None:
        return
    start, end = reader.sent.start, reader.sent.end
    opener = reader.words[start]
    timed = opens_with_time(opener)
    if not (timed or reader.block_kind == "item" or _LIST_MARK.match(opener)):
        return
    first, person, role, title_end = None, False, None, start
    for k in range(start + 2, end):
        cue = _cue_at(reader, k)
        set_off = timed or reader.words[k - 1] in LINE_SEPARATORS
        if cue is not None and k not in reader.covering and set_off:
            (first, person), role, title_end = _name_after(reader, cue[0]), cue[1], k
            break
        if k == session_dash(reader):
            (first, person), title_end = _name_after(reader, k + 1), k
            break
        if timed and reader.words[k] in LINE_SEPARATORS and k not in reader.covering:
            (first, person), title_end = _name_after(reader, k + 1), k
            if person:
                break
            first = None
    title = reader.words[start + 1 : title_end]
    if first is None or not title or any(w in _NON_PARTS for w in title):
        return
    if role is None or role == "speaker":
        role = label_role(title) or "speaker"
    if person:
        later = reader.items_between(first.end, end, {"Person"})
        who = [first] + [m for m in later if reader.kind(m) == "Person"]
    else:
        listed = reader.list_after(first.start, kinds={"Organisation"})
        who = [first] + [m for m in listed[1:] if reader.words[m.start - 1] in {"and", "&"}]
    for m in who:
        reader.relate(m, "PARTICIPATED_IN", event, role=role, confidence=0.6)


__all__ = ["LABELS", "programme_lines", "session_dash", "titled_lines"]
