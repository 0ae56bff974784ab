"""Appositives: a post written beside its holder's name (the employment
family, continued).

"Jane Doe, debt team manager at Foo Trust", "Jane Doe, Chief Executive of Foo
and Bar", "Jane Doe, Chair, Foo Network,", "Jane Doe, Foo Trust Chair, said":
WORKS_FOR, or MEMBER_OF for board posts (`post_relations`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.based_bodies import past_place_based
from collabgraph.extract.rules.page_post_bodies import note_for_the_page, unnamed_body_at
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import (
    body_word_owner,
    plural_post,
    posts_and,
    title_list_next,
)
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads punctuation."""

_QUALIFIERS = vocab.words("role_qualifiers")
_MEMBER_HEADS = vocab.words("role_member_heads")
_NOW = {"currently", "now", "presently", "also"}
_LINKS = {"of", "at", "for", "with", "from", "in"}
_PHOTO_ASIDES = vocab.words("photo_asides")
_ROLE_STOP = {",", ";", "(", ")", ":", '"', "“", "”", "–", "—"}
_NOW_QUALIFIERS = (_QUALIFIERS - {"former"}) | _NOW  # "currently", not "former"
_LINKS_OR_THE = _LINKS | {"the"}
_ROLE_STOP_OR_LINKS = _ROLE_STOP | _LINKS
_AFTER_ORG = {
    ",",
    ")",
    "(",
    ".",
    ";",
    ":",
    "said",
    "says",
    "and",
    "were",
    "was",
    "is",
    "has",
    "will",
}


