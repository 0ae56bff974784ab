"""Where a body works, read from the dependency parse: "Foo Trust works across
Kelby", "Foo, a charity serving Kelby and Dale", "Foo will use the grant to
support families in Kelby", "The trust operates a food bank in Dale", "Foo Trust
(Kelby)", "Kelby's Foo Museum", "Foo is based in the heart of Kelby", "Foo
serves the people of Kelby", "Foo works in areas of need across Kelby", "Foo is
situated on the edge of Kelby": the organisation is LOCATED_IN the place
(corpus/GOLD.md: "based in, held at or in, covering a place").

From the place the arc goes up to its preposition ("in", "across", "throughout",
"within", "for") or to a serving verb whose object it is; then through the
people or services served (`vocab/place_served_nouns.txt`, `site_nouns.txt`) to a
verb of work (`vocab/place_work_verbs.txt`); the body is that verb's subject (or
the subject of the verb it completes: "use the grant to work"), or the name a
"charity serving ..." phrase stands beside. The wording differs page to page; the
arcs do not.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.described_towns import town_described_body
from collabgraph.extract.mentions.tokens import POSSESSIVE_S, SUBJECT_DEPS
from collabgraph.extract.rules.arc_tokens import (
    AREA_NOUNS,
    PREPOSITIONS,
    WORK_VERBS,
    former,
    helped_to,
    is_area,
    meets,
    open_to,
    participle_on_served,
    phrasal,
    where_noun,
)
from collabgraph.extract.rules.place_ties import event_by
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.work_bodies import (
    OWNERS,
    SERVED,
    SITES,
    body_at,
    described_body,
    possessor,
    subject_body,
)

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse."""

_PART_NOUNS = vocab.words("place_part_nouns") | AREA_NOUNS
_BODY_NOUNS = lx.ORG_DESCRIPTION_NOUNS
_INDEFINITE = {"a", "an", "another", "one", "each", "every"}
_LIVING = vocab.words("place_living_words")
_SERVED_BY = {"with", "to", "for", "over", "around"}
_PROGRAMME_NOUNS = vocab.words("place_programme_subjects")
_MOVING_VERBS = vocab.words("place_moving_verbs")


def bodies_at_work(reader: SentenceReader) -> None:
    """Each organisation the parse shows working in, serving or covering a place
    of the sentence is LOCATED_IN it (confidence 0.6); a place listed with it
    ("across Kelby and Dale") too, given by `conjuncts.spread`."""
    owners: dict[int, Mention] = {}  # a venue's first token -> the body placed there
    for m in reader.ms:
        if reader.kind(m) != "Place":
            continue
        owner = _worker(reader, _root(reader, m)) or _set_off(reader, m)
        if owner is None:
            owner = _town_of_venue(reader, m, owners)
        if owner is not None and _listed_venue(reader, owner, m):
            continue
        if owner is not None:
            if m.attributive and _root(reader, m).dep_ == "compound":
                m.attributive = None  # "the Kelby charity": a place of the charity, kept
            owners.update(dict.fromkeys(range(m.start, m.end), owner))
            reader.relate(owner, "LOCATED_IN", m, confidence=0.6)


def _town_of_venue(
    reader: SentenceReader, m: Mention, owners: dict[int, Mention]
) -> Mention | None:
    """ "Its team is based at Y House in Kelby": a place hung by "in" from a venue
    this rule placed a body in is that body's place too."""
    tok = _root(reader, m)
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    return owners.get(tok.head.head.i)


def _listed_venue(reader: SentenceReader, owner: Mention, m: Mention) -> bool:
    """ "speaking were Foo Advice, Welfare Advice, Kelby Resource Centre, Dale
    Centre": a venue-named place (`vocab/head_venue.txt`) further on in a bare comma
    list of names that the body opens or is in is another item of the list, not the
    body's place; only a list of three names or more, "Foo Trust, Kelby Hall," alone
    still reads as the body and its place."""
    if m.text.split()[-1].lower() not in lx.VENUE_HEADS or owner.end >= m.start:
        return False
    items, i = 1, owner.end
    while i < m.start:  # nothing but commas and names between the body and the place
        if reader.words[i] != "," or (nxt := reader.by_start.get(i + 1)) is None:
            return False
        items, i = items + 1, nxt.end
    before = owner.start - 1  # an item before the body: "A, body, place"
    if before > reader.sent.start and reader.words[before] == "," and before in reader.by_end:
        items += 1
    after = m.end  # an item after the place: "body, place, C"
    if after + 1 < reader.sent.end and reader.words[after] in {",", "and"}:
        items += (after + 1) in reader.by_start
    return items >= 3


