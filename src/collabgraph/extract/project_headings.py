"""A page listing its body's projects under headings: the title or a paragraph before
the first heading says so with "our" or "we" ("Our projects", "Here are the services
we currently run": `vocab/project_list_words.txt`), and each heading that is one
name alone, over a paragraph, names a project (corpus/GOLD.md: services and
programmes are Projects). `heading_mentions` reads the heading as that one name,
voted a project, while the page is read (before a heading's unvoted names are dropped);
`rules/heading_projects.py` has the body the lead's sentence opens with run it.
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.layout import Layout
from collabgraph.extract.mentions.mention import Mention

LIST_WORDS = vocab.words("project_list_words")
"""Words saying projects or services follow (vocab/project_list_words.txt)."""
OURS = re.compile(r"\b(our|we)\b", re.I)
"""A line written as the page's own body's ("our", "we")."""
WORD = re.compile(r"[a-z]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
VOTE = 4


def lists_projects(ctx, layout: Layout) -> bool:
    """Whether the page's title or a paragraph before its first heading says, with
    "our" or "we", that projects or services follow; read once a page."""
    if ctx.lists_projects is None:
        ctx.lists_projects = _says_projects_follow(layout)
    return ctx.lists_projects


def _says_projects_follow(layout: Layout) -> bool:
    texts = [layout.title or ""]
    for b in layout.blocks:
        if b.kind == "heading":
            break
        if b.kind in {"title", "para"} and b.section == 0:
            texts.append(b.text)
    for text in texts:
        for sentence in _SENTENCE.split(text):
            words = set(WORD.findall(sentence.lower()))
            if words & LIST_WORDS and OURS.search(sentence):
                return True
    return False


_SMALL = frozenset({"at", "for", "and", "of", "the", "in", "on", "&"})
_MAX_WORDS = 6


def heading_mentions(ctx, layout: Layout, block_no: int, doc, sent, mentions, sent_no: int):
    """The mentions of a heading block, made one project's when it names one on a
    page listing projects (a short line of capitalised words and small words, over
    a paragraph): the name the finder read whole, or the heading's words as one name
    ("Digital Drop-In", "The Pantry at Westgate", "Young Leaders", which the finder
    cuts or drops), voted a project and kept in `ctx.project_headings`."""
    blocks = layout.blocks
    if blocks[block_no].kind != "heading" or not lists_projects(ctx, layout):
        return mentions
    if block_no + 1 >= len(blocks) or blocks[block_no + 1].kind != "para":
        return mentions
    start, end = sent.start, sent.end
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start < end and doc[start].lower_ == "the":
        start += 1
    words = [t for t in doc[start:end] if t.text not in {"-", "‐"}]
    if not words or len(words) > _MAX_WORDS or not doc[start].text[:1].isupper():
        return mentions
    if any(not (t.text[:1].isupper() or t.lower_ in _SMALL) or t.like_num for t in words):
        return mentions
    if doc[start].lower_ in {"our", "your", "about", "contact"}:
        return mentions  # "Our projects", "Contact us": the page's own headings
    whole = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
    if whole is None:
        first = mentions[0] if mentions else None
        whole = Mention(
            id=len(ctx.mentions), text=doc[start:end].text, title=None, block=block_no,
            section=blocks[block_no].section, sent=sent_no, start=start, end=end,
            surface=doc[sent.start:end].text, in_heading=True,
            ner=first.ner if first is not None else None,
        )  # fmt: skip
    else:
        whole.id = len(ctx.mentions)
    whole.votes["Project"] += VOTE
    if not ctx.project_headings:
        ctx.projects_owner = ctx.last_org_subject
    ctx.project_headings.append(whole)
    return [whole]
