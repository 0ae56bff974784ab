"""A name joined to the street it stands on: "the Kelby Centre on Fenby Road",
"Kelby Hall on Fenby Street" name two places, the venue and its street
(gold lists each and places what is held there in both). `split.split_run` asks
`street_after_on` where the recogniser read the run as one name.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_STREET_HEADS = vocab.words("place_street_heads")


def street_after_on(doc, cur_start: int, a_start: int, a_end: int) -> bool:
    """Whether the words after "on" are a street's name ("on Fenby Road": two or three
    capitalised words closed by a street's head word, `vocab/place_street_heads.txt`)
    after a name of its own, so the run is two places, not one."""
    right = doc[a_start:a_end]
    return (
        a_start >= 2
        and a_start - 1 > cur_start
        and doc[a_start - 1].lower_ == "on"
        and 2 <= len(right) <= 3
        and all(is_cap(t) for t in right)
        and lower_word(right[-1]) in _STREET_HEADS
    )