def appositives(reader: SentenceReader) -> None:
    """ "Jane Doe, debt team manager at Foo Trust", "Jane Doe, Chief Executive of Foo
    and Bar", "Jane Doe, Chair, Foo Network,", "Jane Doe, Foo Trust Chair, said":
    the words between a person and an organisation, when they hold a job title's
    word, are the person's post there (lower-case and unlisted titles included)."""
    words, end = reader.words, reader.sent.end
    for p in reader.ms:
        k = p.end
        while k + 1 < end and (
            words[k].rstrip(".") in lx.POST_NOMINALS
            or (words[k] == "," and words[k + 1].rstrip(".") in lx.POST_NOMINALS)
        ):
            k += 1  # "Jane Doe OBE, DL, Chair of ..."
        k = _past_asides(reader, k)  # "Jane Doe (pictured), ...", "Jane Doe, 54, ..."
        bare = _bare_post_at(reader, p, k)  # "Jane Doe Managing Director of Foo said"
        if k + 2 >= end or not (bare or words[k] in {",", "("}) or not _holder(reader, p, k + 1):
            continue
        start = k + 1 - bare
        if words[start] in {"and", "or", "but", "while", "whose"}:
            continue  # "A and B, and partner members from Foo": the list goes on, no post
        while start < end and words[start] in _NOW_QUALIFIERS:
            start += 1  # "Jane Doe, the new ...", "Jane Doe, currently ..."
        j, modifier = start, None
        while j < end and j - start < 16:  # "committee vice-chairman for ... at the council"
            if words[j] == "," and _field_goes_on(reader, start, j):
                j += 1  # "Director for Housing, Planning and Transport, Foo Agency"
                continue
            if words[j] in {"–", "—"} and "of" in words[start:j]:
                j += 1  # "Director of England – London & South at Foo"
                continue
            if words[j] in _ROLE_STOP:
                break
            m = reader.by_start.get(j)
            linked = j > start and words[j - 1] in _LINKS_OR_THE
            if linked and (past := past_place_based(reader, j)) > j:
                modifier, j = j, past  # "..., manager of Kelby-based Foo Trust": where Foo is
                continue
            if m is not None and _post_read_as_body(reader, m):
                j = m.end  # "Jane Doe, Award Scheme Co-ordinator at Foo": a post, not a body
                continue
            if m is not None and reader.kind(m) in {"Organisation", "Person"}:
                break
            tok = reader.doc[j]
            if tok.pos_ == "AUX" or (
                tok.pos_ == "VERB" and tok.tag_ != "VBG" and not tok.text[:1].isupper()
            ):
                j = -1
                break
            j += 1
        if j == end and words[end - 1] == ".":
            j -= 1  # the post closes the sentence: "... to Jane Doe, a trustee of the charity."
        if j < 0 or j >= end:
            continue
        org = reader.by_start.get(j)
        first = modifier if org is not None and modifier is not None else j
        link = first - 1 - (first - 2 > start and words[first - 1] == "the")
        if org is not None and words[link] not in _LINKS:
            link = _described_from(reader, start, j)  # "of food supply organisation Foo"
            if link != j - 1:
                reader.vote_organisation(org)  # what the description says it is
        if org is not None and link > start and words[link] in _LINKS:
            role_end = link  # "..., debt team manager at Foo Trust"
            later = _held_at_later(reader, org.end)
            if later is not None:  # "director of nursing in the X Division at Y"
                role_end, org = later
        elif org is not None and _post_then_body(reader, start, j, org):
            role_end = j  # "Jane Doe, Senior Manager Dalby Health Centre;"
        elif org is None and words[k + 1] in {"its", "their"} and _has_role_word(reader, start, j):
            role_end = j  # "Foo Trust's chair, Jane Doe, and John Roe, its chief executive"
            org = reader.before(p.start, kinds={"Organisation"})
        elif org is None and (held := _definite_at(reader, start, j)) is not None:
            role_end, org = held  # "..., director at the trust,"
        elif org is None and (body := body_word_owner(reader, start, j)) is not None:
            start, role_end, org = start + 1, j, body  # "Jane Doe, the hospital chairman,"
        elif (
            org is None
            and (unnamed := unnamed_body_at(reader, start, j)) is not None
            and _has_role_word(reader, start, unnamed)
        ):
            note_for_the_page(reader, p, reader.doc[start:unnamed].text)
            continue  # "Jane Doe, a trustee of the charity,": no charity named: the page's own
        elif org is None and words[j] == "," and j > start:
            role_end = j  # "..., Chair, Foo Network,"
            org = reader.by_start.get(j + 1)
            if org is None or (org.end < end and words[org.end] not in _AFTER_ORG):
                continue
            closed = org.end >= end or words[org.end] in {",", ")", "(", ".", "said", "says"}
            if reader.kind(org) is None and closed and _has_role_word(reader, start, role_end):
                org.votes["Organisation"] += 2  # what a post is held at
                reader.ctx.votes_for(org)["Organisation"] += 2
        elif org is not None and j == start:
            role_end = _role_after(reader, org)  # "..., Foo Trust Chair, said"
            if role_end is None:
                continue
            start, org_first = _past_possessive(reader, org.end), org
            # "Foo Trust's new chair": the post is "chair"
            while start < role_end - 1 and reader.words[start] in lx.POST_NEW_WORDS:
                start += 1
            role = role_text(reader.doc[start:role_end].text, org_first)
            reader.relate(p, post_relations(role, org_first), org_first, role=role,
                          confidence=0.75)  # fmt: skip
            continue
        else:
            continue
        if (
            org is None
            or reader.kind(org) != "Organisation"
            or not _has_role_word(reader, start, role_end)
        ):
            continue
        if title_list_next(reader, p, org.end) is not None:
            continue  # "..., Director, Jane Doe, Chief Executive of Foo, John Roe": John Roe's
        role = role_text(reader.doc[start:role_end].text, org)
        joined = _joined_orgs(reader, org)
        for o in joined:
            reader.relate(p, post_relations(role, o), o, role=role, confidence=0.75)
        posts_and(reader, p, joined[-1])  # "..., a trustee of Foo and chair of Bar"


def _holder(reader: SentenceReader, p: Mention, start: int) -> bool:
    """Whether `p` is a person: typed one, or a name the recogniser read as a body
    that opens with a given name and is shaped like a person's, with a post's words
    right after it ("Ola Brisk, Food Strategy Lead at Foo"), which then gets a
    person's votes."""
    if reader.kind(p) == "Person":
        return True
    stop = start
    while (
        stop < reader.sent.end
        and stop - start < 8
        and reader.words[stop] not in _ROLE_STOP_OR_LINKS
    ):
        stop += 1
    return _has_role_word(reader, start, stop) and reader.vote_post_holder(p, given=True)


