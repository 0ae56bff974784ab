"""A post named after a body's kind, standing for the body: "Partnership chair Jane
Doe said", "Panel member Jane Doe, 16, hosts", "Foundation chief executive Jane
Doe" (the employment family, continued).

A job title (`reader.roles`) whose first word is a body's head word
(`lexicon.ORG_HEADS`, `EXTRA_ORG_HEADS`: partnership, panel, foundation, trust),
outside any name, followed right away by a person's name, is held at the
organisation the page first named with that word ("Kelby Health Partnership";
`_first_with_word`: the body the page is about, not one listed later); so is a post
after a capitalised word alone that ends a name the page gave in full before
("Tidewell Playhouse ... Playhouse artistic director Jane Doe": `short_name_posts`):
WORKS_FOR, or MEMBER_OF for a seat (`post_relations`). None named with the word: no
post at all (`unnamed_kind`, read by `page_posts`): "Selby Rovers won ... Trust chair
Tom Reed said" names a trust the page never names, not the club.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.context import word_fit
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import named_after
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads job titles."""

_HEADS = lx.ORG_HEADS | lx.EXTRA_ORG_HEADS | {"panel", "committee"}  # "Youth Panel"
_NOT_AFTER = {"'s", "'", "of", "the", "a", "an"}  # "the Trust's chair", "a panel member"
_UNNAMED_KINDS = vocab.words("unnamed_post_bodies")
"""Kind words whose body, named nowhere on the page, holds a post before it."""


def _kind_word_at(reader: SentenceReader, i: int) -> str | None:
    """The body's kind word at token i opening a post, outside any name and not after
    "the"/"'s" ("Partnership chair"); None otherwise."""
    word = reader.words[i]
    if i > reader.sent.start and reader.words[i - 1] in _NOT_AFTER:
        return None
    if word not in _HEADS:
        return None
    if i in reader.covering:
        return None  # "Fenby Trust chair Jane Doe": read with the name
    return word


def _qualified_kind(reader: SentenceReader, i: int, end: int) -> list[str] | None:
    """The lower-case words of a post's opening, at token i, that end with a body's
    kind word and stand before the post itself ("heritage society chair", "youth
    forum secretary": ["heritage", "society"]; the sentence's first word may be
    capitalised), outside any name and not after "the"/"'s"; None otherwise."""
    if i > reader.sent.start and reader.words[i - 1] in _NOT_AFTER:
        return None
    for k in range(i + 1, end - 1):
        if reader.words[k] in _HEADS:
            span = range(i, k + 1)
            opening = (reader.doc[j].is_lower or j == reader.sent.start for j in span)
            if all(opening) and not any(j in reader.covering for j in span):
                return reader.words[i : k + 1]
            return None
    return None


_QUALIFIERS_BEFORE = 3  # lower-case words at most before a post: "youth forum"


def _kind_before(reader: SentenceReader, i: int) -> tuple[list[str] | None, int]:
    """The lower-case words right before the post at token i that end with a body's
    kind word ("Youth forum secretary": ["youth", "forum"]) and where they start;
    (None, i) when there are none."""
    k = i - 1
    if k < reader.sent.start or reader.words[k] not in _HEADS or k in reader.covering:
        return None, i
    start = k
    while (
        start - 1 >= reader.sent.start
        and k - start + 1 < _QUALIFIERS_BEFORE
        and reader.doc[start - 1].is_lower
        and reader.doc[start - 1].is_alpha
        and reader.doc[start - 1].pos_ in {"NOUN", "ADJ", "PROPN"}
        and start - 1 not in reader.covering
    ):
        start -= 1
    first = reader.doc[start]
    if not (first.is_lower or start == reader.sent.start):
        return None, i
    if start > reader.sent.start and reader.words[start - 1] in _NOT_AFTER:
        return None, i
    return reader.words[start : k + 1], start


def qualified_kind_named(reader: SentenceReader, start: int, end: int) -> bool:
    """True when the post at tokens [start, end) opens with lower-case words ending
    with a body's kind word that end a name the page gives ("heritage society chair"
    on a page naming the "Lowfield Heritage Society"): read by `kind_word_posts`."""
    kind = _qualified_kind(reader, start, end) if end - start >= 3 else None
    return kind is not None and _recent_ending(reader, kind) is not None


def _recent_ending(reader: SentenceReader, words: list[str]) -> Mention | None:
    """The organisation named last whose name ends with `words` ("Lowfield African
    Caribbean Heritage Society" for ["heritage", "society"]); None when none does."""
    n = len(words)
    for m in reversed(reader.ctx.mentions):
        name = m.text.lower().split()
        if len(name) > n and name[-n:] == words and reader.ctx.type_of(m) == "Organisation":
            return m
    return None


