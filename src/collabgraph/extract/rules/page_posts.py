"""Posts named with no organisation: "deputy chairman Jane Doe", "Jane Doe, chair,",
"Councillor Jane Doe, Cabinet Member for Housing" (the employment family,
continued). Noted for the page's own organisation, or the council the page
names (`ctx.unplaced_posts`, read by `page_organisation.place_posts`). And a post
said as one of many: "Jane Doe, one of our trustees" (the page's own), "Jane Doe,
one of the Trust's chaplains" (the body last named with that word).
"""

from __future__ import annotations

from collections.abc import Container

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.civic_posts import council_post_at
from collabgraph.extract.rules.councillor_titles import councillor_title
from collabgraph.extract.rules.kind_word_posts import qualified_kind_named, unnamed_kind
from collabgraph.extract.rules.page_post_bodies import (
    area_after,
    body_by_kind,
    club_word_before,
    is_seat,
    label_seat,
    note_at_body,
)
from collabgraph.extract.rules.post_held_at import body_owner
from collabgraph.extract.rules.post_homes import holds_post, our_post_home, post_home
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import named_after, plural_post
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads job titles."""

_COUNCILLOR = vocab.words("councillor_words")
# words between a name's comma and a post still held at the page's body ("Jane Doe, our
# outgoing chair"); not a post gone or to come, nor "the"/"a" (any body's: "the Bishop")
_HELD_QUALIFIERS = vocab.words("role_qualifiers") - {"former", "previous", "next"}
_HELD_QUALIFIERS -= {"a", "an", "both", "the"}


def unplaced_roles(reader: SentenceReader) -> None:
    """ "deputy chairman Jane Doe", "Jane Doe, chair,", a caption's "Jane Doe
    (Chairman)" with no organisation in sight: noted for the page's own
    organisation; "Councillor Jane Doe, Cabinet
    Member for Housing": noted for the council the page names."""
    placed = reader.ctx.by_source  # who has a relation already
    _councillors(reader, placed)
    for r in reader.roles:
        person = named_after(reader, r.end)  # "Deputy Leader Cllr Jane Doe"
        labelled = False
        if person is None and r.end + 1 < reader.sent.end and reader.words[r.end] in lx.LINE_MARKS:
            person = named_after(reader, r.end + 1)  # "Chair: Jane Doe", "Chair – Dr Jane Doe"
            labelled = not any(w.isalnum() for w in reader.words[reader.sent.start : r.start])
        if person is None and r.start >= 2:
            person = _named_before_post(reader, r.start)  # "Jane Doe, our new chair"
        bracketed = person is None and _in_brackets(reader, r.start, r.end)
        if bracketed:
            person = reader.by_end.get(r.start - 1)  # a caption: "Jane Doe (Chairman), ..."
        if person is None or reader.kind(person) != "Person":
            continue
        if unnamed_kind(reader, r.start, r.end):
            continue  # "Trust chair Jane Doe" on a page naming no trust
        k = r.end + (reader.by_start.get(r.end) is person and 0)
        area_end = area_after(reader, k) if person.start < r.start else None
        if (
            area_end is None
            and k < reader.sent.end
            and reader.words[k] in {"of", "at", "for"}
            and person.start < r.start
        ):
            continue  # "Jane Doe, chair of ...": read elsewhere
        role = role_text(reader.doc[r.start : area_end or r.end].text, None)
        ours = person.end <= r.start and "our" in reader.words[person.end : r.start]
        home = our_post_home(role) if ours else post_home(role)  # "Jo Tern, our solicitor"
        if home is None and bracketed and _field_only(reader, r.start, r.end):
            home = "staff"  # a caption's "Jane Doe (Finance)": her field at the page's body
        # a post in brackets is said outright: only a post held elsewhere stands before it
        taken = person.id in placed and (not bracketed or holds_post(reader, person.id))
        # "Chair: Jane Doe (Foo Trust)": her own body beside her, the seat the page's
        taken = taken and not (labelled and label_seat(reader, role))
        if home is None or taken:
            continue
        if reader.words[r.start - 1] in {"former", "ex"} if r.start > 0 else False:
            continue
        if home in {"officer", "page"} and (club := club_word_before(reader, r.start)):
            body = reader.ctx.recent_with_word(club, "Organisation")
            if body is not None:  # "Fenby Walking Club ... Club secretary Jane Doe"
                rels = post_relations(role, body, board=True)
                reader.relate(person, rels, body, role=role, confidence=0.7)
                continue
            home = "club"  # "Club secretary Jane Doe": a seat at the page's own body
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))


