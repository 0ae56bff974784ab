"""What the words of a post say, shared by the post rules (`posts`,
`page_posts`, `boards`, `employment`): whether a post named with no organisation is at the
page's own; a post named in the plural ("new non-executive directors").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention, RoleSpan
from collabgraph.extract.mentions.role_fit import after_copula
from collabgraph.extract.rules.based_bodies import past_place_based
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

_MEMBER_HEADS = vocab.words("role_member_heads")
_PAGE_POSTS = vocab.words("role_of_the_page")
_STAFF_POSTS = vocab.words("role_of_the_staff")
_OFFICERS = vocab.words("role_board_officers")
_COUNCIL_POSTS = vocab.words("role_of_the_council")
_COUNCIL_WORDS = {"council"} | {
    w.lower() for k in vocab.ordered("council_kinds") for w in k.split()
}
_NOT_ALONE = vocab.words("role_not_alone")
_BODY_NOUNS = lx.ORG_HEADS | lx.EXTRA_ORG_HEADS | vocab.words("body_generic_nouns")
_QUALIFIERS = vocab.words("role_qualifiers")
_ADVERBS = vocab.words("post_time_adverbs")
_BOARD_WORDS = vocab.words("board_words")
_NOT_ALONE_BARE = vocab.words("role_not_alone_plural")


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


def officer_post(role: str) -> bool:
    """Whether a post is a body's officer (`vocab/role_board_officers.txt`):
    "Secretary", "Hon. Treasurer"; not "General Secretary" or "Health Secretary"."""
    return " ".join(role.lower().split()) in _OFFICERS


def staff_post(role: str) -> bool:
    """Whether a post named with no organisation is a staff post at the page's own
    one (`vocab/role_of_the_staff.txt`): "centre manager", "Adviser", "Director of
    Patient Services"; not "former adviser", "Mayor", "journalist"."""
    low = role.lower().replace("’", "'")
    head = low.split(" of ")[0].split(" for ")[0].split(" in ")[0].split()
    return bool(head) and head[-1] in _STAFF_POSTS and not low.startswith(("former", "ex-"))


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
    start = before.start - len((before.title or "").split())
    if start < 2 or reader.words[start - 1] != ",":
        return None
    if not any(0 <= start - 1 - t.end <= 3 for t in reader.roles):  # "Mayor of Foo, Cllr A"
        return None
    if k + 1 >= reader.sent.end or reader.words[k] != ",":
        return None
    after = reader.mention_at(k + 1)
    return after if after is not None and reader.kind(after) == "Person" else None


def council_post(role: str) -> bool:
    """Whether a post named with no organisation is an elected post at the page's
    one local council (`vocab/role_of_the_council.txt`): "Council leader", "county
    cabinet member for libraries"; not "team leader"."""
    head = role.lower().replace("’", "'").split(" of ")[0].split(" for ")[0].split()
    while head and head[0] in _COUNCIL_WORDS:
        head = head[1:]
    return " ".join(head) in _COUNCIL_POSTS


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


def body_owner(reader: SentenceReader, k: int) -> int | None:
    """Where "the trust's" / "the charity's" starts, when its possessive mark is
    token k: "the" (or "this"), a body's word in no name, the mark; else None."""
    if (
        k - 2 >= reader.sent.start
        and reader.words[k] in POSSESSIVE
        and reader.words[k - 2] in {"the", "this"}
        and reader.words[k - 1] in _BODY_NOUNS
        and not any(m.start <= k - 1 < m.end for m in reader.ms)
    ):
        return k - 2
    return None


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
    span = reader.role_phrase_at(i)
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


def _verb_not_post(tok) -> bool:
    """Whether a word a post may open with is the clause's verb: "was elected
    Chair" ("elected"), not "an elected member"."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ not in {"amod", "compound"}
        and tok.lower_ in lx.ROLE_MODIFIERS
    )


def org_after(reader: SentenceReader, k: int, cue_start: int) -> Mention | None:
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
    if found is not None and (past := past_place_based(reader, found.start)) > found.start:
        k, found = past, reader.by_start.get(past)  # "of Kelby-based Foo Trust": Foo's
    if found is not None and reader.kind(found) == "Organisation":
        return None if reader.names_something_else(found) else found
    return reader.definite_org(k) or _described_org(reader, k)


def _described_org(reader: SentenceReader, k: int) -> Mention | None:
    """ "chair of housing provider the Foo Trust", "chief executive of
    homelessness charity Foo": the organisation named after up to three lower-case
    words saying what it is, the last a noun (a "the" may come between); else None."""
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


def holder_said_after(reader: SentenceReader, r: RoleSpan, org: Mention) -> Mention | None:
    """ "The newly appointed chairman of Foo Trust is Jane Doe", "the new chief
    executive of Foo will be Jane Doe": a post of an organisation, "the" before it,
    said to be a person by "is", "was" or "will be" right after the name."""
    k = r.start - 1
    while k >= reader.sent.start and reader.words[k] in (_QUALIFIERS | _BEFORE_THE_POST) - {"the"}:
        k -= 1
    if k < reader.sent.start or reader.words[k] != "the" or org.start < r.end:
        return None
    j = after_copula(reader.doc, org.end, reader.sent.end)
    cand = reader.by_start.get(j) if j is not None else None
    if cand is None or reader.kind(cand) != "Person" or cand.possessive_after:
        return None  # "... is Jane Doe's sister"
    return cand


_BODY_HEADS = lx.ORG_HEADS | lx.EXTRA_ORG_HEADS
_BARE_BODY_WORDS = vocab.words("post_bare_body_words")
_SITE_HEADS = vocab.words("head_site")  # a named hospital reads as a place, until it acts


def body_word_owner(reader: SentenceReader, start: int, j: int) -> Mention | None:
    """ "Jane Doe, the hospital chairman,", "Jane Doe, the Trust Chair,": "the", a
    body's word in no name, then a post running to token j: the body last named with
    that word, or None. The word may stand bare after the holder's comma when it
    names no field ("Jane Doe, foodbank manager,": vocab/post_bare_body_words.txt)."""
    word = reader.words[start]
    if start < 1 or word not in _BODY_HEADS:
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
    return kind == "Person" or (kind == "Organisation" and last in _BODY_NOUNS)


def post_home(role: str) -> str | None:
    """Where a post named with no organisation is held: "page" (a board seat or
    chief executive), "officer" (a secretary or treasurer: a seat at the page's own
    organisation when the page names seats there), "council" (an elected post),
    "staff" (a staff post at the page's own organisation), or None."""
    if page_post(role):
        return "page"
    if officer_post(role):
        return "officer"
    if council_post(role):
        return "council"
    return "staff" if staff_post(role) else None


def holds_post(reader: SentenceReader, person: int) -> bool:
    """Whether a person already has a post somewhere (WORKS_FOR or MEMBER_OF)."""
    return any(
        {"WORKS_FOR", "MEMBER_OF"} & set(c.relations) for c in reader.ctx.by_source.get(person, ())
    )
