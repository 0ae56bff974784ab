"""Places: "a hub in Northtown", "an organisation based in X", "held across A and
B", "The meeting took place in Y House in Z", "the Northtown-based charity", "the
trust's hospitals – A, B and C": the event, project or organisation is LOCATED_IN
the place (`place_preposition`, `based_in` and `venue` cues; sites: `place_sites`)."""

from __future__ import annotations

from collections import Counter

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.event_venues import event_venue
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.rules.based_bodies import described_body_at, homes
from collabgraph.extract.rules.place_sites import sites
from collabgraph.extract.rules.place_ties import (
    about_the_event,
    another_occasion,
    hangs_from,
    tied,
)
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader
from collabgraph.extract.rules.work_bodies import SITES

LABELS = frozenset({"place_preposition", "based_in", "venue", "home_to"})
"""The cue labels (pattern files) this family's rules read."""

_CHAIN = {"in", ",", "/", "and", "at", "near", "&"}  # "in Y House in Z", "Northgate/Southgate"
_ANY_ORG_HEADS = lx.ORG_HEADS | lx.EXTRA_ORG_HEADS


def places(reader: SentenceReader) -> None:
    """Each place after a `place_preposition` cue ("in", "across") locates the
    event or project before it, or the organisation just before it; after a
    `based_in` cue ("based in"), the organisation. A place named right after
    another ("in Y House in Z", "A/B") has the same owner."""
    owners: dict[int, int] = {}  # place mention id -> owner mention id
    venue_places = _venues(reader)
    previous: Mention | None = None
    for m in reader.ms:
        if not _placed(reader, m):
            continue
        owner = venue_places.get(m.id)  # a mention id, which may be 0
        if owner is None:
            owner = _owner_by_preposition(reader, m)
        if owner is None and previous is not None and previous.id in owners:
            between = reader.words[previous.end : m.start]
            if between and all(w in _CHAIN or w == "the" for w in between):
                owner = owners[previous.id]
        if owner is not None:
            owners[m.id] = owner
            reader.relate(owner, "LOCATED_IN", m, confidence=0.65)
        if previous is not None and _within(reader, previous, m):
            reader.ctx.places_within.setdefault(previous.id, []).append(m.id)
        previous = m
    _based(reader)
    homes(reader)
    sites(reader)


def _placed(reader: SentenceReader, m: Mention) -> bool:
    """A place, or where an event was, which the page may yet make a venue whatever
    its head word ("our Annual KYA at Dale Academy": `mentions.event_venues`; the
    relation stands only if it ends up a place, as the seed checks the ends)."""
    kind = reader.kind(m)
    if kind == "Place":
        return True
    return kind in {None, "Organisation"} and event_venue(reader.doc, m, reader.sent, reader.ms)


def _within(reader: SentenceReader, place: Mention, town: Mention) -> bool:
    """ "Y Hall in Kelby", "Y Hotel, Kelby, ...": the second place is said to be where
    the first is; not a list of places ("Y Hall, Kelby Hall and Z Hall")."""
    between = reader.words[place.end : town.start]
    if between not in (["in"], [","]):
        return False
    after = reader.words[town.end] if town.end < reader.sent.end else "."
    if after in _LIST_JOINS:
        return False
    listed = after == "," and reader.mention_at(town.end + 1) is not None
    return not (between == [","] and listed)


_LIST_JOINS = {"and", "&", "or", "/"}


def _owner_by_preposition(reader: SentenceReader, m: Mention) -> int | None:
    k = m.start - 1
    while k > reader.sent.start and reader.words[k] in {"the", "of"}:
        k -= 1
    cue = reader.cue_ending_at("place_preposition", k + 1) if k >= reader.sent.start else None
    if cue is None or (cue.start > reader.sent.start and reader.words[cue.start - 1] == "from"):
        return None  # "tenants from across Kelby attended": where people came from
    based = k > reader.sent.start and reader.cue_ending_at("based_in", k) is not None
    owner = reader.before(k + 1, kinds={"Event", "Project"})
    if owner is not None and not tied(reader, owner, cue.start):
        owner = None  # an event named earlier in the sentence is not where "in" hangs
    if owner is None or based:
        org = reader.before(k + 1, kinds={"Organisation"}, limit=3)
        near = org is not None and org.end >= k - 1 and hangs_from(reader, org, cue.start)
        owner = org if (org is not None and (based or near)) else owner
    if owner is None and k == m.start - 1:
        # "Foo CDT in Lambeth received ...": a name not yet typed just before "in"; the
        # relation stands only if it ends up an organisation (the seed checks the ends)
        named = reader.by_end.get(k)
        owner = named if named is not None and reader.kind(named) is None else None
    if owner is None and about_the_event(reader, cue.start):
        return reader.ctx.focus_of(reader.section, "Event")  # "the summit, at X,"
    return owner.id if owner is not None else None


