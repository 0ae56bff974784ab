"""An opened thing told first as something new and named after it: "A new day
centre opened on Foo Street." then "The Kelby Hub is run by ..." (page_event/told.py
names the opening after it)."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap, lower_word

OPENED = vocab.words("occasion_opened_heads") | vocab.words("head_venue")
NEXT_BLOCK = "collabgraph.next_block"  # a block's Doc -> the next block's (page_event/occasions)
_OPENING_VERBS = vocab.words("facility_opening_verbs")  # "has opened", "launched"
_FRESH = {"new", "first"}  # "Kelby's first community hub": not yet named


def named_next(obj) -> str | None:
    """ "Kelby Health Centre" for "a new health centre opened at Foo Park" when a
    sentence after it in the paragraph, or the next paragraph (or the one after a
    one-sentence lead), opens with "The Kelby Health Centre": a building told first
    as "a new <noun>" (or a headline's bare "New <noun>") and then named, each
    capitalised word ending in that noun or a venue's ("a new day centre" -> "The
    Kelby Hub"). None for what is not told as new, or when no such name comes next."""
    if not _told_unnamed(obj):
        return None
    noun = lower_word(obj)
    docs = [obj.doc[obj.sent.end :]]
    following = obj.doc.user_data.get(NEXT_BLOCK)
    if following is not None:
        docs.append(following[0 : len(following)])
    after = following.user_data.get(NEXT_BLOCK) if following is not None else None
    if after is not None and len(list(following.sents)) == 1:  # a headline, a lead, then the name
        docs.append(after[0 : len(after)])
    for span in docs:
        for sent in span.sents:
            words = list(sent[:8])
            if len(words) < 3 or words[0].lower_ != "the" or _opens_another(sent):
                continue
            end = next((k for k, t in enumerate(words) if not is_cap(t)), len(words))
            name = words[1:end]
            if len(name) >= 2 and lower_word(name[-1]) in {noun} | OPENED:
                return " ".join(t.text for t in name)
    return None


def _told_unnamed(obj) -> bool:
    """Whether an opened thing is told as something new, not yet named: "a new
    centre", a headline's bare "New women's hub", "Kelby's first community hub"."""
    dets = [c.lower_ for c in obj.children if c.dep_ == "det"]
    owners = [c for c in obj.children if c.dep_ == "poss"]
    if dets:
        return dets[0] in {"a", "an"}
    fresh = any(c.dep_ == "amod" and c.lower_ in _FRESH for c in obj.children)
    return not is_cap(obj) and (not owners or (fresh and owners[0].pos_ == "PROPN"))


def generic_opened(obj) -> bool:
    """ "Kelby's first community hub": a place's new thing, its own name told later."""
    return _told_unnamed(obj) and any(c.dep_ == "poss" for c in obj.children)


def _opens_another(sent) -> bool:
    """ "The Kelby Café ... has opened a training kitchen": the name opens something
    else, so it is the opener, not what was opened."""
    root = sent.root
    return lower_word(root) in _OPENING_VERBS and any(c.dep_ == "dobj" for c in root.children)
