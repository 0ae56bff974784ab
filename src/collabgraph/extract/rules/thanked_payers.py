"""Funding, continued: the bodies a write-up thanks for paying.

"Thanks to our hosts, Foo, and to the Heron Trust for funding travel bursaries",
"We are grateful to A and B for paying for the coach", "and to the Tern Trust for
covering our travel": the paying verb (`vocab/paying_verbs.txt`,
`paying_object_verbs.txt`, `paying_cost_verbs.txt`) has no subject of its own; the
bodies thanked right before its "for" paid (`thanked_payers`), and
`paid_things.paid_for` reads what they paid for. Thanks for sponsoring are
`rules/event_sponsors.py`'s; thanks for a grant named by a noun
("for its grant of £500") `rules/grant_backers.py`'s.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

THANKS = vocab.words("thanking_words")
"""Words of thanks ("thanks", "grateful"): also read by `event_sponsors`, `grant_backers`."""
_SPONSOR = vocab.words("sponsor_words")  # "for sponsoring": rules/event_sponsors.py


def thanked_payers(reader: SentenceReader, verb) -> list[Mention]:
    """The organisations thanked right before "for" and the paying verb (a spaCy
    Token) after it: the names after the last "to" (or after the word of thanks)
    up to "for", when the last of them ends at "for"; none for "for sponsoring",
    a verb with a subject, a person thanked, or thanks inside a quotation."""
    i = verb.i
    if verb.lower_ in _SPONSOR or i - 1 <= reader.sent.start or reader.words[i - 1] != "for":
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or reader.in_quote(i):
        return []
    last = reader.by_end.get(i - 1)
    if last is None or reader.kind(last) != "Organisation":
        return []
    words = reader.words
    thanks = [k for k in range(reader.sent.start, last.start) if words[k] in THANKS]
    if not thanks:
        return []
    tos = [k for k in range(thanks[-1], last.start) if words[k] == "to"]
    k = tos[-1] + 1 if tos else thanks[-1] + 1
    named = [m for m in reader.list_after(k) if m.end <= last.end]
    if not named or named[-1].id != last.id:
        return [last]
    return [m for m in named if reader.kind(m) == "Organisation"]


__all__ = ["thanked_payers"]
