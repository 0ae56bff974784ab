"""Funding, the named thing money is for: a grant given in a sentence or list
line, and the named project, service or event it pays for.

"Foo Arts – £18,000 for Bar Voices, an oral history play", "a grant of £30,000 to
Foo for Bar Steps, a programme ...", "Foo has been awarded £240,000 by Baz to run
Bar Stage", "• Baz Trust – for Bar Voices, our heritage project": whoever the
sentence already has funding someone (any FUNDED read earlier in it, by the grant
rules) FUNDED the named thing too (`money_for_projects`). Only a name typed
Project or Event, right after "for" or a purpose verb ("to run", "to fund":
`vocab/money_purpose_verbs.txt`) or after a short lower-case lead ("for a girls'
boxing programme, Bar Girls"); not "for their members" nor a body ("for Foo
Trust"): money to a body is the grant rules' own.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the FUNDED relations the sentence gave and
the words after them."""

_PURPOSE_VERBS = vocab.words("money_purpose_verbs")
_THING_KINDS = {"Project", "Event"}
_SCAN = 12  # tokens at most from the grant's end to "for"/"to"
_LEAD = 6  # lower-case words at most between "for" and the name: "for a girls' boxing programme,"
_STOPS = {";", ".", "and", "but", "while", "whereas"}


def money_for_projects(reader: SentenceReader) -> None:
    """The funders of the sentence's FUNDED relations funded the named thing their
    money is said to be for."""
    evidence = reader.evidence[:500]
    grants = [
        c for c in reader.ctx.candidates if "FUNDED" in c.relations and c.evidence == evidence
    ]
    done: set[tuple[int, int]] = set()
    for c in grants:
        ends = [reader.by_id[e] for e in (c.source, c.target) if e in reader.by_id]
        if not ends:
            continue
        anchor = max(ends, key=lambda m: m.end)
        thing = _thing_paid_for(reader, anchor.end)
        if thing is None or thing.id in (c.source, c.target):
            continue
        if (c.source, thing.id) not in done:
            done.add((c.source, thing.id))
            reader.relate(c.source, "FUNDED", thing, confidence=0.6)


def _thing_paid_for(reader: SentenceReader, k: int) -> Mention | None:
    """The Project or Event named after "for"/"to <purpose verb>" within reach of
    token k, the money coming first; None past another name or a clause break."""
    words, end = reader.words, reader.sent.end
    for j in range(k, min(end - 1, k + _SCAN)):
        if words[j] in _STOPS or (j > k and j in reader.by_start):
            return None
        if words[j] == "for":
            start = j + 1
        elif words[j] == "to" and words[j + 1] in _PURPOSE_VERBS:
            start = j + 2
        else:
            continue
        return _name_after(reader, start)
    return None


def _name_after(reader: SentenceReader, k: int) -> Mention | None:
    """The Project or Event named at token k, after an article or "our"/"its", or
    after a short lower-case lead and a comma ("a girls' boxing programme, Bar")."""
    m = reader.mention_at(k)
    if m is None and k < reader.sent.end and reader.words[k] in {"“", '"', "'", "‘"}:
        m = reader.mention_at(k + 1)
    if m is not None:
        return m if _named_thing(reader, m) else None
    for j in range(k, min(reader.sent.end - 1, k + _LEAD)):
        if j in reader.covering:
            return None
        if reader.words[j] == ",":
            m = reader.mention_at(j + 1)
            return m if m is not None and _named_thing(reader, m) else None
    return None


def _named_thing(reader: SentenceReader, m: Mention) -> bool:
    """Whether a mention names a project or event on its own: not one describing
    the noun after it ("for a South Asian dance programme")."""
    return reader.kind(m) in _THING_KINDS and not reader.names_something_else(m)
