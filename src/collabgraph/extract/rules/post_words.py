"""What the words of a post say, shared by the post rules (`posts`,
`page_posts`, `boards`, `employment`): whether a post named with no organisation is at the
page's own; a post named in the plural ("new non-executive directors").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

_MEMBER_HEADS = vocab.words("role_member_heads")
_PAGE_POSTS = vocab.words("role_of_the_page")
_NOT_ALONE = vocab.words("role_not_alone")
_BODY_NOUNS = lx.ORG_HEADS | lx.EXTRA_ORG_HEADS | vocab.words("body_generic_nouns")
_NOT_ALONE_BARE = {"executive", "chief"}  # "executives", "chiefs": no post without a head word


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
                head = reader.doc[i:j].text
                return (f"{head} {reader.doc[j].text[:-1]}".strip(), j + 1)
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
