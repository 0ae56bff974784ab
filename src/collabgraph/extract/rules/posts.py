"""Posts: who holds which post where, read from appointments and careers (the
employment family, continued).

"Foo Trust has appointed Jane Doe as the new chair of its board", "Jane Doe is
a non-executive director at Bar", "She has also served as chief executive of
Baz", "He previously worked at Qux", "The chief executive of Foo Trust, Dr Jane
Doe, said": WORKS_FOR, or MEMBER_OF for board posts (`post_relations`). A board
post or chief executive named with no organisation is noted for the page's own
organisation (`ctx.unplaced_posts`, read by `page_organisation.place_posts`).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.appointers import appointment, joined_own_team
from collabgraph.extract.rules.civic_posts import civic_holder, note_place_post
from collabgraph.extract.rules.post_held_at import area_for, org_after
from collabgraph.extract.rules.post_holders import (
    WENT_TO,
    fronted_holder,
    given_to,
    hold,
    hold_at_owner,
    latterly_at,
    owner_before_post,
    tells_where,
)
from collabgraph.extract.rules.post_homes import page_post
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import named_after, post_after
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.succession import with_successor

LABELS = frozenset({"post_as", "post_is", "worked_at"})
"""The cue labels (pattern files) this family's rules read."""

_QUALIFIERS = vocab.words("role_qualifiers")
_QUALIFIERS_OR_COMMA = _QUALIFIERS | {","}  # built once, not once a word
_PRONOUNS = {"he", "she"}
_APPOINTED = {"appointed", "reappointed", "named"}  # "has been appointed finance director"
_POSSESSIVE_PRONOUNS = {"his", "her"}
_TOPIC_PREPOSITIONS = {"about", "on", "into", "for", "to"}


