"""Places, continued: a place written before "based" or "-based", or before a
body's name ("the Northtown-based charity", "Foo, a Northtown based initiative",
"Cardiff-based Foo Homes", "Northtown social enterprise Foo"): the organisation the
phrase describes is LOCATED_IN the place (`based` reads a sentence; called by the
`places` rule, `based_in` cues; no rules here)."""

from __future__ import annotations

from collections import Counter

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.rules.based_bodies import described_body_at
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.work_bodies import SITES


def based(reader: SentenceReader) -> None:
    """ "the Northtown-based charity", "Foo, a Northtown based initiative",
    "Northtown-based Foo Trust", "the Northtown-based charity Foo Trust",
    "Northtown social enterprise Foo": the organisation is in the place."""
    words = reader.words
    opening = _opening_place_based(reader)
    for m in ([opening] if opening is not None else []) + reader.ms:
        place, nxt = m, m.end
        if m.text.endswith("-based"):
            place = _place_of_based(reader, m)
        elif nxt < reader.sent.end and words[nxt] in lx.PLACE_BASED:
            nxt += 1
        elif nxt + 1 < reader.sent.end and words[nxt] in lx.DASHES and words[nxt + 1] == "based":
            nxt += 2
        elif reader.kind(m) == "Place" and (body := described_body_at(reader, nxt)) is not None:
            if reader.kind(body) in {"Organisation", "Place"}:  # "Kelby social enterprise Foo"
                m.attributive = None  # a place of the body, kept
                reader.relate(body, "LOCATED_IN", m, confidence=0.6)
            continue
        else:
            continue
        if place is m and not _vote_place(reader, m):
            continue
        if place is None:
            continue
        org = reader.mention_at(nxt) or _named_after_noun(reader, nxt)
        if org is None or reader.kind(org) != "Organisation":
            org = _described_org(reader, m.start, nxt)
        if org is not None:
            reader.relate(org, "LOCATED_IN", place, confidence=0.65)


def _named_after_noun(reader: SentenceReader, nxt: int) -> Mention | None:
    """ "the Northtown-based charity Foo Trust", "Northtown-based housing association
    Foo Homes": the name right after a few lower-case words from token `nxt`."""
    k = nxt
    while k < reader.sent.end and k - nxt < 3 and reader.doc[k].is_lower and reader.doc[k].is_alpha:
        k += 1
    return reader.by_start.get(k) if k > nxt else None


_DASH_OR_BASED = lx.DASHES | {"based"}


def _opening_place_based(reader: SentenceReader) -> Mention | None:
    """ "Cardiff-based Foo Homes receives ...": a gazetteer place opening the
    sentence before "-based", which the name finder leaves (a capital at a
    sentence's start); added as a place mention."""
    start, words = reader.sent.start, reader.words
    k = start + 1
    while k < reader.sent.end - 1 and k - start < 4 and words[k] not in _DASH_OR_BASED:
        k += 1
    pair = words[k : k + 2]
    if len(pair) < 2 or pair[0] not in lx.DASHES or pair[1] != "based":
        return None
    if not reader.ms or start in reader.by_start:
        return None
    if any(m.start < k for m in reader.ms) or words[start] in lx.ARTICLES:
        return None  # the name finder read it ("The Dalby-based ...")
    span = reader.doc[start:k]
    if not all(t.text[:1].isupper() for t in span) or not is_uk_place(span.text):
        return None
    place = Mention(
        id=-1, text=span.text, title=None, block=reader.ms[0].block, section=reader.section,
        sent=reader.ms[0].sent, start=start, end=k,
        votes=Counter({"Place": 4}), surface=span.text,
    )  # fmt: skip
    place.sentence = reader.evidence
    return reader.ctx.add(place)


def _place_of_based(reader: SentenceReader, m: Mention) -> Mention | None:
    """ "North Kelby-based" read as one name: the place is the name before "-based"."""
    name = m.text[: -len("-based")].strip()
    if not name:
        return None
    place = Mention(
        id=-1, text=name, title=None, block=m.block, section=m.section, sent=m.sent,
        start=m.start, end=m.end, votes=Counter({"Place": 4}), surface=name,
    )  # fmt: skip
    place.sentence = m.sentence
    return reader.ctx.add(place)


def _described_org(reader: SentenceReader, start: int, nxt: int) -> Mention | None:
    """The organisation a "the/a X-based ..." phrase at token `start` describes (its
    noun from token `nxt`): the one named just before it ("Foo, the X-based
    charity"), else the organisation named last ("The X-based association has
    ...", "he has led the X-based housing association")."""
    k = start - 1
    if k >= reader.sent.start and reader.words[k] in lx.ARTICLES:
        k -= 1
    if k >= reader.sent.start and reader.words[k] == ",":
        found = reader.by_end.get(k)
        if found is not None and reader.kind(found) in {"Organisation", "Project"}:
            return found
    if start - 1 == reader.sent.start and reader.words[start - 1] == "the":
        last = reader.ctx.last_org_subject  # "The X-based association has ..."
        if last is not None and reader.ctx.type_of(reader.ctx.mentions[last]) == "Organisation":
            return reader.ctx.mentions[last]
    if start - 1 >= reader.sent.start and reader.words[start - 1] == "the":
        # "has led the X-based housing association": the association last named
        nouns = reader.words[nxt : min(nxt + 3, reader.sent.end)]
        for w in reversed(nouns):  # "housing association": the last noun names it
            if w in lx.ANY_ORG_HEADS:
                named = reader.ctx.recent_with_word(w, "Organisation")
                return named if named is not None else _body_just_named(reader, start)
            if w in SITES:  # "a visit to the X-based facility": the body's own site
                return _body_just_named(reader, start)
    return None


def _body_just_named(reader: SentenceReader, start: int) -> Mention | None:
    """ "Kelby Homes chief to retire. The chief executive of the Dalby-based housing
    association ...": a definite "the X-based <body noun>" whose noun is not in any
    name the page gave refers back to the organisation named last, in this sentence
    before it or in the sentence before (a headline's body, a possessive's: "Ada Brook,
    Foo Hospice's chief officer, ... The X-based hospice ..."); none further back."""
    here = reader.ms[0].sent if reader.ms else -1
    for m in reversed(reader.ctx.mentions):
        if m.sent > here:
            continue
        if m.sent < here - 1:
            return None
        if m.sent == here and (m.block != reader.ms[0].block or m.start >= start):
            continue
        if reader.ctx.type_of(m) == "Organisation":
            return m
    return None


def _vote_place(reader: SentenceReader, m: Mention) -> bool:
    """ "a Northtown based charity": a name before "based" is a place, unless
    something says strongly it is not."""
    if reader.kind(m) == "Place":
        return True
    votes = reader.ctx.votes_for(m)
    if sum(votes.values()) > 2 or reader.kind(m) == "Person":
        return False
    m.votes["Place"] += 3
    votes["Place"] += 3
    return True
