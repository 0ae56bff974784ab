"""Votes for a mention's type from the posts and workplaces written around it
(for `context_votes`, which runs these in its order): the holder before or after
a job title ("Chief Executive Jane Doe", "Jane Doe, Director of ..."), the body
a post is of ("X's Director", "Jane Doe, Fenby Director, said"), where someone
works ("Chief Executive of X", "Jane Doe (Harbour Trust)", "Jo Bell of the
Harbour Trust") and the place of a civic post ("the Mayor of Kelby",
"Westshire's Crime Commissioner").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.area_posts import area_of_post
from collabgraph.extract.mentions.around import determined
from collabgraph.extract.mentions.body_slots import BODY_SLOT_VOTES, may_fill
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.persons_names import given_persons_name, looks_like_persons_name
from collabgraph.extract.mentions.role_fit import holder_after_dash
from collabgraph.extract.mentions.tokens import POSSESSIVE, lower_word
from collabgraph.model import titles


def neighbours(doc, sent, m: Mention):
    """The tokens right before the mention, right after it and the one after that,
    each None outside the sentence."""
    before = doc[m.start - 1] if m.start > sent.start else None
    after = doc[m.end] if m.end < sent.end else None
    after2 = doc[m.end + 1] if m.end + 1 < sent.end else None
    return before, after, after2


def post_votes(doc, sent, m: Mention, mentions: list[Mention], role_ends, role_starts) -> None:
    """A post right before or after the name (`role_ends`, `role_starts`: the job
    titles read in the sentence by their end and start): its holder, or the body
    or place it is of."""
    before, after, after2 = neighbours(doc, sent, m)
    if m.start in role_ends:
        m.votes["Person"] += 4
    elif m.start - 1 in role_ends and holder_after_dash(doc, role_ends[m.start - 1], m):
        m.votes["Person"] += 4  # "Chair – Jane Doe, Foo Trust"
    # "X's Director of ..."; "Westshire's Crime Commissioner": a
    # public office's area (vocab/civic_offices.txt), a place unless a body's word
    # ends the name; never a known place ("Kelby's Director of Public Health")
    if (
        after is not None
        and after.text in POSSESSIVE
        and after2 is not None
        and (after2.i in role_starts)
        and not is_uk_place(m.text)
    ):
        if area_of_post(doc, role_starts[after2.i], m):
            m.votes["Place"] += 4
        else:
            m.votes["Organisation"] += 4
    # "X Leader Jane Doe": a name right before a role that precedes another name
    if m.end in role_starts and any(o.start == role_starts[m.end].end for o in mentions):
        # "Fenby councillor Jo Tern": the area the post serves (mentions/area_posts.py)
        m.votes["Place" if area_of_post(doc, role_starts[m.end], m) else "Organisation"] += 3
    # "Jane Doe, Director of ...", "Jane Doe – Non-executive member"
    if after is not None and after.text in {",", "(", "–", "—"} and m.end + 1 in role_starts:
        m.votes["Person"] += 3
    elif (
        after is not None
        and after.text == "("
        and _post_in_brackets(doc, m.end + 1, sent.end)
        and looks_like_persons_name(doc[m.start : m.end])
    ):
        m.votes["Person"] += 3  # "Jane Doe (Commission chair, writer)"
    # "Jane Doe Deputy Director, Foo Trust": a speaker list's line
    if m.end in role_starts and _titled_after(doc, role_starts[m.end], m, sent):
        m.votes["Person"] += 3
    # "Jane Doe, Fenby Director, said": a body's short name between the holder's
    # comma and the post (one word, or no person's name), whatever the recogniser says
    if (
        m.end in role_starts
        and before is not None
        and before.text == ","
        and any(o.end == m.start - 1 and (o.ner == "PERSON" or o.title) for o in mentions)
        and (m.end - m.start == 1 or not looks_like_persons_name(doc[m.start : m.end]))
    ):
        m.votes["Person"] = 0
        m.votes["Organisation"] += 4


def _person_ends_at(mentions: list[Mention], k: int) -> bool:
    """Whether a name the votes make a person's ends at token k."""
    return any(o.end == k and o.votes.get("Person", 0) >= 2 for o in mentions)


