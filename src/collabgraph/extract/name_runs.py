"""Lists of members written without bullets: "Our members" or "Member organisations"
over lines that each open with a body's name ("Foo Trust - our host", "Bar
Housing"), or over a line of names set off by middots or semicolons ("Foo · Bar ·
Baz"). A bulleted line is a list item (`layout.py`) that `rules/lead_lists.py`
reads under its lead-in; these lines are laid out as headings or paragraphs, so
the run of them is followed here, block by block. It opens at a lead-in of a list
of members (`ctx.list_leads`, its items MEMBER_OF a body) and stays open over its
name lines, over sub-headings ("Emergency food"), over a lead-in sentence ending
in a colon, over the paragraph right after the lead-in (what the group is) and
over a description under a name line that was read as a member; any other
paragraph closes it.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.layout import Block
from collabgraph.extract.rules.board_rolls import (
    heading_seat,
    own_board_post,
    seat_on_roll,
    seat_words,
)
from collabgraph.extract.rules.lead_lists import lead_of
from collabgraph.extract.rules.reader import SentenceReader

_PARTS = re.compile(r"\s+·\s+|;\s+")  # "Foo · Bar", "Foo; Bar"
_NAME_ENDS = re.compile(r"\s+[-–—]\s+|\s*[(,:]")  # "Foo Trust – our host", "Foo (Kelby)"
_NAME_JOINS = frozenset({"of", "and", "&", "the", "for", "in", "on", "at", "upon"})
_MAX_NAME_WORDS = 8
_MAX_LINE = 200  # characters: a line of names, not a paragraph
_LINE_KINDS = frozenset({"heading", "para"})


def _name(text: str) -> bool:
    """Whether `text` is a name's shape: a few words, each capitalised but joins."""
    words = _NAME_ENDS.split(text.strip(), maxsplit=1)[0].split()
    if not words or len(words) > _MAX_NAME_WORDS or words[-1].lower() in _NAME_JOINS:
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINS for w in words)


def name_line(text: str) -> bool:
    """Whether a block's text is a line of names: one name opening it (what
    follows a dash, comma or bracket is what the body is), or names set off by
    middots or semicolons."""
    text = text.strip().rstrip(".")
    if not text or "\n" in text or len(text) > _MAX_LINE or text[-1] in lx.LINE_MARKS:
        return False
    if text.isupper() and " " in text:
        return False  # "HOLIDAY ACTIVITIES AND FOOD": a section's heading
    parts = _PARTS.split(text)
    return all(_name(p) for p in parts) if len(parts) > 1 else _name(text)


class NameRun:
    """The unbulleted list of members being read, if any: its lead-in's text."""

    def __init__(self) -> None:
        self.lead: str | None = None
        self.after_lead = False  # the block just read was the lead-in
        self.named = False  # the block just read was a name line that named a member

    def line_lead(self, block: Block) -> str | None:
        """The lead-in `block` is a line of, or None; closes the run at a
        paragraph that is no name line, no lead-in and no description."""
        if self.lead is None or block.kind not in _LINE_KINDS:
            return None
        if name_line(block.text):
            return self.lead
        text = block.text.rstrip()
        if block.kind == "para" and not (text.endswith(":") or self.after_lead or self.named):
            self.lead = None
        return None

    def after(self, ctx, block: Block, lead: str | None, named: bool) -> None:
        """Note what `block` (just read; a line of the run when `lead`, naming a
        member when `named`) does to the run: a lead-in of members opens one."""
        found = lead_of(ctx, block.text) if block.kind != "item" and not lead else None
        opens = found is not None and found.relation == "MEMBER_OF"
        if found is not None:  # a lead-in of another list ("Our funders") closes it
            self.lead = block.text if opens else None
        self.after_lead = opens
        self.named = bool(lead) and named


def _lead_in(text: str) -> bool:
    """Whether a paragraph ends in a line that can open a roll: a lead-in ending in a
    colon ("Trustees during the year:"), or a line alone with no sentence's end, a
    heading laid out as a paragraph ("Trustees (who are also directors)")."""
    text = text.strip()
    return text.endswith(":") or ("\n" not in text and text[-1:] not in _SENTENCE_MARKS)


_SENTENCE_MARKS = frozenset(".!?")


class SeatRun:
    """The unbulleted roll of a board being read, if any: "Our trustees" over lines
    that each open with one person ("Jane Doe (Chair) - a retired GP", "John Roe").
    Each such person holds a seat on the page's own body's board: the post their line
    gives, else the heading's seat (`rules/board_rolls.heading_seat`). The roll stays
    open over its lines and over a description under one; another heading closes it,
    and so does any other paragraph."""

    def __init__(self) -> None:
        self.seat: str | None = None
        self.heading = ""
        self.seated = False  # a line of the block being read seated someone
        self.opened = False  # the block being read opened the roll
        self.last_seated = False  # the block read before did

    def open(self, block: Block) -> None:
        """Note a heading that opens a roll, or a paragraph ending in a lead-in line
        that does ("The charity is governed by trustees. Trustees during the year:",
        "Our steering group for 2025-26:"), before `block` is read."""
        self.seated, self.opened = False, False
        if block.kind in {"heading", "title"}:
            line = block.text.strip()
        elif block.kind == "para" and _lead_in(block.text):
            line = _SENTENCE_END.split(block.text.strip())[-1]
            if _LABEL_STOPS.intersection(seat_words(line)):
                return  # "Thanks to our committee:": a line of thanks
        else:
            return
        seat = heading_seat(line)  # a few words: "Our board of trustees"
        if seat is not None:
            self.seat, self.heading, self.last_seated, self.opened = seat, line, False, True

    def read(self, reader: SentenceReader) -> None:
        """Seat the one person a sentence of the roll opens with, when the line is
        only their name and what they are ("Jane Doe", "Jane Doe, GP", "Jane Doe
        (Chair) - ...")."""
        if self.seat is None or reader.block_kind not in _LINE_KINDS:
            return
        people = [m for m in reader.ms if reader.kind(m) == "Person"]
        person = reader.mention_at(reader.sent.start)
        if len(people) != 1 or person is not people[0]:
            return
        k = person.end
        if k < reader.sent.end and reader.words[k] not in _AFTER_NAME:
            return  # "Jane chaired the Foo Trust": a sentence about her, no roll's line
        role = own_board_post(reader, person) or self.seat
        seat_on_roll(reader, person.id, role, self.heading, f"{self.heading} {reader.evidence}")
        self.seated = True

    def after(self, block: Block) -> None:
        """Close the roll at a block that was no line of it nor a description."""
        if self.seat is None or block.kind not in _LINE_KINDS:
            return
        if not (self.seated or self.opened or (block.kind == "para" and self.last_seated)):
            self.seat = None
        self.last_seated = self.seated


_AFTER_NAME = frozenset({"(", ","}) | lx.DASHES
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")  # the lead-in line is a paragraph's last sentence
_LABEL_STOPS = vocab.words("roll_label_stops")  # "To the committee:", as `board_rolls` reads it


__all__ = ["NameRun", "SeatRun", "name_line"]
