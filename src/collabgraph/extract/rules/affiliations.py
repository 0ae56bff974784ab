"""Affiliations: a person's body said without a job title: "Acme's Ann Lee",
"Jane Doe from/of/at Foo Trust", "Jane Doe (Foo Trust)", "Jane Doe, representing
the charity Foo" (`affiliation` cues; WORKS_FOR, or the post a caption gives; a party
in brackets, "Jane Doe (Labour)", or a body of members, "Jane Doe from the Foo Forum",
MEMBER_OF); and
the body at a token, past a place it is based in or a few describing words, shared
with the job titles of `employment`. Called by `employment.roles_of_people`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.parties import party_name
from collabgraph.extract.rules.based_bodies import past_place_based
from collabgraph.extract.rules.club_members import person_member
from collabgraph.extract.rules.post_held_at import owned_unit
from collabgraph.extract.rules.post_kinds import member_body, post_relations, role_text
from collabgraph.extract.rules.post_words import plural_post
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader
from collabgraph.extract.style_posts import style_post

_RANKS = vocab.words("rank_titles")
_SHARED = {"both", "all"}  # ", both of Foo Trust" after people listed


_MEMBER_ONLY = vocab.words("affiliation_member_only_heads")  # "Foo Clay Collective"


def _of_members(org: Mention) -> bool:
    """Whether a body is one of people who belong to it (`post_kinds.member_body`:
    "Kelby Carers Forum", "Fenby Ramblers"; or a collective, whose founder is yet no
    member: `vocab/affiliation_member_only_heads.txt`): who is "from" it is a member."""
    words = org.text.lower().split()
    return member_body(org.text) or (bool(words) and words[-1] in _MEMBER_ONLY)


def body_at(reader: SentenceReader, k: int) -> Mention | None:
    """The name at token k (`mention_at`), or the body after it when the name there
    only says where that body is ("of Kelby-based Foo Trust": `past_place_based`)."""
    found = owned_unit(reader, k) or reader.mention_at(k)  # "of the university's Foo Centre"
    if found is None:
        return None
    past = past_place_based(reader, found.start)
    if past == found.start:
        return found
    return reader.by_start.get(past) or after_description(reader, past)


def after_description(reader: SentenceReader, k: int) -> Mention | None:
    """ "Chief Executive of national Mind", "director at housing charity Foo": the
    name after up to three lower-case words describing it."""
    j = k
    while j < reader.sent.end and j - k < 3 and reader.doc[j].is_lower:
        if reader.doc[j].pos_ not in {"ADJ", "NOUN", "PROPN"}:
            return None
        j += 1
    return reader.by_start.get(j) if j > k else None


def _body_described(reader: SentenceReader, org: Mention) -> bool:
    """Whether the word before a name is a noun saying it is a body ("the charity Foo")."""
    return org.start > 0 and reader.words[org.start - 1] in lx.ORG_DESCRIPTION_NOUNS


def _caption_role(reader: SentenceReader, j: int) -> str | None:
    """ "Chief executive at Foo's Jane Doe": the job title before "at"/"of" at token j."""
    if j <= reader.sent.start or reader.words[j] not in {"at", "of", "for"}:
        return None
    for i in range(max(reader.sent.start, j - 5), j):
        span = reader.role_phrase_at(i)
        if span is not None and span.end == j:
            return role_text(reader.doc[i:j].text, None)
    return None


def affiliations(reader: SentenceReader) -> None:
    """ "Acme's Ann Lee", "Jane Doe from/of/at Foo Trust", "Jane Doe (Foo Trust)", "Jane Doe,
    of the Foo Forum,", "Jane Doe, representing the charity Foo"."""
    for m in reader.ms:
        person = reader.kind(m) == "Person"
        if not person and not reader.holder_shaped(m, given=True):
            continue  # read as a body, not shaped like a person's name: no holder
        if _style_only(m):
            continue  # "the Countess of Kelby": a style and its territory, no employer
        k = m.start - 1
        own = k > reader.sent.start + 1 and reader.words[k] == "own"
        k -= own  # "Fenby Harriers' own Jane Doe": the body's own person
        if person and k > reader.sent.start and reader.words[k] in POSSESSIVE:
            org = reader.by_end.get(k)
            if org is not None and reader.kind(org) == "Organisation":
                role = _caption_role(reader, org.start - 1)
                if role is None and own and _of_members(org):
                    person_member(reader, m, org, 0.7)  # one of the club's members
                else:
                    rels = post_relations(role, org) if role else "WORKS_FOR"
                    reader.relate(m, rels, org, role=role, confidence=0.7)
        at = _past_post_nominals(reader, m.end)  # "Jane Doe MP (Labour)"
        if person:
            at = _past_age(reader, at)  # "Jane Doe, 17, of Foo Youth Council"
            at = _past_own_people(reader, at)  # "Jane Doe and her team at Foo"
        if (
            at + 1 < reader.sent.end
            and reader.words[at] == ","
            and reader.words[at + 1] in {"from", "of", "representing"}
        ):
            at += 1  # "Jane Doe, from Foo Trust", "Jane Doe, of the Foo Forum, said",
            # "Jane Doe, representing the charity Foo"
        elif (
            at + 2 < reader.sent.end
            and reader.words[at] == ","
            and reader.words[at + 1] in _SHARED
            and reader.words[at + 2] in {"from", "of"}
        ):
            at += 2  # "Jane Doe and John Roe, both of Foo Trust": each is Foo's
        if person and _shared_bracket(reader, m, at):
            continue  # "Jane Doe and John Roe (both Foo Trust)"
        cue = reader.cue_at("affiliation", at)
        if cue is None:
            continue
        org = body_at(reader, cue.end)
        described = cue.cue.params.get("described")
        if org is None and described:
            the = cue.end < reader.sent.end and reader.words[cue.end] == "the"
            org = after_description(reader, cue.end + the)  # "the mental health charity Foo"
            if org is not None and described == "body" and not _body_described(reader, org):
                org = None  # "Jane Doe of the year Foo": no body's noun says what Foo is
        if org is None:
            continue
        closes = cue.cue.params.get("closes")
        closed = (
            closes is not None and org.end < reader.sent.end and reader.words[org.end] == closes
        )
        if person and closed and party_name(org.text):
            _party_member(reader, m, org)  # "Tim Fenn (Conservatives)": no employer
            continue
        if not person:
            # "Ola Brisk (Foo Trust)": a named body, not a place ("Kelby Rotary (Dalby)")
            if reader.kind(org) != "Organisation" or is_uk_place(org.text):
                continue
        elif reader.kind(org) is None and closed:
            org.votes["Organisation"] += 2  # "Jane Doe (Foo Bar)": what a person is from
            reader.ctx.votes_for(org)["Organisation"] += 2
        if reader.kind(org) != "Organisation" or (closes is not None and not closed):
            continue
        if person or reader.vote_post_holder(m, given=True):
            if cue.cue.relations == ("WORKS_FOR",) and _of_members(org) and _surely_person(m):
                person_member(reader, m, org, 0.7)  # "Jane Doe from the Kelby Carers Forum"
            else:
                role = _title_before(reader, m) if person and closes is None else None
                role = role or (_style_before(reader, m) if person else None)
                reader.relate(m, cue.cue.relations, org, role=role, confidence=0.7)
            if closes is None:  # "Jane Doe and John Roe of Foo Trust": both are Foo's
                for other in reader.people_joined_before(m, titled_ok=True):
                    if reader.ctx.works_at(other.id) is None:  # not one placed elsewhere
                        role = _title_before(reader, m)
                        reader.relate(other, cue.cue.relations, org, role=role, confidence=0.6)


