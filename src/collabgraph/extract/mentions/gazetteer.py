"""Is a name a UK place? The gazetteer `vocab/places_uk.txt`, read as keys.

The gazetteer (built by `scripts/gazetteer/build_places.py` from ISO 3166-2:GB,
GeoNames towns of 5,000 people or more, smaller ones of 500 or more whose name is
no everyday word nor a given name, and the English regions) is compared
by a loose key, so "Kings Lynn" finds "King's Lynn", "Redcar & Cleveland" finds
"Redcar and Cleveland" and "Saint Kelby" finds "St Kelby".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import span_text

_DROP = re.compile(r"['’‘`.]")
_SPACES = re.compile(r"[\s\-‐–—,]+")


def place_key(name: str) -> str:
    """The loose key places are compared by: case, apostrophes, dots, hyphens,
    "&"/"and" and "Saint"/"St" do not count."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _DROP.sub("", text.replace("&", " and "))
    words = [w for w in _SPACES.split(text) if w]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join("st" if w == "saint" else w for w in words)


@cache
def _keys() -> frozenset[str]:
    return frozenset(place_key(p) for p in vocab.ordered("places_uk"))


_COMPASS = vocab.words("place_compass")


@lru_cache(maxsize=8192)
def is_uk_place(name: str) -> bool:
    """True when `name` is a place in the UK gazetteer ("Dudley", "Kings Lynn"), or a
    compass word then one ("East Dalshire", "south Gwent": part of the place)."""
    key = place_key(name)
    if key in _keys():
        return True
    first, _, rest = key.partition(" ")
    return first in _COMPASS and rest in _keys()


def place_across(doc, start: int, gap_start: int, gap_end: int, end: int) -> int:
    """The end of a UK place whose name begins within doc[start:gap_start] and runs
    across the small words doc[gap_start:gap_end] into doc[gap_end:end]
    ("Redcar and Cleveland", "Newcastle under Lyme"), up to three words each side;
    0 if there is none."""
    for back in range(1, min(gap_start - start, 3) + 1):
        for ahead in range(1, min(end - gap_end, 3) + 1):
            if is_uk_place(span_text(doc, gap_start - back, gap_end + ahead)):
                return gap_end + ahead
    return 0
