"""The other forms of the page's yearly sitting, as the page writes them: a body's
"Annual General Meeting" the page also calls its "AGM" (and the other way round),
the name with its kind written the page's other way ("Foo Association - AGM" over
"Our Annual General Meeting was held ..." is "Foo Association Annual General
Meeting" too), and the year the page gives the sitting ("Our AGM 2031: a look
back": "Annual General Meeting 2031", "Foo Association AGM 2031"). The kinds and
their short forms are data (vocab/event_abbreviations.txt).
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.page_event.address import title_case
from collabgraph.extract.page_event.reading import PageEvent

ABBREVIATIONS = vocab.table("event_abbreviations")
_SET_OFF = re.compile(r"\s*[-–—:]\s*$")  # "Foo Association - " before "AGM"


def add_sitting_forms(event: PageEvent, text: str) -> None:
    """Add to the event's aliases the forms of its sitting the page `text` writes (see
    the module), for an event whose name ends in a kind of sitting or its short form."""
    key = " ".join(event.name.lower().split()[-3:])
    for long, short in ABBREVIATIONS.items():
        if key.endswith(long):
            said, other = long, short
            written = re.search(rf"\b{short}\b", text)
            if written:
                event.aliases.append(short)
                if event.owner and f"{event.owner} {short}" in text:  # "Foo Forum AGM" too
                    event.aliases.append(f"{event.owner} {short}")
        elif key.split()[-1] == short.lower():
            said, other = short, title_case(long.split())
            written = re.search(rf"(?i)\b{long}\b", text)
            if written:
                event.aliases.append(other)  # "Foo AGM": its Annual General Meeting
        else:
            continue
        before = _SET_OFF.sub("", event.name[: len(event.name) - len(said)]).strip()
        if before and written:  # "Foo Association - AGM": "Foo Association Annual General Meeting"
            event.aliases.append(f"{before} {other}")
        _add_year(event, text, long, short, before)


def _add_year(event: PageEvent, text: str, long: str, short: str, before: str) -> None:
    """ "AGM 2031" written on the page: the name, and its other forms, with the year."""
    found = re.search(rf"(?i)\b(?:{long}|{short})\s+((?:19|20)\d\d)\b", text)
    if found is None or event.name.endswith(found.group(1)):
        return
    year = found.group(1)
    kinds = [title_case(long.split()), short]
    forms = [event.name, *(f"{before} {k}" for k in kinds if before), *kinds]
    for form in forms:
        dated = f"{form} {year}"
        if dated.lower() not in {a.lower() for a in [event.name, *event.aliases]}:
            event.aliases.append(dated)