def _post_of_person(doc, role: RoleSpan, mentions: list[Mention]) -> bool:
    """ "Jon Reed, CEO, ...": the post follows a person's name and a comma, so the
    name after the post's comma is where the person works, even one the recogniser
    reads as a person's."""
    k = role.start - 1
    return k > 0 and doc[k].text == "," and _person_ends_at(mentions, k)


def _person_comma_from(doc, b: int, m: Mention, mentions: list[Mention]) -> bool:
    """ "Ann Lark, from Volunteer Centre Kelby, explained": a person's name, a comma,
    "from" and a name of two words or more, no UK place (where she lives is one)."""
    return (
        doc[b].lower_ == "from"
        and b >= 2
        and doc[b - 1].text == ","
        and m.end - m.start >= 2
        and not m.gazetteer
        and _person_ends_at(mentions, b - 1)
    )


def workplace_votes(
    doc, sent, m: Mention, mentions: list[Mention], role_ends, located: bool
) -> None:
    """Where someone works, after "of", "from", "at" and a post or a person's name
    ("Chief Executive of X", "Jane Doe of X"; not a place "X-based" says, `located`),
    after a post and a comma, in brackets after a person; and the person before
    "of" or brackets and a body."""
    before, after, _ = neighbours(doc, sent, m)
    # "Jane Doe of/from X", "Chief Executive of X": X is where someone works;
    # "Chief Executive of national X": a word in lower case may qualify X
    b = m.start - 1
    # "Jane Doe from the Kelby Youth Project": the article read past (not after "at":
    # "Jane Doe at the Kelby Summit" is where she was)
    article = before is not None and before.lower_ == "the" and b - 1 > sent.start
    if article and doc[b - 1].lower_ in {"of", "from"}:
        b -= 1
        before = doc[b]
    if (
        before is not None
        and before.is_alpha
        and before.is_lower
        and before.lower_ not in {"the", "a", "an", "its", "their", "our"}
        and b - 1 > sent.start
        and b - 1 in role_ends
    ):
        b -= 1
    works_at = (
        before is not None
        and b >= 1
        and (doc[b].lower_ in {"of", "from", "at"} or (doc[b].lower_ == "for" and b in role_ends))
    )
    if (
        works_at
        and not located  # "director of Dalby-based Foo": Foo is where she works
        and not (m.gazetteer and m.attributive)
        and not (b in role_ends and _place_of_civic_post(doc, role_ends[b], m))
        and (
            b in role_ends
            or _person_ends_at(mentions, b)
            or _person_comma_from(doc, b, m, mentions)
        )
    ):
        # "Jane Doe of X" is where she works unless X is a place (a UK one, or
        # one the recogniser reads so: "Ann Lee from Austria")
        employer = b in role_ends or (m.ner != "GPE" and may_fill(doc, m, sent))
        m.votes["Organisation"] += BODY_SLOT_VOTES if employer else 2
    elif works_at and b in role_ends and _place_of_civic_post(doc, role_ends[b], m):
        m.votes["Place"] += 4  # "the Mayor of Kelby": a place, its council works for it
    # "Jane Doe, Secretary, X said": the body after a job title and a comma; but
    # after "its new chair," or "the trust's chief executive," the post's holder
    if (
        before is not None
        and before.text == ","
        and m.start - 1 in role_ends
        and head_kind(lower_word(doc[m.end - 1]))[0] in {None, "Organisation"}
    ):
        if determined(doc, role_ends[m.start - 1], sent) or _given_named(doc, m):
            m.votes["Person"] += 3  # "Hospice Chief Executive, Ada Brook said"
        elif not m.votes.get("Person"):
            m.votes["Organisation"] += 3
        elif (
            m.votes["Person"] <= m.recogniser_votes("Person")
            and not titles.is_style_word(doc[m.start].text)  # "Solicitor, Sgt. Jo Vole"
            and _post_of_person(doc, role_ends[m.start - 1], mentions)
        ):
            m.votes["Organisation"] += BODY_SLOT_VOTES  # "Jon Reed, CEO, Orvano": her body
    # "Jane Doe (Campaign to End Boredom)", "Jane Doe (The Kelby Centre)": the body
    # in brackets after a person (a country or place there says where she is from:
    # "Ann Lee (Austria)"; but a name ending in a head word, "Kelby Libraries", is
    # no country or town, whatever the recogniser read)
    opened = m.start - 1 if before is not None and before.lower_ != "the" else m.start - 2
    if (
        (m.ner not in {"GPE", "LOC", "NORP"} or head_kind(lower_word(doc[m.end - 1]))[0])
        and not m.gazetteer
        and opened > 0
        and doc[opened].text == "("
        and after is not None
        and after.text == ")"
        and head_kind(lower_word(doc[m.end - 1]))[0] in {None, "Organisation", "Place"}
        and any(
            o.end == opened and (o.votes.get("Person", 0) >= 2 or o.ner == "PERSON")
            for o in mentions
        )
    ):
        m.votes["Organisation"] += 3
    # "Siobhan Kelly (Harbour Trust)": a person's name, then her body in brackets
    if (
        after is not None
        and after.text == "("
        and looks_like_persons_name(doc[m.start : m.end])
        and any(
            o.start == m.end + 1
            and o.end < sent.end
            and doc[o.end].text == ")"
            and head_kind(lower_word(doc[o.end - 1]))[0] == "Organisation"
            for o in mentions
        )
    ):
        m.votes["Person"] += 2
    # "Jo Bell of the Harbour Trust": a person's name, then "of" and her body
    if 2 <= m.end - m.start <= 3 and _of_a_body(doc, m, mentions, sent):
        m.votes["Person"] += 2


