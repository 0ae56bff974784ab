"""Employment and roles: "Jane Doe, Director of Housing at Foo Trust", "Foo Trust's
Jane Doe", "Jane Doe (Foo Trust)": WORKS_FOR, or MEMBER_OF for trustees, patrons
and board members.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention, RoleSpan
from collabgraph.extract.mentions.role_fit import field_words_start
from collabgraph.extract.rules.affiliations import affiliations, after_description, body_at
from collabgraph.extract.rules.civic_posts import note_place_post, ward_before_councillor
from collabgraph.extract.rules.post_held_at import area_for, body_named_with, body_owner, org_after
from collabgraph.extract.rules.post_homes import officer_post
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import (
    holder_said_after,
    named_after,
    named_before,
    posts_and,
    posts_and_from,
    title_list_next,
)
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS = frozenset({"affiliation", "role_at_org", "appointed"})
"""The cue labels (pattern files) this family's rules read."""

_SEPARATORS = {",", "(", ":"} | lx.DASHES
_QUALIFIERS = vocab.words("role_qualifiers")
_BOARD_WORDS = vocab.words("board_words")
_ADVERBS = vocab.words("post_time_adverbs")
_CIVIC = vocab.words("civic_offices")
_CLUB_WORDS = vocab.words("club_post_nouns")  # "the society's secretary": a seat
_QUALIFIERS_OR_ADVERBS = _QUALIFIERS | _ADVERBS
_SEPARATORS_OR_IS = _SEPARATORS | {"is", "was", "as"}


def roles_of_people(reader: SentenceReader) -> None:
    """Job titles (found with the mentions) joined to the person holding them and
    the organisation they are held at: "Jane Doe, Director of Housing at Foo
    Trust", "Foo Trust's Director, Jane Doe"; then "Foo Trust's Jane Doe" and
    "Jane Doe from Foo Trust" (`affiliation` cues)."""
    inherited_org: Mention | None = None
    joins: set[str] = set()
    for r in reader.roles:
        person = _holder(reader, r)
        org = _employer(reader, r, person)
        board = False
        if r.end + 2 < reader.sent.end and reader.words[r.end] == "of":
            after = reader.words[r.end + 1 : r.end + 4]
            board = any(w in _BOARD_WORDS for w in after)
            if org is None and after[:1] and after[0] in {"its", "their"}:
                # "X has appointed Jane Doe as chair of its board"
                org = next(
                    (m for m in reader.ms if reader.kind(m) == "Organisation" and m.end <= r.start),
                    None,
                )
        if org is not None and person is None:
            person = _holder_beside(reader, org) or holder_said_after(reader, r, org)
        if org is None and inherited_org is not None:
            k = r.start - 1
            civic = _CIVIC & {w.casefold() for w in reader.words[r.start : r.end]}
            if k >= reader.sent.start and reader.words[k] in joins and not civic:
                org = inherited_org
        if (
            org is not None
            and r.start > 0
            and (reader.words[r.start - 1] in POSSESSIVE or org.end == r.start)
        ):  # "Foo's chair A, vice-chair B and chief executive C", "Foo chair A and
            # chief executive B"; not "Foo chair A, Mayor B, ...": a list of guests
            inherited_org = org
            joins = {"and", ","} if reader.words[r.start - 1] in POSSESSIVE else {"and"}
        mark = _field_words_before(reader, r.start - 1)  # "the trust's river officer"
        if person is not None and org is None and body_owner(reader, mark) is not None:
            # "the university's lecturer Jane Doe": the body last named with the word
            org = body_named_with(reader, reader.words[mark - 1])
        if person is not None and org is None and body_owner(reader, r.start - 1) is not None:
            if reader.ctx.recent_with_word(reader.words[r.start - 2], "Place") is not None:
                continue  # "... to Kelby Day Centre. The centre's manager": read as a place
            # "Jane Doe, the charity's chief executive": no body named with the word,
            # so the page's own (`page_organisation.place_posts`)
            role = role_text(reader.doc[r.start : r.end].text, None)
            reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, "page"))
            continue
        if note_place_post(reader, r, person):
            continue  # "the Mayor of Kelby, Cllr Jane Doe": Kelby's council, if named
        if person is None or org is None or ward_before_councillor(reader, r, org, person):
            continue  # "Kelby councillor Jane Doe, of Foo Council": Foo's, read as affiliated
        if reader.words[r.start - 1 : r.start] == ["as"] and area_for(reader, r.end, org):
            continue  # "joined Foo as Officer for Canal Wharf": an area, `posts` reads the post
        # "the society's secretary, Jane Doe", "Kelby Club's treasurer": an officer's seat
        club = r.start - 2 >= reader.sent.start and reader.words[r.start - 1] in POSSESSIVE
        club = club and reader.words[r.start - 2] in _CLUB_WORDS
        second = _second_post(reader, r, org)  # "Foo Trust Board Member and Founder of Bar"
        role_end = second[0] if second is not None else r.end
        field = _field_words_before(reader, r.start - 1) + 1  # "Foo's HR Director": all of it
        owned = reader.by_end.get(field - 1) is org or body_owner(reader, field - 1) is not None
        start = field if field < r.start and owned else r.start  # "the trust's river officer"
        while start < r.start and reader.words[start] in _QUALIFIERS:
            start += 1  # "Foo's new chair", "Foo's current HR director": not the post's
        role = role_text(reader.doc[start:role_end].text, org)
        rels = post_relations(role, org, board=board or (club and officer_post(role)))
        reader.relate(person, rels, org, role=role, confidence=0.9)
        if second is not None:
            and_at, org2 = second
            role2 = role_text(reader.doc[and_at + 1 : r.end].text, org2)
            reader.relate(person, post_relations(role2, org2), org2, role=role2, confidence=0.75)
            posts_and(reader, person, org2)
        elif r.end <= org.start:  # "..., chief executive of Foo, and until recently chair of Bar"
            posts_and(reader, person, org)
        elif org.end == r.start:  # "Jane Doe, Foo Trust Patron and senior partner at Bar"
            posts_and_from(reader, person, r.end)
    affiliations(reader)