def _short_name(reader: SentenceReader, i: int) -> Mention | None:
    """The organisation named earlier in full whose last word, capitalised alone at
    token i, opens a post: "Tidewell Playhouse ... Playhouse artistic director Jane
    Doe" -> Tidewell Playhouse; None when the word is no such name's last word."""
    tok = reader.doc[i]
    m = reader.covering.get(i)
    if not tok.is_title or (m is not None and (m.start, m.end) != (i, i + 1)):
        return None
    word, here = reader.words[i], (m.block, m.sent) if m is not None else None
    for earlier in reversed(reader.ctx.mentions):
        if here is None or (earlier.block, earlier.sent) >= here:
            continue
        words = earlier.text.lower().split()
        if len(words) > 1 and words[-1] == word and reader.kind(earlier) == "Organisation":
            return earlier
    return None


def _first_with_word(reader: SentenceReader, word: str) -> Mention | None:
    """The organisation the page named first with the kind word ("Kelby Borough
    Council appoints ... she worked before at Fenby City Council ... Council chief
    executive Jane Doe" -> Kelby Borough Council: the body the page is about, not a
    past employer or one listed later); the bodies named with the word are found
    with `DocumentContext.recent_with_word`, latest first, those whose name ends with
    it before those where it opens a field (`context.word_fit`)."""
    seen: set[int] = set()
    first, best = None, 0
    for _ in range(50):
        m = reader.ctx.recent_with_word(word, "Organisation", skip=frozenset(seen))
        fit = word_fit(m.text, word) if m is not None else 0
        if fit < best or m is None:
            break  # the rest open a field with the word: "Foo Council for Voluntary Service"
        first, best = m, fit
        seen.add(m.id)
    return first


def unnamed_kind(reader: SentenceReader, start: int, end: int) -> bool:
    """True when the post at tokens [start, end) opens with, or comes right after, a
    body's kind word that no organisation named so far ends with ("Trust chair" on a
    page naming no trust; vocab/unnamed_post_bodies.txt): the post is at a body the
    page does not name."""
    word = _kind_word_at(reader, start) if end - start >= 2 else None
    if word is None and start > reader.sent.start:
        word = _kind_word_at(reader, start - 1)
    if word not in _UNNAMED_KINDS:
        return False
    return reader.ctx.recent_with_word(word, "Organisation") is None


def kind_word_posts(reader: SentenceReader) -> None:
    """ "Partnership chair Jane Doe": the post is held at the body last named with
    "partnership"."""
    spans = [(span.start, span.end) for span in reader.roles]
    spans += [  # "Panel member Jane Doe": the role finder reads no "member" alone
        (k, k + 2)
        for k in range(reader.sent.start, reader.sent.end - 2)
        if reader.words[k + 1] == "member" and reader.words[k] in _HEADS
    ]
    for i, end in spans:
        word, kind = _kind_word_at(reader, i), None
        if word is None and end - i >= 3:
            kind = _qualified_kind(reader, i, end)  # "heritage society chair"
        if word is None and kind is None:
            kind, i = _kind_before(reader, i)  # "Youth forum secretary": the post alone
        if (word is None and kind is None) or end - i < 2:
            continue
        if {"and", "&"} & set(reader.words[i:end]):
            continue  # "Fire and Rescue Chief Jane Doe": a title of two fields, read whole
        person = named_after(reader, end)
        if person is None or reader.kind(person) != "Person":
            continue
        if kind is not None:
            org = _recent_ending(reader, kind)
            if org is not None:
                role = role_text(reader.doc[i + len(kind) : end].text, org)
                reader.relate(person, post_relations(role, org), org, role=role, confidence=0.7)
            continue
        org = _first_with_word(reader, word)
        if org is None:
            continue
        # the post as written, as page_posts notes it ("Partnership chair"): placed once
        role = role_text(reader.doc[i:end].text, org)
        if reader.words[end - 1] == "member":
            role = "member"  # a seat on it, unnoted elsewhere
        reader.relate(person, post_relations(role, org), org, role=role, confidence=0.7)


def short_name_posts(reader: SentenceReader) -> None:
    """ "Tidewell Playhouse ... Playhouse artistic director Jane Doe": the post is held
    at the body the page named in full with the word before it (`_short_name`)."""
    for r in reader.roles:
        k = r.start - 1
        tok = reader.doc[k] if k > reader.sent.start else None
        if tok is not None and tok.is_lower and tok.pos_ == "ADJ" and tok.dep_ == "amod":
            k -= 1  # "Playhouse artistic director"
        if k < reader.sent.start or (k > reader.sent.start and reader.words[k - 1] in _NOT_AFTER):
            continue
        org = _short_name(reader, k)
        person = named_after(reader, r.end) if org is not None else None
        if person is None or reader.kind(person) != "Person":
            continue
        role = role_text(reader.doc[r.start : r.end].text, org)  # as `page_posts` notes it
        reader.relate(person, post_relations(role, org), org, role=role, confidence=0.7)
