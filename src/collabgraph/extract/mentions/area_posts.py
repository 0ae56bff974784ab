"""A name written right before a post held for an area is the area, a place,
not the body the holder works for: "Upper Kelby's Director of Public Health",
"Fenby councillor Jo Tern", "Kelby Mayor Ann Lark". The post is a civic office
(its last word in `vocab/civic_offices.txt`) or a whole post of
`vocab/area_posts.txt`; a body's head word ending the name ("Fenby Council's
Director of Public Health", "Kelby Trust chair") keeps it a body's.

Read by `work_votes.post_votes` while the sentence is read, so the relation rules
never take the area for the holder's employer ("Jo Tern WORKS_FOR Fenby").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.tokens import lower_word

_CIVIC_OFFICES = vocab.words("civic_offices")
_AREA_POSTS = vocab.words("area_posts")
_ARTICLES = lx.ARTICLES


def area_post(doc, role: RoleSpan) -> bool:
    """Whether `role` is a post held for an area: a civic office's word last
    ("councillor", "Mayor") or one of `vocab/area_posts.txt` ("Director of Public
    Health", with any words before it)."""
    words = [t.lower_ for t in doc[role.start : role.end] if t.lower_ not in _ARTICLES]
    if not words:
        return False
    if words[-1] in _CIVIC_OFFICES:
        return True
    post = " ".join(words)
    return any(post == p or post.endswith(" " + p) for p in _AREA_POSTS)


def area_of_post(doc, role: RoleSpan, m: Mention) -> bool:
    """Whether `m`, right before `role` (or its "'s"), is the area `role` serves:
    `area_post`, and no body's head word ends the name."""
    return area_post(doc, role) and head_kind(lower_word(doc[m.end - 1]))[0] is None


__all__ = ["area_of_post", "area_post"]
