"""Teams led (the employment family, continued): "Jane Doe, who leads the Foo
Trust's outreach team", "she heads the fundraising team at Foo Trust", "Jane Doe
manages the Foo Council housing team": the person works for the body the team
belongs to (corpus/GOLD.md: a manager, officer or staff member is WORKS_FOR),
in a role made of the cue's word and the team's ("outreach team leader", "head
of the fundraising team"). The team nouns are `vocab/post_units.txt`; the verbs
are the `leads` cues.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS = frozenset({"leads"})
"""The cue labels (pattern files) this family's rules read."""

_UNITS = vocab.words("post_units")
_BEFORE = {"has", "had", "have", "also", "now", "currently", "previously", ",", "who", "jointly"}
_HELD_AT = {"at", "of", "for", "in", "within"}


def team_leaders(reader: SentenceReader) -> None:
    """The person right before a `leads` cue ("Jane Doe, who leads", "Jane Doe now
    heads") works for the body whose team the cue's object is."""
    for cue in reader.cues("leads"):
        team = team_at(reader, cue.end)
        if team is None:
            continue
        body, words = team
        k = cue.start
        while k - 1 > reader.sent.start and reader.words[k - 1] in _BEFORE:
            k -= 1
        person = reader.by_end.get(k)
        if person is None or reader.kind(person) != "Person":
            continue
        reader.relate(person, "WORKS_FOR", body, role=_role(cue.cue.role, words), confidence=0.6)


def team_at(reader: SentenceReader, i: int) -> tuple[Mention, str] | None:
    """(the body, the team's words) for a team named from token i: "the Foo Trust's
    outreach team" -> (Foo Trust, "outreach team"); "the Foo Council housing team",
    "the outreach team at Foo"; None when no team is named there."""
    end = reader.sent.end
    if i < end and reader.words[i] in lx.DEFINITE:
        i += 1
    body = reader.by_start.get(i)
    if body is not None:
        if reader.kind(body) != "Organisation":
            return None
        k = body.end + (body.end < end and reader.words[body.end] in POSSESSIVE)
        j = _unit_end(reader, k)
        return (body, reader.doc[k:j].text) if j is not None else None
    j = _unit_end(reader, i)
    if j is None or j >= end or reader.words[j] not in _HELD_AT:
        return None
    k = j + 1 + (j + 1 < end and reader.words[j + 1] == "the")
    body = reader.by_start.get(k)
    if body is None or reader.kind(body) != "Organisation":
        return None
    return body, reader.doc[i:j].text


def _unit_end(reader: SentenceReader, k: int) -> int | None:
    """The token after a team's name starting at k: up to three lower-case words,
    the last a team noun ("outreach team", "children's services department")."""
    j, found = k, None
    while (
        j < reader.sent.end
        and j - k < 4
        and (reader.doc[j].is_lower or reader.words[j] in POSSESSIVE)
    ):
        j += 1
        if reader.words[j - 1] in _UNITS and j - 1 > k:
            found = j  # the last: "children's services department"
    return found


def _role(word: str | None, team: str) -> str:
    """ "leader" and "outreach team": "outreach team leader"; "head": "head of the
    outreach team"."""
    team = " ".join(team.split())
    if word == "head":
        return f"head of the {team}"
    return f"{team} {word or 'leader'}"


__all__ = ["LABELS", "team_at", "team_leaders"]
