"""The name a list item opens with, when the line over the list says its items
are bodies ("The partners are:" over "Jigsaw", "Petrus (Kelby)", "Foo Trust -
£5,000"): single words and names the recogniser and the capital runs miss.

The name runs from the item's start over capitalised words and the small words
inside names ("of", "and", "the", "&", "'s") to a separator (",", "(", "-", ":",
"|") or the item's end; an item that runs on into lower-case words ("Advice for
families") names nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_INSIDE = {"of", "and", "&", "the", "for", "'s", "’s", "in", "on", "at", "'", "’"}
_STOPS = {",", "(", "-", "–", "—", ":", "|", ";", "/", "."}
_MAX_WORDS = 8
ITEM_VOTE = 4
"""The lead-in's vote for an item's type: more than a given name's (Petrus)."""


def item_name(doc, sent: Span) -> tuple[int, int] | None:
    """(start, end) tokens of the name `sent` (a list item) opens with, or None."""
    i = sent.start
    if i < sent.end and lower_word(doc[i]) in lx.ARTICLES and i + 1 < sent.end:
        i += 1
    start = i
    while i < sent.end and doc[i].text not in _STOPS and i - start < _MAX_WORDS:
        tok = doc[i]
        if not (is_cap(tok) or (i > start and lower_word(tok) in _INSIDE)):
            return None
        i += 1
    if i == start or (i < sent.end and doc[i].text not in _STOPS):
        return None
    while i > start and lower_word(doc[i - 1]) in _INSIDE:
        i -= 1
    if i == start or any(ch.isdigit() for ch in doc[start].text):
        return None
    return start, i


def place_in_brackets(doc, sent: Span, end: int) -> tuple[int, int] | None:
    """(start, end) of "(Kelby)" right after an item's name: one to three
    capitalised words, not an acronym ("(KFT)" is the name's short form)."""
    if end >= sent.end or doc[end].text != "(":
        return None
    k = end + 1
    while k < sent.end and k - end <= 4 and is_cap(doc[k]) and not doc[k].text.isupper():
        k += 1
    if k == end + 1 or k >= sent.end or doc[k].text != ")":
        return None
    return end + 1, k


__all__ = ["ITEM_VOTE", "item_name", "place_in_brackets"]
