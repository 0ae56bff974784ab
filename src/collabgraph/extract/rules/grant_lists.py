"""Funding, continued: a grant list's lines. "Foo Trust, Kelby: £7,000 to train
volunteers", "Bar Friends (Dale) - £3,000 towards a minibus", "Baz Club – £500":
a line that opens with a name (and its place) and then the money names a
grantee of the funder in view (`ctx.last_funder`, set by the grant rules); so
does a line that opens with the money: "£4.2m: Foo Trust's Bar project" (the
project a body's possessive names, else the body), "£500 - Baz Club"; and a line
that opens with a name and a dash and closes with its sum in brackets: "Bar Club –
a lunch club for carers (£5,000)"; and a line that opens with a name and a mark (a
slash, a run of leader dots; a bracketed note between) and closes with its sum: "Bar
Club / hall hire / £2,000", "Baz Club: warm space - £4,500", "Qux Trust, core costs
........ £750" (not under a line of funders: "Our funders" / "Foo Trust ... £35,000");
and a table row with a cell of money, "Bar Club | Kelby | a minibus | £500", however
its table is led in. With no funder in view (or
only the panel that decided: "approved by the Grants Committee"), the grants are
those of the body the page's title or masthead names, else of the page's own body."""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.funder_lines import under_funders_line
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a line."""

LINE_MARKS = {":", ","} | lx.DASHES
"""What parts a grant line's name (and its place) from its sum: ":", "," or a dash."""
_GRANT_WORDS = vocab.words("grant_nouns") | {"awarded", "grantees"}
_GRANTEES = {"Organisation", "Project", None}
_PANEL_HEADS = vocab.words("grant_panel_heads")
_POSSESSIVE = {"'s", "’s"}


def grant_lines(reader: SentenceReader) -> None:
    """The funder in view (else the page's own body) FUNDED the body a "Name[,
    place]: £N" line opens with."""
    m = line_grantee(reader, vote=_funder_in_view(reader) is not None)
    if m is None:
        return
    funder = line_funder(reader, m)
    if funder is not None and m.id != funder:
        reader.relate(funder, "FUNDED", m, confidence=0.65)
        reader.vote_line_name(m)  # "Foo Club: hall hire - £500" is no heading


def _funder_in_view(reader: SentenceReader) -> int | None:
    """The funder in view, not a panel deciding its grants ("approved by the Grants
    Committee": the body it sits for gives)."""
    funder = reader.ctx.last_funder
    if funder is not None and funder >= 0 and _deciding_panel(reader.ctx.mentions[funder]):
        return None
    return funder


def line_funder(reader: SentenceReader, grantee: Mention) -> int | None:
    """Whose grant a grant list's line (opening with `grantee`) gives: the funder in
    view, else, on a page that told of grants before, the body its title or masthead
    names, else the page's own body (`PAGE_ORG`); None when there is none of these."""
    funder = _funder_in_view(reader)
    if funder is not None:
        return funder
    if reader.kind(grantee) is None or not _grants_told(reader):
        return None  # a body's own list of the grants it made, told as grants before
    heading = _heading_body(reader)
    return heading.id if heading is not None else PAGE_ORG


_HEADING_WORDS = 12  # a title or masthead line: short, no full stop


def _heading_body(reader: SentenceReader) -> Mention | None:
    """The body the page's title or masthead line names first ("Foo Trust - Round 4
    awards", "FOO COMMUNITY FOUNDATION" over its title): whose list of grants a page
    with no funder in view gives, where the page's "we" may never be said."""
    for m in reader.ctx.mentions:
        if m.block > 1 or m.section != 0:
            break
        line = (m.sentence or "").strip()
        if (
            reader.kind(m) == "Organisation"
            and len(line.split()) <= _HEADING_WORDS
            and not line.endswith(".")
            and not _deciding_panel(m)
        ):
            return m
    return None


def _deciding_panel(m: Mention) -> bool:
    """Whether a body in view as funder is a panel deciding its grants ("the Grants
    Committee", `vocab/grant_panel_heads.txt`)."""
    words = m.text.lower().split()
    return bool(words) and words[-1] in _PANEL_HEADS


