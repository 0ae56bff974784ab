"""A site's name the page also writes as a body's: "Dalby General Hospital" is a
place (`vocab/head_site.txt`) on a page that names a body that runs such sites
(`vocab/site_runner_words.txt`: "Westmoor NHS Trust"); on a page that names none
the hospital is itself the body, unless it is only where things happen ("stalls
in Dalby General Hospital"). And on a page that names "Dalby General Hospital
NHS Trust" or "Dalby General Hospitals" the shorter name stands for that body
("she joins Dalby General Hospital as chair"), as its short name does for any
other body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.votes import name_head

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.coref import Entity
    from collabgraph.extract.mentions.mention import Mention

_SITE_HEADS = vocab.words("head_site")
_BODY_WORDS = lx.STRONG_ORG_HEADS | lx.ORG_HEADS
_RUNNER_WORDS = vocab.words("site_runner_words")


def sites_named_as_bodies(entities: list[Entity], ctx: DocumentContext) -> None:
    """Make a site's name an organisation when the page writes it on into a
    body's name or in the plural; changes `entities` in place."""
    text = "\n".join(ctx.sentences)
    runner = any(
        e.type == "Organisation" and _RUNNER_WORDS & {w.lower() for w in e.words()}
        for e in entities
    )
    for e in entities:
        words = e.words()
        lower = [w.lower() for w in words]
        if e.type != "Place" or not _SITE_HEADS & set(lower) or name_head(lower) != ("Place", 3):
            continue
        if (not runner and not _only_where(e)) or _written_as_body(" ".join(words), text):
            for m in e.mentions:
                m.votes["Organisation"] += m.votes.pop("Place", 0) + 1
            e.type = "Organisation"


_WHERE = {"at", "in"}


def _only_where(e: Entity) -> bool:
    """ "set up stalls in Dalby Hospital, Fenby Hospital and ...", "delays at Dalby
    Hospital": every mention is where something happens, after "at" or "in" (or
    listed with a name that is), so the site is a place even on a page naming no
    body that runs it; not one visited, acting or owning ("Dalby Hospital's move")."""
    return all(
        not m.possessive_after
        and not _unit_at(m)
        and (m.word_before in _WHERE or any(o.word_before in _WHERE for o in m.listed_with))
        for m in e.mentions
    )


def _unit_at(m: Mention) -> bool:
    """ "the Emergency Department at Dalby Hospital": a name right before "at" or
    "in" is a part of the hospital, which is the body it belongs to."""
    at = m.sentence.find(m.surface)
    words = m.sentence[: max(at, 0)].split()
    if words and words[-1].lower() == "the":
        words.pop()
    return len(words) > 1 and words[-1].lower() in _WHERE and words[-2][:1].isupper()


def _written_as_body(name: str, text: str) -> bool:
    """ "Dalby Hospital NHS Trust", "Dalby Hospitals": the name, then a body's word
    or a plural "s" (not after "and": "the Ayton and Dalby Hospitals" are two sites)."""
    for found in re.finditer(re.escape(name) + r"(s\b|\s+([\w-]+))", text, re.IGNORECASE):
        if (found.group(2) or "").lower() in _BODY_WORDS:
            return True
        before = text[: found.start()].split()[-1:]
        if found.group(1) == "s" and before not in (["and"], ["&"], [","]):
            return True
    return False
