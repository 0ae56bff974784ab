"""A post said as a style before a name: "PC Jane Doe from Foo Police", "Imam John
Roe of Foo Mosque", "Detective Superintendent Jane Doe": the words of the style are
the role of a job a rule read with no role (`vocab/style_posts.txt`; read by
`seed.build_seed`).
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab

_STYLE_POSTS = vocab.words("style_posts")
_SPELLINGS = vocab.table("style_post_spellings")  # "Supt." -> "Superintendent"
_NOT_ALONE = {"chief", "detective"}  # "Chief Inspector", "Detective Sergeant"; not alone


def style_post(name: str, title: str | None, evidence: str) -> str | None:
    """The post a style before `name` in `evidence` (or the name's own `title`) says,
    as written ("PC", "Detective Superintendent"), a short form spelt out ("Supt." ->
    "Superintendent"); None when the style is no post."""
    styles = []  # the words the page uses first ("Sergeant", not the name's "Sgt")
    found = re.search(r"((?:\b[A-Z][A-Za-z]*\.? ){1,3})" + re.escape(name) + r"\b", evidence)
    if found:
        styles.append(found.group(1).strip())
    styles += [title] if title else []
    for style in styles:
        words = style.split()
        while words and words[0].lower().rstrip(".") not in _STYLE_POSTS:
            words = words[1:]  # "Then PC": from the first word of a post
        low = [w.lower().rstrip(".") for w in words]
        if low and all(w in _STYLE_POSTS for w in low) and low[-1] not in _NOT_ALONE:
            return " ".join(_SPELLINGS.get(w, word) for w, word in zip(low, words, strict=True))
    return None
