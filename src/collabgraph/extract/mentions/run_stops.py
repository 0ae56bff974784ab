"""Where a run of capitalised words stops before its capitals do, for
`runs.capital_runs`: a title-case heading's verb after a name ("Foo Trust Hosts
Spring Summit"; the host verbs: vocab/event_host_verbs.txt), a capitalised "-ing" verb
and the lower-case object after it ("Healthwatch Orley Promoting the Public
Voice"), an item's reference code ("Councillor Brook OSC22-035"), and a bare
"the" that opens the subject after an opening phrase written with no comma
("After the Reception the Annual Meeting took place").
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract.doc_arrays import token_texts
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS, is_cap, lower_word

HEADING_HOST_VERBS = {w for w in lx.HOST_VERBS if w.endswith("s")}
"""'Hosts', 'Stages': in a title-case heading, the verb that ends the name before it."""

_REFERENCE = re.compile(r"[A-Z]{2,}\d{2,}")
_OBJECT_OPENERS = {"the", "a", "an", "our", "their", "its", "your", "local", "people"}


def reference_code(doc, j: int, end: int) -> bool:
    """ "OSC22", "EX31" at j: capital letters run into digits after a word in title
    case, and no capitalised word after it: a paper's or an item's reference
    ("Councillor Brook OSC22-035"), not a word of the name before it (as "COVID19"
    is in "Westshire COVID19 Fund"; nor a brand's "O2")."""
    return (
        _REFERENCE.fullmatch(token_texts(doc)[j]) is not None
        and doc[j - 1].is_title
        and not (j + 1 < end and is_cap(doc[j + 1]))
    )


def object_end(doc, j: int, end: int) -> int:
    """Where the object of a heading's verb at doc[j - 1] ends ("the Public Voice"),
    or j when it ends in a head word and so names something ("the Orley Food Bank")."""
    k = j
    while k < end and (is_cap(doc[k]) or doc[k].lower_ in _OBJECT_OPENERS):
        k += 1
    return j if head_kind(lower_word(doc[k - 1]))[0] is not None else k


def subject_after_phrase(doc, j: int) -> bool:
    """ "After the Reception the Annual Meeting took place": a bare "the" after the
    object of an opening phrase written with no comma opens the sentence's subject,
    not a word of one name ("Brighten the Corners" is one)."""
    head = doc[j].head
    return doc[j - 1].dep_ == "pobj" and head.i > j and head.dep_ in SUBJECT_DEPS


def verb_before_object(doc, i: int, j: int, end: int) -> bool:
    """A run's last word is a capitalised "-ing" verb whose object follows in
    lower case ("Healthwatch Orley Promoting the Public Voice", "Westmoor Mind
    Improving the Care We Get"): a heading's verb after the name, not part of it."""
    last = doc[j - 1]
    return (
        j - i >= 3
        and j < end
        and last.lower_.endswith("ing")
        and len(last.text) > 5
        and is_cap(last)
        and doc[j].lower_ in _OBJECT_OPENERS
    )
