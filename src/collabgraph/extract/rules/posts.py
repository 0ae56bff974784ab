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
from collabgraph.extract.rules.appointers import appointment
from collabgraph.extract.rules.civic_posts import civic_holder, note_place_post
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import (
    body_owner,
    named_after,
    org_after,
    page_post,
    post_after,
    post_home,
    posts_and,
)
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader
from collabgraph.extract.rules.succession import with_successor

LABELS = frozenset({"post_as", "post_is", "worked_at"})
"""The cue labels (pattern files) this family's rules read."""

_QUALIFIERS = vocab.words("role_qualifiers")
_CALENDAR = vocab.words("calendar_words")
_TIME_SPANS = vocab.words("time_span_nouns") | {"month", "months"}
_ADVERBS = vocab.words("post_time_adverbs")
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
        if i > reader.sent.start and words[i - 1] not in _QUALIFIERS | {","}:
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
    for cue in reader.cues("post_as"):
        people, appointer = appointment(reader, cue.start)
        owner, post_start = _owner_before_post(reader, cue.end)  # "become Foo's chief executive"
        post = post_after(reader, post_start, plural=len(people) > 1)
        if post is None:
            continue
        role, role_end = post
        if owner is not None:
            owner = appointer if owner == "page" and appointer is not None else owner
            for p in people or with_successor(reader, reader.person_before(cue.start)):
                _hold_at_owner(reader, p, role, owner)
            continue
        person = reader.person_before(cue.start)
        if person is None and cue.start == reader.sent.start:
            person = _fronted_holder(reader, role_end, cue.start)  # "As chair of Foo, Jane Doe"
        if (
            person is None
            and role_end + 1 < reader.sent.end
            and reader.words[role_end] in {"is", "was"}
        ):  # "Retiring as a trustee is Jane Doe"
            after = reader.by_start.get(role_end + 1)
            person = after if after is not None and reader.kind(after) == "Person" else None
        if person is None and reader.words[role_end : role_end + 2] in _WENT_TO:
            person = _given_to(reader, role_end + 2)  # "The role of Treasurer went to Jane Doe"
        opening = set(reader.words[reader.sent.start : cue.start])
        if person is None and _POSSESSIVE_PRONOUNS & opening:
            person = reader.pronoun_person()  # "Her experience includes roles as chair of Foo"
        if person is None and not people:
            continue
        says_where, words_at = _says_where(reader, role_end), reader.words[cue.start]
        org = org_after(reader, role_end, cue.start)
        if org is None and not says_where:
            org = appointer  # "Foo has appointed Jane Doe as its chair", "joined Foo as chair"
        if org is None and worked:
            org = worked[-1]  # "she spent nine years at Foo, as group director of X"
        if org is None and says_where:  # "as a chief executive in ..., most recently at Foo"
            org = _latterly_at(reader, role_end)
        for p in people or with_successor(reader, person):
            _hold(reader, p, role, org, says_where=says_where, appointed=words_at in _APPOINTED)
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
        owner, post_start = _owner_before_post(reader, cue.end)
        post = post_after(reader, post_start)
        if post is None:
            continue
        role, role_end = post
        if owner is not None:  # "she has been the trust's chairman", "is Foo Trust's chair"
            _hold_at_owner(reader, person, role, owner)
            continue
        org = org_after(reader, role_end, cue.start) or org
        if org is None and {"its", "their"} & set(reader.words[cue.end : role_end]):
            org = reader.before(person.start, kinds={"Organisation"})  # "Foo said A will be its"
        _hold(reader, person, role, org, says_where=_says_where(reader, role_end))


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


_WENT_TO = [["went", "to"], ["goes", "to"], ["passed", "to"], ["passes", "to"]]
_GIVEN_GAP = 4  # words of a description before the name: "went to chartered accountant Jane Doe"


def _given_to(reader: SentenceReader, k: int) -> Mention | None:
    """The person a post "went to", named from token k on, after a few lower-case
    words of a description or a title ("went to chartered accountant Jane Doe")."""
    for m in reader.ms:
        if k <= m.start <= k + _GIVEN_GAP and reader.kind(m) == "Person":
            between = reader.doc[k : m.start]
            return m if all(t.is_lower or t.is_title for t in between) else None
        if m.start > k:
            return None
    return None


def _fronted_holder(reader: SentenceReader, role_end: int, cue_start: int) -> Mention | None:
    """ "As chair of Foo Trust, Jane Doe has led ...": the person the sentence goes on
    with, right after the comma that closes the post and where it is held."""
    org = org_after(reader, role_end, cue_start)
    if org is None or not any(m.id == org.id for m in reader.ms):
        return None
    k = org.end
    if k + 1 >= reader.sent.end or reader.words[k] != ",":
        return None
    person = reader.mention_at(k + 1)
    return person if person is not None and reader.kind(person) == "Person" else None


