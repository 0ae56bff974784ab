"""A funeral a tribute or an obituary tells: "His funeral will be held at St Anne's
Church on 3 May", "The funeral is at Kelby Minster", "Jo's funeral is on Friday".
No capital names it, so one Event mention is added on the noun, and once the page's
names are resolved it is named as a reader names it, after whose funeral it is:
"Funeral of Jo Tern" (corpus/GOLD.md: the event named as the page describes it).
Whose it is: the person whose possessive it follows ("Jo's funeral"), else the
person the page names most (a tribute is about whom it remembers). Only a funeral
the page tells as that one ("the", "his", "her", "Jo's"): "between a funeral and a
delivery" is none. The nouns are data: `vocab/funeral_nouns.txt`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import POSSESSIVE_S

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity

FUNERAL = "funeral"  # Mention.synthetic of these events
_NOUNS = vocab.words("funeral_nouns")
_TOLD_AS_ONE = frozenset({"the", "his", "her", "their"})
_EVENT_VOTE = 6


def funeral_mentions(
    doc, sent, words: list[str], mentions: list[Mention], block: int, section: int, sent_no: int
) -> None:
    """Add to `mentions` an Event mention for each funeral the sentence tells as one
    (see the module), its text "Funeral of <owner>" when a name's possessive opens
    it, else "Funeral". `words` are the Doc's lower-cased tokens (`doc_words`)."""
    if _NOUNS.isdisjoint(words[sent.start : sent.end]):
        return
    for tok in sent:
        if tok.lower_ not in _NOUNS or tok.pos_ != "NOUN" or tok.dep_ == "compound":
            continue
        before = doc[tok.i - 1] if tok.i > sent.start else None
        owner = None
        if before is not None and before.text in POSSESSIVE_S and tok.i - 2 >= sent.start:
            owner = next((m for m in mentions if m.end == tok.i - 1), None)
            if owner is None:
                continue
        elif before is None or before.lower_ not in _TOLD_AS_ONE:
            continue
        if any(m.start <= tok.i < m.end for m in mentions):
            continue
        mentions.append(
            Mention(
                id=-1,
                text=f"Funeral of {owner.text}" if owner is not None else "Funeral",
                title=None,
                block=block,
                section=section,
                sent=sent_no,
                start=tok.i,
                end=tok.i + 1,
                votes=Counter({"Event": _EVENT_VOTE}),
                surface=tok.text,
                synthetic=FUNERAL,
            )
        )


def name_funerals(entities: list[Entity]) -> None:
    """Name each funeral event after whose it is: the person its possessive names
    (a listed person whose name opens with it: "Jo" of "Jo Tern"), else the listed
    person named most often, the first of those named as often. A funeral no person
    is found for keeps its name."""
    people = [e for e in entities if e.type == "Person"]
    for e in entities:
        if e.type != "Event" or not any(m.synthetic == FUNERAL for m in e.mentions):
            continue
        said = e.name.removeprefix("Funeral of ").removeprefix("Funeral")
        whose = next(
            (p for p in people if said and (p.name == said or p.name.startswith(said + " "))),
            max(people, key=lambda p: len(p.mentions), default=None),
        )
        if whose is None:
            continue
        e.name = f"Funeral of {whose.name}"
