"""Lines under a list's lead-in ("The partners are:", "Grants went to the
following groups:", vocab/list_leads.txt) that carry no bullet: a run of short
lines, one name each (under members, partners or seats a name and what it does
after a spaced dash, however long: `described_member`), and table rows ("Foo
Trust | Kelby | £5,000"). Each is
read as a list item under the lead-in, a row written as "Name (Place), notes":
the name from the column headed as a name (vocab/table_columns.txt, else the
first), the place from a column headed as a place.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab

_COLUMNS = vocab.table("table_columns")
# lists of bodies: phrase -> kind, in file order (several words first)
_PHRASES = [(tuple(k.split()), v) for k, v in vocab.table("list_leads").items()]
_FIRST_WORDS = frozenset(p[0] for p, _ in _PHRASES)
_BY_FIRST_WORD: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
for _order, (_phrase, _kind) in enumerate(_PHRASES):
    _BY_FIRST_WORD.setdefault(_phrase[0], []).append((_order, _phrase, _kind))
# lists of people: "Speakers included:", "Our trustees are:"
_ROLE_LEADS = [tuple(k.split()) for k in lx.LIST_ROLE_CUES]
_LEADS = [p for p, _ in _PHRASES] + _ROLE_LEADS
_MAX_ITEM_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…\"”]$")
_BULLET = re.compile(r"^\s*(?:[-*•·▪‣]|\d+[.)])\s+")  # layout reads bulleted lines itself


def is_list_lead(line: str, *, heading: bool = False) -> bool:
    """Whether `line` ends with a colon (or is a heading of four words at most)
    and holds a list lead-in's words."""
    if not (line.rstrip().endswith(":") or (heading and len(line.split()) <= 4)):
        return False
    words = [w.strip(".,;:()“”\"'").lower() for w in line.split()]
    if heading and not line.rstrip().endswith(":"):  # "Our partners", not "Partner news"
        return any(tuple(words[-len(p) :]) == p for p in _LEADS) or _seats(words[-1:])
    if _seats(words):
        return True  # "The trustees are:", "New directors:"
    return lead_kind(words) is not None or any(
        tuple(words[i : i + len(p)]) == p
        for p in _ROLE_LEADS
        for i in range(len(words) - len(p) + 1)
    )


def lead_kind(words: list[str]) -> tuple[str, int, int] | None:
    """(kind, first word, end word) of the first lead-in phrase of a list of bodies
    (vocab/list_leads.txt, in file order) found in lower-case `words`, at its first
    place, or None. Only the phrases a word opens are tried there."""
    if _FIRST_WORDS.isdisjoint(words):
        return None
    best: tuple[int, str, int, int] | None = None
    for i, word in enumerate(words):
        for order, phrase, kind in _BY_FIRST_WORD.get(word, ()):
            if (best is None or order < best[0]) and tuple(words[i : i + len(phrase)]) == phrase:
                best = (order, kind, i, i + len(phrase))
    return None if best is None else best[1:]


def _seats(words: list[str]) -> bool:
    return any(w.endswith("s") and w[:-1] in lx.ROLE_CORE for w in words)


def table_cells(line: str) -> list[str] | None:
    """The cells of a table row ("| A | B |", "A | B | C"), or None."""
    if "|" not in line:
        return None
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 and any(cells) else None


def header(cells: list[str]) -> dict[str, int] | None:
    """{"name": column, "place": column} when `cells` are a table's headings."""
    found: dict[str, int] = {}
    for n, cell in enumerate(cells):
        kind = _COLUMNS.get(cell.lower().strip(" *:"))
        if kind is not None:
            found.setdefault(kind, n)
        elif any(ch.isdigit() for ch in cell) or len(cell.split()) > 3:
            return None
    return found or None


def row_item(cells: list[str], columns: dict[str, int] | None) -> str | None:
    """A table row as a list item's text: "Name (Place), other cells"."""
    columns = columns or {}
    at = columns.get("name", 0)
    if at >= len(cells) or not cells[at]:
        return None
    text = cells[at]
    place = columns.get("place")
    if place is not None and place < len(cells) and cells[place]:
        text += f" ({cells[place]})"
    rest = [c for n, c in enumerate(cells) if c and n not in {at, place}]
    return ", ".join([text, *rest])


