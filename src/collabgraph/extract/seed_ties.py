"""Relations a seed adds after the rules' own: the steps, in order.

Each step is a function `step(page, ties)` that reads the listed entities and
the relations gathered so far (`page`: a `SeedPage`; `ties`: the
`seed_relations.RelationTable`) and adds to `ties`. `STEPS` runs them in order,
and the order matters: a later step reads what earlier ones added (the money
step reads the RUNS ties the names step made; the launch step leaves a launch
someone is already said to have organised; the models are asked only about
names left unrelated), and the seed lists relations in the order first added.
To add a kind of tie, write a step here (or in a module of its own, with the
reading itself kept in a rules module) and put it in `STEPS` where what it reads
is already there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.event_owners import publisher_hosted
from collabgraph.extract.learned import Pair, Taker, ask_about, ask_pairs
from collabgraph.extract.learned.participants import CONFIDENCE
from collabgraph.extract.meeting_holders import bare_sittings, own_sitting_holders, title_holder
from collabgraph.extract.meeting_seats import meeting_seats
from collabgraph.extract.member_partners import members_read_as_partners
from collabgraph.extract.name_owners import (
    hosts_after_names,
    organisers_in_names,
    subjects_in_names,
)
from collabgraph.extract.named_programmes import holders_in_names
from collabgraph.extract.page_reports import name_own_report, yearly_report_publisher
from collabgraph.extract.page_venue import page_event_venues, venue_towns
from collabgraph.extract.place_names import named_after_places
from collabgraph.extract.place_spread import listed_places
from collabgraph.extract.programme_money import runners_funded
from collabgraph.extract.seed_entities import Runner
from collabgraph.extract.seed_relations import RelationTable
from collabgraph.extract.shared_work import co_makers

_NAMED = 0.55  # a tie read from a name alone ("Foo Trust AGM")
_PLACED = 0.5  # an event placed, or an organiser taken, from the page as a whole


@dataclass
class SeedPage:
    """What the steps read: the page's context, its resolved entities by mention
    id, the entities the seed lists (and their ids, `kept`), the programmes named
    after their runners (`seed_entities`), and what the learned models are asked
    about (`takers`, `pairs`) with the logs that collect it (see `seed.build_seed`)."""

    ctx: DocumentContext
    by_mention: dict[int, Entity]
    entities: list[Entity]
    runners: list[Runner] = field(default_factory=list)
    takers: list[Taker] = ()
    taker_log: list | None = None
    pairs: list[Pair] = ()
    pair_log: list | None = None

    def __post_init__(self) -> None:
        self.kept = {id(e) for e in self.entities}

    @property
    def page_event(self) -> Entity | None:
        """The entity of the event the page is about, if it has one."""
        at = self.ctx.page_event
        return self.by_mention.get(at) if at is not None else None


def _first_sentence(e: Entity) -> str:
    return e.mentions[0].sentence


def located(page: SeedPage, ties: RelationTable) -> None:
    """LOCATED_IN: "Northtown CVS", "Voluntary Action Westshire", "Northtown
    Council": a body named after a place the page names on its own is in that
    place (`place_names`). "thanks to the team at Dale Hall" on a page about one
    event: it was held there; "... at Dale Hall in Kelby": an event at a venue is
    in the venue's town too (`page_venue`)."""
    own = page.ctx.page_org()
    for e, place, confidence in named_after_places(page.entities, page.by_mention.get(own)):
        ties.add(e, "LOCATED_IN", place, role=None, evidence=_first_sentence(e),
                 confidence=confidence)  # fmt: skip
    towns = {r["to"] for r in ties.of_type("LOCATED_IN")}
    placed = {id(e) for e in page.entities if e.name in towns}
    for event, venue in page_event_venues(page.entities, placed, page.page_event):
        ties.add(event, "LOCATED_IN", venue, role=None, evidence=_first_sentence(venue),
                 confidence=_PLACED)  # fmt: skip
    for event, town in venue_towns(ties.values(), page.entities, page.ctx, page.by_mention):
        ties.add(event, "LOCATED_IN", town, role=None, evidence=_first_sentence(town),
                 confidence=_PLACED)  # fmt: skip


