"""Places, continued: a body's sites. "the trust's three hospitals – Ashby, Kelby and
Dale", "its offices in A and B", "The trust operates a foodbank in A", "Foo Trust
runs three hospitals – A, B and C", "It provides care from two sites – A and B", "the
charity's Alder Road base in Kelby", "the local Foo Trust shop, in Kelby": the
body whose sites they are is LOCATED_IN each place (`vocab/site_nouns.txt`;
corpus/GOLD.md: "based in ..."); a branch named for its place ("the Ayton branch of
Foo Trust"); a building named for its street ("our Mill Lane premises", "the hospice's
Fenby Street shop"). No rule of its own: `places.places` reads it.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.branch_places import branch_place
from collabgraph.extract.mentions.street_joins import street_site_noun
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.work_bodies import SITES

_SITE_LEADS = {":", ",", "in", "at", "on", "(", "including"} | lx.DASHES
_COPULAS = {"is", "are"}  # "Our main office is at 14 Ropewalk, Kelby"
_WHERE = {"in", "at", "on"}
_FROM_SITES = {"from", "across", "at"}
_HAS_SITE = vocab.words("site_having_verbs")
_FORMER_SITE = vocab.words("place_former_site_words")
_QUALIFIERS = vocab.words("place_branch_qualifiers")


def sites(reader: SentenceReader) -> None:
    """ "the trust's three hospitals – Ashby, Kelby and Dale", "its offices in A and
    B", "its office on Mill Road", "Our main office is at Y House, Kelby" (the page's
    own body's), "The trust operates a foodbank in A", "Foo Trust runs three hospitals – A, B
    and C", "It provides care from two sites – A and B", "the Foo Legion clubs in A
    and B" (`vocab/site_nouns.txt`):
    the body whose sites they are is in each place."""
    words, start = reader.words, reader.sent.start
    for i in range(start + 1, reader.sent.end - 2):
        said = words[i + 1] in _COPULAS and words[i + 2] in _WHERE
        if words[i] not in SITES or (words[i + 1] not in _SITE_LEADS and not said):
            continue
        k = i - 1
        while k > start and (reader.doc[k].like_num or words[k] in {"main", "local", "new"}
                             or reader.doc[k].dep_ in {"amod", "nummod"}):  # fmt: skip
            k -= 1  # "three", "main", "two acute sites"
        if any(w in _FORMER_SITE for w in words[k + 1 : i]):
            continue  # "moves from its old base in Kelby": where it was, not where it is
        street = reader.by_end.get(k + 1)
        if street is not None and street.end == i and reader.kind(street) == "Place":
            k = street.start - 1  # "the charity's Alder Road base in Kelby"
        owner = None
        if words[k] in {"its", "their"}:
            owner = _pronoun_owner(reader, k)
        elif words[k] == "our":  # "our warehouse in Mill Lane": the page's own body's
            own = reader.page_org()
            owner = reader.ctx.mentions[own] if own is not None else None
        elif words[k] in POSSESSIVE and k > start:
            owner = reader.by_end.get(k) or (
                reader.definite_org(k - 2) if k - 2 >= start else None
            )  # "Foo Trust's", "the trust's"
        elif words[k] in {"a", "an"} and k > start and words[k - 1] in _HAS_SITE:
            owner = _subject_org(reader, k - 1)  # "The trust operates a food bank in Kelby"
        elif words[k] in _HAS_SITE:
            owner = _subject_org(reader, k)  # "Foo Trust runs three hospitals – A, B and C"
        elif words[k] in _FROM_SITES and reader.doc[k].head.pos_ == "VERB":
            # "Foo Trust provides care from two sites – A and B"
            owner = _subject_org(reader, reader.doc[k].head.i)
        elif k == i - 1 and reader.by_end.get(i) is not None:
            owner = reader.by_end[i]  # "the Foo Legion clubs in A and B": the body's own sites
        if owner is None:
            owner = _named_for_sites(reader, i)
        if owner is None or reader.kind(owner) != "Organisation":
            continue
        first = i + 2 + (words[i + 1] == "," and words[i + 2] in {"in", "at"})  # "shop, in Kelby"
        first += said  # "its office is at ..."
        for place in reader.list_after(first, kinds={"Place"}):
            reader.relate(owner, "LOCATED_IN", place, confidence=0.6)
    branches(reader)
    street_buildings(reader)


def branches(reader: SentenceReader) -> None:
    """ "the Ayton branch of Foo Trust", "Foo Trust's Beeford office", "the
    hospice's Cowton branch" (`mentions/branch_places.py`): the body is in the
    place its branch is named for."""
    for m in reader.ms:
        if reader.kind(m) != "Place" or not branch_place(reader.doc, reader.sent, m):
            continue
        of = m.end + 1 + (reader.words[m.end] in _QUALIFIERS)
        if of + 1 < reader.sent.end and reader.words[of] == "of":
            owner = reader.mention_at(of + 1 + (reader.words[of + 1] == "the"))
        elif reader.words[m.start - 1] == "our":
            ours = ours_at(reader, m.start - 1)  # PAGE_ORG: the page's body, named further on
            if ours is not None:
                m.attributive = None  # "our Kelby depot": a place of the page's body, kept
                reader.relate(ours, "LOCATED_IN", m, confidence=0.6)
            continue
        else:
            owner = _site_owner(reader, m.start - 1)
        if owner is not None and reader.kind(owner) == "Organisation":
            m.attributive = None  # "the Ayton branch": a place of the body, kept
            m.not_proper_noun = False  # a name, whatever the parser's tag ("runs the Ayton")
            reader.relate(owner, "LOCATED_IN", m, confidence=0.6)


def street_buildings(reader: SentenceReader) -> None:
    """ "the Foyer's Foundry Lane building", "our Mill Lane premises", "the Fenby Street
    shop" (`vocab/place_street_site_nouns.txt`): the body owning the building (named
    before "'s"; "our" or "the": the page's own body; "its": `_pronoun_owner`) is
    LOCATED_IN the street."""
    for m in reader.ms:
        if reader.kind(m) != "Place" or m.start <= reader.sent.start:
            continue
        if street_site_noun(reader.doc, m.start, m.end) is None:
            continue
        owner = _site_owner(reader, m.start - 1)
        if owner is not None and reader.kind(owner) == "Organisation":
            reader.relate(owner, "LOCATED_IN", m, confidence=0.6)


def _site_owner(reader: SentenceReader, k: int) -> Mention | None:
    """The body owning a site whose name opens after token `k`: the one named before
    "'s" at `k`; for "our" or "the", the page's own body; for "its" or "their", the
    body `_pronoun_owner` gives; None otherwise."""
    word = reader.words[k]
    if word in POSSESSIVE:
        return reader.by_end.get(k) or (
            reader.definite_org(k - 2) if k - 2 >= reader.sent.start else None
        )
    if word in {"our", "the"}:
        own = reader.page_org()
        return reader.ctx.mentions[own] if own is not None else None
    if word in {"its", "their"}:
        return _pronoun_owner(reader, k)
    return None


def _pronoun_owner(reader: SentenceReader, k: int) -> Mention | None:
    """The body "its" or "their" at `k` stands for: the sentence's first body named
    before it ("Foo Trust met at its Kelby office"), else the body a sentence last
    began with; None when there is neither."""
    owner = next((o for o in reader.ms if o.end <= k and reader.kind(o) == "Organisation"), None)
    if owner is None and reader.ctx.last_org_subject is not None:
        owner = reader.ctx.mentions[reader.ctx.last_org_subject]
    return owner


def _named_for_sites(reader: SentenceReader, i: int) -> Mention | None:
    """ "council-run libraries in A, B and C" on a page about "Kelby Libraries": the
    body named for the sites (its name ends in the plural noun, written here in
    lower case and in no name) is in each place. Only the first such noun of the
    sentence: "..., as well as community libraries in D and E" adds sites of
    another kind, not the body's."""
    tok = reader.doc[i]
    if not tok.is_lower or tok.tag_ != "NNS" or any(m.start <= i < m.end for m in reader.ms):
        return None
    if reader.words[i] in reader.words[reader.sent.start : i]:
        return None
    return reader.ctx.recent_with_word(reader.words[i], "Organisation")


