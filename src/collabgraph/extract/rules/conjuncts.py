"""A tie read for one name of a coordination spread to every name listed with it.

"A, B and C are members of the Foo Network", "funded by A and B", "A and B
spoke at X", "bodies in Kelby": a rule that ties one name of a list to
something gives every other name of that list, of the same type, the same tie
with the same role, once the sentence's rules have run (`spread`). A list is
the names the parser joins by coordination (their conjuncts) and the names
written with nothing but commas and "and" between them (`Mention.listed_with`).

Not spread: a tie of a type that does not hold for each of a list alike
(vocab/conjunct_relations.txt lists those that do: not a post, which each holds
for himself); to a name the sentence sets apart ("A but not B": vocab/
conjunct_breaks.txt); to a pair already tied; from a tie whose other end
is in the same list ("A and B": no pairs made here) or hangs from a name of
the list ("A and Foo Care in Kelby": Foo Care's place; "A, a trustee of Foo
Trust, and B": A's seat; "A, chair of Foo, and B, director of Bar"). Commas and
"and" list no names the parser lists otherwise ("A, a trustee of Foo Trust, and
the Bar Forum" is A and the Bar Forum). Rules that read
a list themselves (`SentenceReader.list_after`) still do; this reads the lists
the parser shows, so a rule need not walk conjuncts itself.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.street_joins import street_after_on
from collabgraph.extract.relation_candidates import Candidate

SPREAD_RELATIONS = vocab.words("conjunct_relations")
"""Relation types a list's names each hold alike ("A and B are members of X")."""
_BREAKS = vocab.words("conjunct_breaks")


def coordinated(reader, m: Mention, *, any_kind: bool = False) -> list[Mention]:
    """The other names of m's type (of any type with `any_kind`) listed with m in
    its sentence, in order: those the parser joins to m by coordination, and those
    written with only commas and "and" between, the list closed by "and" ("A, B
    and C", not "reported by A, B will"); not one set apart ("A but not B"), nor
    one owning the noun listed ("A and Kelby Council's cabinet")."""
    conjuncts = [t for h in _heads(reader, m) for t in h.conjuncts]
    found = [reader.covering.get(t.i) for t in conjuncts]
    found += [reader.covering.get(t.i) for c in conjuncts for t in _places_of(reader, c)]
    found += _villages_after(reader, m)
    group = sorted([m, *(o for o in m.listed_with if o.id in reader.by_id)], key=lambda o: o.start)
    if (
        len(group) > 1
        and any(w in {"and", "&"} for w in reader.words[group[-2].end : group[-1].start])
        and not _joined_elsewhere(reader, group)
    ):
        found += group
    out: list[Mention] = []
    for o in sorted((o for o in found if o is not None), key=lambda o: o.start):
        if o is m or o in out or _set_apart(reader, m, o) or _describes(reader, o):
            continue
        if any_kind or reader.kind(o) == reader.kind(m):
            out.append(o)
    return out


_PLACE_NOUNS = vocab.words("list_nouns_places")


def _places_of(reader, noun) -> list:
    """The places a listed noun of places is "of": "Fenby and the villages of the
    Dale Valley", "... and the neighbouring villages of Ayton and Beeford"
    (`vocab/list_nouns_places.txt`): the places, listed with Fenby; none for a name
    or another noun."""
    if noun.i in reader.covering or noun.lower_ not in _PLACE_NOUNS:
        return []
    heads = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return [t for g in heads for t in (g, *g.conjuncts)]


def _villages_after(reader, m: Mention) -> list[Mention]:
    """The places right after a name and "and the (surrounding) villages of (the)":
    "in Fenby and the surrounding villages of the Dale Valley", which the parser may
    hang from another noun than Fenby."""
    words, k = reader.words, m.end
    if k + 3 >= reader.sent.end or words[k] != "and" or words[k + 1].lower() != "the":
        return []
    k += 2
    if words[k] not in _PLACE_NOUNS and words[k + 1] in _PLACE_NOUNS and words[k].islower():
        k += 1  # "the surrounding villages", "the neighbouring towns"
    if words[k] not in _PLACE_NOUNS or k + 2 >= reader.sent.end or words[k + 1] != "of":
        return []
    k += 3 if words[k + 2].lower() == "the" else 2
    first = reader.by_start.get(k)
    if first is None:
        return []
    return [first, *(o for o in first.listed_with if o.id in reader.by_id)]


def _joined_elsewhere(reader, group: list[Mention]) -> bool:
    """Whether the parser lists a name of a run of commas and "and" with a name
    outside it: "Jane Doe, a trustee of Foo Trust, and the Bar Forum" is Jane Doe
    and the Bar Forum, the comma closing what is said of her, not Foo Trust and
    the Bar Forum."""
    inside = {i for o in group for i in range(o.start, o.end)}
    for o in group:
        for t in _heads(reader, o):
            if t.dep_ == "conj" and t.head.i not in inside and t.head.i in reader.covering:
                return True
    return False


