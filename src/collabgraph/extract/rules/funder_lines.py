"""Funding, continued: a line of a funders' list that says what each funder pays for.

Under a line of funders ("Project funders", "Thank you to our funders":
`vocab/funding_heading_words.txt`), each line that opens with a body, a dash or a
run of dots, and what it gives: "Fenby Trust – for Open Studio, our Saturday
club", "Kelby Foundation - Next Steps", "Ada Foss Trust ........ £35,000 (Open
Studio)": the body FUNDED the project or event the line names; "Kelby Council -
core costs": with no such name, the page's own body. A line whose words after the
dash have a verb ("- we've been members since 2022") or name another body is no
funder's line. A lead ending in a colon may stand between the line of funders
and its list ("Thank you to our funders" / "We could not do any of this without:").
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.thanked_funders import names_funders

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a line under a funders' line."""

_PAID_KINDS = {"Project", "Event"}
_LEAD_WORDS = {"for", "our", "the", "towards", "funds", "funding", "supports", "("}
"""Words between the line's mark and the thing it pays for: "– for Open Studio",
"- funds our Wild Kids group", "£35,000 (Open Studio)"."""
_BULLETS = {"•", "*", "·", "▪"}  # a list line's bullet, before its funder
_HEADING_LENGTH = 12  # words at most in the line over the list
_LINES_BACK = 12  # lines at most from the list's line back to the line over it
_LINE = re.compile(r"^[-•*·▪–]?\s*\S.{0,80}?(\s[-–—]\s|\s?\.{3,}\s?)\S")
"""A funders' list line: a name, then a dash or a run of dots, then words."""
_SUM_TAIL = re.compile(r"^[£$€]\s?\d[\d,.]*\s*(?:\([^()]*\))?\s*$")


def funder_lines(reader: SentenceReader) -> None:
    """The body a funders' line opens with FUNDED the thing it names, else the page's
    own body."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    if start < end and (words[start] in lx.DASHES or words[start] in _BULLETS):
        start += 1  # "• Fenby Trust – ..."
    if end - start < 3 or not _LINE.match(reader.sent_text) or not under_funders_line(reader):
        return
    funder = reader.mention_at(start)
    if funder is None or reader.kind(funder) != "Organisation" or reader.is_we(funder):
        return
    mark = _mark_after(reader, funder.end)
    if mark is None:
        return
    paid = None
    for m in reader.ms:
        if m.start < mark:
            continue
        if reader.kind(m) == "Organisation":
            return  # "A - with B": another body's line
        if reader.kind(m) in _PAID_KINDS and paid is None and _led_to(reader, mark, m.start):
            paid = m
    if paid is None and any(
        reader.doc[k].pos_ in {"VERB", "AUX"} and words[k] not in _LEAD_WORDS
        for k in range(mark, end)
    ):
        return  # "- we've been members since 2022": no money told
    target = paid if paid is not None else ours_at(reader, start)
    if target is not None:
        reader.relate(funder, "FUNDED", target, confidence=0.6)


def under_funders_line(reader: SentenceReader) -> bool:
    """Whether the lines above, back over the list's other lines and one lead ending
    in a colon ("We could not do any of this without:"), reach a
    short line of funders ("Thank you to our funders", "Project funders")."""
    here = len(reader.ctx.sentences) - 1
    lead = False
    for text in reversed(reader.ctx.sentences[max(0, here - _LINES_BACK) : here]):
        if len(text.split()) <= _HEADING_LENGTH and names_funders(text):
            return True
        if _LINE.match(text) or _SUM_TAIL.match(text):
            continue  # a list line, or a sum the parser cut from its line's dots
        if not lead and text.rstrip().endswith(":"):
            lead = True  # "We could not do any of this without:"
            continue
        return False
    return False


def _mark_after(reader: SentenceReader, k: int) -> int | None:
    """The token after the dash or run of dots that follows the funder's name (past
    a bracketed note: "Kelby Council (regular funding) ....")."""
    words, end = reader.words, reader.sent.end
    if k < end and words[k] == "(":
        close = next((j for j in range(k, min(end, k + 8)) if words[j] == ")"), None)
        k = close + 1 if close is not None else k
    if k + 1 < end and (words[k] in lx.DASHES or set(words[k]) == {"."}):
        return k + 1
    return None


def _led_to(reader: SentenceReader, mark: int, k: int) -> bool:
    """Whether the words from the mark to token k only lead to a name: "for", "our",
    a sum and its bracket ("£35,000 ("), nothing else."""
    return all(
        reader.words[j] in _LEAD_WORDS or reader.is_money(j) or reader.doc[j].like_num
        for j in range(mark, k)
    )


__all__ = ["LABELS", "funder_lines", "under_funders_line"]
