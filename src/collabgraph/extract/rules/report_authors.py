"""Who wrote a report, told around its name rather than by a verb:

- "her report, Caring Alone", "his new study 'Caring Alone'": the person "her" or
  "his" stands for (the last person named before it in the sentence) AUTHORED it;
- "Caring Alone, a new report by Ada Foss of Corve University": the people named
  after "by" in an apposition that calls it a report AUTHORED it (bodies there
  PUBLISHED it: `publishing.publications`);
- "Ada Foss, author of Caring Alone", "the authors of Caring Alone, Ada Foss and
  Ned Vale": AUTHORED.

Only a name read as a report; not "her work with Caring Alone" (no report word), nor
"the author of the foreword" (no report named).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: it reads words)."""

_HIS_HER = {"his", "her"}
_AUTHOR_WORDS = {"author", "authors", "co-author", "co-authors", "coauthor", "coauthors"}
_MARKS = {",", ":", "“", '"', "‘", "'", "”", "’"}
_QUOTE_MARKS = _MARKS - {","}
_LEAD_WORDS = 4  # words at most between "her" and the name: "her new ten-year report, X"
_CONFIDENCE = 0.7


def _report_word(word: str) -> bool:
    return FOCUS_NOUNS.get(word) == "Report" or word in lx.REPORT_HEADS


def report_authors(reader: SentenceReader) -> None:
    """ "her report, X"; "X, a new report by A"; "A, author of X", "the authors of X,
    A and B" (see the module)."""
    for m in reader.ms:
        if reader.kind(m) != "Report":
            continue
        person = _his_her(reader, m)
        if person is not None:
            reader.relate(person, "AUTHORED", m, confidence=_CONFIDENCE)
        for person in _report_by(reader, m) + _authors_of(reader, m):
            reader.relate(person, "AUTHORED", m, confidence=_CONFIDENCE)


def _his_her(reader: SentenceReader, m):
    """The person "her"/"his" before a report's name stands for: "her report, X"."""
    words, k, seen_report = reader.words, m.start - 1, False
    lead = 0
    while k > reader.sent.start and (words[k] in _MARKS or reader.doc[k].is_lower):
        if words[k] in _HIS_HER:
            break
        seen_report = seen_report or _report_word(words[k])
        lead += words[k] not in _MARKS
        if lead > _LEAD_WORDS:
            return None
        k -= 1
    if words[k] not in _HIS_HER or not seen_report:
        return None
    return reader.before(k, kinds={"Person"})


def _report_by(reader: SentenceReader, m) -> list:
    """ "X, a new report by A of Foo and B": the people after "by"."""
    words, end = reader.words, reader.sent.end
    j = _past_quotes(words, m.end, end)
    if j + 3 >= end or words[j] != "," or words[j + 1] not in lx.ARTICLES:
        return []
    k = j + 2
    while k < end and k - j < 6 and not _report_word(words[k]):
        if not reader.doc[k].is_lower:
            return []
        k += 1
    if k + 1 >= end or not _report_word(words[k]) or words[k + 1] != "by":
        return []
    return [p for p in reader.list_after(k + 2) if reader.kind(p) == "Person"]


def _authors_of(reader: SentenceReader, m) -> list:
    """ "A, author of X" and "the authors of X, A and B"."""
    words, k = reader.words, m.start - 1
    if k >= reader.sent.start and words[k] == "the":
        k -= 1
    if k - 1 < reader.sent.start or words[k] != "of" or words[k - 1] not in _AUTHOR_WORDS:
        return []
    a = k - 1  # the author word
    lead = a - 1
    while lead > reader.sent.start and words[lead] in {"the", "lead", "co", "-", "joint"}:
        lead -= 1
    before = reader.by_end.get(lead) if words[lead] == "," else None
    if before is not None and reader.kind(before) == "Person":
        return [before]  # "Ada Foss, author of X"
    j = _past_quotes(words, m.end, reader.sent.end)
    if j + 1 < reader.sent.end and words[j] == ",":  # "the authors of X, A and B"
        return [p for p in reader.list_after(j + 1) if reader.kind(p) == "Person"]
    return []


def _past_quotes(words: list[str], j: int, end: int) -> int:
    """The first token from j (before `end`) past the quote marks closing a title."""
    while j < end and words[j] in _QUOTE_MARKS:
        j += 1
    return j


__all__ = ["report_authors"]
