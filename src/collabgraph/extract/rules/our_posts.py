"""Posts said with "our" or "its" (the employment family, continued).

"its"/"their" before a post and its holder: "Foo Trust delivers it, managed by its
project lead, Jane Doe", "staff from Foo Trust, led by their chief nurse Jane Doe":
the post is at the body named last before "its" in the sentence (not one opening
the sentence: "Its chair, Jane Doe, ..." speaks of a body named before; `its_posts`).

A post held before: "She was previously a benefits caseworker at Foo", "Jane was
formerly a community organiser with Foo" (`earlier_posts`; "was previously at Foo"
is `came_from`'s).

"our" after a person's name, their field's words before the post:
"Jane Doe, our kitchen coordinator", "John Roe, our new training and events
officer" (`our_field_posts`). The role finder reads no post where
lower-case words of a field stand before it, so `page_posts.unplaced_roles` never
sees these; "our" says the post is at the page's own body: noted for it
(`ctx.unplaced_posts`, placed by `page_organisation.place_posts`).
Not "Jane Doe, a kitchen coordinator", "Jane Doe, their outreach worker": no "our".

"our" before a post and its holder, whatever the field's words (capitalised or not):
"Our Village Halls Adviser, Jane Doe", "our manager Jane Doe" (`our_posts_before`),
noted for the page's own body as well when the post's word is a staff post's.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.came_from import mover
from collabgraph.extract.rules.post_holders import hold_at_owner, opening_owner
from collabgraph.extract.rules.post_homes import council_post, holds_post, our_post_home
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import named_after, post_after
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads job titles."""

_QUALIFIERS = vocab.words("role_qualifiers") - {"former", "previous", "next", "our"}
_FIELD_POS = {"NOUN", "ADJ", "CCONJ"}  # "kitchen", "digital", "training and events"
_MAX_FIELD = 4  # field words before the post
_AFTER = {",", ")", ";", "."} | lx.DASHES  # the post's words close here
_OWNERS = {"its", "their"}  # a body's post, the body named before in the sentence


def _past_qualifiers(words: list[str], i: int, end: int) -> int:
    """The token at or after i past a post's qualifiers ("our new", "their acting"):
    where the post's own words begin."""
    while i < end and words[i] in _QUALIFIERS:
        i += 1
    return i


def our_field_posts(reader: SentenceReader) -> None:
    """ "Jane Doe, our kitchen coordinator, said": a post at the page's own body."""
    words, end = reader.words, reader.sent.end
    for p in reader.ms:
        k = p.end
        if reader.kind(p) != "Person" or k + 3 >= end or words[k : k + 2] != [",", "our"]:
            continue
        i = _past_qualifiers(words, k + 2, end)
        first = i
        for j in range(first + 1, min(first + _MAX_FIELD, end - 1) + 1):
            tok = reader.doc[j - 1]
            if tok.pos_ not in _FIELD_POS or not tok.text.isalpha() or tok.text[0].isupper():
                break  # "our colleagues at Foo": not a field's words
            span = reader.role_phrase_at(j)
            if span is None or span.start != j:
                continue
            if span.end < end and words[span.end] not in _AFTER:
                continue  # "our kitchen coordinator at Foo": read elsewhere
            role = role_text(reader.doc[first : span.end].text, None)
            home = our_post_home(role)
            if home is not None and words[first] != "and" and not holds_post(reader, p.id):
                reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, home))
            break


_OPENING_FIELD_POS = _FIELD_POS | {"PROPN"}  # "Our Village Halls Adviser, Jane Doe"
_GONE = {"former", "previous", "next", "late"}  # a post not held now


