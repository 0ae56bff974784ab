"""Where the bodies' names begin after a word of doing when a body's people come
first: "delivered by volunteers from A and B", "written by researchers at A" (the
bodies did it through their people). Read by `agents`, `passive_bys` and
`written_with`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

_REPRESENTED = vocab.words("represented_people_nouns")
_PEOPLE_FROM = frozenset({"from", "at", "through"})  # "run by volunteers through Foo": Foo


def past_people_from(
    reader: SentenceReader,
    start: int,
    *,
    nouns: frozenset[str] = _REPRESENTED,
    links: frozenset[str] = _PEOPLE_FROM,
    skipped: frozenset[str] = frozenset(),
    describing: int | None = 2,
) -> int:
    """Where the bodies' names begin after "by" (token `start`) when people come
    first: "delivered by volunteers from A and B", "run by trained staff at A" (a
    plural noun for people on a body's behalf, `nouns`: by default
    `vocab/represented_people_nouns.txt`, after lower-case describing words, at most
    `describing` of them (None: any number), and words of `skipped`, then a word of
    `links`, by default "from", "at" or "through": "run by volunteers through A"): A
    and B did it through their people. Else `start`."""
    words, end = reader.words, reader.sent.end
    k, last = start, end if describing is None else min(start + describing, end)
    while k < last and (
        words[k] in skipped or (reader.doc[k].pos_ == "ADJ" and reader.doc[k].is_lower)
    ):
        k += 1
    if k + 1 < end and words[k] in nouns and words[k + 1] in links:
        return k + 2
    return start


__all__ = ["past_people_from"]
