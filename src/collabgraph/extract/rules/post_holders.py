"""Who holds a post and where, for the post rules (`posts.py`; no rules): the
owner written before a post ("Foo Trust's chair", "the trust's chair", "our new
general manager"), whether a post's title says where it is held ("of ...", "in
the charitable sector"; not "in May", "for a three year term"), the body named
"(most) recently at", the person a post "went to" or a fronted "As chair of Foo,
Jane Doe", and the tie itself: WORKS_FOR or MEMBER_OF at the body, or a post
noted for the page's own organisation (`ctx.unplaced_posts`).
"""

from __future__ import annotations

from itertools import pairwise

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.persons_names import looks_like_persons_name
from collabgraph.extract.rules.post_held_at import body_owner, org_after
from collabgraph.extract.rules.post_homes import post_home
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import posts_and
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

_CALENDAR = vocab.words("calendar_words")
_TIME_SPANS = vocab.words("time_span_nouns") | {"month", "months"}
_ADVERBS = vocab.words("post_time_adverbs")

WENT_TO = [["went", "to"], ["goes", "to"], ["passed", "to"], ["passes", "to"]]
_GIVEN_GAP = 4  # words of a description before the name: "went to chartered accountant Jane Doe"


def given_to(reader: SentenceReader, k: int) -> Mention | None:
    """The person a post "went to", named from token k on, after a few lower-case
    words of a description or a title ("went to chartered accountant Jane Doe"); a
    name weakly typed a body but shaped like a person's is the holder, and gets a
    person's votes (as `reader.vote_post_holder` gives them)."""
    for m in reader.ms:
        if k <= m.start <= k + _GIVEN_GAP and (reader.kind(m) == "Person" or _weak(reader, m)):
            between = reader.doc[k : m.start]
            if not all(t.is_lower or t.is_title for t in between):
                return None
            if reader.kind(m) != "Person":  # "Our chief executive is Ola Brisk"
                m.votes["Person"] += 4
                reader.ctx.votes_for(m)["Person"] += 4
            return m
        if m.start > k:
            return None
    return None


def _weak(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name not (or only weakly) read as a body is shaped like a person's."""
    if reader.kind(m) is None:
        return looks_like_persons_name(reader.doc[m.start : m.end])
    return reader.holder_shaped(m)


def fronted_holder(reader: SentenceReader, role_end: int, cue_start: int) -> Mention | None:
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


def owner_before_post(reader: SentenceReader, i: int) -> tuple[Mention | str | None, int]:
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
    the = j + 1 < reader.sent.end and reader.words[j] in lx.ARTICLES
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


def hold_at_owner(reader: SentenceReader, person: Mention, role: str, owner: Mention | str):
    """The person holds the post at a body named before it ("Foo Trust's chair", "the
    trust's chair"); "page" when no body was named with the word."""
    if owner == "page":
        role = role_text(role, None)
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, "page"))
    else:
        role = role_text(role, owner)
        reader.relate(person, post_relations(role, owner), owner, role=role, confidence=0.75)


_BACK = 2  # sentences back an "Its"/"Their" opening a sentence may speak of


def opening_owner(reader: SentenceReader, i: int, holder: Mention) -> Mention | None:
    """The organisation an "Its"/"Their" opening the sentence at token i stands for,
    before a post and its holder: the one named first in the nearest of the two
    sentences before that names one ("Visitors came from Foo Café, which opens next
    month. Their coordinator, Jane Doe, took notes"; "Our funder, Foo Trust, asked
    for a plan. We sent a map. Their grants officer, Jane Doe, ..."), not the page's
    "we"; else, or when that sentence speaks of a body by its kind before it ("The
    alliance ..."), the body the page has been about (`partner_lists.its_organisation`)."""
    from collabgraph.extract.rules.partner_lists import its_organisation

    back = holder.sent - _BACK
    named = [
        m
        for m in reader.ctx.mentions[: holder.id]
        if back <= m.sent < holder.sent and m.id >= 0 and not m.synthetic
    ]
    named = [m for m in named if reader.ctx.type_of(m) == "Organisation"]
    for sent in range(holder.sent - 1, back - 1, -1):
        first = next((m for m in named if m.sent == sent), None)
        if _body_word_before(reader, sent, first):
            break
        if first is not None:
            return first
    return its_organisation(reader, i)


def _body_word_before(reader: SentenceReader, sent: int, m: Mention | None) -> bool:
    """Whether sentence `sent` speaks of a body by its kind before mention m, or at
    all when m is None ("The alliance will be chaired by Jane Doe of Foo. Its
    coordinator ...": the alliance's, not Foo's)."""
    text = reader.ctx.sentences[sent] if 0 <= sent < len(reader.ctx.sentences) else ""
    words = (text.split(m.text)[0] if m is not None else text).lower().split()
    return any(
        w in lx.DEFINITE and nxt.strip(",.") in lx.ANY_ORG_HEADS for w, nxt in pairwise(words)
    )


def latterly_at(reader: SentenceReader, k: int) -> Mention | None:
    """ "a career as a chief executive in the charitable sector, most recently at
    Foo": the organisation named after "(most) recently at" or "latterly at" in the
    rest of the sentence."""
    words = reader.words
    for j in range(k, reader.sent.end - 1):
        if words[j] == "at" and words[j - 1] in {"recently", "latterly", "lately"}:
            org = reader.mention_at(j + 1)
            return org if org is not None and reader.kind(org) == "Organisation" else None
    return None


def tells_where(reader: SentenceReader, k: int) -> bool:
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


def hold(
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
    homes = {"page", "officer", "staff", "university"} if appointed else {"page", "officer"}
    if org is not None:
        reader.relate(person, post_relations(role, org), org, role=role, confidence=0.75)
        posts_and(reader, person, org)
    elif not says_where and (home := post_home(role)) in homes:
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))