def _bare_post_at(reader: SentenceReader, p: Mention, k: int) -> bool:
    """Whether a job title follows a person's name with no comma between: in
    capitals ("Jane Doe Managing Director of Foo said", a caption's or a list's way),
    or in lower case when it says where it is held ("Jane Doe chair of Foo then")."""
    if k >= reader.sent.end or reader.kind(p) != "Person":
        return False
    span = reader.role_at(k)
    if span is None:
        return False
    if reader.doc[k].text[:1].isupper():
        return True
    return span.end < reader.sent.end and reader.words[span.end] in {"of", "at"}


def plural_appositives(reader: SentenceReader) -> None:
    """ "Jane Doe and John Roe, co-chairs of the Foo Forum, opened the day", "A, B
    and C, all trustees of Foo": people joined before a post in the plural held at
    the organisation named after it each hold the post."""
    words, end = reader.words, reader.sent.end
    for p in reader.ms:
        k = p.end
        if reader.kind(p) != "Person" or k + 3 >= end or words[k] != ",":
            continue
        start = k + 1 + (words[k + 1] in {"both", "all", "the", "joint"})
        seat = plural_post(reader, start)
        if seat is None or seat[1] + 1 >= end or words[seat[1]] not in {"of", "at", "for"}:
            continue
        org = reader.mention_at(seat[1] + 1)
        if org is None or reader.kind(org) != "Organisation":
            continue
        people = reader.people_joined_before(p)
        if not people:
            continue
        role = role_text(seat[0], org)
        for person in [*people, p]:
            reader.relate(person, post_relations(role, org), org, role=role, confidence=0.7)


def _post_then_body(reader: SentenceReader, start: int, j: int, org: Mention) -> bool:
    """ "Jane Doe, Senior Manager Dalby Health Centre;", "Jane Doe, GP Partner Orley
    Group Practice,": a job title found in the run of capitals (its words from
    `start` to the name at j, no "of" or "at" between) and the body's name closing
    the aside: the post is held there."""
    role = reader.role_at(start)
    return (
        role is not None
        and role.end == j
        and (org.end >= reader.sent.end or reader.words[org.end] in _AFTER_ORG)
    )


def _past_asides(reader: SentenceReader, k: int) -> int:
    """Past what may stand between a name and its post: "(pictured)", "(left)"
    (`vocab/photo_asides.txt`), ", 54," (an age): the comma or token after."""
    words, end = reader.words, reader.sent.end
    if k + 2 < end and words[k] == "(" and words[k + 2] == ")" and words[k + 1] in _PHOTO_ASIDES:
        return k + 3
    if k + 2 < end and words[k] == "," and reader.doc[k + 1].like_num and words[k + 2] == ",":
        return k + 2
    return k


def _described_from(reader: SentenceReader, start: int, j: int) -> int:
    """ "..., chief executive of food supply organisation Foo": where "of" (or "at")
    stands before a description of the organisation at token j ending in a noun that
    says what it is (`vocab/description_nouns.txt`); j - 1 when there is none."""
    if reader.words[j - 1] not in lx.ORG_DESCRIPTION_NOUNS:
        return j - 1
    k = j - 1
    while k > start and reader.doc[k].is_lower and reader.words[k] not in _LINKS:
        k -= 1
    return k if k > start and j - k <= 5 and reader.words[k] in _LINKS else j - 1


def _definite_at(reader: SentenceReader, start: int, j: int) -> tuple[int, Mention] | None:
    """ "Jane Doe, director of property at the trust,": a post whose words [start, j)
    end in "at"/"of"/"for" and "the" and a body's word: (where the post's words end,
    the body last named with that word), or None."""
    k = j - 3
    if k <= start or reader.words[k] not in _LINKS - {"from", "in"}:
        return None
    org = reader.definite_org(k + 1)
    return (k, org) if org is not None else None


def _joined_orgs(reader: SentenceReader, org: Mention) -> list[Mention]:
    """ "Foo Trust and the Bar Network", "Foo/Bar": organisations joined by "and"."""
    out = [org]
    k = org.end
    while k + 1 < reader.sent.end and reader.words[k] in {"and", "&", "/"}:
        nxt = reader.mention_at(k + 1)
        if nxt is None or reader.kind(nxt) != "Organisation":
            break
        out.append(nxt)
        k = nxt.end
    return out


