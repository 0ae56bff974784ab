"""A sentence's first words that open a name because of what follows them: a
programme the sentence says is one ("Moving Forward is a twelve-week employment
programme", "Step Up Kelby, led by Foo, ..."), whatever its first word (a gerund:
"Moving", "Growing"); and the name after a word that calls the reader or heads a
page ("Contact Foo Trust", "About the Foo project"). Read by mentions/run_starts.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap

RUN_BY = vocab.words("by_verbs_programme") | {"led"}
"""The verbs before "by" that say the name before them is a programme run: "run by",
"delivered by", "led by" (`vocab/by_verbs_programme.txt`)."""
_RUN_NOUNS = vocab.words("programme_run_nouns")


def name_after(nxt: Token) -> bool:
    """Whether a name starts at `nxt`, or at the capitalised word after it when it is
    "the" ("About the Foo project" over a project's page: the name is the project's)."""
    if is_cap(nxt):
        return True
    after = nxt.i + 1
    return nxt.lower_ == "the" and after < len(nxt.doc) and is_cap(nxt.doc[after])


def programme_set_off(tok: Token) -> bool:
    """ "Step Up Kelby, led by Foo, will ...", "Grow Together, a gardening project
    for ...", "Moving Forward is a twelve-week employment programme", "Staying Well
    Dalby is run by Foo": capitals from `tok` (two words at least), then a comma or
    "is"/"was" and what a programme is said to be: run by someone
    (vocab/by_verbs_programme.txt and "by") or a programme's noun after "a", "an",
    "the", "our", "its" or "their" and at most three lower-case words, hyphened ones
    too (vocab/programme_run_nouns.txt);
    the run is a name, whatever its first word (a gerund: "Moving", "Growing")."""
    doc = tok.doc
    end = tok.sent.end
    j = tok.i
    while j < end and is_cap(doc[j]):
        j += 1
    if j - tok.i < 2 or j + 2 >= end or doc[j].lower_ not in _SET_OFF:
        return False
    after = doc[j + 1]
    if after.lower_ in RUN_BY and doc[j + 2].lower_ == "by":
        return True
    if after.lower_ not in DESCRIBING_OPENERS:
        return False
    words = 0
    for k in range(j + 2, min(j + 10, end)):
        if doc[k].lower_ in _RUN_NOUNS and doc[k].is_lower:
            return doc[k].dep_ != "compound"
        if doc[k].text in {"-", "‐"} and not doc[k].whitespace_:
            continue  # "twelve-week", "food-growing": one word
        if not (doc[k].is_lower and doc[k].is_alpha):
            return False
        words += doc[k - 1].text not in {"-", "‐"}
        if words > _DESCRIBING_WORDS:
            return False
    return False


_SET_OFF = {",", "is", "was"}
DESCRIBING_OPENERS = frozenset({"a", "an", "the", "our", "its", "their"})
"""What opens the words saying what the name is: "Foo Bar, a weekly ...", "Foo Bar,
the falls-prevention programme", "Foo Bar is our befriending service"."""
_DESCRIBING_WORDS = 3


__all__ = ["DESCRIBING_OPENERS", "RUN_BY", "name_after", "programme_set_off"]
