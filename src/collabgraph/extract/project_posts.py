"""The people whose posts run the programme a page is about ("Project manager Ada
Foss thanked the volunteers", "Our project lead, Jo Tern, says", "contact the
programme manager, Ada Foss", "Hub manager Jo Tern said"): a person given a post
made of a programme's noun and a running noun (vocab/project_post_nouns.txt,
vocab/project_post_heads.txt) RUNS the page's project, in that post (corpus/GOLD.md:
RUNS is "runs, leads, delivers, manages a project"). The page's project is the one
its title names, else its only one, else the one it names most (twice at least,
and more often than any other). Not on a page about an event, nor for a post
naming another thing ("Kelby Databank Programme Lead"), nor for a post said to be
held at a body ("Ada Foss, project manager at Kelby Trust": her employer's, as the
sentence tells it). Read once every sentence is read and the posts placed
(`after_reading.settle`, after `post_fill.fill_posts`), from the WORKS_FOR
candidates the posts rules made.
"""

from __future__ import annotations

import re
from collections import Counter

from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext

_NOUNS = vocab.words("project_post_nouns")
_HEADS = vocab.words("project_post_heads")
_PROJECT = "Project"


def project_posts(ctx: DocumentContext, by_mention: dict) -> None:
    """Add Person RUNS the page's project for each running post (confidence 0.6)."""
    project = _page_project(ctx, by_mention)
    if project is None or ctx.main.get("Event") is not None:
        return  # a page about an event: its people's posts are not about the project
    named = {m.text.lower() for m in ctx.mentions if by_mention.get(m.id) is not None}
    named -= {m.text.lower() for m in by_mention[project].mentions}
    for c in list(ctx.candidates):
        if c.relations[:1] != ("WORKS_FOR",) or not running_post(c.role):
            continue
        if any(n in c.role.lower() for n in named):
            continue  # "Kelby Databank Programme Lead": another programme's post
        if re.search(rf"{re.escape(c.role)}\s+at\s", c.evidence, re.IGNORECASE):
            continue  # "Ada Foss, project manager at Kelby Trust": a post at the body, said so
        person = by_mention.get(c.source)
        if person is None or person.type != "Person":
            continue
        ctx.relate(c.source, "RUNS", project, evidence=c.evidence, role=c.role, confidence=0.6)


def running_post(role: str | None) -> bool:
    """Whether a post's words hold a programme's noun and a running noun ("Project
    coordinator", "Digital Inclusion Project Officer", "Hub manager")."""
    words = set(re.findall(r"[a-z-]+", (role or "").lower()))
    return bool(words & _NOUNS) and bool(words & _HEADS)


def _page_project(ctx: DocumentContext, by_mention: dict) -> int | None:
    """A mention of the page's project: the title's, else the one named most."""
    main = ctx.main.get(_PROJECT)
    entity = by_mention.get(main) if main is not None else None
    if entity is not None and entity.type == _PROJECT:
        return entity.first
    entities = {id(e): e for e in by_mention.values() if e.type == _PROJECT}
    counts = Counter(id(e) for e in by_mention.values() if e.type == _PROJECT).most_common(2)
    if len(counts) == 1:
        return entities[counts[0][0]].first  # the page's only project
    if not counts or counts[0][1] < 2 or counts[1][1] == counts[0][1]:
        return None
    return entities[counts[0][0]].first