def _style_before(reader: SentenceReader, m: Mention) -> str | None:
    """ "Insp. Jo Tern (Kelby Police)": the post a style right before the name says
    (`style_posts.style_post`), read in the text before it past the sentence break its
    full stop made (the seed reads it in the evidence, the sentence, alone)."""
    start, end = reader.doc[m.start].idx, reader.doc[m.end - 1].idx
    return style_post(m.text, None, reader.doc.text[max(0, start - 30) : end + 40])


def _past_age(reader: SentenceReader, at: int) -> int:
    """ "Jane Doe, 17, of Foo": past the age set off by commas after a name (to the
    second comma, so ", of Foo" is read as after the name); `at` when none."""
    words, end = reader.words, reader.sent.end
    if at + 3 < end and words[at] == "," and words[at + 2] == ",":
        age = words[at + 1]
        if age.isdigit() and len(age) <= 3 and words[at + 3] in {"from", "of"}:
            return at + 2
    return at


_OWN_PEOPLE = vocab.words("colleague_nouns")
_OWN_PEOPLE_OPENERS = {"his", "her", "their", "the"}


def _past_own_people(reader: SentenceReader, at: int) -> int:
    """ "Jane Doe and her team at Foo", "Jane Doe and colleagues from Foo", "Jane Doe
    and the youth team from Foo": the token after the person's own people (a word of
    `vocab/colleague_nouns.txt`, up to two lower-case words before it), where the body
    they all come from is said; `at` when there is none."""
    words, end = reader.words, reader.sent.end
    if at + 2 >= end or words[at] != "and":
        return at
    k = at + 1 + (words[at + 1] in _OWN_PEOPLE_OPENERS)
    for j in range(k, min(k + 3, end - 1)):
        if words[j] in _OWN_PEOPLE:
            return j + 1 if words[j + 1] in {"at", "from", "of"} else at
        if not reader.doc[j].is_lower or reader.by_start.get(j) is not None:
            return at
    return at