def titles_before_names(reader: SentenceReader) -> None:
    """ "The chief executive of Foo Trust, Dr Jane Doe, has announced ...", "CEO of
    the trust, Jane Doe said", "former chief executive of Foo Agency Dr Jane Doe" (a
    caption, no comma): a job title and where it is held, then the person."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end - 3):
        if i > reader.sent.start and words[i - 1] not in _QUALIFIERS_OR_COMMA:
            continue
        span = reader.role_phrase_at(i)
        if span is None or span.end + 2 >= end or words[span.end] not in {"of", "at", "for"}:
            continue
        k = i - 1
        while k > reader.sent.start and words[k] in _QUALIFIERS:
            k -= 1
        before = reader.by_end.get(k) if words[k] == "," else None
        if before is not None and reader.kind(before) == "Person":
            continue  # "Jane Doe, the chair of Foo, John Roe ...": the post is Jane Doe's
        if note_place_post(reader, span, civic_holder(reader, span)):
            continue  # "the Mayor of Kelby, Cllr Jane Doe": Kelby's council, if named
        org = org_after(reader, span.end, i)
        here = org is not None and any(m.id == org.id for m in reader.ms)
        org_end = org.end if here else span.end + 3
        if org is None or org_end + 1 >= end:
            continue
        if words[org_end] == ",":  # (a named organisation, or "of the trust": one named before)
            person = reader.mention_at(org_end + 1)
        elif here:  # a caption: "former chief executive of Foo Agency Dr Jane Doe"
            person = named_after(reader, org_end)
        else:
            continue
        if person is not None and reader.kind(person) == "Person":
            role = role_text(reader.doc[span.start : span.end].text, org)
            if not here and page_post(role):  # "CEO of the trust, Jane Doe": the page's own
                home = ("page", org.id)  # else the one last named with the word
                reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))
                continue
            reader.relate(person, post_relations(role, org), org, role=role, confidence=0.75)


def _person_right_before(reader: SentenceReader, i: int) -> Mention | None:
    named = reader.by_end.get(i)
    return named if named is not None and reader.kind(named) == "Person" else None


def appointments(reader: SentenceReader) -> None:
    """ "appointed Jane Doe as the new chair of its board", "to take up the role as
    chair of Foo" (`post_as`); "Jane Doe is currently a trustee at Foo", "where he
    is presently the deputy chief executive" (`post_is`); "she spent nine years at
    Foo", "he has worked at Bar" (`worked_at`)."""
    worked: list[Mention] = []
    for cue in reader.cues("worked_at"):
        person = reader.person_before(cue.start)
        if person is None or not _own_career(reader, cue.start, person):
            continue
        first = reader.mention_at(cue.end)
        if first is not None:
            reader.vote_organisation(first)  # "spent nine years at Foo Mosaic"
        orgs = reader.list_after(cue.end, kinds={"Organisation"})
        for org in orgs:
            reader.relate(person, "WORKS_FOR", org, confidence=0.65)
        worked += orgs
    # "elected A as chair and B as secretary": several "as", a person right before each
    named_as = [c for c in reader.cues("post_as") if reader.words[c.start] == "as"]
    several = sum(_person_right_before(reader, c.start) is not None for c in named_as) > 1
    for cue in reader.cues("post_as"):
        people, appointer = appointment(reader, cue.start)
        named = _person_right_before(reader, cue.start)
        if several and named is not None:
            people = [named]  # each post is the one named right before it
        owner, post_start = owner_before_post(reader, cue.end)  # "become Foo's chief executive"
        post = post_after(reader, post_start, plural=len(people) > 1)
        if post is None:
            continue
        role, role_end = post
        if owner is not None:
            owner = appointer if owner == "page" and appointer is not None else owner
            for p in people or with_successor(reader, reader.person_before(cue.start)):
                hold_at_owner(reader, p, role, owner)
            continue
        person = reader.person_before(cue.start)
        if person is None and cue.start == reader.sent.start:
            person = fronted_holder(reader, role_end, cue.start)  # "As chair of Foo, Jane Doe"
        if (
            person is None
            and role_end + 1 < reader.sent.end
            and reader.words[role_end] in {"is", "was"}
        ):  # "Retiring as a trustee is Jane Doe"
            after = reader.by_start.get(role_end + 1)
            person = after if after is not None and reader.kind(after) == "Person" else None
        if person is None and reader.words[role_end : role_end + 2] in WENT_TO:
            person = given_to(reader, role_end + 2)  # "The role of Treasurer went to Jane Doe"
        opening = set(reader.words[reader.sent.start : cue.start])
        if person is None and _POSSESSIVE_PRONOUNS & opening:
            person = reader.pronoun_person()  # "Her experience includes roles as chair of Foo"
        if person is None and not people:
            continue
        says_where, words_at = tells_where(reader, role_end), reader.words[cue.start]
        org = org_after(reader, role_end, cue.start)
        for_area = org is None or area_for(reader, role_end, org)
        if appointer is not None and reader.words[role_end : role_end + 1] == ["for"] and for_area:
            org = appointer  # "joined Foo Homes as Neighbourhood Officer for Canal Wharf"
        if org is None and not says_where:
            org = appointer  # "Foo has appointed Jane Doe as its chair", "joined Foo as chair"
        if org is None and worked:
            org = worked[-1]  # "she spent nine years at Foo, as group director of X"
        if org is None and says_where:  # "as a chief executive in ..., most recently at Foo"
            org = latterly_at(reader, role_end)
        # "has been appointed finance director", "joined us as finance officer": a staff post
        staff = words_at in _APPOINTED or (appointer is None and joined_own_team(reader, cue.start))
        for p in people or with_successor(reader, person):
            hold(reader, p, role, org, says_where=says_where, appointed=staff)
    for cue in reader.cues("post_is"):
        person, org = reader.person_before(cue.start, limit=4), None
        k = cue.start - 1
        if (
            k - 1 >= reader.sent.start
            and reader.words[k] in _PRONOUNS
            and reader.words[k - 1] == "where"
        ):  # "Foo Trust, where he is presently the ..."
            org = reader.before(k - 1, kinds={"Organisation"}, limit=3)
        if person is None:  # "Aled Price is the director of Foo": a name not typed yet
            named = reader.by_end.get(cue.start)  # the seed keeps it only as a person
            person = named if named is not None and reader.kind(named) is None else None
        person = person or reader.second_predicate_subject(cue.start)  # "... and is a governor of"
        if person is None:
            continue
        org = org or reader.body_before_where(person.start - 1)  # "Foo, where Jane Doe is"
        owner, post_start = owner_before_post(reader, cue.end)
        post = post_after(reader, post_start)
        if post is None:
            continue
        role, role_end = post
        if owner is not None:  # "she has been the trust's chairman", "is Foo Trust's chair"
            hold_at_owner(reader, person, role, owner)
            continue
        org = org_after(reader, role_end, cue.start) or org
        if org is None and {"its", "their"} & set(reader.words[cue.end : role_end]):
            org = reader.before(person.start, kinds={"Organisation"})  # "Foo said A will be its"
        hold(reader, person, role, org, says_where=tells_where(reader, role_end))


def _own_career(reader: SentenceReader, i: int, person: Mention) -> bool:
    """Whether the jobs, posts or years at token i are the person's: a verb ("worked
    at") is; a noun ("posts in A", "years' experience with B") is when the clause
    it sits in, or the one that clause hangs from ("..., following jobs at C"), has
    the person or "he"/"she" as its subject, or it is "his"/"her" jobs. Not "spoke
    about roles in D", "new posts in E were created"."""
    tok = reader.doc[i]
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return True
    if any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in tok.children):
        return True
    if tok.head.pos_ == "ADP" and tok.head.lower_ in _TOPIC_PREPOSITIONS:
        return False  # "spoke about roles in Foo"
    verb, steps = tok.head, 0
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb and steps < 6:
        verb, steps = verb.head, steps + 1
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.head is not verb:  # "..., following jobs at Foo"
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ == "relcl" and person.start <= verb.head.i < person.end:
        return True  # "Jane Doe, who is retiring after a decade at Foo"
    return any(s.lower_ in _PRONOUNS or person.start <= s.i < person.end for s in subjects)