def _describes(reader, o: Mention) -> bool:
    """Whether a name only describes or owns the noun after it ("A and Kelby
    Council's cabinet", "the Foo Trust board"): that noun is what is listed."""
    return bool(o.attributive) or reader.names_something_else(o)


def _heads(reader, m: Mention) -> list:
    """The tokens of m the parse hangs from outside it."""
    return [t for t in reader.doc[m.start : m.end] if not m.start <= t.head.i < m.end]


def _own_modifier(reader, listed: list[Mention], other: Mention) -> bool:
    """Whether `other` hangs from a name of the list rather than from what the list
    is said of: "A and Foo Care in Kelby", "Kelby-based charity Foo" say where
    that one is."""
    inside = {i for o in listed for i in range(o.start, o.end)}
    for t in _heads(reader, other):
        while t.head.i != t.i:
            t = t.head
            if t.i in inside:
                return True
    return False


def _set_apart(reader, a: Mention, b: Mention) -> bool:
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return any(w in _BREAKS for w in reader.words[lo:hi])


def spread(reader, since: int) -> None:
    """Give each name listed with an end of a tie read from this sentence (the
    candidates from index `since` on) the same tie, as the module says."""
    ctx = reader.ctx
    read = ctx.candidates[since:]
    # a post or a seat read as one, ("WORKS_FOR",) or ("MEMBER_OF", "WORKS_FOR"), is
    # each one's own; a seat a cue reads as MEMBER_OF alone is spread ("A and B,
    # trustees of X"), but not from "A, a trustee of X, and B": X hangs from A
    # (`_own_modifier`)
    spreadable = [c for c in read if SPREAD_RELATIONS.issuperset(c.relations)]
    if not spreadable:
        return  # most sentences: the page's ties are not gathered for nothing
    tied = {frozenset((c.source, c.target)) for c in ctx.candidates}
    for c in spreadable:
        for end in ("source", "target"):
            m = reader.by_id.get(getattr(c, end))
            if m is None:
                continue
            other = c.target if end == "source" else c.source
            listed = coordinated(reader, m, any_kind=True)
            if other in {o.id for o in listed}:
                continue  # "A and B": A is no member of B
            there = reader.by_id.get(other)
            if there is not None and _own_modifier(reader, [m, *listed], there):
                continue
            kind = reader.kind(m)
            for o in [o for o in listed if reader.kind(o) == kind]:  # those of m's type
                if frozenset((o.id, other)) in tied or _own_tie(reader, read, c, end, o):
                    continue
                source, target = (o.id, other) if end == "source" else (other, o.id)
                reader.relate(source, c.relations, target, role=c.role, confidence=c.confidence)
                tied.add(frozenset((o.id, other)))
        street = _street_on(reader, reader.by_id.get(c.target))
        if "LOCATED_IN" in c.relations and street and frozenset((c.source, street.id)) not in tied:
            reader.relate(c.source, c.relations, street.id, role=c.role, confidence=c.confidence)
            tied.add(frozenset((c.source, street.id)))


def _street_on(reader, m: Mention | None) -> Mention | None:
    """The street a place tied to is said to stand on, right after it: "held at the
    Kelby Hall on Fenby Road" places the meeting on Fenby Road too (`street_after_on`)."""
    if m is None or reader.kind(m) != "Place" or m.end + 1 >= reader.sent.end:
        return None
    street = reader.by_start.get(m.end + 1)
    if street is None or reader.kind(street) != "Place":
        return None
    return street if street_after_on(reader.doc, m.start, street.start, street.end) else None


def _own_tie(reader, read: list[Candidate], c: Candidate, end: str, o: Mention) -> bool:
    """Whether the sentence's rules tied o, in c's place, to another of the kind
    c's other end is, by any relation ("A, chair of Foo, and B, director of Bar").
    No develop page nor made-up sentence tried needs it beside `_own_modifier`, but
    the never-read check pages gain a wrong relation without it (relation F1
    0.4194 -> 0.4189), so it stays."""
    other = c.target if end == "source" else c.source
    kind = reader.ctx.type_of(reader.ctx.mentions[other]) if other >= 0 else None
    for x in read:
        mine, theirs = (x.source, x.target) if end == "source" else (x.target, x.source)
        if (
            mine == o.id
            and theirs != other
            and theirs >= 0
            and reader.ctx.type_of(reader.ctx.mentions[theirs]) == kind
        ):
            return True
    return False