def one_of_posts(reader: SentenceReader) -> None:
    """ "Jane Doe, one of the Trust's trustees," (the body last named with that word),
    "Jane Doe, one of Foo Trust's chaplains", "Jane Doe, one of our trustees" (the
    page's own body): the post in the singular, held there."""
    words, end = reader.words, reader.sent.end
    for p in reader.ms:
        k = p.end
        if reader.kind(p) != "Person" or k + 4 >= end or words[k : k + 3] != [",", "one", "of"]:
            continue
        i = k + 3
        body, ours = None, words[i] == "our"
        if not ours:
            owner = reader.mention_at(i)
            mark = owner.end if owner is not None else i + 1 + (words[i] == "the")
            if mark >= end or words[mark] not in POSSESSIVE:
                continue
            if owner is None and body_owner(reader, mark) is not None:
                owner = reader.ctx.recent_with_word(words[mark - 1], "Organisation")
            if owner is None or reader.kind(owner) != "Organisation":
                continue
            body, i = owner, mark
        post = plural_post(reader, i + 1)
        if post is None:
            continue
        role = role_text(post[0], body)
        if body is not None:
            reader.relate(p, post_relations(role, body), body, role=role, confidence=0.7)
        elif (home := post_home(role)) is not None:
            reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, home))


def posts_before_names(reader: SentenceReader) -> None:
    """ "chair of governors Jane Doe talked ...", "current chairman, Professor Jane
    Doe (since 2010)": a board post or chief executive in lower case right before a
    person, with no organisation, is noted for the page's own organisation; so is one
    at a body named by its kind, "Chair of the Trust Jane Doe said" (falling back to the
    organisation last named with that word)."""
    words = reader.words
    for p in reader.ms:
        if reader.kind(p) != "Person":
            continue
        end = p.titled_start  # "chairman, Professor Jane Doe"
        end -= end - 1 > reader.sent.start and words[end - 1] == ","
        for i in range(max(reader.sent.start, end - 5), end):
            span = reader.role_phrase_at(i)
            # the title may be read into the post: "chief nurse Professor Jane Doe"
            titled = end < p.start and span is not None and span.end == p.start
            if span is not None and (body := body_by_kind(reader, span.end, end)) is not None:
                note_at_body(reader, p, i, span.end, body)
                break  # "Chair of the Trust Jane Doe said"
            if span is None or not (titled or _field_to(reader, span.end, end)):
                continue
            before = words[i - 1] if i > reader.sent.start else ""
            role = role_text(reader.doc[i:end].text, None)
            if (at := reader.body_before_where(i - 1)) is not None:  # "Foo, where chair A"
                reader.relate(p, post_relations(role, at), at, role=role, confidence=0.7)
                break
            if before in {"former", "ex"} and is_seat(role):
                pass  # "Former chairman Jane Doe stepped down": the page's board, as it was
            elif before in {"former", "ex", "-", "'s", "’s"} or reader.by_end.get(i) is not None:
                break  # "former chief executive", "Foo Trust chair Jane Doe": read elsewhere
            if unnamed_kind(reader, i, end) or qualified_kind_named(reader, i, end):
                break  # "Trust chair Jane Doe" on a page naming no trust; "society chair"
            home = post_home(role)
            if home not in {None, "council"} and role.lower() not in _posts_held(reader, p.id):
                reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, home))
            break


def the_post_after_names(reader: SentenceReader) -> None:
    """ "Jane Doe the outgoing chairman said", "Jane Doe, the chief executive, thanked
    ...": a board seat or chief executive after "the" right behind a person, closed by a
    comma or a verb, with no organisation named, is noted for the page's own body; a
    post held elsewhere is read by other rules ("the chair of Foo" is left)."""
    words, end = reader.words, reader.sent.end
    for p in reader.ms:
        k = p.end + (p.end < end and words[p.end] == ",")
        if k >= end or words[k] != "the" or reader.kind(p) != "Person":
            continue
        i = k + 1
        while i < end and words[i] in _HELD_QUALIFIERS:
            i += 1
        span = reader.role_phrase_at(i)
        if span is None or span.end >= end or reader.by_start.get(span.end) is not None:
            continue
        after = reader.doc[span.end]
        closed = after.text == "," or words[span.end] in lx.SPEAKING_VERBS
        if not (closed or (after.pos_ in {"VERB", "AUX"} and after.dep_ == "ROOT")):
            continue
        role = role_text(reader.doc[span.start : span.end].text, None)
        if post_home(role) != "page" or holds_post(reader, p.id):
            continue
        reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, "page"))


