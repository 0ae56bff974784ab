"""Money from a programme is money from the bodies that run it.

A grant page often names the fund rather than the funder: "Tern Trust received
£5,000 from the Open Doors Fund", with "the Open Doors Fund, run by the Heron
Foundation" elsewhere on the page. The Open Doors Fund is a programme (a
Project), which cannot fund anything in the relation vocabulary
(`model/vocabulary.py`: FUNDED runs from an Organisation); the body that runs it
did, as `corpus/GOLD.md` writes it ("one of 48 groups to share £1m from the Foo
Fund": each group FUNDED by the fund's funder). When no body on the page runs
the programme (a commissioner's fund, a fund named alone), nothing is written:
the gold never takes a grantee as taking part in the fund.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabgraph.extract.coref import Entity
from collabgraph.extract.relation_candidates import Candidate


def runners_funded(
    candidates: list[Candidate],
    by_mention: dict[int, Entity],
    runs: list[tuple[Entity, Entity]],
) -> Iterator[tuple[Entity, Entity, Candidate]]:
    """(runner, grantee, candidate) for each FUNDED candidate whose source is a
    Project that `runs` (pairs (organisation, project) of the page's RUNS
    relations) gives organisations for: each organisation running the
    programme funded the grantee. Nothing when nobody on the page runs it."""
    runners = _runners(runs)
    for project, grantee, c in _programme_money(candidates, by_mention):
        for org in runners.get(id(project), []):
            if org is not grantee:
                yield org, grantee, c


def _runners(runs: list[tuple[Entity, Entity]]) -> dict[int, list[Entity]]:
    """id(project) -> the organisations that run it, of `runs`."""
    runners: dict[int, list[Entity]] = {}
    for org, project in runs:
        if org.type == "Organisation":
            runners.setdefault(id(project), []).append(org)
    return runners


def _programme_money(
    candidates: list[Candidate], by_mention: dict[int, Entity]
) -> Iterator[tuple[Entity, Entity, Candidate]]:
    """(project, grantee, candidate) for each FUNDED candidate from a Project."""
    for c in candidates:
        if "FUNDED" not in c.relations:
            continue
        src, dst = by_mention.get(c.source), by_mention.get(c.target)
        if src is not None and dst is not None and src is not dst and src.type == "Project":
            yield src, dst, c