def _subject_org(reader: SentenceReader, v: int) -> Mention | None:
    """The organisation that is the subject of the verb at token v: "Foo Trust
    operates", "The trust also runs" (the trust last named)."""
    k = v - 1
    while k > reader.sent.start and reader.words[k] in {"also", "now", "already", "still"}:
        k -= 1
    found = reader.by_end.get(k + 1)
    if found is None and k >= reader.sent.start + 1:
        found = reader.definite_org(k - 1)
    if found is None:
        found = _it(reader, reader.doc[v])
    return found if found is not None and reader.kind(found) == "Organisation" else None


def _it(reader: SentenceReader, verb) -> Mention | None:
    """The body "It" opening the sentence stands for (the one the last sentence
    began with), when it is the verb's subject: "It runs ...", "It is a trust which
    runs ..."."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        noun = verb.head
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head  # "an organisation with a staff which ..."
        if subject.lower_ in {"which", "that"} and verb.dep_ == "relcl" and noun.dep_ == "attr":
            verb = noun.head  # "It is an organisation which provides ..."
            continue
        if subject.lower_ != "it" or subject.i != reader.sent.start:
            return None
        last = reader.ctx.last_org_subject
        return reader.ctx.mentions[last] if last is not None else None
    return None


__all__ = ["sites"]
