"""A series' event the headline names with its topic: "Notes from our Coffee and Chat
on home energy" is the Coffee and Chat on home energy, not any Coffee and Chat (the
page may name the next one, "Our next Coffee and Chat, on scams"). A reader names it
as the headline describes it (corpus/GOLD.md): the name, "on" and the topic, when the
topic's lower-case words run to the headline's end with no verb, date or name among
them.
"""

from __future__ import annotations

from collabgraph.extract.page_event.reading import PageEvent

_TOPIC_POS = {"NOUN", "ADJ", "ADP", "CCONJ", "DET", "PART"}
_MAX_TOPIC = 6


def headline_topic(event: PageEvent, docs: list, headline_blocks: list[int]) -> str | None:
    """ "Coffee and Chat on home energy" when a headline writes the event's name
    (capitalised, as the page names it) then "on" and a topic to its end; None otherwise."""
    name = event.name
    if not name[:1].isupper() or len(name.split()) < 2:
        return None
    for b in headline_blocks:
        doc = docs[b]
        text = doc.text
        at = text.find(f"{name} on ")
        if at < 0:
            continue
        k = next((t.i for t in doc if t.idx == at + len(name) + 1), None)
        if k is None:
            continue
        topic = doc[k + 1 :]
        words = [t for t in topic if not t.is_punct]
        if (
            not words
            or len(words) > _MAX_TOPIC
            or any(t.pos_ not in _TOPIC_POS or not t.is_lower for t in words)
            or any(t.ent_type_ for t in words)
        ):
            continue
        return f"{name} on {topic.text.rstrip('.!?')}"
    return None
