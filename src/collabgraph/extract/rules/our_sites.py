"""Places, continued: the page's own sites, said with "our". "Volunteers sorted food
at our warehouse in Mill Lane", "We refurbish laptops at our workshop in Dockside",
"Our Kelby office on Caledon Road stays open", "Our main hub is at 14 Kiln Street":
the body "our" stands for (`partner_leads.ours_at`: the page's own, or the speaker's inside
a quotation) is LOCATED_IN the place (corpus/GOLD.md: "based in").

Read from the parse: the place hangs by "in", "on" or "at" from a noun of a body's
sites (`vocab/site_nouns.txt`, `vocab/place_own_sites.txt`) that "our" owns, or is
after "at"/"in" completing "is" whose subject is such a noun. Not a former site
("our old office on Mill Lane": "old", "former", "previous" and
`vocab/place_former_words.txt`), nor a site of
someone else's ("their warehouse", "the council's depot").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.place_kinds import may_be_place
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse."""

_SITES = vocab.words("site_nouns") | vocab.words("place_own_sites")
_FORMER = vocab.words("place_former_words") | vocab.words("place_former_adjectives")
_WHERE = {"in", "on", "at"}
_BE = {"is", "are", "was", "'s", "remains", "stays"}


def our_sites(reader: SentenceReader) -> None:
    """Each place of a site "our" owns locates the body "our" stands for
    (confidence 0.6)."""
    for m in reader.ms:
        if not may_be_place(reader, m):
            continue
        site = _site_of(reader, m)
        our = next((c for c in site.children if c.dep_ == "poss"), None) if site else None
        if our is None or our.lower_ != "our":
            continue
        if any(c.lower_ in _FORMER for c in site.children):
            continue  # "our old office on Mill Lane"
        body = ours_at(reader, our.i)  # PAGE_ORG: the page's own body, named further on
        if body is not None:
            reader.relate(body, "LOCATED_IN", m, confidence=0.6)


def _site_of(reader: SentenceReader, m: Mention):
    """The site noun the place is said of: "our warehouse in Mill Lane" (the place
    hangs from it), "Our Kelby office" (the place names it), "Our hub is at 14 Kiln
    Street" (the place completes "is"); None otherwise. A town after the street
    ("at 14 Kiln Street, Kelby") is read up to the street."""
    tok = reader.doc[m.start : m.end].root
    for _ in range(2):  # "on Caledon Road in Kelby", "at 14 Kiln Street, Kelby"
        if tok.dep_ in {"appos", "conj"} or (tok.dep_ == "pobj" and tok.head.lower_ == "in"):
            up = tok.head if tok.dep_ != "pobj" else tok.head.head
            if up.pos_ == "PROPN" and (p := reader.covering.get(up.i)) and may_be_place(reader, p):
                tok = up
                continue
        break
    if tok.dep_ == "compound" and tok.head.lower_ in _SITES:
        return tok.head  # "Our Kelby office"
    if tok.dep_ != "pobj" or tok.head.lower_ not in _WHERE:
        return None
    up = tok.head.head
    if up.lower_ in _SITES and up.pos_ == "NOUN":
        return up
    if up.lower_ in _BE:
        subject = next((c for c in up.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _SITES:
            return subject
    return None


__all__ = ["LABELS", "our_sites"]
