"""Who won at the page's event, told as the lines of an award list: a line opening
with an award's category, a dash or colon and its winner ("Team of the Year: Fenby
Rovers", "Lifetime Achievement – Ada Foss, who has run the lunch club for years",
"Winner: Jo Tern"), or a category alone on its line over a line opening with the
winner ("Young Volunteer of the Year" / "Kelby Sea Cadets, who ..."). Each winner
(and one joined by "and": "Partnership Award: A and B") took part in the page's
event as an award winner (PARTICIPATED_IN). A category ends in "of the year" or an
award's head (vocab/name_award_heads.txt), or is a label listed with its role in
vocab/award_line_labels.txt ("Highly commended: Foo" -> participant); a
bracket after it is passed over ("Junior Cricketer of the Year (the Kelby Cup) –
A"). Nothing when what follows the dash is no person or body ("Employer of the
Year — sponsored by Foo").
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rule reads (none: it reads the tokens)."""

_HEADS = vocab.words("name_award_heads")
_NAMED = vocab.table("award_line_labels")
_ROLE = "award winner"
_TAKERS = frozenset({"Person", "Organisation"})
_BULLETS = {"•", "*", "·"} | lx.DASHES
_REACH = 12  # a category is a few words: the dash or colon comes within these tokens
_JOINS = {"and", "&"}
_LABEL_WORDS = re.compile(r"[\w']+|[()]")


def award_list_lines(reader: SentenceReader) -> None:
    """The winners an award list's line names (see the module)."""
    event = reader.page_own_event()
    if event is None:
        return
    start, end = reader.sent.start, reader.sent.end
    first = _after_bullet(reader, start)
    mark = _line_mark(reader, first, end)
    if mark is not None:
        role = category_role(reader.words[first:mark])
        opener = mark + 1
    else:
        role = _heading_over(reader, start)
        opener = first
    if role is None:
        return
    for m in _winners(reader, opener):
        reader.relate(m, "PARTICIPATED_IN", event, role=role, confidence=0.7)


def category_role(label: list[str]) -> str | None:
    """The role of who won what `label` (lower-case words) names when it is an
    award's category ("volunteer of the year", "good neighbour award") or a listed
    label ("winner", "highly commended"); None for other words."""
    if label and label[-1] == ")" and "(" in label:
        label = label[: len(label) - 1 - label[::-1].index("(")]
    if not label:
        return None
    said = " ".join(label)
    if said in _NAMED:
        return _NAMED[said]
    if label[-3:] == ["of", "the", "year"] or label[-1] in _HEADS:
        return _ROLE if len(label) >= 2 else None
    return None


def _after_bullet(reader: SentenceReader, i: int) -> int:
    """Token i, or the one after it when it is a bullet."""
    return i + 1 if reader.doc[i].text in _BULLETS and i + 1 < reader.sent.end else i


def _line_mark(reader: SentenceReader, first: int, end: int) -> int | None:
    """The dash or colon that ends a category opening the line, within `_REACH`
    tokens; a hyphen inside a word ("Employer-Supported") is none."""
    doc = reader.doc
    for k in range(first + 1, min(end - 1, first + _REACH)):
        if doc[k].text not in lx.LINE_MARKS:
            continue
        if doc[k].text == "-" and not doc[k - 1].whitespace_:
            continue
        return k
    return None


def _heading_over(reader: SentenceReader, start: int) -> str | None:
    """The role a category alone on the line above the sentence's block gives
    ("Volunteer of the Year" over "Ada Foss, who ..."), for the first sentence of a
    paragraph (not of a list's items: a category over a list of names is a
    shortlist); None when the line above is no such category."""
    above = reader.block_above
    if start != 0 or reader.block_kind != "para" or not above or "\n" in above.strip():
        return None
    label = _LABEL_WORDS.findall(above.lower().replace("’", "'"))
    return category_role(label) if len(label) < _REACH else None


def _winners(reader: SentenceReader, i: int) -> list:
    """The person or body named at token i (past an article), and one joined to it
    by "and" or "&"."""
    m = reader.mention_at(i)
    if m is None or reader.kind(m) not in _TAKERS or reader.in_quote(m.start):
        return []
    out = [m]
    while m.end + 1 < reader.sent.end and reader.words[m.end] in _JOINS:
        m = reader.mention_at(m.end + 1)
        if m is None or reader.kind(m) not in _TAKERS:
            break
        out.append(m)
    return out
