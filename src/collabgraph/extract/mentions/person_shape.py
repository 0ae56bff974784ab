"""A name shaped like a person's, by its words alone, voted a person's as the
mention is made, before any relation rule reads the sentence: a given name, then
one or two words that are no everyday English word and no head of a body, a
place or an event ("Ines Rowe", "Kerry-Ann Walsh", "Siobhán Adeyemi-Holt"). The
given name is one more than rare in some country (`given_names.usual_given_name`):
"Kelby Rotary" and "Brook Hollow" open with given names the list holds as rare.

Given only where the recogniser voted no person (`add.py`): it reads many such
names as a body ("Ines Rowe" last in a list of board members) or splits a
hyphened given name or surname; its vote (2) then
made the name a body while the rules ran, so "Board members: ..., Ines Rowe"
gave every other member a seat on "Ines Rowe". Hyphened words written without
spaces ("Kerry-Ann", "Adeyemi-Holt") count as one word. Not a body named for a
founder or a street: a word of a body, place, field of work or job
(`persons_names.looks_like_persons_name`), or a surname that is also an
everyday word ("Grace Kitchen", "Penny Lane") or the plural of one ("Ferris
Bakeries"), or a given name that is an everyday word ("River Ambrey", "Age Well
Wexcombe": the recogniser knows "Tom Hall" without this), keeps the vote away.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.given_names import is_given_name, usual_given_name
from collabgraph.extract.mentions.persons_names import looks_like_persons_name

_PLACE_TAILS = vocab.words("place_name_tails")
SHAPE_VOTE = 3
"""Over the recogniser's body vote (2), under a slot only a body fills (4 and more:
`body_slots`), so that "the chief executive of Ruth Orme" still reads a body."""


def joined_words(doc, start: int, end: int) -> list[list]:
    """The tokens of `doc[start:end]` grouped into words, hyphened pieces written
    without spaces kept together ("Kerry", "-", "Ann" is one word)."""
    words: list[list] = []
    for k in range(start, end):
        tok = doc[k]
        glued = (
            k > start and not doc[k - 1].whitespace_ and (tok.text == "-" or doc[k - 1].text == "-")
        )
        if glued and words:
            words[-1].append(tok)
        else:
            words.append([tok])
    return words


def person_shape_vote(doc, start: int, end: int) -> int:
    """The person vote the words of `doc[start:end]` give: SHAPE_VOTE for a given
    name and one or two more words shaped as a surname, else 0."""
    words = joined_words(doc, start, end)
    if not 2 <= len(words) <= 3 or any(w[0].text == "-" or w[-1].text == "-" for w in words):
        return 0
    first = "".join(t.text for t in words[0])
    if not usual_given_name(first):
        return 0  # "Kelby Rotary", "Brook Hollow": rare given names, mostly other words
    pieces = [t for w in words for t in w if t.text != "-"]
    if not looks_like_persons_name(pieces):
        return 0
    if everyday_word(first) or not all(_surname_word(w) for w in words[1:]):
        return 0  # "River Ambrey", "Age Well Wexcombe", "Kelsey Tree Wardens"
    return SHAPE_VOTE


def _surname_word(word: list) -> bool:
    """A word after the given name that reads as a surname: no everyday word, nor
    the plural of one ("Bakeries", "Wardens"; not "Adams", a given name's),
    nor a word closing a place's name ("Calder Moor"). Hyphened words are read
    by their pieces ("Adeyemi-Holt")."""
    for tok in word:
        low = tok.text.lower()
        if low == "-":
            continue
        if trade_word(low) or low in _PLACE_TAILS:
            return False
    return True


_STEM_ZIPF = 3.0
"""How common the singular of a plural after a given name must be for the name to
be a trade's ("Ferris Bakeries": "bakery", 3.7), not a surname ("Haskins": no word)."""


def trade_word(word: str) -> bool:
    """Whether a word is an everyday word or the plural of one that is no given name
    ("Bakeries": "bakery"; "Wardens"; not "Adams"): a trade's or a group's word, not
    a surname. Read by `_surname_word` and `trade_names.shortened_body`."""
    low = word.lower()
    if everyday_word(low):
        return True
    if low.endswith("ies") and len(low) > 4:
        stem = low[:-3] + "y"
    elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        stem = low[:-1]
    else:
        return False
    return not is_given_name(stem) and zipf_frequency(stem, "en") >= _STEM_ZIPF


__all__ = ["SHAPE_VOTE", "joined_words", "person_shape_vote", "trade_word"]
