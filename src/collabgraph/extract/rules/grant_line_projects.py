"""Projects on a grant list's line: "Kelby Pantry – £6,000 – Toast and Tea Tuesdays",
"Fenby Boxing Club — £9,000 for the “Corner Work” mentoring programme", "Kelby Arts - £9,400
- 'Saltmarks', a year of new commissions", and a table's row ("Kelby Netball Club |
Kit Bag Club | Kelby | £4,800"): the money is for a project the line names by
its own name where the purpose begins, which the body the line opens with RUNS and
the line's funder (`grant_lists.line_funder`) FUNDED (corpus/GOLD.md: a project or
programme a body delivers; the grant pays for it).

Read from the shape of the line, as `grant_lists.line_grantee` reads it (a body's name
opening the line, then a mark, a sum on the line). The project's name opens the
purpose: after the marks, the sum and the words that lead a purpose ("for the",
"towards its": vocab/grant_line_purpose_leads.txt), a table's place cell aside. Not a
person's, a place's or a body's name (with a body's head word: "Fenby Rotary"), nor
one capitalised word no quotation marks set off ("Equipment", "Core costs"), a
language's ("British Sign Language classes") or words a hyphen joins to a describing
word ("BSL-led sessions"), nor a name owning the next ("Fenby Trust's Bar project":
`grant_lists.sum_lines`), nor what the words after "with" name (`grant_line_partners`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.rules.grant_lists import line_funder, line_grantee
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a line."""

_LEADS = vocab.words("grant_line_purpose_leads")
_MARKS = {":", ",", "|", "/"} | lx.DASHES
_QUOTES = {'"', "“", "”", "‘", "’", "'"}
_NAMES = frozenset({"Project", None})
_SPEECH = vocab.words("language_words") | vocab.words("nationality_words")
_HYPHENS = {"-", "‐"}
_VOTE = 6  # a project's name over the recogniser's guess of a body or an event
_CONFIDENCE = 0.6


def grant_line_projects(reader: SentenceReader) -> None:
    """The kind in the module docstring."""
    grantee = line_grantee(reader, vote=False)
    if grantee is None or reader.kind(grantee) != "Organisation":
        return
    project = _purpose_name(reader, grantee.end)
    if project is None:
        return
    project.votes["Project"] += _VOTE
    reader.ctx.votes_for(project)["Project"] += _VOTE
    reader.relate(grantee, "RUNS", project, confidence=_CONFIDENCE)
    funder = line_funder(reader, grantee)
    if funder is not None and funder != grantee.id:
        reader.relate(funder, "FUNDED", project, confidence=_CONFIDENCE)


def _purpose_name(reader: SentenceReader, k: int):
    """The project a line's purpose opens with, reading from token k (see the module);
    None when the purpose opens otherwise."""
    words, end = reader.words, reader.sent.end
    while k < end:
        if words[k] in _MARKS or words[k] in _QUOTES or words[k] in _LEADS:
            k += 1
        elif reader.is_money(k) or reader.doc[k].like_num:
            k += 1  # "£", "4,800"; "£2m"
        elif _leader_dots(words[k]):
            k += 1  # "Foo Club ........ £500"
        else:
            named = reader.by_start.get(k)
            if named is None:
                return None
            if reader.kind(named) == "Place" and named.end < end and words[named.end] == "|":
                k = named.end  # a table's place cell before its purpose
                continue
            return named if _project_name(reader, named) else None
    return None


def _leader_dots(word: str) -> bool:
    return len(word) > 1 and set(word) <= {".", "…"}


def _project_name(reader: SentenceReader, m) -> bool:
    """Whether a name opening a line's purpose is a project's (see the module)."""
    words, end = reader.words, reader.sent.end
    if m.end < end and words[m.end] in POSSESSIVE:
        return False
    kind = reader.kind(m)
    # not typed, or the recogniser's guess of a body or an event with no head word of one
    if kind not in _NAMES and (
        kind not in {"Organisation", "Event"} or head_kind(words[m.end - 1])[0] is not None
    ):
        return False
    if words[m.start] in _SPEECH:
        return False  # "British Sign Language classes", "English and IT lessons"
    if any(words[k] in _HYPHENS and reader.doc[k + 1].is_lower for k in range(m.start, m.end - 1)):
        return False  # "BSL-interpreted sessions", "Kelby-wide outreach": a describing word
    return bool(reader.quoted(m)) or m.end - m.start > 1


__all__ = ["LABELS", "grant_line_projects"]
