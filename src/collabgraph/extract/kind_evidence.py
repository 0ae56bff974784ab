"""A name only the recogniser calls an organisation, that the words around it call
something else: "the Kelby Kites project", "volunteers for Kelby Kites". The
recogniser votes at each mention, so a name written three times outvotes the one
phrase that says what it is; nothing on the page but the recogniser makes it a
body (no body's head word, no job held there, no money given to it), so the
words around it decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract.person_evidence import PROGRAMME_EVIDENCE, context_votes
from collabgraph.extract.written_dates import YEAR

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity


def programmes_called_bodies(entities: list[Entity]) -> None:
    """Make a project of an organisation only the recogniser made one, that the
    words around it call a programme; changes `entities` in place."""
    for e in entities:
        if e.type != "Organisation" or any(m.gazetteer or m.title for m in e.mentions):
            continue
        if context_votes(e, "Organisation") > 0 or context_votes(e, "Project") < PROGRAMME_EVIDENCE:
            continue
        for m in e.mentions:
            m.votes["Project"] += m.votes.pop("Organisation", 0) + 1
        e.type = "Project"


def programmes_run_by_bodies(entities: list[Entity]) -> None:
    """Make a project of an organisation one of whose mentions is a fund or scheme
    a named body runs, gives or provides ("the Foo Fund is provided by Kelby
    Council"): that one phrase outweighs the votes a fund's head word and the
    recogniser give at every other mention; changes `entities` in place."""
    for e in entities:
        if e.type != "Organisation" or e.known_name or not any(m.run_by_body for m in e.mentions):
            continue
        if any(m.gazetteer or m.title or m.votes.get("Person", 0) > 0 for m in e.mentions):
            continue
        for m in e.mentions:
            m.votes["Project"] += m.votes.pop("Organisation", 0) + 1
        e.type = "Project"


def rounds_of_programmes(entities: list[Entity]) -> None:
    """Make a project of an organisation named as a programme the page names, with
    another year of its rounds after it ("the Foo Fund 2030" beside "its Foo Fund
    2031", a programme): one programme's rounds; changes `entities` in place."""
    rounds = {without_year(m.text) for e in entities if e.type == "Project" for m in e.mentions}
    for e in entities:
        if e.type != "Organisation" or e.known_name:
            continue
        if any(
            without_year(m.text) != m.text and without_year(m.text) in rounds for m in e.mentions
        ):
            for m in e.mentions:
                m.votes["Project"] += m.votes.pop("Organisation", 0) + 1
            e.type = "Project"


def without_year(name: str) -> str:
    """A name without the year of a round after it ("Foo Fund 2031": "Foo Fund")."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and YEAR.fullmatch(words[-1]) else name
