"""One entity's collaborators, by the definition in `collabgraph.analysis.collaboration`.

Reads only the entity's relations and those of its contexts, so it is cheap on
a big graph, and a store can hand over just that part (`fetch_plan` says which
walks reach it): the answer on that part is the answer on the whole graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterator
from typing import Any

import networkx as nx

from collabgraph.analysis.collaboration import (
    MEMBER_TYPES,
    context_order,
    joins,
    memberships,
    relation_types,
    rules,
    ties_outright,
)
from collabgraph.analysis.graph import describe, record_order, relation_record
from collabgraph.analysis.periods import Window, relation_period
from collabgraph.errors import EntityNotFound, VocabularyError
from collabgraph.model.graph import Step

_Link = tuple[Hashable, Hashable, dict[str, Any]]


def collaborators_of(
    G: nx.MultiDiGraph,
    entity_id: Hashable,
    *,
    cofunded: bool = False,
    max_context_size: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    """Return who a person or organisation works with, and their own organisations.

    `{"entity": {"id", "name", "type"},
      "affiliations": [{"id", "name", "type", "relations": [relation records]}],
      "collaborators": [{"id", "name", "type", "weight", "contexts": [
          {"kind": "shared" | "direct", "via": {"id", "name", "type"} | None,
           "own": [relation records], "other": [relation records]}]}],
      "window": {"since", "until", "timeless"}}`

    Collaborators are of the entity's own type (people for a person,
    organisations for an organisation), each listed once, heaviest first (then
    by name, id), with every context: `own` holds the entity's relations to it
    and `other` the collaborator's own ones (for a direct tie, the relation
    itself, in both), each with its evidence. `weight` is the number of contexts,
    as in `collaboration_graph`, whose neighbours of the entity these are.
    `affiliations` are a person's own organisations (WORKS_FOR, MEMBER_OF), or an
    organisation's own people, by name.

    With `since`/`until` only relations that held in that window count (see
    `collabgraph.analysis.periods`); `window.timeless` counts the relations without
    any date the answer rests on. `cofunded` and `max_context_size` are as in
    `collaboration_graph`.

    Raises EntityNotFound when the entity is not in `G`, VocabularyError when it
    is not a person or organisation, ValueError for a bad window.
    """
    if entity_id not in G:
        raise EntityNotFound(str(entity_id))
    me = describe(G, entity_id)
    if me["type"] not in MEMBER_TYPES:
        raise VocabularyError(
            f"collaborators are people or organisations; {me['name']!r} is"
            f" {'an' if str(me['type'])[:1] in 'AEIOU' else 'a'} {me['type']}"
        )
    return ties_of(
        G,
        entity_id,
        kinds=(me["type"],),
        cofunded=cofunded,
        max_context_size=max_context_size,
        window=Window(since, until),
    )


def ties_of(
    G: nx.MultiDiGraph,
    entity_id: Hashable,
    *,
    kinds: tuple[str, ...],
    cofunded: bool = False,
    max_context_size: int | None = None,
    window: Window | None = None,
) -> dict[str, Any]:
    """`collaborators_of` in the collaboration network of `kinds` (as
    `collaboration_graph(G, kinds=kinds)`): with both kinds, a person's collaborators
    also hold their own organisations (`affiliation`) and organisations a direct
    relation names. The entity must be in `G` and of one of `kinds`."""
    window = window or Window()
    me = describe(G, entity_id)
    own_kind = me["type"]
    types = G.nodes
    used: dict[int, dict[str, Any]] = {}

    def record(link: _Link) -> dict[str, Any]:
        u, v, d = link
        if id(d) not in used:
            used[id(d)] = relation_record(G, u, v, d)
        return used[id(d)]

    own: dict[Hashable, list[_Link]] = defaultdict(list)
    found: dict[Hashable, list[dict[str, Any]]] = defaultdict(list)
    affiliated: dict[Hashable, list[_Link]] = defaultdict(list)
    for u, v, rel, d in _incident(G, entity_id, window):
        link, other = (u, v, d), (v if u == entity_id else u)
        tu, tv = types[u].get("type"), types[v].get("type")
        kind = ties_outright(rel, tu, tv, kinds)
        if kind is not None:
            found[other].append({"kind": kind, "via": None, "own": [link], "other": [link]})
        if "affiliation" in joins(rel, tu, tv):
            affiliated[other].append(link)
        for context, member in memberships(rel, u, v, tu, tv, kinds, cofunded=cofunded):
            if member == entity_id:
                own[context].append(link)

    for context, mine in own.items():
        others: dict[Hashable, list[_Link]] = defaultdict(list)
        for u, v, rel, d in _incident(G, context, window):
            tu, tv = types[u].get("type"), types[v].get("type")
            for ctx, member in memberships(rel, u, v, tu, tv, kinds, cofunded=cofunded):
                same_kind = types[member].get("type") == own_kind
                if ctx == context and member != entity_id and same_kind:
                    others[member].append((u, v, d))
        if max_context_size is not None and len(others) + 1 > max_context_size:
            continue
        via = describe(G, context)
        for other, theirs in others.items():
            found[other].append({"kind": "shared", "via": via, "own": mine, "other": theirs})

    collaborators = []
    for other, contexts in found.items():
        shown = [
            {
                "kind": c["kind"],
                "via": c["via"],
                "own": sorted((record(x) for x in c["own"]), key=record_order),
                "other": sorted((record(x) for x in c["other"]), key=record_order),
            }
            for c in contexts
        ]
        shown.sort(key=context_order)
        collaborators.append({**describe(G, other), "weight": len(shown), "contexts": shown})
    collaborators.sort(key=lambda c: (-c["weight"], str(c["name"]).casefold(), str(c["id"])))
    affiliations = [
        {**describe(G, o), "relations": sorted((record(x) for x in links), key=record_order)}
        for o, links in affiliated.items()
    ]
    affiliations.sort(key=lambda a: (str(a["name"]).casefold(), str(a["id"])))
    timeless = sum(1 for r in used.values() if _timeless(G, r))
    return {
        "entity": me,
        "affiliations": affiliations,
        "collaborators": collaborators,
        "window": window.describe(timeless),
    }


def fetch_plan(entity_type: str, *, cofunded: bool = False) -> list[tuple[Step, Step]]:
    """The two-step walks from an entity of this type that reach every relation
    `collaborators_of` reads besides the entity's own: out to its contexts and in
    from their other members; for an organisation, also in from its people and out
    to their other organisations (and, with `cofunded`, in from its funders and out
    to their other grantees). Empty for a type that has no collaborators."""
    if entity_type not in MEMBER_TYPES:
        return []
    kind = frozenset({entity_type})
    takes_part = relation_types("context")
    # Out to the contexts, one step per set of target types the rules name, so that
    # a relation that is no context here (a funder's grant to an organisation) is
    # not followed.
    contexts: dict[frozenset[str], set[str]] = defaultdict(set)
    for rel, found in rules().items():
        for rule in found:
            if "context" in rule.joins and entity_type in rule.sources:
                contexts[rule.targets].add(rel)
    plan = [
        (Step(frozenset(rels), "out", targets), Step(takes_part, "in", kind))
        for targets, rels in sorted(contexts.items(), key=lambda item: sorted(item[1]))
    ]
    if entity_type == "Organisation":
        affiliation = relation_types("affiliation")
        plan.append(
            (Step(affiliation, "in", frozenset({"Person"})), Step(affiliation, "out", kind))
        )
        if cofunded:
            funding = relation_types("cofunding")
            plan.append((Step(funding, "in", kind), Step(funding, "out", kind)))
    return plan


def _incident(
    G: nx.MultiDiGraph, node: Hashable, window: Window
) -> Iterator[tuple[Hashable, Hashable, str, dict[str, Any]]]:
    """Every relation touching `node` that stays in the window, as `(source, target,
    type, attributes)`, without self-loops."""
    for u, v, k, d in G.out_edges(node, keys=True, data=True):
        if u != v and window.keeps(G, u, v, d):
            yield u, v, d.get("type", k), d
    for u, v, k, d in G.in_edges(node, keys=True, data=True):
        if u != v and window.keeps(G, u, v, d):
            yield u, v, d.get("type", k), d


def _timeless(G: nx.MultiDiGraph, record: dict[str, Any]) -> bool:
    source, target = G.nodes[record["source"]], G.nodes[record["target"]]
    return relation_period(record, source.get("date"), target.get("date")) is None
