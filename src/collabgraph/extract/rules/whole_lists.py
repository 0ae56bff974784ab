"""Whether a list of bodies after a cue is the whole of what the sentence names
there: "the Foo Partnership brings together A, the charity B and C" (the list opens
right after the cue, past "the", and closes on a name or a relative clause), not
"brings together our 19 member organisations, including A and B" (a count or a
common noun first: a few of many), nor "brings together A, B and representatives of
the voluntary sector" / "A, B and the public health team" (an unnamed item last), nor
"A, B, the Probation Service and C" (an unnamed item inside: `unnamed_items`).
Read by the rules that tie listed bodies as partners (`compositions`, `brought_together`):
corpus/GOLD.md writes the members of a partnership named only in part as its
members, not each other's partners.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.unnamed_items import has_unnamed_item

_ARTICLES = lx.ARTICLES
_JOINERS = frozenset({",", "and", "&"})
_ITEM_POS = frozenset({"NOUN", "ADJ", "NUM"})  # "and representatives of", not "and will run"
_RELATIVES = frozenset({"which", "who", "whose", "that", "where"})  # "C, which runs Foo"


def whole_list(reader: SentenceReader, k: int, listed: list[Mention]) -> bool:
    """Whether `listed` (from `reader.list_after(k)`) opens at token k, past an
    article, holds no item no name holds (`unnamed_items.has_unnamed_item`: such a
    list is longer than its names), and no unnamed item follows its last name ("...,
    C and the public health team": not whole; "..., C, and will run Foo": whole)."""
    if not listed or has_unnamed_item(reader, k, listed):
        return False
    words, end = reader.words, reader.sent.end
    first = k + (k < end and words[k] in _ARTICLES)
    if listed[0].start != first:
        return False
    j = listed[-1].end
    while j < end and words[j] in _JOINERS:
        j += 1
    if j == listed[-1].end or j >= end:
        return True  # the list ends on its last name
    if words[j] in _RELATIVES:
        return True
    j += words[j] in _ARTICLES
    tok = reader.doc[j] if j < end else None
    return tok is None or not (tok.pos_ == "PROPN" or (tok.is_lower and tok.pos_ in _ITEM_POS))