_HELD_AT_STOPS = {",", ";", ")", "(", "said", "since", "until"}
_ADVERBS = vocab.words("post_time_adverbs")


def _another_post_at(reader: SentenceReader, k: int) -> bool:
    """Whether token k ends the words of one post: a comma, "since", "said", or "and"
    before another post ("... of Foo since 2019 and previously director at Bar"),
    not "and" inside a field ("School of Children and Families at Bar")."""
    w = reader.words[k]
    if w in _HELD_AT_STOPS or w in _ADVERBS:
        return True
    if w != "and" or k + 1 >= reader.sent.end:
        return False
    nxt = reader.words[k + 1]
    return nxt in _ADVERBS or nxt in _QUALIFIERS or reader.role_phrase_at(k + 1) is not None


def _held_at_later(reader: SentenceReader, k: int) -> tuple[int, Mention] | None:
    """ "... in the X Division at Foo Trust", "Director of Wales – South at Foo": the
    organisation after a later "at" (before the next comma) is where the post is."""
    while k < reader.sent.end and not _another_post_at(reader, k):
        if reader.words[k] in {"at", "with"}:
            found = reader.mention_at(k + 1)
            if found is not None and reader.kind(found) == "Organisation":
                return k, found
        k += 1
    return None


def _field_goes_on(reader: SentenceReader, start: int, comma: int) -> bool:
    """A comma inside a job title's field: "Director for Experience, Participation
    and Equalities": the title has "of"/"for" and what follows is no organisation's
    name but words joined by "and" to the next comma."""
    if not {"of", "for"} & set(reader.words[start:comma]):
        return False
    k = comma + 1
    while k < reader.sent.end and reader.words[k] not in {",", ";", "(", ")"}:
        m = reader.by_start.get(k)
        if m is not None and reader.kind(m) in {"Organisation", "Person"}:
            return False
        k += 1
    return "and" in reader.words[comma + 1 : k] and k - comma <= 6


def _post_read_as_body(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name typed a body is a job title in capitals, held at the body named
    after it: it ends in a job's word and "at", "of" or "for" follows ("Award Scheme
    Co-ordinator at Foo")."""
    if reader.kind(m) != "Organisation" or m.end >= reader.sent.end:
        return False
    last = m.text.lower().split()[-1]
    return last in lx.ROLE_CORE and reader.words[m.end] in {"at", "of", "for"}


def _post_in_capitals(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name not typed a person ends in a job's word ("SW Beach Manager")."""
    return reader.kind(m) != "Person" and m.text.lower().split()[-1] in lx.ROLE_CORE


def _has_role_word(reader: SentenceReader, start: int, end: int) -> bool:
    """Whether words [start, end) hold a job title's word ("manager", "chair", "CEO")."""
    text = reader.doc[start:end].text.lower().replace(",", " ")
    words = set(text.split()) | set(text.replace("-", " ").split())  # "co-ordinator", "vice"
    return 0 < end - start <= 14 and any(w in lx.ROLE_CORE or w in _MEMBER_HEADS for w in words)


def _role_after(reader: SentenceReader, org: Mention) -> int | None:
    """Where a job title after an organisation's name ends: "Foo Trust Chair,", "Foo
    Trust's customer engagement advisor,"."""
    first = k = _past_possessive(reader, org.end)
    while k < reader.sent.end and k - first < 4 and reader.words[k] not in _ROLE_STOP:
        tok, m = reader.doc[k], reader.by_start.get(k)
        if m is not None and _post_in_capitals(reader, m):
            k = m.end  # "Foo Trust's SW Beach Manager,": a post read as a name
            continue
        if tok.pos_ not in {"NOUN", "ADJ", "PROPN"} or m is not None:
            return None  # "Foo Trust health committee chairman": nouns and adjectives only
        k += 1
    if k == first or k >= reader.sent.end or reader.words[k] not in {",", ")"}:
        return None
    return k if _has_role_word(reader, first, k) else None


def _past_possessive(reader: SentenceReader, k: int) -> int:
    """The token past a possessive mark at token k ("Foo Trust's"), else k."""
    return k + 1 if k < reader.sent.end and reader.words[k] in POSSESSIVE else k
