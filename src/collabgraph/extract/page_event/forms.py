"""The other forms a page gives its own event: the name written in full in the
first sentences, and where the first sentences name it again."""

from __future__ import annotations

import re

from collabgraph.extract.page_event.phrases import Phrase
from collabgraph.extract.page_event.reading import PageEvent


def fuller(p: Phrase, headline: Phrase, name: str) -> str | None:
    """The name a first sentence gives the headline's event in full: "the Foo
    Community Fun Day" for "Community Fun Day"; "the All-Island Tenant Conference"
    for "Tenant conference 2031". None when it names another event."""
    if not p.named or p.described or p.head != headline.head:
        return None
    full = " ".join(p.name_words)
    short = name.lower()
    if headline.described:
        short = _YEAR_END.sub("", short).split()[-1]
    bare = _YEAR_END.sub("", full).lower()
    longer = bare.endswith(" " + short) or (bare == short and bare != full.lower())
    return full if longer and len(full) > len(short) else None


_YEAR_END = re.compile(r"\s+(19|20)\d\d$")


def claim_mentions(event: PageEvent, first: list[Phrase]) -> None:
    """Where the first sentences name the event again in the same words."""
    key = event.name.lower()
    for p in first:
        if " ".join(p.name_words).lower() == key or (
            event.owner and f"{event.owner} {' '.join(p.name_words)}".lower() == key
        ):
            spans = event.spans.setdefault(p.block, [])
            if (p.start, p.end) not in spans:
                spans.append((p.start, p.end))
            if p.owner and event.owner:
                owners = event.owner_spans.setdefault(p.block, [])
                if p.owner not in owners:
                    owners.append(p.owner)
