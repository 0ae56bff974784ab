"""Subgraphs for map tests and the render benchmark, built as records (no store)."""

from __future__ import annotations

import random

from collabgraph.model.graph import Entity, Relation, Subgraph

HOSTILE = "<img src=x onerror=alert(1)>"
LAUNCH_SOURCE = "seeds/building-collaborative-places.yaml"
PANEL = (
    "A panel including Lord Victor Adebowale, Oldham Council Leader Jean Stretton, "
    "Lankelly Chase’s Director of System Changes Alice Evans and Collaborate’s Anna "
    "Randle then talked through some of their experience of system change"
)
INTRO = (
    "Collaborate’s Chief Executive Henry Kippin and Director of Public Services Anna "
    "Randle introduced the report"
)
REPORT = "report:building-collaborative-places-infrastructure-for-system-change"
LAUNCH = "event:launch-of-building-collaborative-places"


def _person(slug: str, name: str, **kw) -> Entity:
    return Entity(f"person:{slug}", "Person", name, sources=[LAUNCH_SOURCE], **kw)


def _rel(kind: str, source: str, target: str, evidence: str = "", **kw) -> Relation:
    return Relation(
        kind, source, target, sources=[LAUNCH_SOURCE], evidence=[evidence] if evidence else [], **kw
    )


def launch_subgraph() -> Subgraph:
    """Part of the Building Collaborative Places launch, as the seed file states it."""
    entities = [
        _person("henry-kippin", "Henry Kippin", title="Chief Executive"),
        _person("anna-randle", "Anna Randle"),
        _person(
            "victor-adebowale",
            "Victor Adebowale",
            title="Lord",
            aliases=["Lord Victor Adebowale", "Lord Adebowale"],
        ),
        _person("jean-stretton", "Jean Stretton", title="Cllr", aliases=["Cllr Stretton"]),
        _person("alice-evans", "Alice Evans", aliases=["Alice"]),
        Entity(
            "organisation:collaborate-cic",
            "Organisation",
            "Collaborate CIC",
            aliases=["Collaborate"],
            description="A community interest company which helps public services "
            "collaborate to tackle complex social challenges.",
            sources=[LAUNCH_SOURCE],
        ),
        Entity("organisation:lankelly-chase", "Organisation", "Lankelly Chase"),
        Entity("organisation:oldham-council", "Organisation", "Oldham Council"),
        Entity(
            REPORT,
            "Report",
            "Building Collaborative Places: Infrastructure for System Change",
            aliases=["Building Collaborative Places"],
            date="2017-02",
        ),
        Entity(LAUNCH, "Event", "Launch of Building Collaborative Places", date="2017-02"),
        Entity("place:oldham", "Place", "Oldham"),
        Entity(
            "project:not-another-co-production-project",
            "Project",
            "Not Another Co-Production Project",
        ),
    ]
    relations = [
        _rel(
            "WORKS_FOR",
            "person:henry-kippin",
            "organisation:collaborate-cic",
            INTRO,
            role="Chief Executive",
        ),
        _rel(
            "WORKS_FOR",
            "person:anna-randle",
            "organisation:collaborate-cic",
            INTRO,
            role="Director of Public Services",
        ),
        _rel(
            "WORKS_FOR",
            "person:jean-stretton",
            "organisation:oldham-council",
            PANEL,
            role="Council Leader",
        ),
        _rel(
            "WORKS_FOR",
            "person:alice-evans",
            "organisation:lankelly-chase",
            PANEL,
            role="Director of System Changes",
        ),
        _rel("PUBLISHED", "organisation:collaborate-cic", REPORT, "Published by: Collaborate CIC"),
        _rel("FUNDED", "organisation:lankelly-chase", REPORT, "supported by Lankelly Chase"),
        _rel("ABOUT", LAUNCH, REPORT),
        _rel("ORGANISED", "organisation:collaborate-cic", LAUNCH, confidence=0.7),
        _rel("PARTICIPATED_IN", "person:henry-kippin", LAUNCH, INTRO, role="speaker"),
        _rel("PARTICIPATED_IN", "person:anna-randle", LAUNCH, PANEL, role="panellist"),
        _rel("PARTICIPATED_IN", "person:victor-adebowale", LAUNCH, PANEL, role="panellist"),
        _rel("PARTICIPATED_IN", "person:jean-stretton", LAUNCH, PANEL, role="panellist"),
        _rel("PARTICIPATED_IN", "person:alice-evans", LAUNCH, PANEL, role="panellist"),
        _rel("LOCATED_IN", "organisation:oldham-council", "place:oldham", confidence=0.9),
        _rel(
            "COLLABORATES_WITH",
            "person:alice-evans",
            "person:henry-kippin",
            "Alice Evans and Henry Kippin worked on the report together.",
        ),
    ]
    return Subgraph(entities, relations)