def _second_post(reader: SentenceReader, r: RoleSpan, org: Mention) -> tuple[int, Mention] | None:
    """ "Foo Trust Board Member and Founder of the Bar Group": a job title after the
    body it is held at, whose words joined by "and" end in a second post held at the
    body named after it: (where the "and" is, that body); None otherwise."""
    if not org.start < r.start <= org.end or r.end + 1 >= reader.sent.end:
        return None
    words = reader.words
    and_at = next((k for k in range(r.end - 2, r.start, -1) if words[k] == "and"), None)
    if and_at is None or words[r.end] not in {"of", "at"}:
        return None
    second = {w.casefold() for w in words[and_at + 1 : r.end]}
    if not second & lx.ROLE_CORE:
        return None
    org2 = org_after(reader, r.end, r.start)
    if org2 is None or org2.id == org.id or not any(m.id == org2.id for m in reader.ms):
        return None
    return and_at, org2


def _holder(reader: SentenceReader, r: RoleSpan) -> Mention | None:
    """The person a job title belongs to: "Director Jane Doe", "Jane Doe, Director",
    "Jane Doe has been appointed Director" (`appointed` cues)."""
    person = named_after(reader, r.end)
    if person is None and r.end + 1 < reader.sent.end and reader.words[r.end] == ",":
        # "Foo Trust's Director of Housing, Jane Doe, said"
        person = reader.mention_at(r.end + 1)  # "..., Dr Jane Doe, said"
    if person is not None and reader.kind(person) not in {"Person", None}:
        person = None
    if person is None:
        # "Jane Doe, Director of ...", "Jane Doe (Chair, ...)", "Jane Doe, the chair of"
        # "Jane Doe, the charity's chief executive", "..., the trust's freshwater officer"
        owner = _owner_start(reader, _field_words_before(reader, r.start - 1))
        k = r.start - 1 if owner is None else owner - 1
        while k >= reader.sent.start and reader.words[k] in _QUALIFIERS_OR_ADVERBS:
            k -= 1  # "Jane Doe was formerly director of ..."
        if k >= reader.sent.start and reader.words[k] in _SEPARATORS_OR_IS:
            cand = named_before(reader, k)  # "Jane Doe OBE – Chief Executive"
            if cand is not None and reader.kind(cand) in {"Person", None}:
                person = _next_in_title_list(reader, r, cand) or cand
        if (
            person is None
            and k >= reader.sent.start
            and reader.cue_ending_at("appointed", k + 1) is not None
        ):
            cand = reader.before(k + 1, kinds={"Person"}, limit=8)
            if cand is not None:
                person = cand
    return person


