"""A place's name closed by a lower-case word: "across the Teg valley", "in the
upper Derwen valley" (`vocab/place_lower_tails.txt`). The writer names the valley
by its river and writes the kind in lower case; the name alone ("Teg") is no place
the page means. Read by `add.add_mention`."""

from __future__ import annotations

from collabgraph.extract import vocab

_LOWER_TAILS = vocab.words("place_lower_tails")
_UPPER_LOWER = {"upper", "lower"}


def lower_tailed(doc, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of the place doc[start:end] names with the lower-case word
    after it, "the" before it (a lower-case "upper" or "lower" between taken in);
    None when no such word follows or no "the" comes before."""
    if end >= len(doc) or doc[end].text not in _LOWER_TAILS:
        return None
    k = start - 1
    if k >= 0 and doc[k].lower_ in _UPPER_LOWER and doc[k].is_lower:
        k -= 1
    if k < 0 or doc[k].lower_ != "the":
        return None
    return k + 1, end + 1