def hostile_subgraph() -> Subgraph:
    """Two entities whose every text field tries to break out of the page."""
    script = "</script><script>alert(2)</script><!--"
    entities = [
        Entity(
            "person:hostile",
            "Person",
            HOSTILE,
            aliases=["<svg onload=alert(3)>", "\u2028line\u2029separator"],
            title='"><script>alert(4)</script>',
            description=script,
            properties={"note": "<b onmouseover=alert(5)>bold</b>"},
            sources=["<iframe src=javascript:alert(6)>.md"],
        ),
        Entity("organisation:safe", "Organisation", "Safe & Sound <Ltd>"),
    ]
    relations = [
        Relation(
            "WORKS_FOR",
            "person:hostile",
            "organisation:safe",
            role="<img src=y onerror=alert(7)>",
            sources=["evil</script>.md"],
            evidence=["<script>alert(8)</script> works at Safe & Sound"],
        )
    ]
    return Subgraph(entities, relations)


def synthetic_subgraph(n: int, *, seed: int = 1) -> Subgraph:
    """About `n` entities in place-based clusters: people work for organisations and
    attend events mostly in their own cluster, as in a regional collaboration network."""
    rng = random.Random(seed)
    n_org, n_event = max(2, n * 12 // 100), max(1, n * 8 // 100)
    n_people = max(0, n - n_org - n_event)
    clusters = max(1, n // 150)
    orgs = [f"organisation:org-{i}" for i in range(n_org)]
    events = [f"event:event-{i}" for i in range(n_event)]
    people = [f"person:person-{i}" for i in range(n_people)]

    def cluster(ids: list[str]) -> dict[int, list[str]]:
        groups = {c: [x for i, x in enumerate(ids) if i % clusters == c] for c in range(clusters)}
        return {c: g or ids for c, g in groups.items()}

    org_in, event_in = cluster(orgs), cluster(events)
    entities = (
        [Entity(o, "Organisation", f"Organisation {i}") for i, o in enumerate(orgs)]
        + [Entity(e, "Event", f"Event {i}", date="2024-05") for i, e in enumerate(events)]
        + [Entity(p, "Person", f"Person {i}") for i, p in enumerate(people)]
    )
    seen: set[tuple[str, str, str]] = set()
    relations: list[Relation] = []

    def add(kind: str, a: str, b: str, **kw) -> None:
        if a != b and (a, kind, b) not in seen:
            seen.add((a, kind, b))
            relations.append(Relation(kind, a, b, sources=["synthetic.csv"], **kw))

    for i, p in enumerate(people):
        c = i % clusters
        add("WORKS_FOR", p, rng.choice(org_in[c]), role=rng.choice(["Director", "Officer", None]))
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            add("PARTICIPATED_IN", p, rng.choice(event_in[c] if rng.random() < 0.85 else events))
        if rng.random() < 0.2:
            a, b = sorted((p, rng.choice(people)))
            add("COLLABORATES_WITH", a, b)
    for i, o in enumerate(orgs):
        c = i % clusters
        for _ in range(rng.choice([0, 1, 1, 2])):
            a, b = sorted((o, rng.choice(org_in[c])))
            add("PARTNER_OF", a, b)
        if rng.random() < 0.5:
            add("ORGANISED", o, rng.choice(event_in[c]))
    return Subgraph(entities, relations)


def dense_subgraph(n: int, m: int, *, seed: int = 1, group: int = 200) -> Subgraph:
    """`n` people and `m` COLLABORATES_WITH relations, mostly inside groups of `group`
    (85%), the rest between groups: a co-authorship network's density, for the
    20,000-node, 200,000-edge map benchmark."""
    rng = random.Random(seed)
    people = [f"person:p-{i}" for i in range(n)]
    groups = max(1, n // group)
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(i % groups, []).append(i)
    seen: set[tuple[int, int]] = set()
    relations: list[Relation] = []
    while len(relations) < m:
        a = rng.randrange(n)
        b = rng.choice(members[a % groups]) if rng.random() < 0.85 else rng.randrange(n)
        pair = (min(a, b), max(a, b))
        if a == b or pair in seen:
            continue
        seen.add(pair)
        relations.append(
            Relation("COLLABORATES_WITH", people[pair[0]], people[pair[1]], sources=["dense.csv"])
        )
    entities = [Entity(p, "Person", f"Person {i}") for i, p in enumerate(people)]
    return Subgraph(entities, relations)