_CIVIC_OFFICES = vocab.words("civic_offices")


def _owner_before_post(reader: SentenceReader, i: int) -> tuple[Mention | str | None, int]:
    """Whose post is named from token i: "the trust's chairman" (the body last named
    with the word, else "page": the page's own), "Foo Trust's chair", "the (a) Foo
    Trust chair", "our chair"
    outside a quotation (the page's own): (the owner, where the post starts), or
    (None, i)."""
    j = i
    while j < reader.sent.end and reader.words[j] in _ADVERBS:
        j += 1
    m = reader.by_start.get(j)
    if m is not None and m.end < reader.sent.end and reader.words[m.end] in POSSESSIVE:
        return (m, m.end + 1) if reader.kind(m) == "Organisation" else (None, i)
    the = j + 1 < reader.sent.end and reader.words[j] in {"the", "a", "an"}
    named = reader.by_start.get(j + 1) if the else None
    if (
        named is not None
        and reader.kind(named) == "Organisation"
        and reader.role_phrase_at(named.end)
    ):
        return named, named.end  # "has been the Foo Trust patron": a body's name, then its post
    if j + 2 < reader.sent.end and body_owner(reader, j + 2) == j:
        org = reader.ctx.recent_with_word(reader.words[j + 1], "Organisation")
        return (org if org is not None else "page"), j + 3
    if j < reader.sent.end and reader.words[j] == "our" and not reader.in_quote(j):
        post = reader.words[j + 1 : min(j + 7, reader.sent.end)]
        post = post[: next((n for n, w in enumerate(post) if not w.isalpha()), len(post))]
        if not _CIVIC_OFFICES & set(post):  # not "our Mayor", "our local MP"
            return "page", j + 1  # "joined us as our new general manager": the page's own
    return None, i


def _hold_at_owner(reader: SentenceReader, person: Mention, role: str, owner: Mention | str):
    """The person holds the post at a body named before it ("Foo Trust's chair", "the
    trust's chair"); "page" when no body was named with the word."""
    if owner == "page":
        role = role_text(role, None)
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, "page"))
    else:
        role = role_text(role, owner)
        reader.relate(person, post_relations(role, owner), owner, role=role, confidence=0.75)


def _latterly_at(reader: SentenceReader, k: int) -> Mention | None:
    """ "a career as a chief executive in the charitable sector, most recently at
    Foo": the organisation named after "(most) recently at" or "latterly at" in the
    rest of the sentence."""
    words = reader.words
    for j in range(k, reader.sent.end - 1):
        if words[j] == "at" and words[j - 1] in {"recently", "latterly", "lately"}:
            org = reader.mention_at(j + 1)
            return org if org is not None and reader.kind(org) == "Organisation" else None
    return None


def _says_where(reader: SentenceReader, k: int) -> bool:
    """Whether a post's title is followed by where it is held ("of ...", "at ...",
    "in the charitable sector"; not "in September", "in 2025")."""
    if k >= reader.sent.end:
        return False
    if reader.words[k] == "in" and k + 1 < reader.sent.end:
        nxt = reader.words[k + 1]
        return nxt not in _CALENDAR and not nxt.isdigit()  # "in the Foo Division", not "in May"
    if reader.words[k] == "for" and _time_span_after(reader, k + 1):
        return False  # "elected Chairman for a three year term": how long, not where
    return reader.words[k] in {"of", "at", "for", "with"}


def _time_span_after(reader: SentenceReader, k: int) -> bool:
    """Whether a span of time is said from token k: up to four lower-case words or
    numbers ending in a noun of vocab/time_span_nouns.txt ("a three year term", "two
    years", "the next 12 months")."""
    for j in range(k, min(k + 5, reader.sent.end)):
        tok = reader.doc[j]
        if reader.words[j] in _TIME_SPANS:
            return j > k or reader.words[j] == "years"
        if not (tok.is_lower or tok.like_num or tok.text == "-"):
            return False
    return False


def _hold(
    reader: SentenceReader,
    person: Mention,
    role: str,
    org: Mention | None,
    *,
    says_where: bool,
    appointed: bool = False,
) -> None:
    """The person holds the post at `org`; with no organisation, and none said, a
    board post or chief executive is noted for the page's own organisation, and so
    is a staff post someone is `appointed` to ("has been appointed finance director")."""
    role = role_text(role, org)
    homes = {"page", "officer", "staff"} if appointed else {"page", "officer"}
    if org is not None:
        reader.relate(person, post_relations(role, org), org, role=role, confidence=0.75)
        posts_and(reader, person, org)
    elif not says_where and (home := post_home(role)) in homes:
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))
