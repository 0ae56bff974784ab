"""A record's list of who came, one person a line under a label alone on its line:

    Members present
    Supt. Jo Tern (JT), Kelby Police — Chair
    Ada Foss (AF), Head of Housing, Fenby Council

The label ("Present", "Present:", "Members present") opens the list, which runs
over the page's short lines and list items to a line of prose, another label
("Apologies: ...") or a short line of other words. Each
person on it holds a seat on the body the meeting is of, as on a "Present:" line
(`meeting_chairs`), when a line of the list names the chair: a chair's word
(vocab/meeting_chair_words.txt) after a dash, a comma or a bracket ("— Chair",
"(Chair)", "- Chair, Cabinet Member for Housing"). The label may be "Attendees" or
"Attending" too (a record of a body's own meeting lists its members so as often as
"Present"); not "Also present", "Also attending" or "In attendance": guests and
officers are listed there.

Whoever the label, a list one person a line under a label alone on its line naming
attendance (a word of vocab/meeting_present_labels.txt: "Attendees (initials used
below)", "1. Attendance", "Present, including:", "In attendance") says who came:
or a label of vocab/attendance_list_labels.txt ("Around the table", "Who was
there"): `attending_line` gives each line's people, and the chair among them, to
`attending_lists`, which makes them attendees of the page's event.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This module reads no cues: it reads the lines of the page."""

_CHAIRS = vocab.words("meeting_chair_words")
_PRESENT = vocab.words("meeting_present_labels")
_WHO_CAME = vocab.words("attendance_list_labels")  # "Around the table", "Who was there"
_BRACKETS = re.compile(r"\([^()]*\)|,")  # "Attendees (initials used below)", "Present, including"
MEMBER_LABELS = ({"present"}, {"members", "present"}, {"attendees"}, {"attending"})
"""The words of a label opening a list of a body's members (not "also present")."""
# a label alone on its line: "Present", "Present:", "Members present"
_ALONE = re.compile(r"[ \t]*((?:[\w'’.-]+[ \t]+){0,2}[\w'’.-]+)[ \t]*:?[ \t]*")
LINE_LABEL = re.compile(r"[ \t]*((?:[\w'’.()-]+[ \t]+){0,5}[\w'’.()-]+)[ \t]*:")
"""A label of up to six words opening a line, its words the group: "Apologies:",
"Also in attendance (item 3):"."""
# a chair's word after a dash set off by a space, a comma or a bracket, ending the
# line or its part: "— Chair", "(Chair)", ", Chair, Foo Council", "(AF) Chair, Foo"
_MARK = re.compile(
    r"(?:\s[%s]|[(),])\s*([^\W\d_]+)(?=\s*(?:[,);.]|$))" % re.escape("".join(lx.DASHES))
)
_LABEL_WORDS = 3  # words at most of a label opening a sentence: "Also in attendance:"
_MOST_LINES = 40  # lines at most between a list's label and a person on it
_CUT_WORDS = 2  # a style or a title cut off by its full stop: "Supt.", "Rt Hon."
_LINE_KINDS = {"heading", "item"}  # the layout's short lines and list items
_LIST_KINDS = {*_LINE_KINDS, "para"}  # the first line under a label may read as a paragraph
_AND = (["and"], ["&"])  # the words joining two people on a line: "A and B - Foo"


def _label_above(sentences: list[str]) -> tuple[int, list[str]] | None:
    """(the number of the sentence after the label alone on its line the last
    sentence is listed under, the label's lower-case words), walking back over the
    lines before it; None when a line of prose (a full stop ending more than two
    words), another label or a short line of other words comes first."""
    last = len(sentences) - 1
    for k in range(last - 1, max(-1, last - 1 - _MOST_LINES), -1):
        line = sentences[k]
        if line.endswith(".") and len(line.split()) <= _CUT_WORDS:
            continue  # "Supt." cut from the name after it by a full stop
        alone = _ALONE.fullmatch(line)
        if alone is None:  # "Attendees (initials used below)", not "Jo Tern (JT)"
            alone = _ALONE.fullmatch(_BRACKETS.sub(" ", line))
            alone = alone if alone and _PRESENT & set(alone.group(1).lower().split()) else None
        if alone is not None:
            return k + 1, alone.group(1).lower().split()
        if LINE_LABEL.match(line):
            return None
        if line.endswith((".", "?", "!")) and len(line.split()) > 2:
            return None
    return None