def our_posts_before(reader: SentenceReader) -> None:
    """ "Our outreach coordinator, Jane Doe, knocked on doors", "thanks to our Village
    Halls Adviser, Jane Doe", "our manager Jane Doe": "our" says the post is at the
    page's own body, whatever the field's words before it (capitalised or not), so long
    as the post's last word is one held at a page's body (`post_homes.post_home`:
    `vocab/role_of_the_staff.txt`, a chief executive's, ...; a trade said "our", "our
    clinical pharmacist", "our producer": `vocab/role_of_our_staff.txt`). Not "our
    community reporter, Jane Doe": a title its word alone does not say is held at the
    page's body (it added a wrong link on a check half).
    Noted for the page's body (`ctx.unplaced_posts`, placed by
    `page_organisation.place_posts`) when nothing placed the holder's post already.
    Not "our former coordinator, Jane Doe" (a post gone), nor "our partners, Foo" (no
    job title), nor a post with words after it ("our coordinator at Foo"), nor a seat
    ("our member Jane Doe")."""
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start, end - 2):
        if words[k] != "our":
            continue
        i = _past_qualifiers(words, k + 1, end)
        first = i
        if words[first] in _GONE:
            continue
        while i < min(first + _MAX_FIELD + 1, end - 1) and _field_word(reader.doc[i]):
            i += 1
            if words[i - 1] not in lx.ROLE_CORE or i >= end:
                continue  # "our oral history volunteer": a modifier, no post
            at = i + (words[i] == ",")
            person = named_after(reader, at) if at < end else None
            if person is None or reader.kind(person) != "Person":
                continue
            if not _unplaced(reader, person.id):
                break
            role = role_text(reader.doc[first:i].text, None)
            home = our_post_home(role)  # None: not a post held at the page's body by its word
            # not "our district councillor" (an elected post's council), nor "our member"
            if home and not council_post(role) and post_relations(role, None)[0] == "WORKS_FOR":
                reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))
            break


# words between a newcomer's name and "as our new ...": "Jane Doe has joined us as",
# "Jane Doe started in May as" (the name the post is said of, its clause's subject)
_JOINING_WORDS = vocab.words("our_post_joining_words")


