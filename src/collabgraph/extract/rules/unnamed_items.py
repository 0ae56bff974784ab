"""List items a page names but no mention holds: "the NHS" in "the board brings
together the NHS, Kelby Council and Healthwatch Kelby", "the Probation Service" the
recogniser did not read as a name. A list reader steps past such an item
(`ListReading.list_after`, through `_skip_descriptor`) so the names after it are
still read as the list's, instead of the list ending there.
"""

from __future__ import annotations

_UNNAMED_ITEM = 3  # capitalised words at most of a list item no mention holds ("the NHS")
_ITEM_ENDS = {",", "and", "&"}


def past_unnamed_item(reader, j: int, k: int) -> int | None:
    """Where a list goes on past an unnamed item: after "the", up to `_UNNAMED_ITEM`
    capitalised words from token k (the first word the caller looked at, j), none of
    them in a mention, then a comma or "and" with a name right after it (past "the");
    else None (the list ends there). `reader`: a `SentenceReader`."""
    words, end = reader.words, reader.sent.end
    if k != j or k <= reader.sent.start or words[k - 1] != "the":
        return None
    e = k
    while e < end and e - k < _UNNAMED_ITEM and reader.doc[e].text[:1].isupper():
        if e in reader.by_start or e in reader.by_end:
            return None
        e += 1
    if e + 1 >= end or words[e] not in _ITEM_ENDS:
        return None
    nxt = e + 1 + (words[e] == "," and words[e + 1] in {"and", "&"})
    nxt += nxt < end and words[nxt] == "the"
    return e + 1 if nxt in reader.by_start else None


def has_unnamed_item(reader, k: int, listed: list) -> bool:
    """Whether a list read from token k to its last name (`listed`, its mentions)
    steps past an item no name holds: such a list is longer than its names (the
    few named in a short list are each other's partners; not in one with "the NHS"
    among them)."""
    return bool(listed) and any(past_unnamed_item(reader, t, t) for t in range(k, listed[-1].start))


__all__ = ["has_unnamed_item", "past_unnamed_item"]