_SET_OFF_ENDS = lx.CLAUSE_ENDS | {","}
"""What may close a place set off after a body: "Foo Trust, Kelby - £500"."""


def _set_off(reader: SentenceReader, m: Mention) -> Mention | None:
    """ "Foo Trust, Kelby, received ...": a place set off by commas right after a
    body's name (the parser may read it as a list); "Foo, the Kelby music charity":
    a place opening the description set after it, or before it ("the Kelby law
    firm Foo": `described_towns`)."""
    k, end = m.start - 1, m.end
    described = town_described_body(
        reader.doc, reader.sent, m.start, m.end, reader.by_end, reader.by_start.get
    )
    if described is not None and reader.kind(described) == "Organisation":
        return described  # "Foo, the Kelby music charity", "the Kelby law firm Foo"
    if k <= reader.sent.start or reader.words[k] != ",":
        return None
    body = reader.by_end.get(k)
    if body is None and k - 1 > reader.sent.start and reader.words[k - 1] in POSSESSIVE_S:
        body = reader.by_end.get(k - 1)  # "vicar of St Wenlo's, Kelby": the name is "St Wenlo"
    if body is None or reader.kind(body) != "Organisation":
        return None
    ends = end >= reader.sent.end or reader.words[end] in _SET_OFF_ENDS
    if not ends and not _one_subject(reader, body, m):
        return None
    before = reader.doc[body.start - 1] if body.start > reader.sent.start else None
    if before is not None and (before.pos_ == "ADJ" or before.lower_ in _INDEFINITE):
        return None  # "another large ICS, Kelby and Dale,": the place names the body
    return body


def _one_subject(reader: SentenceReader, body: Mention, place: Mention) -> bool:
    """ "1st Foo Scout Group, Kelby were awarded": both read as the verb's subjects, no "and"."""
    a, b = (reader.doc[x.start : x.end].root for x in (body, place))
    same = a.head.i == b.head.i and {a.dep_, b.dep_} <= SUBJECT_DEPS
    return same and reader.doc[place.end].pos_ in {"AUX", "VERB"}


def _root(reader: SentenceReader, m: Mention):
    """The token of a mention its arc leaves from ("Kelby" of "the Kelby area": "area";
    of "in the heart of Kelby": "heart"; of "in Ashby, a rural area of Kelby": "Ashby",
    `vocab/place_part_nouns.txt`)."""
    span = reader.doc[m.start : m.end]
    # "Kingston upon Hull": the parser may hang "upon Hull" from the verb, which
    # spaCy's span root then is; the name hangs where its first word outside it does
    tok = next((t for t in span if not m.start <= t.head.i < m.end), span.root)
    if tok.dep_ == "compound" and is_area(tok.head):
        tok = tok.head
    for _ in range(3):  # "in the heart of Kelby", "covering the towns of Ayton and Dale"
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or not _part_noun(tok.head.head):
            break
        tok = tok.head.head  # "heart"
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            tok = tok.head  # "Ashby, a rural area of ...": where Ashby's arc goes
    return tok


def _part_noun(tok) -> bool:
    """A noun for a part of a place or for areas, plurals too ("heart", "towns")."""
    return tok.lower_ in _PART_NOUNS or is_area(tok)


