"""Running, continued: a programme said to be a body's own with "is" ("Bright Steps
Kelby is Kelby Council's ten-year programme to ...", "Home Safe is the trust's
discharge service") or named after "its" noun ("Its mentoring scheme, Next Door,"),
or a body said to be its lead ("Foo is the lead partner for Bar"): the body runs it
(RUNS), and the name is voted a project.
A programme a body's possessive names right before it ("Foo's Bar scheme"):
`rules/programmes.py`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.service_nouns import SERVICE_HEADS
from collabgraph.extract.rules.named_run_by import recognised_only
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads "is", a possessive and a programme's noun."""

_HEADS = vocab.words("owned_programme_heads") | SERVICE_HEADS
_COPULAS = frozenset({"is", "was"})
_BETWEEN = frozenset({"now", "also", "still"})
_DESCRIBING = 5  # "ten - year early years", "new flagship"
_VOTE = 6


def owned_copulas(reader: SentenceReader) -> None:
    """ "X is Foo's ten-year programme", "X is now Foo's befriending service": Foo
    (a body by its reading; a person's or a place's "'s" says no running) runs X;
    not "Jane Doe is Foo's programme manager" (a post), nor a body or a person X."""
    words, doc, end = reader.words, reader.doc, reader.sent.end
    for m in reader.ms:
        k = m.end
        if k >= end or words[k] not in _COPULAS:
            continue
        k += 1
        while k < end and words[k] in _BETWEEN:
            k += 1
        owner = reader.mention_at(k)
        if owner is None or reader.kind(owner) != "Organisation" or owner.end >= end:
            continue
        j = owner.end
        if words[j] not in POSSESSIVE:
            continue
        j += 1
        first = j
        while (
            j < end
            and j - first < _DESCRIBING
            and words[j] not in _HEADS
            and (doc[j].is_lower or doc[j].like_num or words[j] in {"-", "‐"})
        ):
            j += 1
        if j >= end or words[j] not in _HEADS or not doc[j].is_lower:
            continue
        if j + 1 < end and doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN":
            continue  # "Jane Doe is Foo's programme manager": a post
        if _not_a_programme(reader, m):
            continue
        m.votes["Project"] += _VOTE
        reader.ctx.votes_for(m)["Project"] += _VOTE
        reader.relate(owner, "RUNS", m, confidence=0.7)


def its_named(reader: SentenceReader) -> None:
    """ "Its mentoring scheme, Next Door, was set up in 2018", "their new service,
    Home First,": the programme named after a body's own noun set off by a comma is
    the body's: the last one the sentence names before "its", else the one the last
    sentences opened with (`ctx.last_org_subject`)."""
    words, doc, start = reader.words, reader.doc, reader.sent.start
    for m in reader.ms:
        k = m.start - 1
        k -= k >= start and words[k] == "the"
        if k - 2 < start or words[k] != "," or words[k - 1] not in _HEADS:
            continue
        j = k - 2
        while j > start and k - j <= _DESCRIBING and doc[j].is_lower and words[j] not in _ITS:
            j -= 1
        if words[j] not in _ITS or _not_a_programme(reader, m):
            continue
        org = reader.before(j, kinds={"Organisation"}, limit=j)  # the nearest, however far
        owner = org.id if org is not None else reader.ctx.last_org_subject
        if owner is None:
            continue
        m.votes["Project"] += _VOTE
        reader.ctx.votes_for(m)["Project"] += _VOTE
        reader.relate(owner, "RUNS", m, confidence=0.65)


_ITS = frozenset({"its", "their"})
_LEAD_NOUNS = frozenset({"partner", "organisation", "organization", "body", "agency", "provider"})
_LEAD_OF = frozenset({"for", "on", "in", "of"})


def lead_partners(reader: SentenceReader) -> None:
    """ "Foo Trust is the lead partner for Bright Paths", "Foo is the lead provider of
    Bar": the body leads the programme named after it (RUNS), a project or a name of no
    kind yet (voted a project); not a body ("the lead partner in the Kelby
    Partnership") nor an event."""
    words, end = reader.words, reader.sent.end
    for org in reader.ms:
        k = org.end
        if reader.kind(org) != "Organisation" or k + 4 >= end or words[k] not in _COPULAS:
            continue
        if words[k + 1] != "the" or words[k + 2] != "lead" or words[k + 3] not in _LEAD_NOUNS:
            continue
        if words[k + 4] not in _LEAD_OF:
            continue
        named = reader.mention_at(k + 5)
        if named is None or _not_led(reader, named):
            continue
        named.votes["Project"] += _VOTE
        reader.ctx.votes_for(named)["Project"] += _VOTE
        reader.relate(org, "RUNS", named, confidence=0.7)


def _not_led(reader: SentenceReader, m) -> bool:
    """What a lead partner does not run: an event, a report, a body by its head word or
    by more than a slot's guess ("the lead partner in the Kelby Partnership"), or what
    `_not_a_programme` says is none."""
    kind = reader.kind(m)
    if kind in {"Event", "Report"} or head_kind(reader.words[m.end - 1])[0] not in {
        None,
        "Project",
    }:
        return True
    if kind == "Organisation" and sum(m.votes.values()) > _GUESS:
        return True
    return _not_a_programme(reader, m)


_GUESS = 2  # the votes a slot or the recogniser gives a name of no head word


def _not_a_programme(reader: SentenceReader, m) -> bool:
    """A place, a body by its head word ("Foo Trust is Bar's delivery partner"), a
    person by more than the recogniser's guess or with a given name first."""
    kind = reader.kind(m)
    if kind == "Place" or head_kind(reader.words[m.end - 1]) == ("Organisation", 3):
        return True
    return kind == "Person" and (not recognised_only(m) or is_given_name(m.text.split()[0]))


__all__ = ["LABELS", "its_named", "lead_partners", "owned_copulas"]