def _list_start(sentences: list[str]) -> int | None:
    """The number of the sentence after the members' label the last sentence is
    listed under (`_label_above`, the label one of `MEMBER_LABELS`); else None."""
    found = _label_above(sentences)
    return found[0] if found is not None and set(found[1]) in MEMBER_LABELS else None


def opening_label(reader: SentenceReader) -> tuple[int | None, list[str]]:
    """(the colon's token index, the lower-case words before it) when the sentence
    opens with a label of at most `_LABEL_WORDS` words and a colon ("Present:",
    "Also in attendance:", "Apologies:"); else (None, [])."""
    words, start = reader.words, reader.sent.start
    colon = next((k for k in range(start, min(reader.sent.end, start + _LABEL_WORDS + 1))
                  if words[k] == ":"), None)  # fmt: skip
    return (None, []) if colon is None else (colon, [w.lower() for w in words[start:colon]])


def chair_marked(line: str) -> bool:
    """Whether a line of a list of who came names its person the chair: a chair's
    word (vocab/meeting_chair_words.txt) after a dash, a comma or a bracket, ending
    the line or its part ("A – Chair, Foo Council", "B, Bar Police (Chair)", "C (CT)
    chair, Baz Trust"); not "Vice-Chair", nor "Chair of Foo Trust"."""
    return any(word.lower() in _CHAIRS for word in _MARK.findall(line))


def attending_line(reader: SentenceReader) -> tuple[list, list] | None:
    """(the people of the sentence, the chairs among them) when it is a line of a
    list of who came one a line, under a label alone on its line naming attendance
    (see the module): the chair the one whose part of the line, up to the next
    person, marks them so (`chair_marked`); else None."""
    if reader.block_kind not in _LIST_KINDS:
        return None
    people = [m for m in reader.ms if reader.kind(m) == "Person"]
    found = _label_above(reader.ctx.sentences) if people else None
    if found is None or not (_PRESENT & set(found[1]) or " ".join(found[1]) in _WHO_CAME):
        return None
    doc, end = reader.doc, reader.sent.end
    # the line's first person and those joined to them ("A and B - Foo"), not a body
    # the finder took for a person after them ("C (CT), Foo Museums", "D - Bar Care")
    kept = people[:1]
    for m in people[1:]:
        if [w.lower() for w in reader.words[kept[-1].end : m.start]] in _AND:
            kept.append(m)
    people = kept
    ends = [m.start for m in people[1:]] + [end]
    chairs = [m for m, e in zip(people, ends, strict=True) if chair_marked(doc[m.end - 1 : e].text)]
    return people, chairs


def listed_lines(reader: SentenceReader) -> tuple[list, list] | None:
    """(the people of the sentence, a line of a members' list one a line, the chairs
    among them) when the list names a chair on this line or one above (see the
    module); else None."""
    if reader.block_kind not in _LINE_KINDS:
        return None
    people = [m for m in reader.ms if reader.kind(m) == "Person"]
    sentences = reader.ctx.sentences
    first = _list_start(sentences) if people else None
    if first is None or not any(chair_marked(s) for s in sentences[first:]):
        return None
    last = reader.doc[reader.sent.end - 1]
    end, text = last.idx + len(last), reader.doc.text
    chairs = [m for m in people if chair_marked(text[reader.doc[m.end - 1].idx : end])]
    return people, chairs


__all__ = [
    "LABELS",
    "MEMBER_LABELS",
    "attending_line",
    "chair_marked",
    "listed_lines",
    "opening_label",
]
