"""Posts: who holds which post where, read from appointments, careers and
appositives (the employment family's second module).

"Jane Doe, debt team manager at Foo Trust", "Jane Doe, Chair, Foo Network",
"Foo Trust has appointed Jane Doe as the new chair of its board", "Jane Doe is
a non-executive director at Bar", "She has also served as chief executive of
Baz", "He previously worked at Qux": WORKS_FOR, or MEMBER_OF for board posts
(`post_relations`). A board post or chief executive named with no
organisation ("deputy chairman Jane Doe") is noted for the page's own
organisation (`ctx.unplaced_posts`, read by `document.place_posts`).
"""

from __future__ import annotations

from collections.abc import Container

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader, post_relations, role_text

LABELS = frozenset({"post_as", "post_is", "worked_at"})
"""The cue labels (pattern files) this family's rules read."""

_QUALIFIERS = vocab.words("role_qualifiers")
_MEMBER_HEADS = vocab.words("role_member_heads")
_PAGE_POSTS = vocab.words("role_of_the_page")
_ADVERBS = {"currently", "now", "also", "still", "presently", "previously", "recently", "already"}
_PRONOUNS = {"he", "she"}
_COUNCILLOR = {"cllr", "councillor", "councilor"}


_LINKS = {"of", "at", "for", "with", "from", "in"}
_ROLE_STOP = {",", ";", "(", ")", ":", '"', "“", "”", "–", "—"}
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
        if reader.kind(p) != "Person" or k + 2 >= end or words[k] not in {",", "("}:
            continue
        start = k + 1
        while start < end and words[start] in _QUALIFIERS - {"former"}:
            start += 1
        j = start
        while j < end and j - start < 12:
            if words[j] == "," and _field_goes_on(reader, start, j):
                j += 1  # "Director for Housing, Planning and Transport, Foo Agency"
                continue
            if words[j] in {"–", "—"} and "of" in words[start:j]:
                j += 1  # "Director of England – London & South at Foo"
                continue
            if words[j] in _ROLE_STOP:
                break
            m = reader.by_start.get(j)
            if m is not None and reader.kind(m) in {"Organisation", "Person"}:
                break
            tok = reader.doc[j]
            if tok.pos_ == "AUX" or (
                tok.pos_ == "VERB" and tok.tag_ != "VBG" and not tok.text[:1].isupper()
            ):
                j = -1
                break
            j += 1
        if j < 0 or j >= end:
            continue
        org = reader.by_start.get(j)
        link = j - 1 - (j - 2 > start and words[j - 1] == "the")
        if org is not None and link > start and words[link] in _LINKS:
            role_end = link  # "..., debt team manager at Foo Trust"
            later = _held_at_later(reader, org.end)
            if later is not None:  # "director of nursing in the X Division at Y"
                role_end, org = later
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
            start, org_first = org.end, org
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
        role = role_text(reader.doc[start:role_end].text, org)
        for o in _joined_orgs(reader, org):
            reader.relate(p, post_relations(role, o), o, role=role, confidence=0.75)


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


def titles_before_names(reader: SentenceReader) -> None:
    """ "The chief executive of Foo Trust, Dr Jane Doe, has announced ...", "CEO of
    the trust, Jane Doe said": a job title and where it is held, then the person."""
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
        org = _org_after(reader, span.end, i)
        here = org is not None and any(m.id == org.id for m in reader.ms)
        org_end = org.end if here else span.end + 3
        if org is None or org_end + 1 >= end or words[org_end] != ",":
            continue  # (a named organisation, or "of the trust": one named before)
        person = reader.mention_at(org_end + 1)
        if person is not None and reader.kind(person) == "Person":
            role = role_text(reader.doc[span.start : span.end].text, org)
            if not here and page_post(role):  # "CEO of the trust, Jane Doe": the page's own
                home = ("page", org.id)  # else the one last named with the word
                reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))
                continue
            reader.relate(person, post_relations(role, org), org, role=role, confidence=0.75)


def _held_at_later(reader: SentenceReader, k: int) -> tuple[int, Mention] | None:
    """ "... in the X Division at Foo Trust", "Director of Wales – South at Foo": the
    organisation after a later "at" (before the next comma) is where the post is."""
    while k < reader.sent.end and reader.words[k] not in {",", ";", ")", "(", "said"}:
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


def _has_role_word(reader: SentenceReader, start: int, end: int) -> bool:
    """Whether words [start, end) hold a job title's word ("manager", "chair", "CEO")."""
    text = reader.doc[start:end].text.lower().replace("-", " ")
    return 0 < end - start <= 14 and any(
        w in lx.ROLE_CORE or w in _MEMBER_HEADS for w in text.replace(",", " ").split()
    )


