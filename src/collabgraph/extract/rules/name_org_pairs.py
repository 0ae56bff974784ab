"""People named with their organisation and nothing else (the employment family,
continued): a line "Jane Doe, Foo Trust" under "Speakers", or a list of such
pairs cut by semicolons ("Jane Doe, Foo Trust; John Roe, Bar Housing; and Ann
Lee, Baz Council"). Each person works for the organisation beside them
(corpus/GOLD.md: WORKS_FOR, no role said). A name and an organisation side by
side in a plain list ("Jane Doe, Foo Trust and Bar Housing signed ...") are not
read: only a line that is the pair alone, or pairs a semicolon sets apart.
A line that opens with a post and a dash ("Chair – Jane Doe, Foo Trust") gives
that post there.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention, RoleSpan
from collabgraph.extract.rules.line_labels import LINE_SEPARATORS, line_label
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a line or a list."""

_ENDS = {".", ";", ""}
_OPENERS = {"•", "*", ":"} | lx.DASHES


def pairs(reader: SentenceReader) -> None:
    """Each person in a "Person, Organisation" line or semicolon list works for
    the organisation (confidence 0.6)."""
    found = _pairs(reader)
    if not found:
        return
    whole = len(found) == 1 and _alone(reader, *found[0])
    cut = len(found) > 1 and any(reader.words[org.end : org.end + 1] == [";"] for _, org in found)
    if whole or cut:
        for person, org in found:
            post = _post_before(reader, person) if whole else None
            if post is None:
                reader.relate(person, "WORKS_FOR", org, confidence=0.6)
                continue
            role = role_text(post.text, org)  # "Chair – Jane Doe, Foo Trust"
            reader.relate(person, post_relations(role, org), org, role=role, confidence=0.6)


def _pairs(reader: SentenceReader) -> list[tuple[Mention, Mention]]:
    """(person, organisation) for each person followed by a comma and a body whose
    name ends the pair: a semicolon, the sentence's end, or ", and" before the next."""
    out = []
    for person in reader.ms:
        if reader.kind(person) != "Person" or reader.words[person.end : person.end + 1] != [","]:
            continue
        org = reader.by_start.get(person.end + 1)
        if org is None or reader.kind(org) != "Organisation":
            continue
        after = reader.words[org.end] if org.end < reader.sent.end else ""
        if after in _ENDS or (after == "," and reader.words[org.end + 1 : org.end + 2] == ["and"]):
            out.append((person, org))
    return out


def _alone(reader: SentenceReader, person: Mention, org: Mention) -> bool:
    """Whether the sentence is the pair alone, but for a list mark before it and a
    full stop after ("- Jane Doe, Foo Trust")."""
    before = reader.words[reader.sent.start : person.start]
    after = reader.words[org.end : reader.sent.end]
    labelled = line_label(reader, person.start) is not None  # "10:00 Welcome - Jane Doe, Foo"
    labelled = labelled or _post_before(reader, person) is not None
    return (labelled or all(w in _OPENERS for w in before)) and all(w in _ENDS for w in after)


def _post_before(reader: SentenceReader, person: Mention) -> RoleSpan | None:
    """The post that opens the line before a dash and the person ("Vice Chair –
    Jane Doe"), else None."""
    start, mark = reader.sent.start, person.start - 1
    if mark <= start or reader.words[mark] not in LINE_SEPARATORS:
        return None
    return next((r for r in reader.roles if r.start == start and r.end == mark), None)


__all__ = ["LABELS", "pairs"]
