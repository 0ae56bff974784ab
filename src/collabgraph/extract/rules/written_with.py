"""Co-authors after "with" beside a verb of writing a report, and bodies whose
people wrote it:

- "X, written with researchers at Fenby University", "X, written by Ada Foss with
  researchers from Fenby University", "a report she co-wrote with Jo Tern", "He
  wrote our report, X, with Ada Foss": those named after "with" AUTHORED X;
- "X, written by researchers at Fenby University": the body AUTHORED X.

Only what is named right after "with" (and people's words: "researchers at"), so
"written with funding from Foo" or "with support from Foo" give nothing.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.people_from import past_people_from
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: it reads words)."""

_VERBS = vocab.words("writing_with_verbs")
_PEOPLE = vocab.words("researcher_nouns")
_PEOPLE_AT = frozenset({"at", "from", "of", "in"})
_SKIPPED = frozenset({"the", "a", "an", "its", "their", "our"})
_REPORT_GAP = 8  # tokens at most between a report's name and the verb after it
_WITH_REACH = 16  # tokens at most from the verb to its "with"
_AUTHOR_KINDS = {"Person", "Organisation"}
_CONFIDENCE = 0.7


def written_with(reader: SentenceReader) -> None:
    """Those named after "with" (or after "by researchers at") beside a verb of
    writing AUTHORED the report the verb is about (see the module)."""
    words, sent = reader.words, reader.sent
    for i in range(sent.start, sent.end - 2):
        if words[i] not in _VERBS or not reader.doc[i].is_lower:
            continue
        report = _report_near(reader, i)
        if report is None:
            continue
        authors = []
        if words[i + 1] == "by":
            start = _past_people(reader, i + 2)
            if start > i + 2:  # "written by researchers at Foo": Foo
                authors += reader.list_after(start, kinds=_AUTHOR_KINDS)
        w = _with_after(reader, i)
        if w is not None:
            authors += reader.list_after(_past_people(reader, w + 1), kinds=_AUTHOR_KINDS)
        for author in authors:
            if reader.kind(author) in _AUTHOR_KINDS:
                reader.relate(author, "AUTHORED", report, confidence=_CONFIDENCE)


def _report_near(reader: SentenceReader, i: int):
    """The report the verb at `i` is about: the nearest named before it (a few
    words between: "X, a report they wrote"), else one named after it before "with"
    ("wrote our report, X, with")."""
    before = [
        m
        for m in reader.ms
        if m.end <= i and i - m.end <= _REPORT_GAP and reader.kind(m) == "Report"
    ]
    if before:
        m = max(before, key=lambda x: x.end)
        between = reader.doc[m.end : i]
        if not any(t.pos_ in {"VERB", "AUX"} or t.text in {".", ";"} for t in between):
            return m
    w = _with_after(reader, i)
    after = [m for m in reader.ms if i < m.start and (w is None or m.end <= w)]
    return next((m for m in after if reader.kind(m) == "Report"), None)


def _with_after(reader: SentenceReader, i: int) -> int | None:
    """The "with" after the verb at `i` in the same clause: no verb, no other
    "with", no full stop or semicolon between."""
    for k in range(i + 1, min(i + _WITH_REACH, reader.sent.end - 1)):
        tok = reader.doc[k]
        if reader.words[k] == "with":
            return k
        if tok.text in {".", ";"} or (tok.is_lower and tok.pos_ in {"VERB", "AUX"}):
            return None
    return None


def _past_people(reader: SentenceReader, k: int) -> int:
    """Where the names begin from token `k`: past an article and people's words
    ("researchers at", "a team from": `people_from.past_people_from`); else `k`."""
    return past_people_from(
        reader, k, nouns=_PEOPLE, links=_PEOPLE_AT, skipped=_SKIPPED, describing=None
    )
