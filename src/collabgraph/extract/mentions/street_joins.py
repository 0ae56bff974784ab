"""A name joined to the street it stands on: "the Kelby Centre on Fenby Road",
"Kelby Hall on Fenby Street" name two places, the venue and its street
(gold lists each and places what is held there in both). `split.split_run` asks
`street_after_on` where the recogniser read the run as one name. A street naming a
body's building ("our Mill Lane premises", `street_site_noun`) is a place too.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap, lower_word

_STREET_HEADS = vocab.words("place_street_heads")
_STREET_SITES = vocab.words("place_street_site_nouns")
_ADDRESSED_HEADS = vocab.words("place_street_heads_addressed")
ADDRESSED_STREET_VOTES = 3
"""What an address's street ("on Kiln Row", "4 Mill Yard") votes for a place."""


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


def street_site_noun(doc, start: int, end: int) -> int | None:
    """The index of the building noun a street's name qualifies ("the Fenby Road
    base", "our Mill Lane premises": two or more words closed by a street's head word,
    then a noun of `vocab/place_street_site_nouns.txt` in lower case), else None."""
    if end - start < 2 or end >= len(doc) or lower_word(doc[end - 1]) not in _STREET_HEADS:
        return None
    noun = doc[end]
    return end if noun.is_lower and noun.lower_ in _STREET_SITES else None


def addressed_street(doc, start: int, end: int, sent_start: int) -> bool:
    """Whether the name at `start`..`end` is a street by where it stands: two or three
    capitalised words (and a possessive) closed by a word that ends streets' names only sometimes
    (`vocab/place_street_heads_addressed.txt`: "Row", "Yard", "Way"), after "on" ("on
    Kiln Row") or a house number ("4 Mill Yard", "Unit 4, Cooper's Yard")."""
    if not 2 <= end - start <= 4 or start - 1 < sent_start:
        return False
    words = doc[start:end]
    if lower_word(words[-1]) not in _ADDRESSED_HEADS or not is_cap(words[0]):
        return False
    if not all(is_cap(t) or t.text in POSSESSIVE for t in words):  # "Cooper's Yard"
        return False
    before = doc[start - 1]
    if before.text == "," and start - 2 >= sent_start:
        before = doc[start - 2]  # "Unit 4, Cooper's Yard"
    return before.lower_ == "on" or before.text.isdigit()