def owners_in_names(page: SeedPage, ties: RelationTable) -> None:
    """ORGANISED and RUNS read from names (`name_owners`, `named_programmes`): "Foo
    Trust AGM", "Foo seminar" (an event named after its organisers); "Meeting of
    the Foo Forum", "Jane Doe's visit to Foo Trust" (held by the body the name ends
    in); "Foo Society Neighbours Fund" (a programme named after the body that runs
    it); "the Commissioner's Kelby Lanes Fund" (named after its holder's office)."""
    for org, event in organisers_in_names(page.entities):
        ties.add(org, "ORGANISED", event, role=None, evidence=_first_sentence(event),
                 confidence=_NAMED)  # fmt: skip
    for org, event in hosts_after_names(page.entities):
        ties.add(org, "ORGANISED", event, role=None, evidence=_first_sentence(event),
                 confidence=_NAMED)  # fmt: skip
    for org, project in page.runners:
        ties.add(org, "RUNS", project, role=None, evidence=_first_sentence(project),
                 confidence=_NAMED)  # fmt: skip
    for person, project in holders_in_names(page.entities):
        ties.add(person, "RUNS", project, role=None, evidence=_first_sentence(project),
                 confidence=_NAMED)  # fmt: skip


def programme_money(page: SeedPage, ties: RelationTable) -> None:
    """Money through a programme (`programme_money`): "£5,000 from the Foo Fund"
    and "the Foo Fund, run by Bar": Bar FUNDED the grantee. From a fund no body on
    the page runs nothing is written: the gold never takes a grantee as taking
    part in the fund (a "grantee" PARTICIPATED_IN was right 0 times, wrong every
    time on the pooled probes). A grantee the seed leaves out gives nothing (the
    tie would dangle)."""
    named = {e.name: e for e in page.entities}
    runs = [(named[r["from"]], named[r["to"]]) for r in ties.of_type("RUNS")]
    ctx, by_mention, kept = page.ctx, page.by_mention, page.kept
    for org, grantee, c in runners_funded(ctx.candidates, by_mention, runs):
        if id(grantee) in kept:
            ties.add(org, "FUNDED", grantee, role=None, evidence=c.evidence,
                     confidence=c.confidence - 0.1)  # fmt: skip


def subjects_of_names(page: SeedPage, ties: RelationTable) -> None:
    """ABOUT: "Bright Futures event": an event named after the project or report
    it is about (`name_owners.subjects_in_names`)."""
    for event, subject in subjects_in_names(page.entities):
        ties.add(event, "ABOUT", subject, role=None, evidence=_first_sentence(event),
                 confidence=_NAMED)  # fmt: skip


def own_report(page: SeedPage, ties: RelationTable) -> None:
    """PUBLISHED: a page headed by a body's yearly report ("Kelby Trust - Annual
    Report 2023/24") is an extract of it, published by that body
    (`page_reports.yearly_report_publisher`), and named as its heading names it
    (`page_reports.name_own_report`)."""
    found = yearly_report_publisher(page.ctx, page.by_mention, page.entities)
    if found is not None:
        name_own_report(found[1], page.entities)
        body, report, evidence = found
        ties.add(body, "PUBLISHED", report, role=None, evidence=evidence, confidence=_PLACED)


def launch_organisers(page: SeedPage, ties: RelationTable) -> None:
    """ORGANISED: the publisher (or runner) of a report or programme is taken to
    have organised its launch, unless the page names someone else."""
    for e in page.entities:
        launch = next((m for m in e.mentions if m.synthetic == "launch"), None)
        if launch is None or launch.about is None:
            continue
        subject = page.by_mention.get(launch.about)
        if subject is None:
            continue
        if any(r["to"] == e.name for r in ties.of_type("ORGANISED")):
            continue
        for r in ties.values():
            if r["type"] in {"PUBLISHED", "RUNS"} and r["to"] == subject.name:
                publisher = next(
                    (x for x in page.entities if x.name == r["from"] and x.type == "Organisation"),
                    None,
                )
                if publisher is not None:
                    ties.add(publisher, "ORGANISED", e, role=None, evidence=r["evidence"],
                             confidence=_PLACED)  # fmt: skip


