"""Turning resolved entities and relation candidates into a seed document, and YAML."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from collabgraph.errors import VocabularyError
from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext, stated_relations
from collabgraph.extract.coref import Entity
from collabgraph.extract.entity_names import short_title
from collabgraph.extract.event_owners import publisher_hosted
from collabgraph.extract.guessed_bodies import unsupported
from collabgraph.extract.layout import Layout
from collabgraph.extract.learned import Pair, Taker, ask_about, ask_pairs
from collabgraph.extract.learned.participants import CONFIDENCE
from collabgraph.extract.listed_entities import brand_of_longer_name, listed
from collabgraph.extract.name_owners import (
    bodies_in_event_names,
    holders_in_names,
    hosts_after_names,
    organisers_in_names,
    runners_in_names,
    subjects_in_names,
)
from collabgraph.extract.page_venue import page_event_venues, venue_towns
from collabgraph.extract.place_names import named_after_places
from collabgraph.extract.plain_event_names import add_plain_names
from collabgraph.extract.programme_money import programme_grantees, runners_funded
from collabgraph.extract.rules.post_kinds import seat_words
from collabgraph.extract.visit_names import VISITOR_ROLE, name_visit
from collabgraph.model.names import name_key
from collabgraph.model.vocabulary import RELATIONS, check_endpoints

_TYPE_ORDER = ("Person", "Organisation", "Report", "Event", "Project", "Place")
_ROLE_RANK = vocab.ordered("role_rank")


def _role_rank(role: str | None) -> int:
    if role is None:
        return len(_ROLE_RANK) + 1
    low = seat_words(role.lower())  # "long-standing member" ranks as "member"
    return _ROLE_RANK.index(low) if low in _ROLE_RANK else -1  # job titles beat none


def _fuller_title(new: str, held: str) -> bool:
    """Whether a second job title read for one post says more than the first: a
    different title with more words ("Interim Chief Executive" after "Head"), not
    the first one with words added ("CEO of the trust" after "CEO")."""
    new_words, held_words = new.lower().split(), held.lower().split()
    return len(new_words) > len(held_words) and not set(held_words) <= set(new_words)


_PROJECT_ONLY_ROLES = vocab.words("participation_roles_of_projects")


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
    source: dict = {"title": layout.title or Path(path).stem.replace("-", " ").replace("_", " ")}
    if layout.author:
        source["author"] = layout.author
    if layout.published:
        source["published"] = layout.published
    url = layout.meta.get("url")
    if url:
        source["url"] = url

    entities: list[Entity] = []
    seen: set[int] = set()
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if listed(e):
            entities.append(e)
    entities = [e for e in entities if not brand_of_longer_name(e, entities)]
    unsupported_ids = unsupported(entities, ctx, by_mention)
    entities = [e for e in entities if id(e) not in unsupported_ids]
    # "anti-social behaviour (ASB)": the letters of a term, no body's
    entities = [e for e in entities if e.known_name or e.name not in ctx.term_letters]
    runners = runners_in_names(entities, by_mention)  # "Foo Society Neighbours Fund"
    entities += bodies_in_event_names(entities, ctx.site_name)  # "the recent Foo UK conference"
    kept = {id(e) for e in entities}
    stated = list(stated_relations(ctx.candidates, by_mention))  # the rules' relations

    # "Visit to Foo Hub" that Jane Doe made: "Jane Doe's visit to Foo Hub".
    visit = by_mention.get(ctx.page_event) if ctx.page_event is not None else None
    if visit is not None and id(visit) in kept:
        visitors = [
            src
            for c, src, rel, dst in stated
            if dst is visit and rel == "PARTICIPATED_IN" and c.role == VISITOR_ROLE
            and id(src) in kept
        ]  # fmt: skip
        name_visit(visit, sorted(visitors, key=lambda e: e.first))
        add_plain_names(visit)  # "the exciting Foo Hub": the Foo Hub

    relations: dict[tuple, dict] = {}

    def add(src: Entity, rel: str, dst: Entity, *, role, evidence, confidence) -> None:
        if src is dst:
            return
        if rel == "PARTICIPATED_IN" and role in _PROJECT_ONLY_ROLES and dst.type != "Project":
            return  # a partner takes part in a programme; at an event a body hosts or attends
        try:
            check_endpoints(rel, src.type, dst.type)
        except VocabularyError:
            return
        ends = (src.name, dst.name)
        if RELATIONS[rel].symmetric:
            ends = tuple(sorted(ends))
        key = (ends[0], rel, ends[1])
        found = relations.get(key)
        if found is None:
            relations[key] = {
                "from": src.name,
                "type": rel,
                "to": dst.name,
                "role": role,
                "evidence": evidence,
                "confidence": confidence,
            }
            return
        rank, held = _role_rank(role), _role_rank(found["role"])
        if rank < held or (rank == held == -1 and _fuller_title(role, found["role"])):
            found["role"] = role  # a job title beats a seat
        if confidence > found["confidence"]:
            found["confidence"] = confidence
            if evidence:
                found["evidence"] = evidence
        if not found["evidence"] and evidence:
            found["evidence"] = evidence

    for c, src, rel, dst in stated:
        if id(src) in kept and id(dst) in kept:
            add(src, rel, dst, role=c.role, evidence=c.evidence, confidence=c.confidence)

    # "Northtown CVS", "Voluntary Action Westshire", "Northtown Council": a body named
    # after a place the page names on its own is in that place.
    for e, place, confidence in named_after_places(entities):
        add(e, "LOCATED_IN", place, role=None, evidence=e.mentions[0].sentence,
            confidence=confidence)  # fmt: skip

    # "thanks to the team at Dale Hall" on a page about one event: it was held there.
    placed = {id(e) for e in entities if e.name in {r["to"] for r in relations.values()
              if r["type"] == "LOCATED_IN"}}  # fmt: skip
    page_event = by_mention.get(ctx.page_event) if ctx.page_event is not None else None
    for event, venue in page_event_venues(entities, placed, page_event):
        add(event, "LOCATED_IN", venue, role=None, evidence=venue.mentions[0].sentence,
            confidence=0.5)  # fmt: skip
    # "... at Dale Hall in Kelby": an event at a venue is in the venue's town too.
    for event, town in venue_towns(list(relations.values()), entities, ctx, by_mention):
        add(event, "LOCATED_IN", town, role=None, evidence=town.mentions[0].sentence,
            confidence=0.5)  # fmt: skip

    # "Foo Trust AGM", "Foo seminar": an event named after its organisers.
    for org, event in organisers_in_names(entities):
        evidence = event.mentions[0].sentence
        add(org, "ORGANISED", event, role=None, evidence=evidence, confidence=0.55)

    # "Meeting of the Foo Forum", "Jane Doe's visit to Foo Trust": held by the body
    # the name ends in.
    for org, event in hosts_after_names(entities):
        evidence = event.mentions[0].sentence
        add(org, "ORGANISED", event, role=None, evidence=evidence, confidence=0.55)

    # "Foo Society Neighbours Fund": a programme named after the body that runs it.
    for org, project in runners:
        add(org, "RUNS", project, role=None, evidence=project.mentions[0].sentence,
            confidence=0.55)  # fmt: skip
    # "the Commissioner's Kelby Lanes Fund": a programme named after its holder's office.
    for person, project in holders_in_names(entities):
        add(person, "RUNS", project, role=None, evidence=project.mentions[0].sentence,
            confidence=0.55)  # fmt: skip

    # "£5,000 from the Foo Fund" and "the Foo Fund, run by Bar": Bar funded it.
    named = {e.name: e for e in entities}
    runs = [(named[r["from"]], named[r["to"]]) for r in relations.values() if r["type"] == "RUNS"]
    for org, grantee, c in runners_funded(ctx.candidates, by_mention, runs):
        if id(grantee) in kept:  # a grantee the seed leaves out would leave it dangling
            add(org, "FUNDED", grantee, role=None, evidence=c.evidence,
                confidence=c.confidence - 0.1)  # fmt: skip
    # "£5,000 from the Foo Fund", a fund no body on the page runs: its grantee took part.
    for grantee, project, c in programme_grantees(ctx.candidates, by_mention, runs):
        if id(grantee) in kept and id(project) in kept:
            add(grantee, "PARTICIPATED_IN", project, role="grantee", evidence=c.evidence,
                confidence=c.confidence - 0.1)  # fmt: skip

    # "Bright Futures event": an event named after the project or report it is about.
    for event, subject in subjects_in_names(entities):
        evidence = event.mentions[0].sentence
        add(event, "ABOUT", subject, role=None, evidence=evidence, confidence=0.55)

    # The publisher of a report is taken to have organised its launch, unless
    # the text names someone else.
    for e in entities:
        launch = next((m for m in e.mentions if m.synthetic == "launch"), None)
        if launch is None or launch.about is None:
            continue
        subject = by_mention.get(launch.about)
        if subject is None:
            continue
        if any(r["type"] == "ORGANISED" and r["to"] == e.name for r in relations.values()):
            continue
        for r in list(relations.values()):
            if r["type"] in {"PUBLISHED", "RUNS"} and r["to"] == subject.name:
                publisher = next(
                    (x for x in entities if x.name == r["from"] and x.type == "Organisation"), None
                )
                if publisher is not None:
                    add(
                        publisher, "ORGANISED", e, role=None, evidence=r["evidence"], confidence=0.5
                    )

    # "our summit", a council's page on its summit: the page's body held its event
    # when the page names no other organiser.
    hosted = publisher_hosted(ctx, by_mention, kept, list(relations.values()))
    if hosted is not None:
        org, event = hosted
        add(org, "ORGANISED", event, role=None, evidence=event.mentions[0].sentence,
            confidence=0.5)  # fmt: skip

    # Who else took part in the page's event, by the participation model.
    page_event = by_mention.get(ctx.page_event) if ctx.page_event is not None else None
    for e, role, evidence in ask_about(
        takers, by_mention, page_event, list(relations.values()), kept, taker_log
    ):
        add(e, "PARTICIPATED_IN", page_event, role=role, evidence=evidence, confidence=CONFIDENCE)

    # Ties between two names of the page the rules left unrelated, by the pair models.
    for src, rel, dst, evidence, role in ask_pairs(
        pairs, by_mention, list(relations.values()), kept, pair_log
    ):
        add(src, rel, dst, role=role, evidence=evidence, confidence=CONFIDENCE)

    out_entities = []
    for e in sorted(entities, key=lambda e: (_TYPE_ORDER.index(e.type), e.first)):
        item: dict = {"type": e.type, "name": e.name}
        if e.aliases:
            item["aliases"] = e.aliases
        if e.title:
            item["title"] = e.title
        desc = next((ctx.descriptions[m.id] for m in e.mentions if m.id in ctx.descriptions), None)
        if desc:
            item["description"] = desc
        date = next((m.date for m in e.mentions if m.date), None)
        if date:
            item["date"] = date
        out_entities.append(item)
    out_relations = []
    for r in relations.values():
        item = {"from": r["from"], "type": r["type"], "to": r["to"]}
        if r["role"]:
            item["role"] = r["role"]
        item["evidence"] = r["evidence"] or ""
        item["confidence"] = round(float(r["confidence"]), 2)
        out_relations.append(item)
    _dedupe_alias_clashes(out_entities)
    return {"source": source, "entities": out_entities, "relations": out_relations}


def _dedupe_alias_clashes(entities: list[dict]) -> None:
    """An alias that is another entity's name, or shared by two entities, is dropped:
    it would make `from`/`to` ambiguous for the importer."""
    names = Counter(name_key(e["name"]) for e in entities)
    alias_count = Counter(name_key(a) for e in entities for a in e.get("aliases", ()))
    for e in entities:
        if "aliases" not in e:
            continue
        kept = [
            a for a in e["aliases"] if names[name_key(a)] == 0 and alias_count[name_key(a)] == 1
        ]
        if kept:
            e["aliases"] = kept
        else:
            del e["aliases"]


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(seed: dict) -> str:
    """The seed as YAML that `yaml.safe_load` reads back to the same dict."""
    return yaml.dump(
        seed,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


__all__ = ["build_seed", "short_title", "to_yaml"]
