"""Relations read from sentences, before the page's entities are settled.

A rule that reads a relation records a `Candidate` between two mentions (by
mention id; `PAGE_ORG` for the page's own organisation, put in once the page is
read: `context.DocumentContext.settle_page_org`), with the relation types that
may fit in order. Once the mentions are resolved to entities (`coref`),
`stated_relations` gives each candidate its type, the first whose endpoint types
fit (`model.vocabulary.check_endpoints`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from collabgraph.errors import VocabularyError
from collabgraph.model.vocabulary import check_endpoints

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity


PAGE_ORG = -1
"""A relation end meaning the organisation the page speaks for, when a "we" comes
before the page names it ("We have received a grant from Foo" opening a museum's
page that names the museum further down); `DocumentContext.settle_page_org`
puts the organisation in once the page is read, or drops the relation."""


@dataclass
class Candidate:
    """A relation read from a sentence, its type settled once entity types are known.

    `relations` are tried in order; the first whose endpoint types fit is kept.
    """

    source: int  # mention id
    target: int
    relations: tuple[str, ...]
    role: str | None
    evidence: str
    confidence: float


def stated_relations(
    candidates: list[Candidate], by_mention: dict[int, Entity]
) -> Iterator[tuple[Candidate, Entity, str, Entity]]:
    """Each candidate as a relation between two entities: (candidate, source entity,
    relation type, target entity), the type the first of `candidate.relations`
    whose endpoint types fit (none when no type fits, or an end is not an entity
    or both ends are one). A person's job at what turns out to be a programme
    ("Jane Doe, administrator of the Foo Fund", the fund a programme) is running
    it, in that post: RUNS (corpus/GOLD.md: "programme lead", "administrator")."""
    for c in candidates:
        src, dst = by_mention.get(c.source), by_mention.get(c.target)
        if src is None or dst is None or src is dst:
            continue
        for rel in c.relations:
            if rel == "WORKS_FOR" and src.type == "Person" and dst.type == "Project":
                rel = "RUNS"
            try:
                check_endpoints(rel, src.type, dst.type)
            except VocabularyError:
                continue
            yield c, src, rel, dst
            break


def related_entities(candidates: list[Candidate], by_mention: dict[int, Entity]) -> set[int]:
    """The `id()`s of the entities some relation the page states has at one end."""
    related: set[int] = set()
    for _, src, _, dst in stated_relations(candidates, by_mention):
        related |= {id(src), id(dst)}
    return related
