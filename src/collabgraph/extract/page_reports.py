"""The page's own yearly report: a page headed "Annual Report 2023/24", "Kelby
Trust - impact report (extract)" is an extract of a body's yearly report
(its name has a word of vocab/yearly_report_words.txt), and that body published
it. The body is the one named in the heading line itself ("Kelby Trust - Annual
Review 2024", "Annual Report 2023/24 - A year at Kelby Trust"), else the one
named alone on a line just under it, else the organisation the page speaks for
(`DocumentContext.page_org`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.coref import Entity

_YEARLY = vocab.words("yearly_report_words")
_TOP_BLOCKS = 2  # the heading line among the page's first blocks
_LINE_WORDS = 16  # at most, in a heading line
_EXTRACT = re.compile(r"\s*(?:\((?:extract|summary)\)|[-–—]\s*(?:extract|summary))\s*$", re.I)
_SEPARATORS = lx.DASHES | {":", ","}
_YEAR_TAIL = "for the year"  # "Trustees' Annual Report for the year ended 31 March 2025"
_UNDER = 2  # the body's name alone on one of the lines just under it


def yearly_report(entities: list[Entity]) -> tuple[Entity, int] | None:
    """The report whose name, with a yearly report's word, heads the page, and the
    block of that heading; None when no such report heads it."""
    for e in entities:
        if e.type != "Report":
            continue
        words = {w.lower().replace("’", "'") for w in e.name.split()}
        if not words & _YEARLY:
            continue
        for m in e.mentions:
            if m.block < _TOP_BLOCKS and (m.in_heading or _line(m.sentence)):
                return e, m.block
    return None


def _line(sentence: str) -> bool:
    """A heading's short line ("Kelby Trust - Annual Report 2024 (extract)"), not
    a sentence of the page's text."""
    return len(sentence.split()) <= _LINE_WORDS and not sentence.rstrip().endswith(".")


def yearly_report_publisher(
    ctx: DocumentContext, by_mention: dict, entities: list[Entity]
) -> tuple[Entity, Entity, str] | None:
    """(body, report, evidence): the page's own yearly report and the body that
    published it (see the module); None when the page heads no such report or
    names no body for it."""
    found = yearly_report(entities)
    if found is None:
        return None
    report, block = found
    orgs = [e for e in entities if e.type == "Organisation"]
    for e in orgs:
        for m in e.mentions:
            if m.block == block:
                return e, report, m.sentence
    for e in orgs:
        for m in e.mentions:
            alone = m.sentence.strip().rstrip(".") in {m.text, m.surface}
            if block < m.block <= block + _UNDER and alone:
                return e, report, m.sentence
    at = ctx.page_org(0)
    body = by_mention.get(at) if at is not None else None
    listed = next((e for e in orgs if body is not None and e.name == body.name), None)
    return (listed, report, report.mentions[0].sentence) if listed is not None else None


def heading_name(report: Entity, orgs: list[Entity]) -> str | None:
    """The whole name the heading line gives the page's yearly report, when it says
    more than the report's name: the body's name before it ("Kelby Trust - Annual
    Report 2024") or the year after it ("Trustees' Annual Report for the year
    ended 31 March 2025"), with "(extract)" left off; None when it says no more."""
    m = next(m for m in report.mentions if m.block < _TOP_BLOCKS)
    line = _EXTRACT.sub("", m.sentence.strip())
    at = line.find(report.name)
    if at < 0:
        return None
    before, after = line[:at].strip(), line[at + len(report.name) :].strip()
    if after and not after.lower().startswith(_YEAR_TAIL):
        return None
    if before:
        body = before[:-1].strip() if before[-1] in _SEPARATORS else ""
        if not any(body in (e.name, *e.aliases) for e in orgs):
            return None
    return line if line != report.name else None


def name_own_report(report: Entity, entities: list[Entity]) -> None:
    """Give the page's yearly report the whole name its heading line gives it
    (`heading_name`), keeping the shorter one as an alias."""
    orgs = [e for e in entities if e.type == "Organisation"]
    whole = heading_name(report, orgs)
    if whole is not None:
        report.aliases = [report.name, *(a for a in report.aliases if a != whole)]
        report.name = whole
