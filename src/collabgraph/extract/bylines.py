"""Bylines: "By Ruth Lee, Programme Manager, Northtown Hubs" (or with no post: "By Ruth
Lee, Northtown Community Trust") names the page's author(s) and, when it says, where
they work (a post with no body, "Posted by Ruth Lee, Network Coordinator", is held
at the page's own: `ctx.unplaced_posts`), or a body as the author ("Posted by Fenby
Borough Council") (`read_byline`, read whole by
`document.read_whole`); `plain_mention`, a name read from a whole block (a
byline's, a title's) with no tokens. Words that are no person's name in a byline:
`vocab/byline_not_a_person.txt`."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.layout import Block
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.heads import newspaper_title
from collabgraph.extract.rules.post_homes import post_home
from collabgraph.extract.rules.post_kinds import post_relations

_NOT_A_PERSON = vocab.words("byline_not_a_person")


def _person_like(name: str) -> bool:
    words = name.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.lower().strip(".") in _NOT_A_PERSON for w in words)
        and not any(w.lower() in lx.STRONG_ORG_HEADS for w in words)
    )


def _field(part: str) -> bool:
    """Whether words after a post's "of" name a field of work, not a body ("Head of
    Policy", "Director of Public Services": `vocab/role_fields.txt`)."""
    words = part.lower().split()
    return all(w in lx.DOMAIN_WORDS or w in lx.NAME_CONNECTORS for w in words)


_HEAD_LINKS = {"of", "for"}  # "Kelby Council of Faiths", "Friends of Fenby Park"


def _body_named(part: str) -> bool:
    """Whether a byline's part is a body's name: capitalised words ending in a body's
    head word ("Foo Community Development Trust", "Fenby Food and Advice Trust"),
    or with a head word before "of" or "for" ("Kelby Council of Faiths"), or a
    newspaper's title ("By Jo Tern, Kelby Echo": `heads.newspaper_title`)."""
    words = part.split()
    heads = [w.lower() for w, nxt in pairwise(words) if nxt.lower() in _HEAD_LINKS]
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in lx.NAME_CONNECTORS for w in words)
        and (
            words[-1].lower() in lx.ANY_ORG_HEADS
            or any(h in lx.ANY_ORG_HEADS for h in heads)
            or newspaper_title([w.lower() for w in words], first=False)
        )
    )


def read_byline(ctx: DocumentContext, block: Block, block_no: int) -> None:
    """ "By Ruth Lee, Programme Manager, Northtown Hubs": the author(s),
    and where they work when the byline says."""
    if block.key == "body":  # "Posted by the Foo Trust team" (voice_lines): a body's page
        _body_author(ctx, block.text, block, block_no, weight=_MASTHEAD_WEIGHT)
        return
    parts = [p.strip() for p in re.split(r"\s*[,|]\s*", block.text) if p.strip()]
    names: list[str] = []
    role = affiliation = None
    for n, part in enumerate(parts):
        words = part.lower().split()
        if role is None and words and any(w in lx.ROLE_CORE for w in words):
            role = part
            held = re.match(r"(?P<role>.+?)\s+(?:of|at)\s+(?P<org>[A-Z].*)$", part)
            # "Chief Executive of Foo Trust"; not "Head of Research, Foo Trust" (the
            # body comes after: the post is the whole part) nor "Head of Policy"
            if (
                held
                and not _field(held.group("org"))
                and (n == len(parts) - 1 or _body_named(held.group("org")))
            ):
                role, affiliation = held.group("role"), held.group("org")
        elif role is not None and affiliation is None:
            affiliation = part
        elif names and affiliation is None and _body_named(part):
            affiliation = part  # "By Jane Doe, Foo Community Trust": no post, the body
        elif role is None and not names and n == len(parts) - 1 and _body_named(part):
            names.append(part)  # "Posted by Fenby Food and Advice Trust": one body
        elif role is None:
            names += [n.strip() for n in re.split(r"\s+(?:and|&)\s+", part) if n.strip()]
    if len(names) == 1 and affiliation is None and role is None and _body_named(names[0]):
        _body_author(ctx, names[0], block, block_no)  # "Published 6 June by Fenby Council"
        return
    authors: list[Mention] = []
    for name in names:
        if not _person_like(name):
            continue
        m = ctx.add(plain_mention(name, block, block_no, Counter({"Person": 5})))
        ctx.note_person(m)
        if not authors:
            ctx.authors.setdefault(block.section, m.id)
        authors.append(m)
    if authors and affiliation:
        _authors_body(ctx, authors, role, affiliation, block, block_no)
    elif authors and role and (home := post_home(role)) is not None:
        for author in authors:  # "Posted by Jane Doe, Network Coordinator": the page's body
            ctx.unplaced_posts.append((author.id, role, block.text, home))


def _authors_body(
    ctx: DocumentContext,
    authors: list[Mention],
    role: str | None,
    affiliation: str,
    block: Block,
    block_no: int,
) -> None:
    """ "By Jane Doe, Media Lead, Foo", "By Jane Doe and John Roe, Foo Trust": the
    last part names where the author(s) work, each of them."""
    last_words = affiliation.lower().split()
    last = last_words[-1]
    kind = "Project" if last in lx.STRONG_PROJECT_HEADS else "Organisation"  # "Foo Programme"
    org = ctx.add(plain_mention(affiliation, block, block_no, Counter({kind: 4})))
    if block.section == 0 and kind == "Organisation" and not newspaper_title(last_words):
        ctx.author_org = org.id  # not a reporter's paper: the story's posts are not at it
    for author in authors:
        if kind == "Project" and role:  # "Director, Foo Programme": a post at the page's body
            ctx.unplaced_posts.append((author.id, role, block.text, "staff"))
        # a body's board post ("Chair") is a seat there; a programme's post runs it
        rels = post_relations(role, org) if kind == "Organisation" and role else None
        ctx.relate(
            author.id,
            rels or ("WORKS_FOR", "RUNS", "PARTICIPATED_IN"),
            org.id,
            evidence=block.text,
            role=role,
            confidence=0.8,
        )


_MASTHEAD_WEIGHT = 20
"""The Organisation votes of a body a masthead or a title's label names as the page's
own ("Blog | Foo Youth Project | 3 May 2031", "Foo Watch Kelby: report of our AGM"):
the line says it is a body, which outweighs what its words suggest elsewhere (a
project's or an event's head word, a name like a person's)."""


def _body_author(
    ctx: DocumentContext, name: str, block: Block, block_no: int, weight: int = 5
) -> None:
    """A byline naming a body, not a person ("By Fenby Borough Council", "Posted by
    Kelby Housing Trust"): the body is the page's author, so the page speaks for it."""
    org = ctx.add(plain_mention(name, block, block_no, Counter({"Organisation": weight})))
    ctx.authors.setdefault(block.section, org.id)


def plain_mention(text: str, block: Block, block_no: int, votes: Counter) -> Mention:
    """A name read from a whole block rather than a parsed sentence (a byline's,
    a title's): no tokens (`start` = `end` = 0, `sent` -1), the block's text its
    evidence, `votes` its types."""
    m = Mention(
        id=-1,
        text=text,
        title=None,
        block=block_no,
        section=block.section,
        sent=-1,
        start=0,
        end=0,
        votes=votes,
        surface=text,
    )
    m.sentence = block.text
    return m