def page_host(page: SeedPage, ties: RelationTable) -> None:
    """ORGANISED: "our summit", a council's page on its summit: the page's body
    held its event when the page names no other organiser
    (`event_owners.publisher_hosted`)."""
    _held_by(ties, publisher_hosted(page.ctx, page.by_mention, page.kept, ties.values()))


def title_meeting(page: SeedPage, ties: RelationTable) -> None:
    """ORGANISED: "Minutes in brief: Foo Parish Council, April meeting": the page's
    meeting, named by its kind alone, held by the one body the title names
    (`meeting_holders.title_holder`)."""
    _held_by(ties, title_holder(page.ctx, page.by_mention, page.kept, ties.values()))


def own_sittings(page: SeedPage, ties: RelationTable) -> None:
    """ORGANISED: "At the AGM, Jo Tern was elected chair" on a body's page: the
    yearly sitting named by its kind alone was the page's body's
    (`meeting_holders.own_sitting_holders`)."""
    sittings = bare_sittings(page.by_mention, page.kept)
    for held in own_sitting_holders(page.ctx, page.by_mention, page.kept, sittings, ties.values()):
        _held_by(ties, held)
    # one held by no body and tied to nothing names no one's meeting ("our AGM" on a
    # page that speaks for no body): a bare "AGM" would be every body's in the graph
    tied = {end for r in ties.values() for end in (r["from"], r["to"])}
    for e in sittings:
        if e.name not in tied:
            page.kept.discard(id(e))
            page.entities.remove(e)


def _held_by(ties: RelationTable, held: tuple[Entity, Entity] | None) -> None:
    """ORGANISED from a (body, event) pair one of the page's readers found, if any."""
    if held is not None:
        org, event = held
        ties.add(org, "ORGANISED", event, role=None, evidence=_first_sentence(event),
                 confidence=_PLACED)  # fmt: skip


def model_ties(page: SeedPage, ties: RelationTable) -> None:
    """What the learned models read (`learned`): who else took part in the page's
    event (the participation model), then ties between two names of the page the
    rules left unrelated (the pair models)."""
    event = page.page_event
    for e, role, evidence in ask_about(
        page.takers, page.by_mention, event, ties.values(), page.kept, page.taker_log
    ):
        ties.add(e, "PARTICIPATED_IN", event, role=role, evidence=evidence, confidence=CONFIDENCE)
    for src, rel, dst, evidence, role in ask_pairs(
        page.pairs, page.by_mention, ties.values(), page.kept, page.pair_log
    ):
        ties.add(src, rel, dst, role=role, evidence=evidence, confidence=CONFIDENCE)


def shared_work(page: SeedPage, ties: RelationTable) -> None:
    """COLLABORATES_WITH: two bodies that wrote one report, told in one sentence
    ("a study by A and the University of B": `shared_work`)."""
    named = {e.name: e for e in page.entities}
    types = {name: e.type for name, e in named.items()}
    for a, b, evidence in co_makers(ties.values(), types):
        ties.add(named[a], "COLLABORATES_WITH", named[b], role=None, evidence=evidence,
                 confidence=_PLACED)  # fmt: skip


def spread_places(page: SeedPage, ties: RelationTable) -> None:
    """LOCATED_IN: a thing tied to one place of "Ayton, Beeford and Cowton" is in
    each place of the list (`place_spread`)."""
    for thing, place, evidence in listed_places(page.entities, page.by_mention, ties.values()):
        ties.add(thing, "LOCATED_IN", place, role=None, evidence=evidence, confidence=CONFIDENCE)


def members_not_partners(page: SeedPage, ties: RelationTable) -> None:
    """Leaves out the PARTNER_OF ties a sentence gave between members of one group
    it names, or between the group and a member (`member_partners`): "the Foo
    Partnership is made up of A, B and C" makes them members, not partners."""
    ties.drop(members_read_as_partners(ties.values()))


Step = Callable[[SeedPage, RelationTable], None]

STEPS: tuple[Step, ...] = (
    located,
    owners_in_names,
    programme_money,
    subjects_of_names,
    own_report,
    launch_organisers,
    page_host,
    title_meeting,
    own_sittings,
    meeting_seats,
    shared_work,
    model_ties,
    spread_places,
    members_not_partners,
)

__all__ = ["STEPS", "SeedPage", "Step"]
