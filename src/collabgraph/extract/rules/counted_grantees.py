"""Grants, continued: grantees counted before they are named. "Two youth projects in
Kelby have been awarded a share of £30,000 by the Foo Trust. Bar Start, led by Baz,
will ... . The Qux Kitchen initiative will ...": the funder FUNDED each body or
project the next sentences open with, up to the number counted (a number and a
plural noun of grantees, `vocab/grantee_group_nouns.txt`, opening the sentence that
says they received money from a named funder), and no further than a sentence that
opens with anything else or tells what someone said (a name left unread, which may
be one of them, is passed by).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues of its own: it reads the receiving cues' sentences."""

_GROUPS = vocab.words("grantee_group_nouns")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
MOST_COUNTED = max(_NUMBERS.values())
"""The largest count said in words that `small_count` reads."""
_NOUN_REACH = 4  # "Two new youth projects": words at most from the number to the noun
_GIVEN = {"by", "from"}
_NAMED_KINDS = {"Organisation", "Project"}
_FUNCTION = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX", "PART", "NUM", "PUNCT"}


def counted_grantees(reader: SentenceReader) -> None:
    """Note a count of grantees and their funder; relate the names the next
    sentences open with (see the module)."""
    ctx = reader.ctx
    counted = ctx.pending.counted_grantees
    if counted is not None:
        funder, left, section = counted
        opening = reader.ms[0] if reader.ms else None
        opens = opening is not None and opening.start <= reader.sent.start + 1
        if section != reader.section:
            ctx.pending.counted_grantees = None
        elif (
            opens
            and reader.kind(opening) in _NAMED_KINDS
            and opening.id != funder
            and lx.SPEAKING_VERBS.isdisjoint(reader.words[reader.sent.start : reader.sent.end])
        ):
            reader.relate(funder, "FUNDED", opening, confidence=0.6)
            ctx.pending.counted_grantees = (funder, left - 1, section) if left > 1 else None
            return
        elif reader.doc[reader.sent.start].pos_ in _FUNCTION or (
            opens and reader.kind(opening) is not None
        ):
            # "Mae Ortiz said ...", "It will ...": the run is over
            ctx.pending.counted_grantees = None
        else:
            return  # a name the finder did not read whole ("Step Up Kelby, led by ..."): passed
    count = _count(reader)
    if count is None or not (reader.cues("passive_award") or reader.cues("received_funding")):
        return
    funder = _funder(reader)
    if funder is not None:
        ctx.pending.counted_grantees = (funder.id, count, reader.section)


def small_count(word: str) -> int | None:
    """The number a lower-case word says: "two" to "eight" or digits ("3"); else None."""
    return _NUMBERS.get(word) or (int(word) if word.isdigit() else None)


def _count(reader: SentenceReader) -> int | None:
    """The number a sentence opens with before a plural noun of grantees ("Two youth
    projects in Kelby ..."), when no name comes between; else None."""
    words, start = reader.words, reader.sent.start
    n = small_count(words[start])
    if n is None or not 1 < n <= MOST_COUNTED:
        return None
    for k in range(start + 1, min(start + 1 + _NOUN_REACH, reader.sent.end)):
        if k in reader.covering or not reader.doc[k].is_lower:
            return None
        if words[k] in _GROUPS:
            return n
    return None


def _funder(reader: SentenceReader):
    """The body named right after "by" or "from" in the sentence, if any."""
    for k in range(reader.sent.start, reader.sent.end - 1):
        if reader.words[k] in _GIVEN:
            m = reader.mention_at(k + 1)
            if m is not None and reader.kind(m) == "Organisation":
                return m
    return None


__all__ = ["LABELS", "MOST_COUNTED", "counted_grantees", "small_count"]