def open_list(blocks: list, after_blank: bool = False) -> str | None:
    """The lead-in a new line would sit under: the line before the items read
    so far (layout `Block`s), when it is a list's lead-in; else None. A blank
    line ends a list of unbulleted lines (`after_blank`: one came before)."""
    for n, block in enumerate(reversed(blocks)):
        if block.kind == "item":
            if after_blank and n == 0:
                return None
            continue
        if block.kind in {"para", "heading"} and is_list_lead(
            block.text, heading=block.kind == "heading"
        ):
            return block.text
        return None
    return None


def item_text(line: str, lead: str, table: dict) -> str | None:
    """What a line under the lead-in `lead` is as a list item: a table row
    ("Foo Trust | Kelby | £5,000", its headings' row noted in `table` and read
    as "") or a short line naming one ("Foo Trust"); None when it is neither."""
    cells = table_cells(line)
    if cells is not None:
        if lead not in table:
            table[lead] = header(cells)
            if table[lead] is not None:
                return ""  # the headings' row
        return row_item(cells, table[lead]) or ""
    if _BULLET.match(line):
        return None
    if short_item(line) or named_for(line) or on_topic(line) or described_member(line, lead):
        return line
    return None


def short_item(line: str) -> bool:
    """A line that can be one name of a list: short, opening with a capital (or
    "the" and a capital: "the Foo Food Alliance"), no sentence end."""
    opening = line[4:5] if line.startswith("the ") else line[:1]
    return (
        opening.isupper()
        and not line.rstrip().endswith(":")
        and len(line.split()) <= _MAX_ITEM_WORDS
        and not _SENTENCE_END.search(line)
    )


def named_for(line: str) -> bool:
    """A line naming one, then what it is named for, however long: "Foo Trust for
    using our findings to reach more carers" under "Our winners included:"."""
    name, sep, _ = line.partition(" for ")
    words = name.split()
    return (
        bool(sep)
        and short_item(name)
        and len(words) <= 8
        and all(w[:1].isupper() or w.lower() in lx.NAME_CONNECTORS for w in words)
    )


_CLAUSE_WORDS = {"who", "which", "whose", "that", "where", "when"}


def on_topic(line: str) -> bool:
    """A line naming one and what about, however long: "Jo Tern, Head of Grants,
    Foo Trust – on the new fund" under "Our speakers were:": the part before a
    spaced dash is a short item that says more of its name (a comma) and no
    clause ("Jo Tern, who ..."); the line is no sentence (no full stop)."""
    head = _before_dash(line)
    if head is None or "," not in head or _SENTENCE_END.search(line.rstrip()):
        return False
    return short_item(head) and not _CLAUSE_WORDS & {w.lower() for w in head.split()}


def _before_dash(line: str) -> str | None:
    """The part of a line before its first dash set off by spaces; None with none."""
    cuts = [line.find(f" {d} ") for d in lx.DASHES if f" {d} " in line]
    return line[: min(cuts)] if cuts else None


_MEMBER_KINDS = {"member", "partner"}  # leads of a body's members or partners
_MAX_NAME_WORDS = 8  # a name before what it does: "Foo Valley NHS Foundation Trust"


def described_member(line: str, lead: str) -> bool:
    """A line naming one member, then what it does there after a spaced dash,
    however long: "Foo Housing – landlord for most homes in the study; shared its
    data" under "Partners" or "Statutory partners", "Jo Tern – Chief Executive, Foo
    Trust" under "Members" or "Trustees": the part before the dash a name alone
    (capitals and a name's joining words), the lead-in one of members, partners
    or seats (`vocab/list_leads.txt`; a seat's plural: "trustees")."""
    head = _before_dash(line)
    if head is None:
        return False
    words = head.split()
    named = short_item(" ".join(words)) and len(words) <= _MAX_NAME_WORDS
    if not named or not all(w[:1].isupper() or w.lower() in lx.NAME_CONNECTORS for w in words):
        return False
    lead_words = [w.strip(".,;:()“”\"'").lower() for w in lead.split()]
    found = lead_kind(lead_words)
    return (found is not None and found[0] in _MEMBER_KINDS) or _seats(lead_words)


__all__ = [
    "described_member",
    "header",
    "is_list_lead",
    "item_text",
    "lead_kind",
    "named_for",
    "on_topic",
    "open_list",
    "row_item",
    "short_item",
    "table_cells",
]
