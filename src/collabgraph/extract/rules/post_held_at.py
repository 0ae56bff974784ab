"""The body a post is held at, from the words after or before its title (no rules;
read by the post rules: `post_words`, `posts`, `employment`, `page_posts`,
`appositives`): "of Foo Trust", "at Foo", "of its board", "of Kelby-based Foo
Trust", "chair of housing provider the Foo Trust" (`org_after`); the body "the
trust's" or "the university's" stands for (`body_owner`, `body_named_with`); "Jane
Doe, the hospital chairman," (`body_word_owner`). `lx.BODY_NOUNS` are the words a body
is called by: head words and `vocab/body_generic_nouns.txt`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.based_bodies import past_place_based
from collabgraph.extract.rules.named_tails import named_tail_at
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader


def body_owner(reader: SentenceReader, k: int) -> int | None:
    """Where "the trust's" / "the charity's" starts, when its possessive mark is
    token k: "the" (or "this"), a body's word in no name, the mark; else None."""
    if (
        k - 2 >= reader.sent.start
        and reader.words[k] in POSSESSIVE
        and reader.words[k - 2] in {"the", "this"}
        and reader.words[k - 1] in lx.BODY_NOUNS
        and not any(m.start <= k - 1 < m.end for m in reader.ms)
    ):
        return k - 2
    return None


def owned_unit(reader: SentenceReader, k: int) -> Mention | None:
    """The body named right after "the university's" or "the trust's" at token k
    ("of the university's Centre for Food", "at the trust's Foo Unit"): the named
    part is where the people are, unless it is a part named by its field ("the
    university's School of Nursing": the university, as `whole_body`); None when no
    organisation's name follows."""
    if k + 3 >= reader.sent.end or body_owner(reader, k + 2) != k:
        return None
    unit = reader.by_start.get(k + 3)
    if unit is None or reader.kind(unit) != "Organisation":
        return None
    low = unit.text.lower().split()
    if low[0] in _PART_HEADS and low[1:2] == ["of"]:
        return body_named_with(reader, reader.words[k + 1])  # "the university's School of X"
    return unit


def body_named_with(reader: SentenceReader, word: str) -> Mention | None:
    """The body "the university's" stands for: the one last named ending with the
    word ("Kelby University"), or opening with it and "of" ("University of Kelby");
    None when none is."""
    body = reader.ctx.recent_with_word(word, "Organisation")
    for m in reversed(reader.ctx.mentions[-2000:]):
        if body is not None and m is body:
            return body
        if m.text.lower().split()[:2] == [word, "of"] and reader.ctx.type_of(m) == "Organisation":
            return m
    return body


def org_after(reader: SentenceReader, k: int, cue_start: int) -> Mention | None:
    """Where a post is held, after its title: "of Foo Trust", "at Foo", "of its
    board" (the organisation the sentence began with), "of the trust", "of the
    food partnership" (a name's last words: `named_tail_at`)."""
    end = reader.sent.end
    if k >= end or reader.words[k] not in {"of", "at", "for", "with"}:
        return None
    k += 1
    if k < end and reader.words[k] in {"its", "their"}:
        return next(
            (m for m in reader.ms if m.end <= cue_start and reader.kind(m) == "Organisation"), None
        )
    unit = owned_unit(reader, k)
    if unit is not None:
        return unit  # "at the university's Foo Institute": the institute
    found = reader.mention_at(k)
    if found is not None and (past := past_place_based(reader, found.start)) > found.start:
        k, found = past, reader.by_start.get(past)  # "of Kelby-based Foo Trust": Foo's
    if found is not None and reader.kind(found) == "Organisation":
        if reader.names_something_else(found):
            return None
        return whole_body(reader, found) or found
    tail = named_tail_at(reader, k)  # "of the tenants' union": the Kelby Tenants' Union
    return reader.definite_org(k) or _described_org(reader, k) or (tail[0] if tail else None)


_PART_HEADS = vocab.words("body_part_openers")


def whole_body(reader: SentenceReader, part: Mention) -> Mention | None:
    """The body a part named by its field belongs to, named right after it: "Dean of
    the Faculty of Health at Foo University", "lecturer in the School of Nursing, Foo
    University" (`vocab/body_part_openers.txt`): the post is held at the university
    (the part is the post's field); else None."""
    words, end = reader.words, reader.sent.end
    low = part.text.lower().split()
    if len(low) < 3 or low[0] not in _PART_HEADS or low[1] != "of":
        return None
    k = part.end
    if k + 1 >= end or words[k] not in {"at", ","}:
        return None
    k += 1 + (words[k + 1] == "the")
    whole = reader.by_start.get(k)
    if (
        whole is None
        or reader.kind(whole) != "Organisation"
        or whole.text.lower().split()[0] in _PART_HEADS
    ):
        return None
    return whole


def _described_org(reader: SentenceReader, k: int) -> Mention | None:
    """ "chair of housing provider the Foo Trust", "chief executive of
    homelessness charity Foo", "trustee of the food charity Foo": the organisation
    named after up to three lower-case words saying what it is, the last a noun (a
    "the" may come before or after them); else None."""
    k += k + 1 < reader.sent.end and reader.words[k] == "the"
    j = k
    while j < reader.sent.end and j - k < 3 and reader.doc[j].is_lower:
        tok = reader.doc[j]
        if tok.lower_ == "the" or not (tok.pos_ in {"ADJ", "NOUN"} or tok.tag_ == "VBN"):
            break
        j += 1
    if j == k or reader.doc[j - 1].pos_ != "NOUN":
        return None
    j += j < reader.sent.end and reader.words[j] == "the"
    found = reader.by_start.get(j)
    if found is None or reader.kind(found) != "Organisation" or reader.names_something_else(found):
        return None
    return found


_BARE_BODY_WORDS = vocab.words("post_bare_body_words")
_SITE_HEADS = vocab.words("head_site")  # a named hospital reads as a place, until it acts


def body_word_owner(reader: SentenceReader, start: int, j: int) -> Mention | None:
    """ "Jane Doe, the hospital chairman,", "Jane Doe, the Trust Chair,": "the", a
    body's word in no name, then a post running to token j: the body last named with
    that word, or None. The word may stand bare after the holder's comma when it
    names no field ("Jane Doe, foodbank manager,": vocab/post_bare_body_words.txt)."""
    word = reader.words[start]
    if start < 1 or word not in lx.ANY_ORG_HEADS:
        return None
    before = reader.words[start - 1]
    if before != "the" and not (before == "," and word in _BARE_BODY_WORDS):
        return None
    if any(m.start <= start < m.end for m in reader.ms):
        return None
    span = reader.role_phrase_at(start + 1)
    if span is None or span.end != j:
        return None
    body = reader.ctx.recent_with_word(word, "Organisation")
    if body is None and word in _SITE_HEADS:
        # "Kelby Hospital" read so far as a place: a body, since it has a chairman
        body = reader.ctx.recent_with_word(word, "Place")
        if body is not None:
            votes = reader.ctx.votes_for(body)
            votes["Organisation"] += votes["Place"] - votes["Organisation"] + 1
    return body


def area_for(reader: SentenceReader, k: int, org: Mention) -> bool:
    """Whether the name after "for" at token k, a post's end, is the area the post
    serves, not a body: no body's head word ends it, and no letters of a body are in
    it ("Neighbourhood Officer for Canal Wharf"; not "Director for Foo Trust", "for
    NHS Kelby")."""
    words = org.text.split()
    return (
        reader.words[k : k + 1] == ["for"]
        and words[-1].lower() not in lx.ANY_ORG_HEADS
        and not any(w.isupper() for w in words)
    )
