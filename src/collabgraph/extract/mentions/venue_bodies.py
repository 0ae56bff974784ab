"""A venue's name listed among bodies is a body: "Category sponsors were Foo
Solicitors, Kelby College and the Quayside Hotel", "Stalls will be hosted by Foo
Memory Service, Bar Care Homes and Kelby Library". A name whose last word is a
venue's (`vocab/head_venue.txt`: hotel, library, hall) is read as a place; listed
with two or more bodies (by their head words or the votes so far), and with no other venue or
place, not after a word of where ("at A Library, B Hall and C Centre": venues), it
is one more of the bodies. Run by `context_votes` after `list_votes`, which sets
each mention's `listed_with`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import PLACE_ENTS, lower_text

_WHERE = vocab.words("where_list_prepositions") | {"at", "from", "to", "near", "into", "on"}
_VOTES = 4
"""Above a venue's head word (3 for "library") and a venue slot's votes."""


def venues_listed_with_bodies(doc, sent, mentions: list[Mention]) -> None:
    """Organisation votes for a venue-named name listed with two or more bodies."""
    for m in mentions:
        if not m.listed_with or _kind(m) != "Place" or m.title:
            continue
        others = m.listed_with
        if sum(_body(o) for o in others) < 2:
            continue
        if any(_kind(o) == "Place" or o.gazetteer or o.ner in PLACE_ENTS for o in others):
            continue
        first = min([m, *others], key=lambda o: o.start)
        k = first.start - 1
        if k >= sent.start and doc[k].lower_ == "the":
            k -= 1
        if k >= sent.start and doc[k].lower_ in _WHERE:
            continue  # "sessions at A Library, B Trust and C Hub": where, not who
        m.votes["Organisation"] += _VOTES


def _body(m: Mention) -> bool:
    """A body by its last word, or by what the words around it voted so far."""
    voted = m.votes.most_common(1)[0][0] if m.votes else None
    return _kind(m) == "Organisation" or voted == "Organisation"


def _kind(m: Mention) -> str | None:
    """The type the name's last word suggests."""
    return head_kind(lower_text(m.text.split()[-1]))[0]
