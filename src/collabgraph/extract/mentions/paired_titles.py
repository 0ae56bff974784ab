"""A programme's name made of two matching phrases with a comma between: "its Safer
Lanes, Brighter Homes programme", "the Warm Rooms, Full Plates project". Two to
three capitalised words, a comma, as many capitalised words again, then a
programme's noun (`vocab/owned_programme_heads.txt`), all after a word that opens
a named thing ("the", "its", a possessive, "called"): one name across the comma.
Read by `runs.py` where a run meets a comma.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import usual_given_name
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap, lower_word

_HEADS = vocab.words("owned_programme_heads")
_OPENERS = vocab.words("paired_title_openers")


def paired_title_end(doc, start: int, j: int, end: int) -> int:
    """The end of the name when the run doc[start:j] and the words after the comma at
    j are one programme's two phrases (see the module); j when not."""
    n = j - start
    after = j + 1 + n
    if doc[j].text != "," or not 2 <= n <= 3 or after >= end or start == 0:
        return j
    before = doc[start - 1]
    if before.text not in POSSESSIVE and lower_word(before) not in _OPENERS:
        return j
    words = [*doc[start:j], *doc[j + 1 : after]]
    if not all(is_cap(t) and t.is_alpha for t in words):
        return j
    if any(usual_given_name(t.text) and t.ent_type_ == "PERSON" for t in (doc[start], doc[j + 1])):
        return j  # "the Jo Tern, Ada Foss project": two people (the recogniser's
        # "person" alone on "Safer Lanes" is a misreading; "Young" alone a word)
    if not doc[after].is_lower or lower_word(doc[after]) not in _HEADS:
        return j
    return after


__all__ = ["paired_title_end"]
