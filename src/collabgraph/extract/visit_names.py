"""A visit named with who made it: "Visit to Foo Hub", once the page says Jane Doe
visited (PARTICIPATED_IN as "visitor"), is "Jane Doe's visit to Foo Hub", also
"Visit of Jane Doe to Foo Hub"; with two visitors "Jane Doe and Tom Reed's visit
to Foo Hub". Only people name a visit this way (a body that sent them does not),
and the name as found stays an alias. A host written with its short form in
brackets ("Foo Ambulance Service (FAS) headquarters") gives the forms with the
short form alone too ("Visit of Jane Doe to FAS headquarters"). A host the page
describes before its name ("Foo Foodbank's new Kelby distribution centre") gives
the forms without the describing word too ("Foo Foodbank's Kelby distribution
centre"), as a reader names the place: the words are those an event's name drops
(`vocab/event_modifiers.txt`, "drop"). The forms are data: `vocab/visit_names.txt`.
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.plain_event_names import undescribed

FORMS = vocab.table("visit_names")
VISITOR_ROLE = "visitor"
_MOST = 3  # more visitors than this: a delegation, named as found
_SHORT = re.compile(r"^(?:the )?(?:[A-Z][\w&'’-]* )+\(([A-Z][A-Za-z&]*[A-Z])\)(?= )")


def name_visit(event: Entity | None, visitors: list[Entity]) -> None:
    """Rename the page's visit `event` after its `visitors` (the entities the page
    says took part in it as visitors, first mentioned first); only the people
    among them count. Nothing changes for another occasion or with no person."""
    if event is None or event.type != "Event":
        return
    start = next((s for s in FORMS if event.name.startswith(s + " ")), None)
    people = []
    for v in visitors:
        if v.type == "Person" and v.name not in people:
            people.append(v.name)
    if start is None or not people or len(people) > _MOST:
        return
    host = event.name[len(start) + 1 :]
    who = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
    hosts = [host]
    if short := _SHORT.match(host):  # "Foo Service (FS) headquarters": "FS headquarters"
        hosts.append(short.group(1) + host[short.end() :])
    if (plain := undescribed(host)) is not None:  # "Foo's new Kelby centre": "Foo's Kelby centre"
        hosts.append(plain)
    forms = [f.strip().format(visitors=who, host=h) for h in hosts for f in FORMS[start].split("|")]
    old = event.name
    event.name = forms[0]
    for alias in [*forms[1:], old, *(f"{start} {h}" for h in hosts[1:])]:
        if alias not in event.aliases:
            event.aliases.append(alias)


__all__ = ["VISITOR_ROLE", "name_visit"]
