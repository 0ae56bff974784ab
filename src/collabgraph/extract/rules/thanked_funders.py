"""Funding, continued: a page thanking its funders in a list.

"We thank our funders: Kelby Town Council; the Fenby Trust (£4,000); and Ada Foss
Foundation", "the trustees record their gratitude to the following funders, without
whom the centre could not have opened: A; B; C", "We are grateful to the
organisations that fund our work, including A, B and C": a word of thanks
(`vocab/thanking_words.txt`), then a noun of funders (`vocab/our_funder_nouns.txt`)
or a verb of funding "our" work (`vocab/thanked_funding_verbs.txt`), then a colon or
"including" (`vocab/thanked_funder_openers.txt`) and the names: each body named
after it FUNDED the page's own body ("we", `partner_leads.ours_at`). Under a heading
of funders ("Our funders", "Funding": `vocab/funding_heading_words.txt`) the bodies
thanked need no such noun: "Thank you to A, B and C, and to everyone who gives"; a
paragraph right under it that only names bodies needs no thanks ("The Kelby Trust, the
Fenby Foundation and Ada Foss Trust."). A
programme a funder gives through ("through its Kelby Kites programme") is no funder.
A body thanked "whose grant paid for" something (`vocab/whose_grant_nouns.txt`,
`vocab/whose_grant_verbs.txt`) FUNDED the event in focus ("the hall", "the whole
day"), or the page's own body for "our" costs or with no event in focus.
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.rules.focus_targets import first_id
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.thanked_payers import THANKS

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads words of thanks and a list."""

_FUNDER_NOUNS = vocab.words("our_funder_nouns")
_FUNDING_VERBS = vocab.words("thanked_funding_verbs")
_OPENERS = vocab.words("thanked_funder_openers")
_HEADING_WORDS = vocab.words("funding_heading_words")
_REACH = 16  # tokens at most from the thanks to the funders' noun or verb
_OPENER_REACH = 16  # tokens at most from that noun or verb to the list's opener
_OWNED = {"its", "their", "through", "his", "her"}  # "through its Foo programme"
_GRANT_NOUNS = vocab.words("whose_grant_nouns")
_GRANT_VERBS = vocab.words("whose_grant_verbs")
_GRANT_REACH = 5  # tokens at most from "whose" to the verb of paying


def thanked_funders(reader: SentenceReader) -> None:
    """Each body listed after the thanks to "our funders" FUNDED the page's body."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    thanks = next((k for k in range(start, end) if words[k] in THANKS), None)
    if thanks is None or reader.in_quote(thanks):
        return
    noun = _funders_word(reader, thanks)
    if noun is None:
        opener = thanks if _under_funders(reader) else None
    else:
        opener = next(
            (k for k in range(noun + 1, min(noun + _OPENER_REACH, end)) if words[k] in _OPENERS),
            None,
        )
    if opener is None:
        return
    target = ours_at(reader, thanks)
    if target is None:
        return
    for m in reader.ms:
        if m.start <= opener or reader.kind(m) != "Organisation" or m.title:
            continue
        if any(words[k] in _OWNED for k in range(max(opener, m.start - 2), m.start)):
            continue
        reader.relate(m, "FUNDED", target, confidence=0.65)


def listed_under_funders(reader: SentenceReader) -> None:
    """ "Our funders" over a paragraph that only names bodies ("The Kelby Trust, the
    Fenby Foundation and Ada Foss Trust.", "A · B · C · our members"): no verb, no
    thanks (`thanked_funders` reads those), two bodies or more, the first opening
    it. Each FUNDED the page's own body."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    if not reader.right_under_heading or not _under_funders(reader):
        return
    if any(words[k] in THANKS for k in range(start, end)) or reader.in_quote(start):
        return
    bodies = [m for m in reader.ms if reader.kind(m) == "Organisation" and not m.title]
    if len(bodies) < 2 or bodies[0].start > start + 1:
        return
    if any(
        reader.doc[k].pos_ in {"VERB", "AUX"} for k in range(start, end) if k not in reader.covering
    ):
        return
    target = ours_at(reader, start)
    for m in bodies:
        if not reader.is_we(m):
            reader.relate(m, "FUNDED", target, confidence=0.6)


def _under_funders(reader: SentenceReader) -> bool:
    """Whether the sentence's paragraph sits under a heading of funders."""
    heading = reader.over_heading
    return bool(heading) and names_funders(heading)


def names_funders(line: str) -> bool:
    """Whether a heading or lead line has a word of funders in it ("Our funders",
    "Project funding": `vocab/funding_heading_words.txt`)."""
    return not _HEADING_WORDS.isdisjoint(re.findall(r"[a-z]+", line.lower()))


def _funders_word(reader: SentenceReader, thanks: int) -> int | None:
    """The token of "funders" (or of "fund" before "our") after the thanks, before
    any name: the thanks are to funders as such, not to a body named first."""
    words = reader.words
    for k in range(thanks + 1, min(thanks + _REACH, reader.sent.end)):
        if k in reader.by_start:
            return None
        if words[k] in _FUNDER_NOUNS:
            return k
        if words[k] in _FUNDING_VERBS and k + 1 < reader.sent.end and words[k + 1] == "our":
            return k
    return None


def thanked_whose_grant(reader: SentenceReader) -> None:
    """ "Thank you to the Kelby Trust, whose grant paid for the hall": the body
    thanked FUNDED the event in focus, or the page's body for "our" costs."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    thanks = next((k for k in range(start, end) if words[k] in THANKS), None)
    if thanks is None or reader.in_quote(thanks):
        return
    for k in range(thanks + 2, end - 2):
        if words[k] != "whose" or words[k - 1] != ",":
            continue
        funder = reader.by_end.get(k - 1)
        if funder is None or reader.kind(funder) != "Organisation":
            continue
        before = words[funder.start - 2 : funder.start]
        if "to" not in before:
            continue  # "thanks to our volunteers and Fenby Trust, whose": not thanked
        verb = _grant_verb(reader, k)
        if verb is None:
            continue
        paid = words[verb + 1 : end]
        paid = paid[: paid.index(",")] if "," in paid else paid
        event = reader.ctx.focus_of(reader.section, "Event")
        if "our" in paid or reader.ctx.main.get("Event") is None:
            event = None
        target = first_id(event, ours_at(reader, k))
        if target is not None:
            reader.relate(funder, "FUNDED", target, confidence=0.65)


def _grant_verb(reader: SentenceReader, whose: int) -> int | None:
    """The token of "paid" in "whose [Foo] grant paid" after the "whose" at `whose`."""
    words = reader.words
    stop = min(whose + _GRANT_REACH, reader.sent.end)
    for k in range(whose + 1, stop):
        if words[k] in _GRANT_VERBS:
            return k if words[k - 1] in _GRANT_NOUNS else None
    return None


__all__ = [
    "LABELS",
    "listed_under_funders",
    "names_funders",
    "thanked_funders",
    "thanked_whose_grant",
]
