"""The post of a job a rule placed with no post, when the same sentence says it:
"Its coordinator, Jane Doe, is employed by Foo Trust" (a rule reads "employed by"
and notes no post; the post beside the name was noted with no body,
`ctx.unplaced_posts`), "local councillor Cllr Jane Doe of Fenby Town Council" (the
style is the seat: "Councillor"). Run once the page is read, after
`page_organisation.place_posts`: a post it placed at the page's own body is held
there, not given again. The posts family, continued.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.entity_names import local_council

_COUNCILLOR = vocab.words("councillor_words")


def fill_posts(ctx: DocumentContext, by_mention: dict) -> None:
    """Give a post to each WORKS_FOR candidate with none: the one post noted with no
    body for the same person from the same sentence, when that post is a job there
    (`post_kinds.post_relations`); else, at a local council, "Councillor" for a
    person written with a councillor's style."""
    from collabgraph.extract.rules.post_kinds import post_relations

    bare = [
        c
        for c in ctx.candidates
        if c.role is None and c.relations[:1] == ("WORKS_FOR",) and c.source in by_mention
    ]
    for c in bare:
        person, org = by_mention.get(c.source), ctx.mentions[c.target]
        if person is None:
            continue
        same = {
            role
            for who, role, evidence, home in ctx.unplaced_posts
            if isinstance(home, str) and evidence == c.evidence and by_mention.get(who) is person
        }
        same -= _held(ctx, by_mention, person)  # placed at the page's own body
        came_from = (org.word_before or "").lower() == "from"  # "joined us from Foo"
        if len(same) == 1 and not came_from and _alone(ctx, by_mention, c):
            role = next(iter(same))
            if post_relations(role, org) == ("WORKS_FOR",):
                c.role = role
                continue
        title = (ctx.mentions[c.source].title or "").lower().rstrip(".")
        if title in _COUNCILLOR and local_council(org.text):
            c.role = "Councillor"


def _held(ctx: DocumentContext, by_mention: dict, person) -> set[str]:
    """The posts a person holds already, as rules or `place_posts` placed them."""
    return {c.role for c in ctx.candidates if c.role and by_mention.get(c.source) is person}


def _alone(ctx: DocumentContext, by_mention: dict, c) -> bool:
    """Whether candidate `c` is its person's only job read from its sentence (with
    two, "who joined Foo from Bar", the post is not said to be either's)."""
    person = by_mention.get(c.source)
    return (
        sum(
            1
            for d in ctx.candidates
            if d.evidence == c.evidence
            and "WORKS_FOR" in d.relations
            and by_mention.get(d.source) is person
        )
        == 1
    )
