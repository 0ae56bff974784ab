"""The body whose own meeting a page records, by its headline: "Minutes of the
Annual General Meeting of Foo Association", "Foo Forum - notes from the September
meeting", "Club news: Foo Lions AGM" (`vocab/meeting_record_headlines.txt`). The
chair, treasurer or secretary such a page names with no body ("The Chair, Mrs Jane
Doe, welcomed members", "John Roe was re-elected Treasurer") holds the seat there
(`page_organisation.place_posts`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.mention_keys import mention_key

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.mentions import Mention

_RECORD_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(vocab.ordered("meeting_record_headlines"), key=len))
    + r")\b",
    re.I,
)


def meeting_body(ctx: DocumentContext, by_mention: dict, docs) -> Mention | None:
    """The one organisation a meeting record's headline (block 0) names, its first
    mention; None when the headline says no meeting record, or names no body or two.
    `by_mention` is mention id -> resolved entity; `docs` the page's spaCy Docs by
    block."""
    if not docs or not _RECORD_WORDS.search(docs[0].text.replace("’", "'")):
        return None
    named = {}
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if m.block == 0 and not m.synthetic and e is not None and e.type == "Organisation":
            named.setdefault(id(e), m)
    if len(named) != 1:
        return None
    key = mention_key(next(iter(named.values())).text)
    return next(m for m in ctx.mentions if not m.synthetic and mention_key(m.text) == key)


__all__ = ["meeting_body"]