def _role_after(reader: SentenceReader, org: Mention) -> int | None:
    """Where a job title after an organisation's name ends: "Foo Trust Chair,"."""
    k = org.end
    while k < reader.sent.end and k - org.end < 4 and reader.words[k] not in _ROLE_STOP:
        tok = reader.doc[k]
        if tok.pos_ not in {"NOUN", "ADJ", "PROPN"} or reader.by_start.get(k) is not None:
            return None  # "Foo Trust health committee chairman": nouns and adjectives only
        k += 1
    if k == org.end or k >= reader.sent.end or reader.words[k] not in {",", ")"}:
        return None
    return k if _has_role_word(reader, org.end, k) else None


def appointments(reader: SentenceReader) -> None:
    """ "appointed Jane Doe as the new chair of its board", "to take up the role as
    chair of Foo" (`post_as`); "Jane Doe is currently a trustee at Foo", "where he
    is presently the deputy chief executive" (`post_is`); "she spent nine years at
    Foo", "he has worked at Bar" (`worked_at`)."""
    worked: list[Mention] = []
    for cue in reader.cues("worked_at"):
        person = reader.person_before(cue.start)
        if person is None:
            continue
        first = reader.mention_at(cue.end)
        if first is not None:
            reader.vote_organisation(first)  # "spent nine years at Foo Mosaic"
        orgs = reader.list_after(cue.end, kinds={"Organisation"})
        for org in orgs:
            reader.relate(person, "WORKS_FOR", org, confidence=0.65)
        worked += orgs
    for cue in reader.cues("post_as"):
        post = _post_after(reader, cue.end)
        if post is None:
            continue
        role, role_end = post
        person = reader.person_before(cue.start)
        if (
            person is None
            and role_end + 1 < reader.sent.end
            and reader.words[role_end] in {"is", "was"}
        ):  # "Retiring as a trustee is Jane Doe"
            after = reader.by_start.get(role_end + 1)
            person = after if after is not None and reader.kind(after) == "Person" else None
        if person is None:
            continue
        org = _org_after(reader, role_end, cue.start)
        if org is None and worked:
            org = worked[-1]  # "she spent nine years at Foo, as group director of X"
        _hold(reader, person, role, org, says_where=_says_where(reader, role_end))
    for cue in reader.cues("post_is"):
        person, org = reader.person_before(cue.start, limit=4), None
        k = cue.start - 1
        if (
            k - 1 >= reader.sent.start
            and reader.words[k] in _PRONOUNS
            and reader.words[k - 1] == "where"
        ):  # "Foo Trust, where he is presently the ..."
            org = reader.before(k - 1, kinds={"Organisation"}, limit=3)
        if person is None:
            continue
        post = _post_after(reader, cue.end)
        if post is None:
            continue
        role, role_end = post
        org = _org_after(reader, role_end, cue.start) or org
        _hold(reader, person, role, org, says_where=_says_where(reader, role_end))


def _post_after(reader: SentenceReader, i: int) -> tuple[str, int] | None:
    """The job title from token i on, after articles, "new", "interim": (text, end)."""
    while i < reader.sent.end and (reader.words[i] in _QUALIFIERS or reader.words[i] in _ADVERBS):
        i += 1
    span = reader.role_phrase_at(i)
    if span is None:
        return None
    end = span.end
    for k in range(span.start + 1, span.end - 1):
        if reader.words[k] in {"of", "at", "for"}:
            nxt = k + 1 + (reader.words[k + 1] == "the")
            org = reader.by_start.get(nxt)
            if org is not None and reader.kind(org) == "Organisation":
                end = k  # "chief executive of the Foo Society": the field is a body
                break
    return reader.doc[span.start : end].text, end


def _org_after(reader: SentenceReader, k: int, cue_start: int) -> Mention | None:
    """Where a post is held, after its title: "of Foo Trust", "at Foo", "of its
    board" (the organisation the sentence began with), "of the trust"."""
    end = reader.sent.end
    if k >= end or reader.words[k] not in {"of", "at", "for", "with"}:
        return None
    k += 1
    if k < end and reader.words[k] in {"its", "their"}:
        return next(
            (m for m in reader.ms if m.end <= cue_start and reader.kind(m) == "Organisation"), None
        )
    found = reader.mention_at(k)
    if found is not None and reader.kind(found) == "Organisation":
        return found
    return reader.definite_org(k)


def _says_where(reader: SentenceReader, k: int) -> bool:
    """Whether a post's title is followed by where it is held ("of ...", "at ...")."""
    return k < reader.sent.end and reader.words[k] in {"of", "at", "for", "with", "in"}


