"""What the words of a post say, shared by the post rules (`posts`,
`page_posts`, `boards`, `employment`, `appositives`; no rules): the name right
before or after a title ("Chief Executive Dr Jane Doe", "Jane Doe OBE – Chief
Executive"), a post named in the plural ("new non-executive directors"), a title
read from token i on ("as one of four new trustees"), more posts joined by "and"
("chief executive of Foo and a trustee of Bar"), "the new chair of Foo is Jane Doe",
a post in capitals the role finder does not read whole. Where a post with no
organisation is held is `post_homes`'s; the body one is held at, `post_held_at`'s.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention, RoleSpan
from collabgraph.extract.mentions.role_fit import after_copula
from collabgraph.extract.rules.post_held_at import org_after
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.reader import SentenceReader

_NOT_ALONE = vocab.words("role_not_alone")
_QUALIFIERS = vocab.words("role_qualifiers")
_ADVERBS = vocab.words("post_time_adverbs")
_BOARD_WORDS = vocab.words("board_words")
_NOT_ALONE_BARE = vocab.words("role_not_alone_plural")


def named_after(reader: SentenceReader, k: int) -> Mention | None:
    """The name right after a job title ending at token k, past a style written
    before it: "Deputy Leader Cllr Jane Doe", "Chief Executive Dr Jane Doe"."""
    m = reader.by_start.get(k)
    if m is not None:
        return m
    for m in reader.ms:
        if m.title and k < m.start <= k + 3:
            style = reader.doc[k : m.start].text.replace(" ", "")
            # a style as written, or as the name keeps it ("Professor": "Prof")
            written = lx.HONORIFIC_FORMS.get(style.lower().rstrip("."), style)
            if m.title.replace(" ", "") in {style, written.replace(" ", "")}:
                return m
    return None


def named_before(reader: SentenceReader, k: int) -> Mention | None:
    """The name ending at token k, or before post-nominals that end there: "Jane
    Doe OBE – Chief Executive", "Jane Doe CBE DL, Chair"."""
    j = k
    while j > reader.sent.start and reader.words[j - 1].rstrip(".") in lx.POST_NOMINALS:
        j -= 1
        if reader.by_end.get(j) is not None:
            return reader.by_end[j]
    return reader.by_end.get(k)


def title_list_next(reader: SentenceReader, before: Mention, k: int) -> Mention | None:
    """ "..., Acting Director, Jane Doe, Chief Executive of Foo Council, John Roe, ...": in
    a list that writes each title before its holder's name, a title after the person
    `before` (herself titled so) and where it is held, ending at token k, belong to the
    name after the comma at k; None when the list is not written so ("Jane Doe,
    chief executive of Foo, said")."""
    start = before.titled_start
    if start < 2 or reader.words[start - 1] != ",":
        return None
    if not any(0 <= start - 1 - t.end <= 3 for t in reader.roles):  # "Mayor of Foo, Cllr A"
        return None
    if k + 1 >= reader.sent.end or reader.words[k] != ",":
        return None
    after = reader.mention_at(k + 1)
    return after if after is not None and reader.kind(after) == "Person" else None


def plural_post(reader: SentenceReader, i: int) -> tuple[str, int] | None:
    """A post named in the plural from token i: "non-executive directors",
    "trustees", "associate members": (the singular post, where it ends), or None.
    (The role finder reads singular titles only: "Directors of Public Health" is
    a body; a caller asks for plurals only where people are being given posts.)"""
    j = i
    while j < reader.sent.end and j - i < 5:
        word = reader.words[j]
        if word.endswith("s") and word[:-1] in lx.ROLE_CORE and word[:-1] not in _NOT_ALONE_BARE:
            if j > i or word[:-1] not in _NOT_ALONE:
                return (reader.doc[i : j + 1].text[:-1], j + 1)  # as written: "co-chair"
            return None
        if word not in lx.ROLE_MODIFIERS and word not in {"-", "‐"}:
            return None
        j += 1
    return None


def post_after(reader: SentenceReader, i: int, *, plural: bool = False) -> tuple[str, int] | None:
    """The job title from token i on, after articles, "new", "interim": (text, end);
    with `plural`, "as non-executive directors" too (the singular title); a seat
    given as one of several, "as one of (the) four new trustees", in the singular."""
    one_of = reader.words[i : i + 2] == ["one", "of"]
    i += 2 * one_of
    while i < reader.sent.end and (
        reader.words[i] in _QUALIFIERS
        or reader.words[i] in _ADVERBS
        or (one_of and reader.doc[i].like_num)
        or _verb_not_post(reader.doc[i])
    ):
        i += 1
    if one_of:
        return plural_post(reader, i)
    span = reader.role_phrase_at(i) or _described_post(reader, i)
    if span is None:
        return plural_post(reader, i) if plural else None
    end = span.end
    if end < reader.sent.end and reader.words[end] in {"designate", "elect"}:
        end += 1  # "chair designate of Foo"
    for k in range(span.start + 1, span.end - 1):
        if reader.words[k] in {"of", "at", "for"}:
            nxt = k + 1 + (reader.words[k + 1] == "the")
            org = reader.by_start.get(nxt)
            if org is not None and reader.kind(org) == "Organisation":
                end = k  # "chief executive of the Foo Society": the field is a body
                break
    if end + 1 < reader.sent.end and reader.words[end] == "of":  # "chair of (the) trustees"
        board = end + 1 + (reader.words[end + 1] == "the")
        if board < reader.sent.end and reader.words[board] in _BOARD_WORDS:
            end = board + 1
    return reader.doc[span.start : end].text, end


