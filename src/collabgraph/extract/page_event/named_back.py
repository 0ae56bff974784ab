"""What "the garden" or "the shed" is, when an opening is told paragraphs after the
place was named: "Eighteen months later the Kelby Court Garden has raised
beds ..." then "The garden was officially opened at a residents' barbecue" (or "Cllr
Jo Tern formally opened the shed") is the opening of the Kelby Court Community
Garden. The name is the last one before the opening, in its paragraph or the ones
before it, whose capitalised words end in the noun (page_event/told.py reads it
for an opening's name; page_event/occasions.py gives each block's Doc the ones
before it).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.tokens import is_cap, lower_word

EARLIER_BLOCKS = "collabgraph.earlier_blocks"  # a block's Doc -> (the Docs, how many before it)
_DEFINITE = {"the", "this"}
_JOINS = {"'s", "’s", "&", "of"}  # "Kelby Men's Shed", "Friends of Kelby Park Garden"
_REACH = 8  # capitalised words at most before the noun
_BLOCKS_BACK = 20  # paragraphs read back at most for the name
_OWNERS = {"its", "their", "our"}  # "its new Kelby Hub" is "the Kelby Hub" too
_DESCRIBING = 2  # lower-case describing words at most between: "its brand new Kelby Hub"


def named_back(obj) -> str | None:
    """The name an opened thing told as "the <noun>" (no capitalised word of its
    own) was given before: "the Kelby Court Garden" for "the garden",
    "Kelby Men's Shed" for "the shed", with "the" when the page wrote it. None for
    an object not "the" something, or when no such name comes before."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children):
        return None
    if any(is_cap(c) for c in obj.lefts if c.dep_ != "det"):
        return None
    noun = lower_word(obj)
    spans = [obj.doc[: obj.sent.start]]
    docs, before = obj.doc.user_data.get(EARLIER_BLOCKS, ([], 0))
    for k in range(before - 1, max(-1, before - 1 - _BLOCKS_BACK), -1):
        spans.append(docs[k][0 : len(docs[k])])
    for span in spans:
        found = _last_name(span, noun)
        if found is not None:
            return found
    return None


def _last_name(span, noun: str) -> str | None:
    """The last name in `span` of two or more words ending in the noun, each word
    capitalised (or joining two that are), its first not only the sentence's first."""
    for tok in reversed(span):
        if lower_word(tok) != noun or not is_cap(tok):
            continue
        start = tok.i
        while (
            start > span.start
            and tok.i - start < _REACH
            and (is_cap(tok.doc[start - 1]) or tok.doc[start - 1].lower_ in _JOINS)
        ):
            start -= 1
        while start < tok.i and tok.doc[start].lower_ in _JOINS | lx.ARTICLES:
            start += 1
        words = tok.doc[start : tok.i + 1]
        if len(words) < 2 or (words[0].is_sent_start and words[0].pos_ != "PROPN"):
            continue  # "New community garden": a capital only for opening the sentence
        text = " ".join(words.text.split())
        return f"the {text}" if _definite_before(tok.doc, start) else text
    return None


def _definite_before(doc, start: int) -> bool:
    """Whether the name starting at token `start` follows "the" or an owner's "its"
    ("its new Kelby Hub"), past a few lower-case describing words."""
    k = start - 1
    while k >= 0 and start - 1 - k < _DESCRIBING and doc[k].pos_ == "ADJ" and not is_cap(doc[k]):
        k -= 1
    return k >= 0 and (doc[k].lower_ == "the" or doc[k].lower_ in _OWNERS)
