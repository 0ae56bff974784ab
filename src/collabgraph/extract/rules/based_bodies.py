"""A place written before a body's name to say where it is: "chief executive of
Kelby-based Foo Trust", "Jane Doe from the Kelby based charity Foo", "chief
executive of Kelby social enterprise Foo". The place only describes the body
named after it, so a post held "of" or a person "from" the phrase is held at
that body, not at the place (`past_place_based`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

_HOME_LINKS = frozenset({",", "which", "that", "is", "was", "now", "also", "still"})
"""Words between a place and a `home_to` cue: "Fenby Hall, which is now home to"."""


def past_place_based(reader: SentenceReader, k: int) -> int:
    """The token after "<Place>-based" (or "<Place> based") starting at token k,
    where a name or a lower-case description follows; after a place named before
    a body's description and name ("Kelby social enterprise Foo"); k when there is
    no such phrase there."""
    m = reader.by_start.get(k)
    if m is None:
        return k
    words, end = reader.words, reader.sent.end
    j = m.end
    if m.text.endswith("-based"):
        pass  # "North Kelby-based" read as one name
    elif j < end and words[j] in lx.PLACE_BASED:
        j += 1
    elif j + 1 < end and words[j] in lx.DASHES and words[j + 1] == "based":
        j += 2
    elif reader.kind(m) == "Place" and described_body_at(reader, j) is not None:
        return j
    else:
        return k
    return j if j < end and (j in reader.by_start or reader.doc[j].is_lower) else k


def described_body_at(reader: SentenceReader, k: int) -> Mention | None:
    """The name after up to three lower-case words from token k that end in a noun
    saying what a body is (`vocab/description_nouns.txt`): "social enterprise The
    Foo", "charity Foo"; None when there is no such phrase."""
    j = k
    while j < reader.sent.end and j - k < 3 and reader.doc[j].is_lower and reader.doc[j].is_alpha:
        j += 1
    if j == k or reader.words[j - 1] not in lx.ORG_DESCRIPTION_NOUNS:
        return None
    j += j < reader.sent.end and reader.words[j] == "the"
    return reader.by_start.get(j)


def homes(reader: SentenceReader) -> None:
    """ "Fenby Hall, which is home to Kelby Council", "Kelby is home to Foo Trust
    and Bar Aid": each body named after a `home_to` cue is LOCATED_IN the place
    named before it."""
    words = reader.words
    for cue in reader.cues("home_to"):
        k = cue.start
        while k > reader.sent.start and words[k - 1] in _HOME_LINKS:
            k -= 1
        place = reader.by_end.get(k)
        if place is None or reader.kind(place) != "Place":
            continue
        j = cue.end
        while (body := reader.mention_at(j)) is not None:
            if reader.kind(body) in {"Organisation", "Project"}:
                reader.relate(body, "LOCATED_IN", place, confidence=0.6)
            j = body.end + (body.end < reader.sent.end and words[body.end] in {",", "and"})
            j += j < reader.sent.end and words[j] == "and"