def _owner_start(reader: SentenceReader, k: int) -> int | None:
    """Where "the trust's" (`body_owner`) or "the ICB's" (a body's letters after "the")
    starts, when its possessive mark is token k; else None."""
    owner = body_owner(reader, k)
    if owner is not None or reader.words[k] not in POSSESSIVE:
        return owner
    named = reader.by_end.get(k)
    if named is None or not named.text.isupper() or reader.kind(named) != "Organisation":
        return None
    if named.start - 1 < reader.sent.start:
        return None
    return named.start - 1 if reader.words[named.start - 1] == "the" else None


def _next_in_title_list(reader: SentenceReader, r: RoleSpan, before: Mention) -> Mention | None:
    """The holder of a title "of Foo" in a list written title first (`title_list_next`)."""
    cue = reader.cue_at("role_at_org", r.end)
    org = reader.mention_at(cue.end) if cue is not None else None
    return title_list_next(reader, before, org.end) if org is not None else None


def _employer(reader: SentenceReader, r: RoleSpan, person: Mention | None) -> Mention | None:
    """Where a job title is held: "X's Director", "X Council Leader", "Director of
    X" (`role_at_org` cues; `definite`: "Director of the foundation")."""
    org: Mention | None = None
    # "X's Role": possessive before the role ("X's new chair")
    k = r.start - 1
    while k > reader.sent.start and reader.words[k] in _QUALIFIERS - {"the", "a", "an", "our"}:
        k -= 1
    k = _field_words_before(reader, k)  # "X's anchor network manager", "X's HR Director"
    if k > reader.sent.start and reader.words[k] in POSSESSIVE:
        org = reader.by_end.get(k) or (reader.definite_org(k - 2) if k >= 2 else None)
    # "X Council Leader Y": the organisation runs into the role
    if org is None:
        for m in reader.ms:
            if (
                m.start < r.start
                and (m.end in {r.start, r.start + 1} or r.start < m.end < r.end)
                and m is not person
                and (reader.kind(m) == "Organisation" or _letters_holding(reader, m, person))
            ):  # "Foo District Council Leader": the role found from "District"
                org = m
    # "Museum manager Jane Doe", "trust chair Jane Doe": the body last named with that word
    if org is None and person is not None and person is named_after(reader, r.end):
        org = _body_word_before(reader, r.start)
    # "Chief Inspector Jane Doe of X": the role, the person, then where she works
    if org is None and person is not None and person is named_after(reader, r.end):
        cue = reader.cue_at("affiliation", person.end)
        cand = reader.mention_at(cue.end) if cue is not None else None
        if cand is not None and reader.kind(cand) == "Organisation":
            org = cand
    # "Station Manager Jane Doe (JD), Kelby Ferry Company": set off after her
    if org is None and person is not None and person is named_after(reader, r.end):
        org = _set_off_body(reader, r, person)
    # "Role of/at X", "Role, X"
    if org is None:
        cue = reader.cue_at("role_at_org", r.end)
        if cue is not None:
            cand = body_at(reader, cue.end) or after_description(reader, cue.end)
            if cand is not None and reader.kind(cand) == "Organisation":
                org = cand
            elif cand is None and cue.cue.params.get("definite"):
                org = reader.definite_org(cue.end)
    return org


_SET_OFF_ENDS = {",", ";", "(", ")", ":", "."} | lx.DASHES  # the body's name closes here


