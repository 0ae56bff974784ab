"""A post's field of work in capitals after "of"/"for", read as a name: "Director of
Money Advice", "Head of Interpreting Services", "Cabinet Member for Regeneration and
Assets", "Dean of the Faculty of Health at Foo University". The words are the post's,
no body: the mention is dropped and the post runs on over it (for `finder`), so the
post's body is read where the page names it (after "at" or a comma, before "'s", the
page's council).

A field follows a post whose "of"/"for" names a field more often than a body
(`vocab/role_of_field_cores.txt`: "Head", "Director", "Dean"; or an elected post at
a council, `vocab/role_of_the_council.txt`: "Cabinet Member", "Portfolio Holder"). Its
words are in capitals, each a field's word (`vocab/role_fields.txt`: "Money Advice",
"Housing Options") or a word of everyday English no body's head word is ("Community
Investment"), no place among them; or a part of a body ("Faculty of Health", "School
of Nursing": `vocab/body_part_openers.txt`) when the body it is part of is named right
after it ("at Foo University", ", Foo University").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_OF_FIELD_CORES = vocab.words("role_of_field_cores")
_COUNCIL_POSTS = vocab.words("role_of_the_council")
_PART_HEADS = vocab.words("body_part_openers")
_LINKS = {"and", "&", "of"}


def fields_after_posts(
    doc, mentions: list[Mention], roles: list[RoleSpan]
) -> tuple[list[Mention], list[RoleSpan]]:
    """The mentions without those that only name a post's field after "of"/"for"
    (one name, or names joined by "and": "for Regeneration and Assets"), and the roles
    with those posts run on over their fields."""
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    out_roles = []
    for r in roles:
        field = _field_after(doc, r, by_start)
        if not field:
            out_roles.append(r)
            continue
        dropped |= {id(m) for m in field}
        end = field[-1].end
        out_roles.append(RoleSpan(doc[r.start : end].text, r.start, end))
    return [m for m in mentions if id(m) not in dropped], out_roles


def _field_after(doc, r: RoleSpan, by_start: dict[int, Mention]) -> list[Mention]:
    """The mentions naming post `r`'s field right after its "of"/"for", if any do."""
    k = r.end
    if k + 1 >= len(doc) or doc[k].lower_ not in {"of", "for"} or not _takes_field(doc, r):
        return []
    k += 1 + (doc[k + 1].lower_ == "the")
    field = []
    m = by_start.get(k)
    while m is not None and _names_field(doc, m, by_start):
        field.append(m)
        joined = m.end + 1 < len(doc) and doc[m.end].lower_ in {"and", "&"}
        m = by_start.get(m.end + 1) if joined else None
    return field


def _names_field(doc, m: Mention, by_start: dict[int, Mention]) -> bool:
    """Whether mention `m`, after a post's "of"/"for", only names its field."""
    if m.end - m.start > 5:
        return False
    words = doc[m.start : m.end]
    lows = [lower_word(t) for t in words]
    if not all(is_cap(t) or w in _LINKS for t, w in zip(words, lows, strict=True)):
        return False
    if any(is_uk_place(t.text) for t in words) or any(t.text.isupper() for t in words):
        return False
    if lows[0] in _PART_HEADS and len(lows) >= 3 and lows[1] == "of":
        # "Faculty of Health at Foo University": a part of the body named after it
        return _body_follows(doc, m.end, by_start)
    return all(_field_word(t.text, w) for t, w in zip(words, lows, strict=True))


def _field_word(text: str, low: str) -> bool:
    """A word of a field: a field's word (`vocab/role_fields.txt`: "Housing",
    "Advice"), a link, or a word of everyday English no body's head word is."""
    if low in lx.DOMAIN_WORDS or low in _LINKS:
        return True
    return everyday_word(text) and low not in lx.ANY_ORG_HEADS


def _takes_field(doc, r: RoleSpan) -> bool:
    """Whether post `r` is one whose "of"/"for" names a field: its last word a core
    of `vocab/role_of_field_cores.txt`, or the whole post an elected one at a council."""
    lows = [lower_word(t) for t in doc[r.start : r.end]]
    if not lows or any(w in {"of", "for"} for w in lows):
        return False  # the post names its field already
    return lows[-1] in _OF_FIELD_CORES or " ".join(lows[-2:]) in _COUNCIL_POSTS


def _body_follows(doc, k: int, by_start: dict[int, Mention]) -> bool:
    """Whether a body's name follows token k after "at" or a comma (and a "the")."""
    if k + 1 >= len(doc) or doc[k].lower_ not in {"at", ","}:
        return False
    return (k + 1) in by_start or (doc[k + 1].lower_ == "the" and (k + 2) in by_start)
