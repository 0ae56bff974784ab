"""Civic posts held "of" a place: "the Mayor of Kelby, Cllr Jane Doe", "the Chief
Constable of Westshire, Ann Bell", "Kelby's Lord Mayor, Cllr Jane Doe" (the
employment family, continued; no rules). The place is no body: the post is noted
for the body of that place the page names with the post's kind of head word
(`vocab/place_post_bodies.txt`: "Kelby City Council", "City of Kelby Council",
"Westshire Police"), placed by `page_organisation.place_posts` once the whole
page is read; with none named, the post has no employer. So too a
minister's portfolio ("Minister for Rural Affairs Jane Doe"): the department of it
the page names ("Department of Rural Affairs"; `vocab/role_portfolio_posts.txt`),
else the one government it names ("Northland Government").
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention, RoleSpan
from collabgraph.extract.rules.post_homes import council_post
from collabgraph.extract.rules.post_kinds import role_text
from collabgraph.extract.rules.post_words import named_after
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

_PORTFOLIO = re.compile(
    r"^(?:%s)(?: of state)? (?:for|of) (?:the )?(.+)$"
    % "|".join(re.escape(p) for p in vocab.ordered("role_portfolio_posts"))
)
_ARTICLES = lx.ARTICLES
_COUNCILLOR = vocab.words("councillor_words")


def note_place_post(reader: SentenceReader, r: RoleSpan, person: Mention | None) -> bool:
    """Note "the Mayor of Kelby, Cllr Jane Doe" for the body of Kelby the page names,
    "Minister for Rural Affairs Jane Doe" for the department of it the page names
    (`page_organisation.place_posts`); whether the post was a civic post of a place
    (a minister's post may be held at a body named after it as well)."""
    if person is None or reader.kind(person) != "Person":
        return False
    role = role_text(reader.doc[r.start : r.end].text, None)
    place = place_of_post(reader, r)
    if place is not None:
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, ("place", place[0])))
        return True
    portfolio = _PORTFOLIO.match(role.lower().replace("’", "'"))
    if portfolio is not None and (r.end <= person.start or _after_comma(reader, r, person)):
        home = ("department", portfolio.group(1))
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))
    return False


def _after_comma(reader: SentenceReader, r: RoleSpan, person: Mention) -> bool:
    """ "Jane Doe, Minister for Rural Affairs, said": the post right after its holder."""
    return person.end + 1 == r.start and reader.words[person.end] == ","


def civic_holder(reader: SentenceReader, span) -> Mention | None:
    """Who holds a civic post of a place written before the name: "the Mayor of Kelby,
    Cllr Jane Doe", "Mayor of Kelby Cllr Jane Doe"."""
    place = place_of_post(reader, span)
    if place is None or place[1] + 1 >= reader.sent.end:
        return None
    if reader.words[place[1]] == ",":
        return reader.mention_at(place[1] + 1)
    return named_after(reader, place[1])


def place_of_post(reader: SentenceReader, r: RoleSpan) -> tuple[str, int] | None:
    """The place a civic post at `r` is held of, and where its name ends ("Mayor of
    Kelby": Kelby; "Lord Mayor for Kelby"), when the name after "of"/"for" is a
    place, not a body (typed a place, or no body's head word ends it); or one word
    in capitals the finder left, a styled name after it ("Mayor of Kelby Cllr Jane
    Doe"); None otherwise."""
    if post_heads(reader.doc[r.start : r.end].text) is None:
        return None
    k = r.end + 1
    if k >= reader.sent.end or reader.words[r.end] not in {"of", "for"}:
        return _place_before(reader, r)
    m = reader.mention_at(k)
    if m is None:
        lone = reader.doc[k].is_title and k not in reader.by_start
        after = named_after(reader, k + 1) if lone and k + 1 < reader.sent.end else None
        if after is None or after.start == k + 1 or reader.kind(after) != "Person":
            return None
        return reader.doc[k].text, k + 1
    if reader.kind(m) not in {"Place", "Organisation", None}:
        return None
    if reader.kind(m) != "Place" and m.text.lower().split()[-1] in lx.ANY_ORG_HEADS:
        return None  # "Chief Constable of Westshire Police": the body itself
    return m.text, m.end


