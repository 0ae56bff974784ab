"""Partners on a grant list's line: "Kelby Club - £1,200 - a safety day with Fenby
Rotary", "Kelby Library Friends - £9,650 - a writer residency, with Fenby
Libraries", "Kelby Hall - £5,000 - solar panels, with advice from Orton Energy", "Kelby
Garden - £900 - raised beds, built with volunteers from Fenby Homes" (the people who do
it named from their body with "from" or "of"), and the same in a table's row ("Kelby
Club | Kelby | Swimming lessons, with Fenby Refugee Support | £7,250"): the body the
line opens with does the work it is granted money for with the bodies named after a
bare "with" (COLLABORATES_WITH: corpus/GOLD.md "worked with"; partners on a page that
calls the work a partnership).

Read from the shape of the line, as `grant_lists.line_opening` reads it (a body's
name opening the line, a place set off after it, then a dash, colon, comma or a
table's bar), with a sum of money somewhere on the line. Not "with" told by another
word ("working with", "in partnership with", "jointly with": the rules of those
words read them), nor money or help ("with funding from Foo", "with support from
Foo": no name right after "with"), nor when another person or body is named between
the opening name and "with" ("a course run by Foo with B": Foo's work, not the
grantee's).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.rules.founders import TOGETHER
from collabgraph.extract.rules.grant_lists import LINE_MARKS, after_place
from collabgraph.extract.rules.help_givers import PEOPLE_OF_BODIES
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a line."""

_BODIES = frozenset({"Organisation"})
_PARTIES = frozenset({"Person", "Organisation"})
_MARKS = LINE_MARKS | {"|"}
_TOLD = frozenset({"working", "partnership", "collaboration", "association", "jointly", "together"})
_ADVICE = ("advice", "from")  # "with advice from Foo"
_PEOPLE_FROM = frozenset({"from", "of"})  # "with pupils from Foo", "with members of Foo"
_PEOPLE_WORDS = 5  # "with a group of young volunteers from": words at most before "from"
_CONFIDENCE = 0.6


def grant_line_partners(reader: SentenceReader) -> None:
    """The kind in the module docstring."""
    words, end = reader.words, reader.sent.end
    grantee = reader.mention_at(reader.sent.start)
    if grantee is None or reader.kind(grantee) not in _BODIES:
        return
    j = after_place(reader, grantee.end)
    if j + 1 >= end or words[j] not in _MARKS:
        return
    if not any(reader.is_money(k) for k in range(j + 1, end)):
        return
    for k in range(j + 1, end - 1):
        named = reader.by_start.get(k)
        if named is not None and reader.kind(named) in _PARTIES:
            return  # another body or person before any "with"
        if words[k] != "with":
            continue
        if words[k - 1] in _TOLD:
            return
        start = k + 1
        if tuple(words[start : start + 2]) == _ADVICE:
            start += 2
        partners = reader.list_after(start, kinds=set(_BODIES)) or _people_from(reader, start)
        for p in partners:
            if p.id != grantee.id and not _marked_off(reader, start, p.start):
                reader.relate(grantee, TOGETHER, p, confidence=_CONFIDENCE)
        return


def _people_from(reader: SentenceReader, k: int) -> list:
    """ "with pupils from Fenby School", "with young volunteers from Orton Homes": the
    bodies the people named in common words after "with" come from (a noun for a
    body's people right before "from" or "of": `help_givers.PEOPLE_OF_BODIES`, no
    name or break before it); [] otherwise."""
    for j in range(k + 1, min(k + _PEOPLE_WORDS + 1, reader.sent.end - 1)):
        named = reader.by_start.get(j - 1)
        if named is not None and reader.kind(named) in _PARTIES:
            return []  # "with Jo Tern from Foo": a person named, read by others
        if reader.doc[j - 1].is_punct and reader.words[j - 1] != "-":
            return []
        if reader.words[j] in _PEOPLE_FROM:
            if reader.words[j - 1] not in PEOPLE_OF_BODIES:
                return []  # "with match funding from Foo": money, not people
            return reader.list_after(j + 1, kinds=set(_BODIES))
    return []


def _marked_off(reader: SentenceReader, start: int, k: int) -> bool:
    """Whether a dash or bar stands between token `start` and token k: the name
    after it is the line's next field ("with Fenby Repair Network — Orton Fund"),
    not one more partner."""
    return any(w in lx.DASHES or w == "|" for w in reader.words[start:k])


__all__ = ["LABELS", "grant_line_partners"]