def _hold(
    reader: SentenceReader, person: Mention, role: str, org: Mention | None, *, says_where: bool
) -> None:
    """The person holds the post at `org`; with no organisation, and none said, a
    board post or chief executive is noted for the page's own organisation."""
    role = role_text(role, org)
    if org is not None:
        reader.relate(person, post_relations(role, org), org, role=role, confidence=0.75)
    elif page_post(role) and not says_where:
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, "page"))


def page_post(role: str) -> bool:
    """Whether a post named with no organisation is at the page's own one
    (`vocab/role_of_the_page.txt`): "deputy chairman", "chair of governors"."""
    low = role.lower().replace("’", "'")
    head = low.split(" of ")[0].split()
    return (
        bool(head)
        and (
            head[-1] in _MEMBER_HEADS
            or " ".join(head[-3:]) in _PAGE_POSTS
            or " ".join(head[-2:]) in _PAGE_POSTS
            or head[-1] in _PAGE_POSTS
        )
        and not low.startswith(("former", "ex-"))
    )


def unplaced_roles(reader: SentenceReader) -> None:
    """ "deputy chairman Jane Doe", "Jane Doe, chair," with no organisation in
    sight: noted for the page's own organisation; "Councillor Jane Doe, Cabinet
    Member for Housing": noted for the council the page names."""
    placed = reader.ctx.by_source  # who has a relation already
    _councillors(reader, placed)
    for r in reader.roles:
        person = reader.by_start.get(r.end)
        if person is None and r.start >= 2 and reader.words[r.start - 1] == ",":
            person = reader.by_end.get(r.start - 1)
        if person is None or reader.kind(person) != "Person":
            continue
        k = r.end + (reader.by_start.get(r.end) is person and 0)
        if (
            k < reader.sent.end
            and reader.words[k] in {"of", "at", "for"}
            and person.start < r.start
        ):
            continue  # "Jane Doe, chair of ...": read elsewhere
        role = role_text(reader.doc[r.start : r.end].text, None)
        if person.id in placed or not page_post(role):
            continue
        if reader.words[r.start - 1] in {"former", "ex"} if r.start > 0 else False:
            continue
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, "page"))


def posts_before_names(reader: SentenceReader) -> None:
    """ "chair of governors Jane Doe talked ...", "current chairman, Professor Jane
    Doe (since 2010)": a board post or chief executive in lower case right before a
    person, with no organisation, is noted for the page's own organisation."""
    words = reader.words
    for p in reader.ms:
        if reader.kind(p) != "Person":
            continue
        end = p.start - len((p.title or "").split())  # "chairman, Professor Jane Doe"
        end -= end - 1 > reader.sent.start and words[end - 1] == ","
        for i in range(max(reader.sent.start, end - 5), end):
            span = reader.role_phrase_at(i)
            if span is None or not _field_to(reader, span.end, end):
                continue
            before = words[i - 1] if i > reader.sent.start else ""
            if before in {"former", "ex", "-", "'s", "’s"} or reader.by_end.get(i) is not None:
                break  # "former chair", "Foo Trust chair Jane Doe": read elsewhere
            role = role_text(reader.doc[i:end].text, None)
            if page_post(role) and role.lower() not in _posts_held(reader, p.id):
                reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, "page"))
            break


def _posts_held(reader: SentenceReader, person: int) -> set[str]:
    """The posts (lower case) a person already holds, placed or noted for the page."""
    held = {
        (c.role or "").lower()
        for c in reader.ctx.by_source.get(person, ())
        if {"WORKS_FOR", "MEMBER_OF"} & set(c.relations)
    }
    return held | {role.lower() for who, role, *_ in reader.ctx.unplaced_posts if who == person}


def _field_to(reader: SentenceReader, k: int, end: int) -> bool:
    """Whether a job title ending at token k runs on to `end`: nothing between, or
    "of"/"for" and up to three lower-case words ("chair of governors")."""
    if k == end:
        return True
    between = reader.doc[k + 1 : end]
    return (
        reader.words[k] in {"of", "for"}
        and 0 < len(between) <= 3
        and all(t.is_alpha and t.is_lower for t in between)
    )


def _councillors(reader: SentenceReader, placed: Container[int]) -> None:
    for m in reader.ms:
        if reader.kind(m) != "Person" or m.id in placed:
            continue
        before = next((r for r in reader.roles if r.end == m.start), None)
        styled = (m.title or "").lower().rstrip(".") in _COUNCILLOR or (
            before is not None and reader.words[before.end - 1] in _COUNCILLOR
        )
        if not styled:
            continue
        k = m.end + (m.end < reader.sent.end and reader.words[m.end] == ",")
        post = reader.role_at(k) if k > m.end else None
        role = role_text(reader.doc[post.start : post.end].text, None) if post else "Councillor"
        reader.ctx.unplaced_posts.append((m.id, role, reader.evidence, "council"))
