"""SNAP ca-GrQc co-authorship: the published figures from the API's summary."""

from __future__ import annotations

import pytest

# https://snap.stanford.edu/data/ca-GrQc.html. Its 14,496 edges (13,428 in the
# largest component) count 12 self-loops (6 in the largest component), which the
# converter drops: a tie to oneself says nothing.
NODES, EDGES, SELF_LOOPS = 5242, 14496, 12
LARGEST, LARGEST_EDGES, LARGEST_SELF_LOOPS = 4158, 13428, 6
# Author 12295's only line in the file is a self-loop.
ONLY_A_SELF_LOOP = "Author 12295"


@pytest.mark.slow
def test_summary_reproduces_the_published_figures(seeds, api_over):
    client = api_over(seeds("snap_ca_grqc"))
    summary = client.get("/analysis/summary").json()
    assert summary["entity_types"] == {"Person": NODES}
    assert summary["relation_types"] == {"COLLABORATES_WITH": EDGES - SELF_LOOPS}
    people = summary["collaboration"]
    assert people["nodes"] == NODES
    assert people["edges"] == EDGES - SELF_LOOPS
    assert people["largest_component"] == LARGEST
    assert people["largest_component_edges"] == LARGEST_EDGES - LARGEST_SELF_LOOPS
    assert people["components"] == 355
    assert people["isolated"] == 1
    assert round(people["average_clustering"], 4) == 0.5296
    assert people["triangles"] == 48260
    # The entity graph itself is the same network.
    assert summary["graph"] == people
    # The one isolated author is there, with no collaborators.
    assert client.get(f"/entities/{ONLY_A_SELF_LOOP}").json()["type"] == "Person"
    body = client.get(f"/entities/{ONLY_A_SELF_LOOP}/collaborators").json()
    assert body["collaborators"] == []
