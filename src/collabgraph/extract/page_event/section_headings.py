"""A bulletin's section names its event in its heading:

    AGM and Networking Lunch
    Our AGM took place on 20 March at Kelby Methodist Church. ...

The page's event is first told in the paragraph right under a heading of its own
section, by a noun the heading holds ("AGM"): the heading is the event's name as the
page gives it (corpus/GOLD.md: named as the page describes it), not "our AGM" named
after the bulletin's title. Only a short heading in mixed case, with no verb telling
news ("AGM elects new chair") and the event's noun among its words.
"""

from __future__ import annotations

import re

from collabgraph.extract.layout import Layout
from collabgraph.extract.mentions.tokens import FINITE_TAGS
from collabgraph.extract.page_event.reading import PageEvent

_MAX_WORDS = 8


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.lower())


def section_heading_name(event: PageEvent, layout: Layout, docs: list) -> str | None:
    """The heading over the paragraph that first tells the event, when it names the
    event (see the module); None otherwise."""
    if not event.spans:
        return None
    b = min(event.spans)
    if b < 1 or layout.blocks[b].kind != "para" or layout.blocks[b - 1].kind != "heading":
        return None
    heading = layout.blocks[b - 1].text.strip()
    words = _words(heading)
    if not words or len(words) > _MAX_WORDS or heading.isupper() or heading[-1:] in ".!?:":
        return None
    if any(t.tag_ in FINITE_TAGS for t in docs[b - 1]):
        return None
    end = event.spans[b][0][1]
    noun = _words(docs[b][end - 1].text)
    if not noun or noun[0] not in words or heading.lower() == event.name.lower():
        return None
    return heading
