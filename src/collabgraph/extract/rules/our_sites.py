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

A named body's own site places it too (`named_sites`): "Foo Arts' studio on Mill
Street", "the Trust's depot on Kiln Lane", "Foo Shed has opened its new workshop in
Dale", "the Foo CIC workshop on Mill Yard": the site's owner is the body named in its
possessive, the one "the trust" refers to, the body "its" or "their" follows, or a
body's name set before the site's noun; not a site it lends or hires out to
someone else (`vocab/site_lending_verbs.txt`).
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


def named_sites(reader: SentenceReader) -> None:
    """Each place of a site a named body owns locates that body (confidence 0.6)."""
    if not reader.sent_words() & _SITES:
        return
    for m in reader.ms:
        if not may_be_place(reader, m):
            continue
        site = _site_of(reader, m)
        if site is None or any(c.lower_ in _FORMER for c in site.children):
            continue
        if site.dep_ == "dobj" and site.head.lower_ in _LENDING:
            continue  # "has lent its depot on Tern Road to the Forum": the user's place
        body = _owner(reader, site)
        if body is not None and body is not m:
            reader.relate(body, "LOCATED_IN", m, confidence=0.6)


def _owner(reader: SentenceReader, site) -> Mention | None:
    """The organisation that owns the site noun: its possessive ("Foo Arts' studio",
    "the Trust's depot"), the body just before "its"/"their" ("Foo Shed ... its
    workshop"; no one else named between), or a body's name set before the noun ("the
    Foo CIC workshop"); None for "our" (`our_sites`) or any other owner."""
    for c in site.children:
        if c.dep_ == "poss" and c.lower_ in _PRONOUN_OWNERS:
            before = reader.before(c.i)
            return before if before is not None and reader.kind(before) == "Organisation" else None
        if c.dep_ == "poss" or (
            c.dep_ == "compound" and c.i == site.i - 1 and site.lower_ not in _USED_HALLS
        ):
            named = reader.covering.get(c.i)
            if named is None and c.dep_ == "poss" and c.i > reader.sent.start:
                named = reader.definite_org(c.i - 1)  # "the Trust's depot"
            if named is not None and reader.kind(named) == "Organisation":
                return named
    return None


_PRONOUN_OWNERS = {"its", "their"}
_LENDING = vocab.words("site_lending_verbs")
_USED_HALLS = {"hall", "halls"}
"""Sites a name before them may use rather than own: "the Kelby Mission hall on Fenby
Street" (the pool's gold places the hall's user there, `street_sites`)."""


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


__all__ = ["LABELS", "named_sites", "our_sites"]
