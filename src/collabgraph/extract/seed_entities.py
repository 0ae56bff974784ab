"""Which entities a seed lists, and the names settled before its relations are.

`seed_entities` walks the page's mentions (`DocumentContext.mentions`, first
mentioned first) to their resolved entities (`coref.resolve_entities`) and keeps
those a reader would list: the checks of `listed_entities` and `guessed_bodies`,
not the letters of a term ("anti-social behaviour (ASB)": `term_letters`). It
reads two kinds of name on the way, in this order, as both change the entities:
a programme named after the body that runs it ("Foo Society Neighbours Fund":
`named_programmes.runners_in_names` retypes it Project and folds its short form into
it) and a body named only inside an event's name ("the recent Foo UK
conference": `event_name_bodies.bodies_in_event_names`, added).

`name_page_visit` renames the page's visit after who made it (`visit_names`),
once the rules' relations say who did.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.event_name_bodies import bodies_in_event_names
from collabgraph.extract.funerals import name_funerals
from collabgraph.extract.guessed_bodies import unsupported
from collabgraph.extract.listed_entities import brand_of_longer_name, listed
from collabgraph.extract.lone_towns import name_lone_towns
from collabgraph.extract.named_programmes import runners_in_names
from collabgraph.extract.page_voice import titles_a_page
from collabgraph.extract.plain_event_names import add_plain_names
from collabgraph.extract.visit_names import VISITOR_ROLE, name_visit

_BOARD_WORDS = vocab.words("board_words")  # "Board of Directors": a board's heading

Runner = tuple[Entity, Entity]  # (organisation, the programme named after it)


def seed_entities(
    ctx: DocumentContext, by_mention: dict[int, Entity]
) -> tuple[list[Entity], list[Runner]]:
    """(the entities to list, first mentioned first; the (body, programme) pairs
    of programmes named after the body that runs them). `by_mention` changes in
    place where a programme's short form joins it."""
    found: list[Entity] = []
    seen: set[int] = set()
    own = _own_body(ctx, by_mention)
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        found.append(e)
    name_lone_towns(found)  # "grants across Harrowmere": a town read as a person
    entities = [e for e in found if listed(e) or e is own]
    entities = [e for e in entities if not brand_of_longer_name(e, entities)]
    unsupported_ids = unsupported(entities, ctx, by_mention)
    entities = [e for e in entities if id(e) not in unsupported_ids]
    # "anti-social behaviour (ASB)": the letters of a term, no body's
    entities = [e for e in entities if e.known_name or e.name not in ctx.term_letters]
    runners = runners_in_names(entities, by_mention)  # "Foo Society Neighbours Fund"
    # "the recent Foo UK conference", "FOO HALL - AGM"
    entities += bodies_in_event_names(entities, ctx.site_name, "\n".join(ctx.sentences))
    name_funerals(entities)  # "His funeral will be held ...": "Funeral of Jo Tern"
    return entities, runners


def _own_body(ctx: DocumentContext, by_mention: dict[int, Entity]) -> Entity | None:
    """The page's own body (`DocumentContext.page_org`: its "we") when it is an
    organisation: listed though the page names it only in a heading ("Foo Refugee
    Welcome" as the headline, then "our coordinator, Jane Doe"), which `listed` drops
    for a name seen only in headings with few votes; not a page's own title read as a
    body ("Foo Weekly Bulletin", "Kelby Ward News": `page_voice.titles_a_page`), nor a
    board heading a list of its members ("Board of Directors": a body's board, whose
    body the page names elsewhere)."""
    own = ctx.page_org()
    e = by_mention.get(own) if own is not None else None
    if e is None or e.type != "Organisation" or titles_a_page(e.name):
        return None
    return None if e.name.split()[0].lower() in _BOARD_WORDS else e


def name_page_visit(visit: Entity | None, stated: list[tuple], kept: set[int]) -> None:
    """Name the page's visit after who made it: "Visit to Foo Hub" that Jane Doe
    made is "Jane Doe's visit to Foo Hub".
    `visit` is the page's event (None when it has none), `stated` the rules'
    (candidate, from, type, to) relations, `kept` the ids of the listed entities.
    """
    if visit is None or id(visit) not in kept:
        return
    visitors = [
        src
        for c, src, rel, dst in stated
        if dst is visit and rel == "PARTICIPATED_IN" and c.role == VISITOR_ROLE
        and id(src) in kept
    ]  # fmt: skip
    name_visit(visit, sorted(visitors, key=lambda e: e.first))
    add_plain_names(visit)  # "the exciting Foo Hub": the Foo Hub


__all__ = ["Runner", "name_page_visit", "seed_entities"]