def _named_before_post(reader: SentenceReader, i: int) -> Mention | None:
    """The person named just before a post starting at token i, set apart by a comma or
    a line's mark and words of a post still held: "Jane Doe, chair", "Jane Doe –
    Chair", "Jane Doe, our outgoing Acting General Manager"; None when there is none."""
    k = i - 1
    while k > reader.sent.start and reader.words[k].lower() in _HELD_QUALIFIERS:
        k -= 1
    if reader.words[k] not in {","} | lx.LINE_MARKS:
        return _elected_before(reader, i)
    return reader.by_end.get(k)


_ELECTED = {"elected", "appointed", "reappointed", "co-opted", "coopted", "reelected"}
_BEEN = {"was", "were", "is", "are", "has", "have", "had", "been", "be", "will", "unanimously"}


def _elected_before(reader: SentenceReader, i: int) -> Mention | None:
    """ "Jane Doe was re-elected Chair", "John Roe has been appointed as Treasurer"
    (a minutes' election of officers): the person the passive verb before the post
    at token i is said of; None when there is none."""
    k = i - 1 - (reader.words[i - 1] == "as")
    if k <= reader.sent.start or reader.words[k] not in _ELECTED:
        return None
    k -= 1
    if k - 1 > reader.sent.start and reader.words[k - 1 : k + 1] == ["re", "-"]:
        k -= 2  # "re-elected", read as three words
    while k > reader.sent.start and reader.words[k] in _BEEN:
        k -= 1
    if reader.words[k + 1] not in _BEEN:
        return None  # "the members elected Chair": no passive
    return reader.by_end.get(k + 1)


def _field_only(reader: SentenceReader, i: int, j: int) -> bool:
    """Whether the words from token i to j only name a field of work (vocab/role_fields.txt)."""
    return all(w in lx.DOMAIN_WORDS for w in reader.words[i:j])


def _in_brackets(reader: SentenceReader, i: int, j: int) -> bool:
    """Whether the job title from token i to j is all a bracket holds: "(Secretary)"."""
    return i >= 2 and j < reader.sent.end and reader.words[i - 1] == "(" and reader.words[j] == ")"


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
        if reader.kind(m) != "Person" or _works_somewhere(reader, m.id, placed):
            continue  # a councillor who chairs a committee still sits on the council
        before = next((r for r in reader.roles if r.end == m.start), None)
        styled = (m.title or "").lower().rstrip(".") in _COUNCILLOR or (
            before is not None and reader.words[before.end - 1] in _COUNCILLOR
        )
        if not styled or any(w == m.id and h[0] == "place" for w, _, _, h in _civic(reader)):
            continue  # "the Mayor of Kelby, Cllr Jane Doe": the mayor's post, noted
        k = m.end + (m.end < reader.sent.end and reader.words[m.end] == ",")
        post = reader.role_at(k) if k > m.end else None
        role = role_text(reader.doc[post.start : post.end].text, None) if post else None
        role = role or (council_post_at(reader, k) if k > m.end else None)
        style = before.start if before is not None else m.start - 1
        role = role or councillor_title(reader, m, style) or "Councillor"
        reader.ctx.unplaced_posts.append((m.id, role, reader.evidence, "council"))


def _works_somewhere(reader: SentenceReader, person: int, placed: Container[int]) -> bool:
    """Whether a person has a post placed already: a relation other than a seat on a
    body ("Councillor Jane Doe" chairing the Foo Committee is still the council's)."""
    if person not in placed:
        return False
    return any(c.relations != ("MEMBER_OF",) for c in reader.ctx.by_source.get(person, ()))


def _civic(reader: SentenceReader) -> list:
    """The posts noted for a place's body ("Mayor of Kelby": `civic_posts`)."""
    return [p for p in reader.ctx.unplaced_posts if isinstance(p[3], tuple)]
