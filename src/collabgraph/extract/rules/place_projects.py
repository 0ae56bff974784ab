"""Places, continued: a body's own project is where the body is said to be. "Foo
Trust in Kelby for their "Bar Steps" project", "Foo Club in Dale, for its Bar
Walks scheme": grant lists name a body, its place and the project funded; the
project is LOCATED_IN the place (corpus/GOLD.md: "based in ... covering a
place"), as the body is (`places.places` reads the body's "in").
"""

from __future__ import annotations

from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import OPENING_QUOTES
from collabgraph.extract.rules.place_lists import joined_places
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the words around a place."""

_PREPOSITIONS = {"in", "across", "from"}
_FOR = {"for", "towards"}
_OWN = {"their", "its", "his", "her"}
# a name not typed yet when the sentence is read stands if it ends up a project
_PROJECTS = {"Project", None}


def own_projects(reader: SentenceReader) -> None:
    """The project after "<body> in <place> for their" is LOCATED_IN the place (and
    each place joined to it: "in Kelby and Dale"), confidence 0.6."""
    for m in reader.ms:
        if reader.kind(m) != "Place" or not _after_body(reader, m):
            continue
        places, j = joined_places(reader, m)
        project = _own_project(reader, j)
        if project is not None:
            for place in places:
                reader.relate(project, "LOCATED_IN", place, confidence=0.6)


def _after_body(reader: SentenceReader, m: Mention) -> bool:
    """Whether the place follows "<organisation> in" ("Foo Trust in Kelby")."""
    k = m.start - 1
    if k <= reader.sent.start or reader.words[k] not in _PREPOSITIONS:
        return False
    body = reader.by_end.get(k)
    return body is not None and reader.kind(body) == "Organisation"


def _own_project(reader: SentenceReader, j: int) -> Mention | None:
    """The project named after ", for their" from token j ("for its "Bar" project")."""
    end = reader.sent.end
    if j < end and reader.words[j] == ",":
        j += 1
    if j + 1 >= end or reader.words[j] not in _FOR or reader.words[j + 1] not in _OWN:
        return None
    j += 2
    while j < end and reader.words[j] in OPENING_QUOTES:
        j += 1
    project = reader.by_start.get(j)
    return project if project is not None and reader.kind(project) in _PROJECTS else None


__all__ = ["LABELS", "own_projects"]
