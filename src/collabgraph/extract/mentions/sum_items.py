"""The grantee a grant list's line opens with: "Foo Trust – £5,000 for a minibus",
"Bar Club (Kelby): £500", "Baz Friends, Dale – £3,000 towards ...". A line (of a
list or a line of its own) whose name is followed by a dash or a colon (past a place
set off by a comma or brackets) and then a sum names a body that received the sum: the name is found
when nothing else found it, or whole when the finder read only a piece of it
(`list_items.found_item`), and voted an organisation; `rules/grant_lists.py` then
reads it as a grantee of the funder in view. The shape is read, not the words.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.list_items import ITEM_VOTE, found_item, item_name
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import is_cap

_MARKS = lx.DASHES | {":"}
_CURRENCY = {"£", "$", "€"}
_PLACE_REACH = 4  # words at most of a place set off after the name


def sum_item_names(
    doc, sent: Span, mentions: list[Mention], add: Callable[[int, int], Mention | None]
) -> None:
    """The body a list item opens with before a dash or colon and a sum (see the
    module)."""
    span = item_name(doc, sent)
    if span is None:
        return
    k = _past_place(doc, sent, span[1])
    if k + 1 >= sent.end or doc[k].text not in _MARKS or doc[k + 1].text not in _CURRENCY:
        return
    if doc[k].text == ":" and span[1] - span[0] < 2:
        return  # "Cost: £3 a session", "Tickets: £10": a field's label, no body
    name = found_item(mentions, span, add)
    if name is not None and name.title is None and not name.votes.get("Place"):
        name.votes["Organisation"] += ITEM_VOTE


def _past_place(doc, sent: Span, k: int) -> int:
    """The token after a place set off after an item's name at token k (", Dale",
    " (Dale)"): a few capitalised words; k when none is there."""
    if k >= sent.end or doc[k].text not in {",", "("}:
        return k
    j = k + 1
    while j < sent.end and j - k <= _PLACE_REACH and is_cap(doc[j]):
        j += 1
    if j == k + 1:
        return k
    if doc[k].text == "(":
        return j + 1 if j < sent.end and doc[j].text == ")" else k
    return j


__all__ = ["sum_item_names"]
