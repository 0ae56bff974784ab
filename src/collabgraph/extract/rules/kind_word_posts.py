"""A post named after a body's kind, standing for the body: "Partnership chair Jane
Doe said", "Panel member Jane Doe, 16, hosts", "Foundation chief executive Jane
Doe" (the employment family, continued).

A job title (`reader.roles`) whose first word is a body's head word
(`lexicon.ORG_HEADS`, `EXTRA_ORG_HEADS`: partnership, panel, foundation, trust),
outside any name, followed right away by a person's name, is held at the
organisation the page last named with that word ("Kelby Health
Partnership"; `DocumentContext.recent_with_word`): WORKS_FOR, or MEMBER_OF for a
seat (`post_relations`). None named with the word: left to the page's own body
(`page_posts`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import named_after
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads job titles."""

_HEADS = lx.ORG_HEADS | lx.EXTRA_ORG_HEADS | {"panel", "committee"}  # "Youth Panel"
_NOT_AFTER = {"'s", "'", "of", "the", "a", "an"}  # "the Trust's chair", "a panel member"


def kind_word_posts(reader: SentenceReader) -> None:
    """ "Partnership chair Jane Doe": the post is held at the body last named with
    "partnership"."""
    spans = [(span.start, span.end) for span in reader.roles]
    spans += [  # "Panel member Jane Doe": the role finder reads no "member" alone
        (k, k + 2)
        for k in range(reader.sent.start, reader.sent.end - 2)
        if reader.words[k + 1] == "member" and reader.words[k] in _HEADS
    ]
    for i, end in spans:
        word = reader.words[i]
        if word not in _HEADS or end - i < 2:
            continue
        if {"and", "&"} & set(reader.words[i:end]):
            continue  # "Fire and Rescue Chief Jane Doe": a title of two fields, read whole
        if i > reader.sent.start and reader.words[i - 1] in _NOT_AFTER:
            continue
        if any(m.start <= i < m.end for m in reader.ms):
            continue  # "Fenby Trust chair Jane Doe": read with the name
        person = named_after(reader, end)
        if person is None or reader.kind(person) != "Person":
            continue
        org = reader.ctx.recent_with_word(word, "Organisation")
        if org is None:
            continue
        # the post as written, as page_posts notes it ("Partnership chair"): placed once
        role = role_text(reader.doc[i:end].text, org)
        if reader.words[end - 1] == "member":
            role = "member"  # a seat on it, unnoted elsewhere
        reader.relate(person, post_relations(role, org), org, role=role, confidence=0.7)