def _worker(reader: SentenceReader, tok) -> Mention | None:
    """The organisation at work in the place whose arc leaves from `tok`."""
    head = tok.head
    if tok.dep_ == "poss" and head.lower_ in _BODY_NOUNS and head.pos_ == "NOUN":
        return described_body(reader, head)  # "Foo is Kelby's oldest charity"
    if tok.dep_ in {"appos", "poss"} or (tok.dep_ == "pobj" and head.lower_ == "from"):
        # "Foo Trust, Kelby, ...", "Foo Trust (Kelby)", "Kelby's Foo Museum", "Foo, from Kelby"
        named = body_at(reader, head.head.i if tok.dep_ == "pobj" else head.i)
        owners = OWNERS | ({"Event"} if tok.dep_ == "poss" else set())  # "Kelby's Foo Week"
        return named if named is not None and reader.kind(named) in owners else None
    if tok.dep_ == "pobj" and head.lower_ in PREPOSITIONS:
        x = _first_conjunct(head).head  # "at A, at B and at C": each "at" hangs as the first
    elif tok.dep_ == "pobj" and head.lower_ == "on" and tok.lower_ in _PART_NOUNS:
        x = head.head  # "Foo is situated on the edge of Kelby", "on the outskirts of"
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SERVED:
        x = head.head  # "the people of Kelby", "the population of Dale": as "people in"
    elif tok.dep_ == "dobj" and head.lower_ in WORK_VERBS:
        x = head
    elif tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in _MOVING_VERBS:
        x = head.head  # "Foo Repair Café will move to Y Hall"
    elif tok.dep_ == "pobj" and head.lower_ == "on" and where_noun(head.head):
        x = head.head  # "meets in a bus depot on Quarry Road": where the depot is
    elif tok.dep_ == "compound" and head.lower_ in SITES:
        return possessor(reader, head)  # "Foo Trust's new Kelby office"
    elif tok.dep_ == "compound" and head.lower_ in _BODY_NOUNS:
        x = head  # "the Kelby charity", "Kelby charity Foo Trust"
    else:
        return None
    for _ in range(6):
        named = body_at(reader, x.i)
        if named is not None and x.i == head.head.i and event_by(reader, named) is not None:
            return None  # "the Foo Summit was hosted by Foo Council at Y Hall": the summit's
        if named is not None:
            return named if reader.kind(named) in OWNERS else None
        if x.lower_ in _BODY_NOUNS and x.pos_ == "NOUN":
            return described_body(reader, x)
        if x.lower_ in _PROGRAMME_NOUNS and x.dep_ in {"appos", "attr"}:
            # "Phone Friends, a befriending scheme for older people in Kelby", "Foo
            # is a project for carers in Kelby"
            named = body_at(reader, x.head.i) if x.dep_ == "appos" else _subject(reader, x.head)
            return named if named is not None and reader.kind(named) in OWNERS else None
        owner = possessor(reader, x) if x.lower_ in SERVED else None
        if owner is not None:
            return owner  # "Foo Trust's work in Kelby"
        if x.pos_ in {"NOUN", "PROPN", "PRON"} and x.lower_ in SERVED and x.dep_ != "nsubj":
            x = x.head  # "families" -> "with" / "support" / "serves"
        elif x.lower_ in SERVED and helped_to(x):
            x = x.head.head  # "helps renters in Kelby fix their homes": "helps"
        elif x.lower_ in _LIVING and x.dep_ in {"acl", "relcl"} and x.head.lower_ in SERVED:
            x = x.head  # "people living in Kelby"
        elif is_area(x) and x.dep_ == "pobj" and x.head.lower_ in PREPOSITIONS:
            x = x.head.head  # "works in areas of need across Kelby": where the areas are
        elif x.pos_ == "ADP" and x.lower_ in _SERVED_BY:
            x = x.head  # "works with families", "supports over 500 carers" (read as "over")
            if x.dep_ == "dobj" and x.head.lower_ in WORK_VERBS:
                x = x.head  # "lends bikes to job seekers in Kelby": "lends"
        elif x.ent_type_ in {"DATE", "TIME"} and x.dep_ == "pobj" and x.pos_ == "NOUN":
            x = x.head.head  # "is open on Monday mornings in Y Hall": the time's verb
        elif open_to(x):
            # "The service is open to people in Kelby", "The café is open every
            # Saturday in Y Hall": the subject of "is open"
            return subject_body(reader, x.head if x.pos_ == "ADJ" else x)
        elif x.lower_ in WORK_VERBS or phrasal(x) in WORK_VERBS or meets(x):
            return None if former(x) else subject_body(reader, x)
        elif x.lower_ in _MOVING_VERBS and x.pos_ == "VERB":
            return subject_body(reader, x)  # "Foo Shed moved to new premises in Kelby"
        elif participle_on_served(x):
            x = x.head  # "those facing grief across Kelby", "children affected by ... in Dale"
        elif where_noun(x):
            x = x.head.head  # "meets in a bus depot (on Quarry Road)": the depot's verb
        else:
            return None
    return None


def _first_conjunct(tok):
    """The first of coordinated words ("at" of "at A and at B"), which the parse hangs
    from what they are said of; `tok` itself when it is no later conjunct."""
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _subject(reader: SentenceReader, verb) -> Mention | None:
    """The name that is the verb's subject ("Foo is a project ...")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return body_at(reader, subjects[0].i) if subjects else None


__all__ = ["LABELS", "bodies_at_work"]
