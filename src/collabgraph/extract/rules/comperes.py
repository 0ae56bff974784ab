"""Hosts on stage: "the event was hosted by Westshire Radio presenters Ada Brook
and Tom Reed" says who led the evening, not who held it. The people after
"hosted by" whose title before them is a presenter's, a broadcaster's or a
comedian's (vocab/event_compere_words.txt) took part in the event as its hosts;
a body named among those words is their employer, not a host (for the rules of
holding: agents.py, event_hosts.py; no rules)."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

_COMPERE_WORDS = vocab.words("event_compere_words")
HOST_ROLE = "host"


def comperes(reader: SentenceReader, by: int, agents: list[Mention]) -> list[Mention] | None:
    """The people among `agents` (named after "by" at token `by`) who hosted on
    stage, when a presenter's title stands between "by" and the first of them;
    None when no such title does."""
    people = [a for a in agents if reader.kind(a) == "Person"]
    if not people:
        return None
    if not any(w in _COMPERE_WORDS for w in reader.words[by + 1 : people[0].start]):
        return None
    return people