def _place_before(reader: SentenceReader, r: RoleSpan) -> tuple[str, int] | None:
    """ "Kelby's Lord Mayor, Cllr Jane Doe", "the Kelby Mayor, Cllr Jane Doe": the
    place a civic post at `r` is held of, named before it (typed a place), and the
    post's end; None otherwise."""
    k = r.start - 1
    possessive = k > reader.sent.start and reader.words[k] in POSSESSIVE
    m = reader.by_end.get(k if possessive else r.start)
    if m is None or reader.kind(m) != "Place":
        return None
    return m.text, r.end


def post_heads(role: str) -> frozenset[str] | None:
    """The head words of the body a civic post of a place is held at ("Mayor":
    council), or None for any other post."""
    words = role.lower().replace("’", "'").split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return lx.PLACE_POST_BODIES.get(" ".join(words))


def body_of_place(place: str, role: str, bodies: list[Mention]) -> Mention | None:
    """The one body among `bodies` (one mention each) named for `place` whose last
    word is of the post's kind ("Kelby City Council", "City of Kelby Council" for the
    Mayor of Kelby); None when none is, or more than one."""
    heads = post_heads(role) or frozenset()
    want = place.lower().split()
    n = len(want)
    found = []
    for m in bodies:
        words = m.text.lower().split()
        named = any(words[i : i + n] == want for i in range(len(words) - n + 1))
        if words[-1:] and words[-1] in heads and len(words) > n and named:
            found.append(m)
    return found[0] if len(found) == 1 else None


def department_of(portfolio: str, bodies: list[Mention]) -> Mention | None:
    """The department of a minister's portfolio among `bodies` ("rural affairs":
    "Department of Rural Affairs", "Department for Rural Affairs"), if the page names it."""
    names = {f"department {link} {portfolio}" for link in ("of", "for", "of the", "for the")}
    return next((m for m in bodies if m.text.lower().replace("’", "'") in names), None)


def government_of(bodies: list[Mention]) -> Mention | None:
    """The one government among `bodies` ("Northland Government", "the Westland
    Government"): where a minister whose portfolio's department the page does not
    name holds the post; None when the page names none, or more than one."""
    found = {m.text.lower() for m in bodies if m.text.lower().split()[-1:] == ["government"]}
    if len(found) != 1:
        return None
    return next(m for m in bodies if m.text.lower() in found)


def council_post_at(reader: SentenceReader, k: int) -> str | None:
    """ "Cllr Jane Doe, portfolio holder for housing, said": an elected post at a council
    from token k, one the role finder leaves (`council_post`,
    vocab/role_of_the_council.txt), with the one field after "for"; in capitals, "Portfolio
    Holder for Communities and Wellbeing", the field's capitalised words up to the comma;
    None otherwise."""
    for n in (3, 2):
        end = k + n
        if end > reader.sent.end:
            continue
        lower = all(t.is_lower for t in reader.doc[k:end])
        if not lower and not all(t.is_title for t in reader.doc[k:end]):
            continue
        if council_post(reader.doc[k:end].text):
            field = end + 1 < reader.sent.end and reader.words[end] == "for"
            if field:
                end += 2 if reader.doc[end + 1].is_lower == lower else 0  # "... for housing"
            while (
                field and not lower and end < reader.sent.end and end - k < 10
            ) and _field_goes_on(reader, end):
                end += 1  # "... for Communities and Wellbeing", "... for Parks and Open Spaces"
            return role_text(reader.doc[k:end].text, None)
    return None


def _field_goes_on(reader: SentenceReader, i: int) -> bool:
    """Whether a capitalised field runs on at token i: a capitalised word, or "and"/"&"
    before one."""
    if reader.doc[i].is_title:
        return True
    nxt = i + 1 < reader.sent.end and reader.doc[i + 1].is_title
    return reader.words[i] in {"and", "&"} and nxt


def ward_before_councillor(reader: SentenceReader, r: RoleSpan, org: Mention, person) -> bool:
    """Whether the name right before a councillor's post is the ward or place they
    stand for, their council named after them: "Castlebrae councillor Jane Doe, of
    Fenby Council", "Ward councillor Jane Doe, of Fenby District Council"."""
    if org.end != r.start or person is None or person.start < r.end:
        return False
    if not _COUNCILLOR & {w.casefold() for w in reader.words[r.start : r.end]}:
        return False
    k = person.end
    if (
        k + 2 >= reader.sent.end
        or reader.words[k] != ","
        or reader.words[k + 1] not in {"of", "from"}
    ):
        return False
    council = reader.mention_at(k + 2)
    return council is not None and council is not org and reader.kind(council) == "Organisation"
