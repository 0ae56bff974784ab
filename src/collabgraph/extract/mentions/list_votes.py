"""Type votes from a list: names listed together share a type ("in Ayton,
Beeford and Cowton": places; "partners Foo, Bar and Baz": organisations), names
listed with people are people, and names listed before a noun of a kind are of
that kind ("the Foo and Bar programmes"). What the words before a list say its
items are ("partners", "towns such as", "schemes including") is read by
`mentions/list_leads.py`.
"""

from __future__ import annotations

from itertools import pairwise

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions.body_slots import listed_in_body_slot
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind, plural_type_noun
from collabgraph.extract.mentions.list_leads import examples_of_programmes, list_lead
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.person_shape import person_shape_vote
from collabgraph.extract.mentions.tokens import (
    PLACE_ENTS,
    POSSESSIVE,
    is_cap,
    lower_text,
    lower_word,
)
from collabgraph.extract.mentions.votes import name_head
from collabgraph.extract.mentions.where_lists import where_list_votes

_ORG_LIST_NOUNS = vocab.words("list_nouns_organisations")
_PLACE_LIST_NOUNS = vocab.words("list_nouns_places")
_SEAT_WORDS = vocab.words("list_nouns_seat_words")
_TYPE_NOUNS = vocab.table("type_nouns")
_MONEY_WORDS = vocab.words("grant_nouns") | vocab.words("by_verbs_funder")


def _owner_of_next(doc, sent, m: Mention) -> bool:
    """ "members of Rutland's voluntary sector": a name with a possessive and a
    word after it owns what follows; the members are that thing's, not the name's
    (not "Kelby's, Foo and Bar": a name ending in 's, in a list)."""
    return m.end + 1 < sent.end and doc[m.end].text in POSSESSIVE and doc[m.end + 1].is_alpha


def list_votes(doc, sent, mentions: list[Mention]) -> None:
    ordered = sorted(mentions, key=lambda m: m.start)
    # "in Dalby Cross/Dalbyton": a name written after a slash, with nothing else to go
    # on, is what the name before the slash is
    for a, b in pairwise(ordered):
        if b.start == a.end + 1 and doc[a.end].text == "/" and not b.votes and a.votes:
            kind, weight = a.votes.most_common(1)[0]
            if kind in {"Place", "Organisation"} and weight >= 3:
                b.votes[kind] += 3
    groups: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if groups:
            last = groups[-1][-1]
            between = lower_forms(doc)[last.end : m.start]
            if between[:1] and between[0] in POSSESSIVE and between[1:2] == [","]:
                between = between[1:]  # "Kelby's, Foo and Bar": a name ending in 's
            if between and all(w in {",", "and", "&", "the"} for w in between):
                groups[-1].append(m)
                continue
        groups.append([m])
    for g in groups:
        for m in g:
            m.listed_with = [o for o in g if o is not m]
        lead = list_lead(doc, sent, g[0].start)
        if any(w in _SEAT_WORDS and nxt in _ORG_LIST_NOUNS for w, nxt in pairwise(lead)):
            pass  # "Non-executive members: A, B", "board members A and B": people
        elif any(w in _ORG_LIST_NOUNS for w in lead):
            for m in g:
                if not m.title and not _owner_of_next(doc, sent, m):
                    m.votes["Organisation"] += 3
        elif any(w in _PLACE_LIST_NOUNS for w in lead):
            for m in g:
                if not m.title:
                    m.votes["Place"] += 3
        elif examples_of_programmes(doc, sent, g[0].start):
            for m in g:
                if not m.title and not _owner_of_next(doc, sent, m):
                    m.votes["Project"] += 4
        where_list_votes(doc, sent, g)
        _people_together(g)
        _bodies_together(g)
        _funders_together(doc, sent, g)
        listed_in_body_slot(doc, sent, g)
        _unnamed_kind_with_bodies(g)
        _named_by_noun_after(doc, sent, g)
        if len(g) < 3:
            continue
        places = [m for m in g if m.ner in PLACE_ENTS or m.gazetteer]
        # "In Dalby, Westshire, Foo Players ...": a town and its county, then the
        # subject, not a list; a list closes with "and" ("Ayton, Beeford and
        # Cowton") or, as an address does, with a place ("Foo Hall, Dalby, UK")
        closed = g[-1] in places or any(
            t.lower_ in {"and", "&"} for t in doc[g[-2].end : g[-1].start]
        )
        if closed and len(places) * 2 >= len(g):
            for m in g:
                m.votes["Place"] += 3


def _unnamed_kind_with_bodies(group: list[Mention]) -> None:
    """'Ayton Trust, Kestrel, Beeford Foundation and Cowton Hospice': a name listed
    with two or more names voted bodies, that nothing else gives a type (no
    head word, not known to the recogniser, no title), is a body too; not one
    everyday word ("Voluntary, Community and Social Enterprise": words of a
    sector's name)."""
    bodies = [m for m in group if m.votes and m.votes.most_common(1)[0][0] == "Organisation"]
    if len(bodies) < 2 or len(group) < 3:
        return
    for m in group:
        words = m.text.split()
        if (
            _untyped(m)
            and not m.title
            and not (len(words) == 1 and everyday_word(words[0]))
            and not (all(w[:1].isupper() for w in words) and is_given_name(words[0]))
        ):
            m.votes["Organisation"] += 3


