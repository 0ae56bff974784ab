"""Places: "a hub in Northtown", "an organisation based in X", "held across A and
B", "The meeting took place in Y House in Z", "the Northtown-based charity", "the
trust's hospitals – A, B and C": the event, project or organisation is LOCATED_IN
the place (`place_preposition`, `based_in` and `venue` cues; sites: `place_sites`)."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.event_venues import event_venue
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.rules.based_bodies import homes
from collabgraph.extract.rules.based_places import based
from collabgraph.extract.rules.place_sites import sites
from collabgraph.extract.rules.place_ties import (
    about_the_event,
    another_occasion,
    hangs_from,
    tied,
)
from collabgraph.extract.rules.reader import FOCUS_EVENT_NOUNS, SentenceReader

LABELS = frozenset({"place_preposition", "based_in", "venue", "home_to"})
"""The cue labels (pattern files) this family's rules read."""

_SESSIONS = vocab.words("place_session_nouns")
_CHAIN = {"in", ",", "/", "and", "at", "near", "&", "'s", "’s"}
"""Words between two places of one owner: "in Y House in Z", "Northgate/Southgate",
"across Kelby's Wool Hall and the Old Granary"."""


def places(reader: SentenceReader) -> None:
    """Each place after a `place_preposition` cue ("in", "across") locates the
    event or project before it, or the organisation just before it; after a
    `based_in` cue ("based in"), the organisation. A place named right after
    another ("in Y House in Z", "A/B") has the same owner."""
    owners: dict[int, int] = {}  # place mention id -> owner mention id
    venue_places = _venues(reader)
    previous: Mention | None = None
    for m in reader.ms:
        if not (_placed(reader, m) or _venue_chained(reader, m, previous, owners)):
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
    based(reader)
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


def _venue_chained(
    reader: SentenceReader, m: Mention, previous: Mention | None, owners: dict[int, int]
) -> bool:
    """ "across Kelby's Wool Hall, the Old Granary and ...": a name not yet typed
    a place (nor an event or project), its last word a venue's (`vocab/head_venue.txt`),
    chained right after a place that has an owner; the relation stands only if it
    ends up a place (the seed checks the ends)."""
    if previous is None or previous.id not in owners:
        return False
    if reader.kind(m) not in {None, "Organisation", "Person"}:
        return False
    between = reader.words[previous.end : m.start]
    if not between or not all(w in _CHAIN or w == "the" for w in between):
        return False
    return head_kind(reader.words[m.end - 1].lower())[0] == "Place"


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
            elif any(reader.words[j] in _SESSIONS for j in [*said, cue.start]):
                # "Sessions take place at Y Library": the sittings of the course in focus;
                # "Stay and Play sessions at Y": the named sittings', not the focus's
                named = reader.by_end.get(cue.start)
                if named is None:
                    event_id = _one_project(reader)
                elif reader.kind(named) in {"Project", "Event"}:
                    event_id = named.id
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


def _one_project(reader: SentenceReader) -> int | None:
    """The project in focus, or else the one project the section has named so far
    (the course whose "Sessions take place at Y Library"); None when it has named
    several or none."""
    focus = reader.ctx.focus_of(reader.section, "Project")
    if focus is not None:
        return focus
    named = {
        m.text: m.id
        for m in reader.ctx.mentions
        if m.section == reader.section and reader.ctx.type_of(m) == "Project"
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _the_event(reader: SentenceReader, j: int) -> bool:
    """Whether the word at `j` refers to the event in focus: "it", "this", a focus
    noun ("the meeting"), not one of another occasion ("the next meeting is at X")."""
    w = reader.words[j]
    if w in {"it", "this"}:
        return True
    return w in FOCUS_EVENT_NOUNS and not another_occasion(reader.doc[j])


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
    return after.is_lower and last.head.i == after.i and after.lower_ in FOCUS_EVENT_NOUNS


def _names_many(reader: SentenceReader, m: Mention) -> bool:
    """ "the 2 Foo conferences", "Foo's summits": the name only says whose or which
    the plural noun after it is, the occasions that noun names being several."""
    if m.end >= reader.sent.end:
        return False
    last, after = reader.doc[m.end - 1], reader.doc[m.end]
    return after.tag_ == "NNS" and after.is_lower and last.head.i == after.i
