"""What is settled once every sentence of a page is read, before the seed is built.

`settle` names the page's event as the page does (`page_event.name_after_page`),
settles partnerships and the page's own body (its "we": `page_voice`), the
partners of a project's runner (`partner_runners`), resolves
mentions into entities (`coref.resolve_entities`), refers "the conference" back to the page's event,
places posts named with no body at the page's own one, adds the forms owners
give events ("Foo's AGM"), and gathers what the learned models are to be asked
(`learned.takers`, `learned.page_pairs`).
"""

from __future__ import annotations

from collabgraph.extract import document, learned, page_organisation
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity, resolve_entities
from collabgraph.extract.event_owners import add_owner_forms
from collabgraph.extract.layout import Layout
from collabgraph.extract.page_event import PageEvent, name_after_page
from collabgraph.extract.page_event.back_refs import refer_back
from collabgraph.extract.page_speaker import story_subject
from collabgraph.extract.page_voice import event_owner, voiced_body
from collabgraph.extract.partner_runners import runner_partners
from collabgraph.extract.post_fill import fill_posts
from collabgraph.extract.project_posts import project_posts


def settle(
    ctx: DocumentContext,
    layout: Layout,
    docs: list,
    event: PageEvent | None,
    *,
    training: bool = False,
) -> tuple[dict[int, Entity], list[learned.Taker], list[learned.Pair]]:
    """(the entity of each mention id, the takers for the participation model, the
    pairs for the pair models). `event` is what `block_reading.read_blocks`
    returned; `training` asks for every task's pairs, else only those a shipped
    model asks about."""
    if event is not None:
        name_after_page(ctx, event)
    document.settle_partnerships(ctx)
    ctx.voiced_org = voiced_body(ctx, docs)  # "Community News from Foo Homes", "our work at Foo"
    ctx.event_org = event_owner(ctx)  # "Our webinar was hosted by Foo": "our director"
    ctx.settle_page_org(story_subject(ctx, docs))  # "Foo Trust has ... The charity"
    runner_partners(ctx)  # "Foo runs Bar. Bar is run in partnership with A": Foo and A
    by_mention = resolve_entities(ctx)
    refer_back(ctx, by_mention, layout, docs)  # "the conference": the page's event
    items = frozenset(n for n, block in enumerate(layout.blocks) if block.kind == "item")
    page_organisation.place_posts(ctx, by_mention, items, docs)
    fill_posts(ctx, by_mention)  # "Its coordinator, Jane Doe, is employed by Foo"
    project_posts(ctx, by_mention)  # "Project manager Jane Doe": she runs the page's project
    add_owner_forms(ctx, by_mention, docs)
    takers = learned.takers(ctx, by_mention, docs, layout.blocks)
    tasks = tuple(learned.TASKS) if training else None
    pairs = learned.page_pairs(ctx, by_mention, docs, layout.blocks, tasks)
    return by_mention, takers, pairs


__all__ = ["settle"]