def _set_off_body(reader: SentenceReader, r: RoleSpan, person: Mention) -> Mention | None:
    """The organisation set off by a comma or a dash right after a person's name (and
    it may be a bracket: "(JD)", "(Chair)"), its name closing the clause: "Station
    Manager Jane Doe (JD), Kelby Ferry Company", "Inspector Jane Doe, Kelby
    Police, on scams"; None otherwise (not "Inspector Jane Doe, Kelby Police officers
    and ...": the name runs on; not a post whose last word is no post's core word,
    nor a minister's style: "Rabbi Jane Doe, Kelby Faith Forum" speaks for a
    congregation there, `vocab/faith_styles.txt`)."""
    words, end = reader.words, reader.sent.end
    if words[r.end - 1].lower() not in lx.ROLE_CORE:
        return None  # "Cabinet Member for Children and Young People, Foo Council": a field
    if words[r.start].lower().rstrip(".") in lx.FAITH_STYLES:  # "Rabbi Jane Doe, Kelby Faith Forum"
        return None
    k = person.end
    if k < end and words[k] == "(":
        k = next((j for j in range(k + 1, min(k + 6, end)) if words[j] == ")"), end) + 1
    if k + 1 >= end or words[k] not in lx.SET_OFF:
        return None
    org = reader.by_start.get(k + 1)
    if org is None or reader.kind(org) != "Organisation":
        return None
    return org if org.end >= end or words[org.end] in _SET_OFF_ENDS else None


def _field_words_before(reader: SentenceReader, k: int) -> int:
    """Token k, or the token before up to three words of a post's field that end at k
    right after a possessive ("Foo's anchor network manager", "Foo's HR Director"):
    nouns and adjectives in lower case, or letters, in no name."""
    i = field_words_start(reader.doc, k, reader.sent.start, letters=True, covered=reader.covering)
    return i if i < k and reader.words[i] in POSSESSIVE else k


def _letters_holding(reader: SentenceReader, m: Mention, person: Mention | None) -> bool:
    """ "FRHG Chief Executive, Jane Doe, said": a body's letters, not yet known as any
    kind, running into a post its holder is named with, are the body's (voted so)."""
    letters = m.text.replace("&", "")
    if person is None or reader.kind(m) is not None:
        return False
    return letters.isupper() and 2 <= len(letters) <= 6 and reader.vote_organisation(m)


def _body_word_before(reader: SentenceReader, i: int) -> Mention | None:
    """ "Museum manager Jane Doe": a body's word ("museum", "hospice", "trust") alone
    before a job title at token i, not inside a name, is the body last named with it."""
    k = i - 1
    if k < reader.sent.start or reader.by_end.get(k + 1) is not None:
        return None
    word = reader.words[k]
    if word not in lx.ANY_ORG_HEADS:
        return None
    if k > reader.sent.start and not (reader.doc[k - 1].is_lower or reader.doc[k - 1].is_punct):
        return None  # "Kelby Museum manager": a name the finder did not read
    return reader.ctx.recent_with_word(word, "Organisation")


def _holder_beside(reader: SentenceReader, org: Mention) -> Mention | None:
    """ "Jane Doe, Foo Trust's Director"; "The Mayor of X, Jane Doe, said"; "Chair of
    X Jane Doe" (a caption)."""
    if not any(m.id == org.id for m in reader.ms):
        return None  # "the trust": named in another sentence, its positions are not here
    k = org.start - 1
    if k >= reader.sent.start and reader.words[k] in _SEPARATORS:
        cand = reader.by_end.get(k)
        if cand is not None and reader.kind(cand) == "Person":
            return cand
    if org.end + 1 < reader.sent.end and reader.words[org.end] == ",":
        cand = reader.by_start.get(org.end + 1)
        if cand is not None and reader.kind(cand) == "Person":
            return cand
    cand = reader.by_start.get(org.end)  # a caption: "Chief Executive of Foo Council Jane Doe"
    if cand is not None and reader.kind(cand) == "Person":
        return cand
    return None