def _surely_person(m: Mention) -> bool:
    """Whether a name is a person's by its own words (a title, or a given name
    first): a member of a body may be a body too, so a name that everyday words
    might make ("Dev Sharma") keeps the job a post gives, which only a person holds."""
    return m.title is not None or is_given_name(m.text.split()[0])


def _shared_bracket(reader: SentenceReader, person: Mention, at: int) -> bool:
    """ "Jane Doe and John Roe (both Foo Trust)", "(all from the Foo Forum)": a body
    in brackets after "both" or "all" is where each person listed just before works
    (or, a body of members, belongs); True when read so."""
    words, end = reader.words, reader.sent.end
    if not (at + 2 < end and words[at] == "(" and words[at + 1] in _SHARED):
        return False
    k = at + 2 + (words[at + 2] in {"from", "of", "at"})  # "(all from Foo)"
    org = reader.by_start.get(k + (k < end and words[k] == "the"))
    if org is None or org.end >= end or words[org.end] != ")":
        return False
    if reader.kind(org) != "Organisation" or is_uk_place(org.text):
        return False
    rels, role = ("MEMBER_OF", "member") if _of_members(org) else ("WORKS_FOR", None)
    for p in (person, *reader.people_joined_before(person)):
        reader.relate(p, rels, org, role=role, confidence=0.65)
    return True


def _past_post_nominals(reader: SentenceReader, k: int) -> int:
    """The token past the letters after a name at token k ("Jane Doe MBE of Foo
    Trust", "Jane Doe MP (Labour)") when an `affiliation` cue is there, else k."""
    j = k
    while j + 1 < reader.sent.end and reader.doc[j].text in lx.POST_NOMINALS_AS_WRITTEN:
        j += 1
    return j if j > k and reader.cue_at("affiliation", j) is not None else k


def _party_member(reader: SentenceReader, person: Mention, party: Mention) -> None:
    """ "Jane Doe MP (Labour)", "Tim Fenn (Greens)": a political party in brackets
    after a person is the party the person belongs to (corpus/GOLD.md: MEMBER_OF),
    a body whatever the recogniser read it as ("Kelby Party" is no place)."""
    for votes in (party.votes, reader.ctx.votes_for(party)):
        votes["Organisation"] = max(votes.values(), default=0) + 3  # over "Place"
    if reader.kind(party) == "Organisation":
        reader.relate(person, "MEMBER_OF", party, confidence=0.7)


def _style_only(m: Mention) -> bool:
    """Whether a person's mention is only styles and titles of rank ("HRH The
    Duchess", "Earl"): no name, so "of X" after it is the title's territory."""
    words = [w.casefold().strip(".") for w in m.text.split()]
    return all(w in lx.HONORIFICS or w in lx.ARTICLES or w in _RANKS for w in words)


def _title_before(reader: SentenceReader, m: Mention) -> str | None:
    """ "Librarians Jane Doe and John Roe, both of Foo", "a talk by Admiral Nurse Jane
    Doe from Foo Trust": the post a title right before the people listed with `m`
    gives each of them (a plural read in the singular), else None."""
    first = min([m, *reader.people_joined_before(m)], key=lambda p: p.start)
    for i in range(max(reader.sent.start, first.start - 3), first.start):
        post = plural_post(reader, i)
        if post is not None and post[1] == first.start:
            return post[0].lower()
    if first is not m:
        return None  # "Chair Jane Doe and John Roe of Foo": the title is the first one's
    for i in range(max(reader.sent.start, first.start - 3), first.start):
        span = reader.role_phrase_at(i)
        if span is not None and span.end == first.start:
            return role_text(reader.doc[span.start : span.end].text, None)
    return None