def as_our_posts(reader: SentenceReader) -> None:
    """ "We're delighted to welcome Jane Doe as our new Stores Coordinator", "Jane
    Doe has joined us as our analyst": "as our" says the post is at the page's own
    body, whatever the field's words before it (capitalised or not), when its last word
    is a post's (`our_post_home`). The holder is the name right before "as", or the
    clause's subject past words of joining (`vocab/our_post_joining_words.txt`). Not
    "as our former chair" (a post gone), "as our guest" (no post), a councillor's seat,
    nor a holder whose post is placed already. Noted for the page's body
    (`ctx.unplaced_posts`, placed by `page_organisation.place_posts`)."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    for k in range(start + 1, end - 2):
        if words[k] != "as" or words[k + 1] != "our":
            continue
        person = reader.by_end.get(k) or _joining_subject(reader, k)
        if person is None or reader.kind(person) != "Person" or not _unplaced(reader, person.id):
            continue
        i = _past_qualifiers(words, k + 2, end)
        first = i
        if first >= end or words[first] in _GONE:
            continue
        post_end = None
        while i < min(first + _MAX_FIELD + 1, end) and _field_word(reader.doc[i]):
            i += 1
            if words[i - 1] in lx.ROLE_CORE:
                post_end = i  # the longest run ending in a post's word
        if post_end is None or (post_end < end and reader.by_start.get(post_end) is not None):
            continue  # "as our coordinator Foo Trust ...": read elsewhere
        role = role_text(reader.doc[first:post_end].text, None)
        home = our_post_home(role)
        if home and not council_post(role):
            reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))


def _joining_subject(reader: SentenceReader, k: int):
    """The person opening a clause whose words up to token k ("as") are all of joining:
    "Jane Doe has joined us as", "Jane Doe joins the team as"; None otherwise."""
    for m in reader.ms:
        if m.end >= k or reader.kind(m) != "Person":
            continue
        between = reader.words[m.end : k]
        if between and all(w in _JOINING_WORDS for w in between):
            return m
    return None


def _field_word(tok) -> bool:
    return tok.pos_ in _OPENING_FIELD_POS and tok.text.isalpha() and tok.lower_ != "our"


def _unplaced(reader: SentenceReader, person: int) -> bool:
    """Whether no rule has placed a post of this person, nor noted one for the page."""
    noted = any(p == person for p, *_ in reader.ctx.unplaced_posts)
    return not noted and not holds_post(reader, person)


_WE_WORDS = {"we", "us", "our"}  # a pronoun a page's "we" is read at (`voice`)


def its_posts(reader: SentenceReader) -> None:
    """ "Foo Trust gave us data, and its head of digital, Jane Doe, answered", "staff
    from Foo Trust, led by their chief nurse, Jane Doe", "students from Foo College,
    with their tutor Jane Doe": Jane Doe holds the post at Foo, the organisation named
    last before "its"/"their" in the sentence (the name set off by a comma, or right
    after the post). Opening the sentence, "its"/"their" speaks of the body the
    sentences just before name first ("Visitors came from Foo Café, which opens next
    month. Their coordinator, Jane Doe, took notes": `post_holders.opening_owner`)."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    for k in range(start, end - 2):
        if words[k] not in _OWNERS:
            continue
        i = _past_qualifiers(words, k + 1, end)
        span = reader.role_phrase_at(i)
        if span is None or span.start != i or span.end >= end:
            continue
        at = span.end + (words[span.end] == ",")  # "its manager, Jane Doe" / "their tutor Jane Doe"
        person = named_after(reader, at) if at < end else None
        if person is None or reader.kind(person) != "Person":
            continue
        owner = _named_before(reader, k) if k > start else opening_owner(reader, k, person)
        if owner is None:
            continue
        if holds_post(reader, person.id):
            continue
        hold_at_owner(reader, person, reader.doc[span.start : span.end].text, owner)


def _named_before(reader: SentenceReader, k: int):
    """The organisation named last before token k in the sentence ("we", read as
    the page's body, names none: "Foo gave us data, and its head of digital" is
    Foo's, not the page's)."""
    named = [m for m in reader.ms if m.end <= k and m.id >= 0 and not m.synthetic]
    named = [m for m in named if reader.words[m.start] not in _WE_WORDS]
    named = [m for m in named if reader.kind(m) == "Organisation"]
    return named[-1] if named else None


_BEFORE = {"previously", "formerly"}
_AT = {"at", "with", "for"}


def earlier_posts(reader: SentenceReader) -> None:
    """ "She was previously a benefits caseworker at Foo": the person the "was" is
    said of (a person, or the one "he"/"she" is) worked for Foo, in that post."""
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start + 1, end - 4):
        if words[k] not in {"was", "were"} or words[k + 1] not in _BEFORE:
            continue
        if words[k + 2] not in {"a", "an"}:
            continue  # "was previously at Foo": came_from
        post = _post_with_field(reader, k + 3)  # "a benefits caseworker at"
        if post is None or post[1] + 1 >= end or words[post[1]] not in _AT:
            continue
        org = reader.by_start.get(post[1] + 1 + (words[post[1] + 1] == "the"))
        person = mover(reader, k)
        if org is None or reader.kind(org) != "Organisation" or person is None:
            continue
        role = role_text(reader.doc[k + 3 : post[1]].text, org)
        reader.relate(person, "WORKS_FOR", org, role=role, confidence=0.65)


def _post_with_field(reader: SentenceReader, i: int) -> tuple[str, int] | None:
    """The post from token i on, up to three lower-case words of its field first
    ("benefits caseworker", "youth worker"): (its own words, where it ends)."""
    for j in range(i, min(i + 4, reader.sent.end)):
        if j > i:
            tok = reader.doc[j - 1]
            if tok.pos_ not in _FIELD_POS or not tok.text.isalpha() or tok.text[0].isupper():
                return None
        post = post_after(reader, j)
        if post is not None:
            return post
    return None
