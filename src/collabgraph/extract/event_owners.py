"""Events named with their owner's possessive: "the Mayor of Kelby's Civic Awards",
"Kelby Trust's Volunteer Awards". The reader names the event by the words after
the possessive ("Civic Awards"); the page's own fuller form, owner and all, is
kept as an alias, the form a reader of the page (and its gold) would write.
"""

from __future__ import annotations

from spacy.tokens import Doc

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import CALENDAR_WORDS, POSSESSIVE, is_cap

_OWNER_JOINS = {"of", "for", "and", "&"}  # "Mayor of Kelby", "Friends of Dalby Park"
_MAX_OWNER_WORDS = 8


def owner_form(doc: Doc, m: Mention) -> str | None:
    """ "Mayor of Kelby's Civic Awards" for the mention "Civic Awards" written right
    after "Mayor of Kelby's": the capitalised words before the possessive (with
    "of", "for", "and" between them), then the mention as written; None when no
    possessive or no capitalised owner comes right before it, when the mention
    opens with a small word ("Foo's first Annual Conference") and when the owner is
    a month or day ("November's board meeting")."""
    k = m.start
    if k < 2 or doc[k - 1].text not in POSSESSIVE or doc[k - 1].text in {"'", "’"}:
        return None
    if not is_cap(doc[k]) or doc[k - 2].lower_ in CALENDAR_WORDS:
        return None  # "Foo's first Annual Conference", "November's board meeting"
    j = k - 1
    while j > 0 and k - 1 - j < _MAX_OWNER_WORDS:
        tok = doc[j - 1]
        if is_cap(tok) or (tok.lower_ in _OWNER_JOINS and j - 2 >= 0 and is_cap(doc[j - 2])):
            j -= 1
            continue
        break
    while j < k - 1 and (doc[j].lower_ in _OWNER_JOINS or doc[j].lower_ == "the"):
        j += 1  # "The Kelby Trust's": no leading article
    if j == k - 1 or doc[j].sent != doc[m.start].sent:
        return None
    return doc[j : m.end].text


def add_owner_forms(ctx: DocumentContext, by_mention: dict[int, Entity], docs: list[Doc]) -> None:
    """Give each event written right after its owner's possessive that fuller form
    as an alias (`owner_form`)."""
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if e is None or e.type != "Event" or not m.start < m.end <= len(docs[m.block]):
            continue
        form = owner_form(docs[m.block], m)
        if form and form != e.name and form not in e.aliases:
            e.aliases.append(form)