def line_grantee(reader: SentenceReader, vote: bool = True) -> Mention | None:
    """The body or project a grant list's line opens with: "Name[, place]: £N ...",
    "Name – ... (£N)"; None for a sentence of any other shape. Such a line names a
    grantee, never a funder (a "from X" in its purpose is no giver in view). An
    untyped name is voted an organisation unless `vote` is false."""
    opening = line_opening(reader, _GRANTEES)
    if opening is None:
        return None
    m, j = opening
    if reader.words[j] == "|":
        if not _priced_row(reader):
            return None
    elif reader.words[j] in LINE_MARKS and money_at(reader, j + 1):
        pass  # "Foo Club: £500 ..."
    elif not (reader.words[j] in lx.DASHES and _closing_sum(reader)) and not (
        _line_closes_with_sum(reader)
    ):
        return None
    if vote and reader.kind(m) is None and not reader.vote_organisation(m):
        return None
    return m


def line_opening(reader: SentenceReader, kinds: set) -> tuple[Mention, int] | None:
    """The name of `kinds` a line opens with and the token after it (and after its
    place set off: "Name[, place]", `after_place`), when a line mark (`LINE_MARKS`)
    stands there with words after it: the shape of a grant list's line before its
    sum; None for a sentence of any other shape."""
    m = reader.mention_at(reader.sent.start)
    if m is None or reader.kind(m) not in kinds:
        return None
    j = _after_note(reader, after_place(reader, m.end))
    end = reader.sent.end
    if j < end and reader.words[j] == "|":
        return m, j  # a table row's first cell: "Foo Club | Kelby | £500"
    if j >= end or not _line_mark(reader.words[j]):
        return None
    if j + 1 == end and _LEADERS.fullmatch(reader.words[j]) is None:
        return None  # the parser cuts a line after its dots, never after its dash
    return m, j


_NOTE_REACH = 8  # tokens at most of a bracketed note after a line's name


def _after_note(reader: SentenceReader, j: int) -> int:
    """The token after a bracketed note that follows the name when a mark comes next:
    "Foo Mosque (community room) – £4,000", "Bar Association (Dale partnership) ...
    £58,000"; j itself otherwise."""
    words, end = reader.words, reader.sent.end
    if j >= end or words[j] != "(":
        return j
    close = next((k for k in range(j + 1, min(end, j + _NOTE_REACH)) if words[k] == ")"), None)
    if close is None or close + 1 >= end or not _line_mark(words[close + 1]):
        return j
    return close + 1


def _line_mark(word: str) -> bool:
    """Whether a token parts a grant line's name from the rest: a line mark, a slash
    ("Foo Club / a minibus / £500") or a run of leader dots ("Foo Club ...... £500")."""
    return word in LINE_MARKS or word == "/" or _LEADERS.fullmatch(word) is not None


def sum_lines(reader: SentenceReader) -> None:
    """The funder in view FUNDED what a "£N: Name" line names after the money: "£4.2m:
    Foo Trust's Bar project" -> the Bar project; "£500 - Baz Club" -> Baz Club."""
    funder = reader.ctx.last_funder
    words, end = reader.words, reader.sent.end
    k = reader.sent.start
    while k < end and (reader.is_money(k) or (k > reader.sent.start and reader.doc[k].like_num)):
        k += 1  # "£", "4.2", "m"; "£", "500"
    if funder is None or k == reader.sent.start or k + 1 >= end or words[k] not in LINE_MARKS:
        return
    k += 1 + (words[k + 1] == "the" if k + 1 < end else 0)
    m = reader.by_start.get(k)
    if m is None or m.id == funder:
        return
    owned = (
        reader.by_start.get(m.end + 1) if m.end + 1 < end and words[m.end] in _POSSESSIVE else None
    )
    if owned is not None and reader.kind(owned) == "Project":
        m = owned  # "Foo Trust's Bar project": the project, Foo Trust's to run
    if reader.kind(m) in _GRANTEES and (reader.kind(m) is not None or reader.vote_organisation(m)):
        reader.relate(funder, "FUNDED", m, confidence=0.6)


