"""Partners of a project, read from its people: on a page about a project (its
headline names one, no event), the bodies whose people work in the project in
focus took part in it as partners (GOLD.md: "organisations taking part in a
project or programme as partners"): "run day-to-day with a team of volunteers
from Foo Mosque, Bar Church and Baz Gurdwara", "Meals are delivered by drivers
from Foo Transport", "the artist worked with pupils from Foo Academy", "Library
staff from Bar Libraries help people book" (vocab/project_people_nouns.txt: the
plural nouns for such people, before "from" or "at"). Not in a sentence naming
an event, nor for a project in focus only by the headline's words.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: word lists)."""

_PEOPLE = vocab.words("project_people_nouns")
_FROM = {"from", "at"}
_ROLE = "partner"


def project_workers(reader: SentenceReader) -> None:
    """ "volunteers from A, B and C", "drivers from D": on a project's page, the
    bodies took part in the project in focus as partners."""
    ctx = reader.ctx
    project = ctx.focus_of(reader.section, "Project")
    if project is None or ctx.main.get("Project") is None or ctx.main.get("Event") is not None:
        return
    if ctx.mentions[project].in_heading:
        return  # named only in the headline ("Garden project grows"): no name of its own
    if any(reader.kind(m) == "Event" for m in reader.ms):
        return
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end - 2):
        if words[i] not in _PEOPLE or words[i + 1] not in _FROM or reader.in_quote(i):
            continue
        for body in reader.list_after(i + 2, kinds={"Organisation"}):
            if body.id != project:
                reader.relate(body, "PARTICIPATED_IN", project, role=_ROLE, confidence=0.55)
