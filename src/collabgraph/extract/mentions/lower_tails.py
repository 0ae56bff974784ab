"""A name closed by lower-case words. A place's: "across the Teg valley", "in the
upper Derwen valley" (`vocab/place_lower_tails.txt`). The writer names the valley
by its river and writes the kind in lower case; the name alone ("Teg") is no place
the page means. An occasion's, a day's or week's name and a lower-case noun: "our
Volunteers' Week lunch", "a Welcome Week family picnic", "the Bonfire Night event"
(`vocab/observance_occasion_heads.txt`, `observance_occasion_nouns.txt`): the page's
own occasion held for the week, whose name alone is the cause, not the lunch the
page tells of. Read by `add.add_mention`."""

from __future__ import annotations

from collabgraph.extract import vocab

_LOWER_TAILS = vocab.words("place_lower_tails")
_UPPER_LOWER = {"upper", "lower"}
_OCCASION_HEADS = vocab.words("observance_occasion_heads")
_OCCASION_NOUNS = vocab.words("observance_occasion_nouns")
_OCCASION_OPENERS = {"our", "the", "a", "an", "its", "their"}
_OCCASION_MODIFIERS = 1  # "family" in "a Welcome Week family picnic"


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


def occasion_tail(doc, start: int, end: int) -> int:
    """How many lower-case words after doc[start:end] (a name ending in a day's or
    week's word, an article or "our" before it) close the occasion's name: the
    occasion's singular noun, one lower-case word before it allowed; 0 when none
    follows ("Refugee Week events", "during Volunteers' Week")."""
    if start == 0 or end >= len(doc) or doc[start - 1].lower_ not in _OCCASION_OPENERS:
        return 0
    if doc[end - 1].lower_ not in _OCCASION_HEADS:
        return 0
    for k in range(end, min(end + 1 + _OCCASION_MODIFIERS, len(doc))):
        tok = doc[k]
        if not (tok.is_alpha and tok.is_lower):
            return 0
        if tok.lower_ in _OCCASION_NOUNS and tok.tag_ == "NN":
            return k + 1 - end
    return 0
