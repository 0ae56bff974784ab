"""Running, continued: the named thing a grant is for, in the two shapes grants lists
write it:

    - Tern Arts – £20,000 for Tidelines, a year-long community arts project
    - Tern Arts – £15,000 over two years for a girls' boxing programme, Strong Girls

The body granted the money (the one the list line opens with, before its dash)
RUNS the thing, and the name is voted a project: "for" a name that a description
sets off ("Tidelines, a ... project"), or a description that a name closes ("a ...
programme, Strong Girls"). Nothing for
a name no programme by its head word, nor a place (`named_run_by.runnable`), nor
money "for" with no sum in the words before it. (Grant news, "a grant to Tern Arts
for Stepping Stones, a programme ...", is left: the finder reads "Tern Arts for
Stepping Stones" as one name.)
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import CLOSING_QUOTES, OPENING_QUOTES
from collabgraph.extract.rules.described_run_by import RUN_VOTE
from collabgraph.extract.rules.named_run_by import runnable
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads a sum, "for" and a described name."""

_SUM_REACH = 6  # "£15,000 over two years for": words from the sum to "for"
_DESCRIBING = 8  # "a year-long community arts project in Saltney": words of a description
_LINE_OPENERS = lx.DASHES | {"•", "*"}  # a list line's bullet
_LINE_GAP = 3  # "- Tern Arts (Kelby) –": words from a line's body to its dash


def granted_projects(reader: SentenceReader) -> None:
    """The kinds in the module docstring."""
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start + 2, end - 2):
        if words[k] != "for" or not _sum_before(reader, k):
            continue
        named = _described_name(reader, k + 1)
        if named is None or not runnable(reader, named, said=True):
            continue
        grantee = _line_body(reader, k)
        if grantee is None:
            continue
        named.votes["Project"] += RUN_VOTE
        reader.ctx.votes_for(named)["Project"] += RUN_VOTE
        reader.relate(grantee, "RUNS", named, confidence=0.65)


def _sum_before(reader: SentenceReader, k: int) -> bool:
    """Whether a sum of money ("£20,000", "£1.5m") stands in the few words before "for"."""
    lo = max(reader.sent.start, k - _SUM_REACH)
    return any(reader.words[j].startswith("£") for j in range(lo, k))


def _described_name(reader: SentenceReader, k: int) -> Mention | None:
    """The name from token k that a description sets off ("Tidelines, a ... project",
    "“Mill Voices”, an oral history play"), or that closes a description ("a girls'
    boxing programme, Strong Girls"); None otherwise."""
    words, end = reader.words, reader.sent.end
    j = k + (k < end and words[k] in OPENING_QUOTES)
    named = reader.by_start.get(j)
    if named is not None:
        after = named.end + (named.end < end and words[named.end] in CLOSING_QUOTES)
        if after + 1 < end and words[after] == "," and words[after + 1] in {"a", "an"}:
            return named
        return None
    if words[k] not in {"a", "an"}:
        return None
    for c in range(k + 1, min(k + 1 + _DESCRIBING, end - 1)):
        if words[c] == ",":
            j = c + 1 + (words[c + 1] in OPENING_QUOTES)
            named = reader.by_start.get(j)
            closes = named is not None and (named.end >= end or not reader.doc[named.end].is_alpha)
            return named if closes else None
        if not (reader.doc[c].is_lower or words[c] in {"'", "’", "'s", "-"}):
            return None
    return None


def _line_body(reader: SentenceReader, k: int) -> Mention | None:
    """The body a list line opens with, before its dash ("- Tern Arts – £20,000 for")."""
    start = reader.sent.start
    first = reader.by_start.get(start + (reader.words[start] in _LINE_OPENERS))
    if first is None or reader.kind(first) != "Organisation":
        return None
    dash = next(
        (
            j
            for j in range(first.end, min(first.end + _LINE_GAP + 1, k))
            if reader.words[j] in lx.LINE_MARKS
        ),
        None,
    )
    return first if dash is not None else None


__all__ = ["LABELS", "granted_projects"]