def _described_post(reader: SentenceReader, i: int):
    """A job title after up to two describing words the role finder does not know:
    "a marine ecologist", "a chartered accountant", "a fleet manager", "a detached
    youth worker" (lower-case adjectives or nouns modifying the title); None otherwise."""
    j = i
    while j < min(i + 2, reader.sent.end) and _describes_post(reader.doc[j]):
        j += 1
    if j == i:
        return None
    span = reader.role_phrase_at(j)
    if span is None or span.start != j:
        return None
    if not all(span.start <= t.head.i < span.end or i <= t.head.i < j for t in reader.doc[i:j]):
        return None
    return RoleSpan(reader.doc[i : span.end].text, i, span.end)


def _describes_post(tok) -> bool:
    """Whether a lower-case word modifies a noun after it ("marine", "fleet")."""
    return (
        tok.is_lower
        and (tok.pos_, tok.dep_) in {("ADJ", "amod"), ("NOUN", "compound")}
        and tok.head.i > tok.i
    )


def _verb_not_post(tok) -> bool:
    """Whether a word a post may open with is the clause's verb: "was elected
    Chair" ("elected"), not "an elected member"."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ not in {"amod", "compound"}
        and tok.lower_ in lx.ROLE_MODIFIERS
    )


def posts_and(reader: SentenceReader, person: Mention, org: Mention) -> None:
    """ "... chief executive of Foo and a non-executive director of Bar", "... chair of
    Foo and trustee at Bar", "a professor at Foo, a director of Bar, and a member of
    Baz": more posts, joined by "and" or commas, each held where it says."""
    posts_and_from(reader, person, org.end)


def posts_and_from(reader: SentenceReader, person: Mention, k: int) -> None:
    """`posts_and` from token k, where one post and where it is held have ended
    ("Foo Trust Patron and senior partner at Bar": from after "Patron")."""
    while k + 2 < reader.sent.end and reader.words[k] in {"and", ","}:
        k += 1 + (reader.words[k] == "," and reader.words[k + 1] == "and")
        post = post_after(reader, k)
        if post is None:
            return
        role, role_end = post
        nxt = org_after(reader, role_end, k)
        if nxt is None or not any(m.id == nxt.id for m in reader.ms):
            return  # only a post at an organisation named here
        role = role_text(role, nxt)
        reader.relate(person, post_relations(role, nxt), nxt, role=role, confidence=0.7)
        k = nxt.end


_BEFORE_THE_POST = {"newly", "appointed", "elected"}
_BEFORE_THE_POST_WORDS = (_QUALIFIERS | _BEFORE_THE_POST) - {"the"}  # read past to "the"


def holder_said_after(reader: SentenceReader, r: RoleSpan, org: Mention) -> Mention | None:
    """ "The newly appointed chairman of Foo Trust is Jane Doe", "the new chief
    executive of Foo will be Jane Doe": a post of an organisation, "the" before it,
    said to be a person by "is", "was" or "will be" right after the name."""
    k = r.start - 1
    while k >= reader.sent.start and reader.words[k] in _BEFORE_THE_POST_WORDS:
        k -= 1
    if k < reader.sent.start or reader.words[k] != "the" or org.start < r.end:
        return None
    j = after_copula(reader.doc, org.end, reader.sent.end)
    cand = reader.by_start.get(j) if j is not None else None
    if cand is None or reader.kind(cand) != "Person" or cand.possessive_after:
        return None  # "... is Jane Doe's sister"
    return cand


_CAPITALS_JOINS = {"and", "&"}


def capitalised_post_end(reader: SentenceReader, i: int, end: int) -> int | None:
    """Where a post written in capitals from token i ends, when the role finder
    does not read it whole: field words of any kind before a job's word ("Senior
    Clinical and Quality Improvement Lead", "Public Health Theme Lead"), at most
    eight words, the last a job's word; no person's name inside, nor a body's (its
    last word a body's: "Foo Trust Chair"; the recogniser may read the post's own
    words as a body, "Public Involvement"). None when the words are no such post."""
    last = None
    for j in range(i, min(end, i + 8)):
        tok = reader.doc[j]
        if j > i and tok.lower_ in _CAPITALS_JOINS:
            continue
        if not tok.text[:1].isupper() or not tok.is_alpha:
            break
        m = reader.by_start.get(j)
        if m is not None and m.end > j + 1 and _names_one(reader, m):
            break
        if tok.lower_ in lx.ROLE_CORE:
            last = j + 1
    if last is None or (last == i + 1 and reader.words[i] in _NOT_ALONE):
        return None
    return last


def _names_one(reader: SentenceReader, m: Mention) -> bool:
    """Whether a mention inside a post's capitals names a person or a body."""
    kind = reader.kind(m)
    last = m.text.lower().split()[-1]
    return kind == "Person" or (kind == "Organisation" and last in lx.BODY_NOUNS)


def counted_seat(reader: SentenceReader, i: int) -> bool:
    """Whether the seat in the plural at token i is counted: "two new trustees", "three
    non-executive directors" (a number, then "new" or a modifier or nothing)."""
    k = i - 1
    while k > reader.sent.start and (reader.words[k] == "new" or reader.words[k] in _QUALIFIERS):
        k -= 1
    while k > reader.sent.start and (reader.words[k] == "-" or reader.doc[k].pos_ == "ADJ"):
        k -= 1  # "non-executive", "independent"
    return k >= reader.sent.start and reader.doc[k].like_num and reader.words[k] != "one"
