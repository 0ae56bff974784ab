"""Turning resolved entities and relation candidates into a seed document, and YAML.

`build_seed` runs named steps, each in a module of its own:

1. `seed_output.source_of`: the `source` block from the page's layout;
2. `seed_entities.seed_entities`: the entities a reader would list, and the
   programmes named after the bodies that run them; a body named only as a place
   of the page folded into that place (`place_twins.fold_place_twins`);
3. the rules' relations (`relation_candidates.stated_relations`), then the page's visit
   named after who made it (`seed_entities.name_page_visit`);
4. `seed_relations.RelationTable`: every relation goes through its `add`, which
   checks the end types and merges a relation added twice;
5. `seed_ties.STEPS`: the relations read after the rules' own (places, owners
   and subjects in names, money through programmes, launches, the page's host,
   the learned models), in order;
6. `meeting_forms.add_meeting_forms`: a body's meeting named after its holder ("April
   meeting": "Foo Council April meeting") and its other forms ("Foo Trust
   AGM 2031") as aliases, once its holder is known; a dated sitting's day too
   ("Foo board meeting 3 June 2031");
7. `seed_output.entity_items` and `relation_items`: the lists as written.
"""

from __future__ import annotations

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.entity_names import short_title
from collabgraph.extract.layout import Layout
from collabgraph.extract.learned import Pair, Taker
from collabgraph.extract.meeting_forms import add_meeting_forms
from collabgraph.extract.place_twins import fold_place_twins
from collabgraph.extract.relation_candidates import stated_relations
from collabgraph.extract.seed_entities import name_page_visit, seed_entities
from collabgraph.extract.seed_output import entity_items, relation_items, source_of, to_yaml
from collabgraph.extract.seed_relations import RelationTable
from collabgraph.extract.seed_ties import STEPS, SeedPage
from collabgraph.extract.style_posts import style_post


def build_seed(
    layout: Layout,
    ctx: DocumentContext,
    by_mention: dict[int, Entity],
    *,
    path: str,
    takers: list[Taker] = (),
    taker_log: list | None = None,
    pairs: list[Pair] = (),
    pair_log: list | None = None,
) -> dict:
    """The seed document: source, entities (first mentioned first) and relations.

    `takers` are the people and bodies of a page about one event, asked of the
    participation model (`collabgraph.extract.learned`) when the rules left them
    unlinked to it. `taker_log`, when given, receives (name, event name, linked
    by the rules, features) for each kept one: the training data of
    `scripts/corpus/train_participation.py`. `pairs` are two names of the page
    (in one sentence or apart), asked of the pair models (`learned.pairs`) when the
    rules left them unrelated; `pair_log` receives what they are asked
    (`scripts/corpus/train_pairs.py`).
    """
    source = source_of(layout, path)
    entities, runners = seed_entities(ctx, by_mention)
    entities = fold_place_twins(entities, by_mention)
    page = SeedPage(
        ctx, by_mention, entities, runners,
        takers=takers, taker_log=taker_log, pairs=pairs, pair_log=pair_log,
    )  # fmt: skip
    stated = list(stated_relations(ctx.candidates, by_mention))  # the rules' relations
    name_page_visit(page.page_event, stated, page.kept)

    ties = RelationTable()
    for c, src, rel, dst in stated:
        if id(src) in page.kept and id(dst) in page.kept:
            role = c.role
            if role is None and rel == "WORKS_FOR":  # "PC Jane Doe of Foo Police": "PC"
                role = style_post(ctx.mentions[c.source].text, src.title, c.evidence)
            ties.add(src, rel, dst, role=role, evidence=c.evidence, confidence=c.confidence)
    for step in STEPS:
        step(page, ties)
    add_meeting_forms(entities, ties.values())
    return {
        "source": source,
        "entities": entity_items(entities, ctx),
        "relations": relation_items(ties.values()),
    }


__all__ = ["build_seed", "short_title", "to_yaml"]