def _grants_told(reader: SentenceReader) -> bool:
    """Whether a sentence before this one speaks of grants or awards ("The trustees
    approved eleven grants", "To award the following small grants:"): a priced
    list ("Kelby Bakery – a bread class (£5)") on a page that never does is none."""
    here = len(reader.ctx.sentences) - 1
    return any(
        not _GRANT_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower()))
        for text in reader.ctx.sentences[:here]
    )


_PRICED_CELL = re.compile(r"\|\s*[£$€]\s?\d")
_LEADERS = re.compile(r"\.{2,}|…+")
_SUM_CLOSING = re.compile(
    r"(?:[/|:–—-]|\.{2,}|…)\s*[£$€]\s?\d[\d,.]*\s*(?:k|m|bn|million|billion)?"
    r"\s*(?:\([^()\n]{1,60}\))?\s*\.?\s*$",
    re.IGNORECASE,
)
"""A line's closing sum after its last mark, a bracketed note after it allowed:
"/ £3,000", "- £9,800", "........ £750", "... £60,000 (year 2 of 3)"."""


def _line(reader: SentenceReader) -> str | None:
    """The line the sentence opens (the line, not the sentence: the parser may cut a
    line at its run of dots or its bars); None for a sentence opening inside a line."""
    text = reader.doc.text
    start = reader.doc[reader.sent.start].idx
    if text.rfind("\n", 0, start) + 1 != start:
        return None
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _priced_row(reader: SentenceReader) -> bool:
    """Whether the sentence opens a table row with a cell of money: "Foo Club | Kelby
    | a minibus | £500" under "Organisation | Town | Purpose | Amount", a grant made
    to the row's body."""
    line = _line(reader)
    return line is not None and line.count("|") >= 2 and _PRICED_CELL.search(line) is not None


def _line_closes_with_sum(reader: SentenceReader) -> bool:
    """Whether the line the sentence opens closes with its sum after a mark: "Foo Club
    / hall hire / £2,000", "Bar Trust: warm space - £4,500", "Baz Club, core costs
    ........ £750": the grant a list gives each line last (not under a line of
    funders, whose lines name the page's givers: "Our funders" / "Foo Trust ... £35,000")."""
    line = _line(reader)
    return (
        line is not None
        and _SUM_CLOSING.search(line) is not None
        and not under_funders_line(reader)
    )


def after_place(reader: SentenceReader, j: int) -> int:
    """The token after a place set off after the name: ", Kelby", " (Kelby)", " in Kelby"."""
    words, end = reader.words, reader.sent.end
    if j + 1 < end and words[j] in {",", "(", "in"}:
        place: Mention | None = reader.by_start.get(j + 1)
        if place is not None and reader.kind(place) == "Place":
            k = place.end
            if words[j] == "(":
                return k + 1 if k < end and words[k] == ")" else j
            return k
    return j


_CLOSING_REACH = 4  # tokens at most after the sum that closes a line: "(£52,000)."


def _closing_sum(reader: SentenceReader) -> bool:
    """Whether the line ends with its sum in brackets: "Foo – a lunch club run by Bar
    (£5,000).", the grant a list of awards gives each line last."""
    words, end = reader.words, reader.sent.end
    close = next(
        (k for k in range(end - 1, max(end - 1 - _CLOSING_REACH, reader.sent.start), -1)
         if words[k] == ")"),
        None,
    )  # fmt: skip
    if close is None or close - 2 <= reader.sent.start:
        return False
    opening = next((k for k in range(close - 1, close - 5, -1) if words[k] == "("), None)
    return opening is not None and money_at(reader, opening + 1)


def money_at(reader: SentenceReader, k: int) -> bool:
    """Whether token k opens a line's sum: "£3,000", "$500", a recogniser's MONEY
    (narrower than `reader.is_money`, which takes "pounds" and "million" too); False past
    the document's end (a table row's "|" as its last token)."""
    if k >= len(reader.doc):
        return False
    tok = reader.doc[k]
    return tok.ent_type_ == "MONEY" or "£" in tok.text or "$" in tok.text


__all__ = [
    "LABELS",
    "LINE_MARKS",
    "after_place",
    "grant_lines",
    "line_funder",
    "line_grantee",
    "money_at",
    "sum_lines",
]
