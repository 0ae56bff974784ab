"""Davis Southern Women: who attended the same events, as the API and networkx see it."""

from __future__ import annotations

from urllib.parse import quote

import networkx as nx
from networkx.algorithms import bipartite


def test_collaborators_are_the_weighted_projection_for_every_woman(seeds, api_over):
    client = api_over(seeds("davis_southern_women"))
    B = nx.davis_southern_women_graph()
    women = B.graph["top"]
    projected = bipartite.weighted_projected_graph(B, women)
    people = client.get("/entities", params={"type": "Person", "limit": 100}).json()["items"]
    assert sorted(p["name"] for p in people) == sorted(women)
    for woman in women:
        body = client.get(f"/entities/{quote(woman)}/collaborators").json()
        assert body["entity"]["name"] == woman
        got = {c["name"]: c["weight"] for c in body["collaborators"]}
        assert got == {other: d["weight"] for other, d in projected[woman].items()}, woman
        for c in body["collaborators"]:
            shared = {f"Event {e}" for e in set(B[woman]) & set(B[c["name"]])}
            assert {ctx["via"]["name"] for ctx in c["contexts"]} == shared
            sides = [r["type"] for ctx in c["contexts"] for r in ctx["own"] + ctx["other"]]
            assert set(sides) == {"PARTICIPATED_IN"}