def _untyped(m: Mention) -> bool:
    """No votes, or only the recogniser's weak one ("Homeward Link" a PERSON)."""
    if not m.votes:
        return True
    return (
        m.ner_vote is not None
        and m.ner_vote[1] <= 2
        and dict(m.votes) == {m.ner_vote[0]: m.ner_vote[1]}
    )


def _named_by_noun_after(doc, sent, group: list[Mention]) -> None:
    """'the Stronger Streets, Open Doors and Kind Neighbours Forum programmes': names
    listed before a noun of their kind are names of that kind, whatever their
    own last words say; not when every one is a body's name ("the Foo Trust and
    Bar Foundation reports": the owners)."""
    end = group[-1].end
    if len(group) < 2 or end >= sent.end:
        return
    group = _under_one_article(doc, group)
    noun = doc[end]
    kind = plural_type_noun(noun.lower_) or _TYPE_NOUNS.get(noun.lower_)
    if kind is None or is_cap(noun) or kind == "Organisation":
        return
    if all(name_head([lower_word(t) for t in doc[m.start : m.end]])[0] for m in group):
        return
    for m in group:
        m.votes[kind] += 6


def _under_one_article(doc, group: list[Mention]) -> list[Mention]:
    """The last names of a list that one phrase holds: back to a "the" between two
    of them ("Funded by Foo Trust and Bar, the Open Doors project": the noun after
    is Open Doors' alone; the funders before it are not projects)."""
    k = len(group) - 1
    while k > 0 and not any(t.lower_ == "the" for t in doc[group[k - 1].end : group[k].start]):
        k -= 1
    return group[k:]


def _plural_body_head(word: str) -> bool:
    """'hospices': the plural of a body's head word ("Foo Hospices" is one body)."""
    return word.endswith("s") and head_kind(word[:-1])[0] == "Organisation"


def _bodies_together(group: list[Mention]) -> None:
    """'Ayton Hospice, Beeford Hospice and Cowton Home Nursing': a name listed with
    two or more names a body's head word ends, written with no title and read as a
    person only by the recogniser, is a body too when it is no two-word name of a
    person: three words or more, or ending in the plural of a body's head word
    ("Dene Hospices")."""
    bodies = [m for m in group if head_kind(lower_text(m.text.split()[-1]))[0] == "Organisation"]
    if len(bodies) < 2:
        return
    for m in group:
        words = [lower_text(w) for w in m.text.split()]
        if m in bodies or m.title or m.gazetteer or m.votes.get("Person", 0) > 3:
            continue
        if len(words) >= 3 or (len(words) == 2 and _plural_body_head(words[-1])):
            m.votes["Organisation"] += 3


def _funders_together(doc, sent, group: list[Mention]) -> None:
    """'grants from the Orrin Trust, the Dalby Foundation and Ada Brook': funders after a
    word of money, every other a body's, make a two-word name with no title a body too,
    when only the recogniser and its shape (`person_shape`) make it a person's."""
    others = [m for m in group if head_kind(lower_text(m.text.split()[-1]))[0] == "Organisation"]
    if len(others) < 2 or len(group) - len(others) != 1:
        return
    lead = doc[max(sent.start, group[0].start - 4) : group[0].start]
    if not any(t.lower_ in _MONEY_WORDS for t in lead):
        return
    m = next(m for m in group if m not in others)
    shape = person_shape_vote(doc, m.start, m.end)
    own = max(2, m.recogniser_votes("Person") + shape)
    if len(m.text.split()) == 2 and not m.title and not m.gazetteer and m.votes["Person"] <= own:
        m.votes["Organisation"] += 3 + shape


def _people_together(group: list[Mention]) -> None:
    """'Joy Reading and Victoria Park spoke': names listed with people, written
    as two or three words, and weakly typed otherwise (a word like "Park", not
    a gazetteer place), are people too."""
    people = [
        m
        for m in group
        if m.votes.get("Person", 0) >= 2 and m.votes.most_common(1)[0][0] == "Person"
    ]
    if not people or len(people) == len(group):
        return
    for m in group:
        if m in people or m.gazetteer or not 2 <= m.end - m.start <= 3:
            continue
        other = max((v for k, v in m.votes.items() if k != "Person"), default=0)
        last = m.text.split()[-1].lower().rstrip(".") if m.text else ""
        # "Park", "Hall": venue words that are also surnames
        weak_head = head_kind(last) == ("Place", 2) and last not in lx.STRONG_ORG_HEADS
        if other <= 2 and (head_kind(last)[0] is None or weak_head) and last not in lx.ROLE_CORE:
            m.votes["Person"] += 3