def _venues(reader: SentenceReader) -> dict[int, int]:
    """ "The meeting took place in Y House", "welcomed the audience to Y Hall",
    "X was held at Y" (`venue` cues): the places after the cue are where the
    event named before it, or the event in focus, happened."""
    out: dict[int, int] = {}
    for cue in reader.cues("venue"):
        event = reader.before(cue.start, kinds={"Event"})
        if event is not None and _names_many(reader, event):
            continue  # "the two Foo conferences held in Kelby and Dale": not one event's place
        event_id = event.id if event is not None else None
        if event is not None and _names_a_noun(reader, event):
            # "another Foo conference was held in Kelby": the noun's event, the page's
            event_id = reader.ctx.page_event
            if event_id is None:
                continue
        if event_id is None and cue.start == reader.sent.start:
            # "Held in Kelby, the conference drew ...": about what the sentence goes on with
            event = next((m for m in reader.ms if m.start > cue.end and reader.kind(m) == "Event"),
                         None)  # fmt: skip
            event_id = event.id if event is not None else None
        if event_id is None:
            said = range(reader.sent.start, cue.start)
            if cue.start == reader.sent.start:
                said = range(cue.end, reader.sent.end)
            focus = any(_the_event(reader, j) for j in said)
            speech = cue.cue.params.get("speech", False)
            if focus or speech:
                event_id = reader.ctx.focus_of(reader.section, "Event")
        place = reader.mention_at(cue.end)
        if event_id is not None and (place is None or reader.kind(place) != "Place"):
            for town in _towns_of_venue(reader, cue.end - 1):
                out.setdefault(town.id, event_id)
        if event_id is None or place is None:
            continue
        if reader.kind(place) is None:
            place.votes["Place"] += 3  # "welcomed the audience to The Granary": a venue
            reader.ctx.votes_for(place)["Place"] += 3
        if reader.kind(place) == "Place":
            out[place.id] = event_id
    return out


def _the_event(reader: SentenceReader, j: int) -> bool:
    """Whether the word at `j` refers to the event in focus: "it", "this", a focus
    noun ("the meeting"), not one of another occasion ("the next meeting is at X")."""
    w = reader.words[j]
    if w in {"it", "this"}:
        return True
    return FOCUS_NOUNS.get(w) == "Event" and not another_occasion(reader.doc[j])


def _towns_of_venue(reader: SentenceReader, prep: int) -> list[Mention]:
    """ "held at the Grand hotel in Kelby", "took place at the Dale College, Kelby":
    the places the venue after the preposition at token `prep` is said to be in,
    when the venue itself is no place the page names (a lower-case "hotel", a
    building read as a body). From the parse: the preposition's object, then
    what is set beside it or hangs from it by "in" (corpus/GOLD.md: an event is
    placed where it was "held at or in")."""
    objects = [c for c in reader.doc[prep].children if c.dep_ == "pobj"]
    out = []
    for venue in objects:
        for c in venue.children:
            towns = [c] if c.dep_ == "appos" else []
            if c.dep_ == "prep" and c.lower_ == "in":
                towns = [g for g in c.children if g.dep_ == "pobj"]
            for tok in towns:
                m = reader.covering.get(tok.i)
                if m is not None and reader.kind(m) == "Place" and m not in out:
                    out.append(m)
    return out


def _names_a_noun(reader: SentenceReader, m: Mention) -> bool:
    """ "another Foo conference", "the Foo meeting": the name only says whose or
    which the lower-case noun after it is, a noun for an event
    (`vocab/focus_nouns.txt`); the name is not the event, which on a page about
    one event is the page's own."""
    if m.end >= reader.sent.end:
        return False
    last, after = reader.doc[m.end - 1], reader.doc[m.end]
    return after.is_lower and last.head.i == after.i and FOCUS_NOUNS.get(after.lower_) == "Event"


def _names_many(reader: SentenceReader, m: Mention) -> bool:
    """ "the 2 Foo conferences", "Foo's summits": the name only says whose or which
    the plural noun after it is, the occasions that noun names being several."""
    if m.end >= reader.sent.end:
        return False
    last, after = reader.doc[m.end - 1], reader.doc[m.end]
    return after.tag_ == "NNS" and after.is_lower and last.head.i == after.i


def _based(reader: SentenceReader) -> None:
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
    if any(m.start < k for m in reader.ms) or words[start] in {"the", "a", "an"}:
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
    if k >= reader.sent.start and reader.words[k] in {"the", "a", "an"}:
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
            if w in _ANY_ORG_HEADS:
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
