"""What the words of a post say, shared by the post rules (`posts`,
`page_posts`): whether a post named with no organisation is at the page's own.
"""

from __future__ import annotations

from collabgraph.extract import vocab

_MEMBER_HEADS = vocab.words("role_member_heads")
_PAGE_POSTS = vocab.words("role_of_the_page")


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