def _post_in_brackets(doc, start: int, end: int) -> bool:
    """'(Commission chair, ...', '(chief executive)': a post word written in lower
    case among the first words in brackets, before a comma or the closing bracket
    (a run of capitals leaves it out, so no job title was read there)."""
    for tok in doc[start : min(start + 4, end)]:
        if tok.text in {",", ")", ";"}:
            return False
        if tok.is_lower and tok.lower_ in lx.ROLE_CORE:
            return True
    return False


def _given_named(doc, m: Mention) -> bool:
    """A person's name of two or three words opening with a given name ("Ada
    Brook"), no body's, place's or post's word in it: after "Chief Executive," it
    holds the post, where "Secretary, Foo Trust" names the post's body."""
    words = doc[m.start : m.end]
    return 2 <= len(words) <= 3 and given_persons_name(words)


def _of_a_body(doc, m: Mention, mentions: list[Mention], sent) -> bool:
    """ "Jo Bell of the Harbour Trust": the mention looks like a person's name and
    "of" (and "the") is all that stands between it and a name ending in a body's
    strong head word."""
    k = m.end
    if k >= sent.end or doc[k].lower_ != "of":
        return False
    k += 1 + (k + 1 < sent.end and doc[k + 1].lower_ == "the")
    return looks_like_persons_name(doc[m.start : m.end]) and any(
        o.start == k and head_kind(lower_word(doc[o.end - 1])) == ("Organisation", 3)
        for o in mentions
    )


def _titled_after(doc, role: RoleSpan, m: Mention, sent) -> bool:
    """The name is followed by its holder's title, then a comma, a bracket or the
    end of the sentence, and reads as a person's name."""
    after = doc[role.end].text if role.end < sent.end else ""
    return after in {",", "(", ""} | lx.DASHES and looks_like_persons_name(doc[m.start : m.end])


def _place_of_civic_post(doc, role: RoleSpan, m: Mention) -> bool:
    """ "the Mayor of Kelby", "Chief Constable of Westshire": a civic post of a place
    (vocab/place_post_bodies.txt), the name after it no body's (no body's head word)."""
    post = " ".join(t.lower_ for t in doc[role.start : role.end] if t.lower_ not in {"the", "a"})
    last = lower_word(doc[m.end - 1])
    return post in lx.PLACE_POST_BODIES and last not in lx.ANY_ORG_HEADS
