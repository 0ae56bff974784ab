"""The launch seed: the panel of the Building Collaborative Places launch is one community.

Henry Kippin's collaborators and his path to Jean Stretton through the launch
are covered in tests/api (test_api_entities.py, test_api_paths.py).
"""

from __future__ import annotations

from pathlib import Path

LAUNCH_YAML = Path(__file__).resolve().parents[2] / "seeds" / "building-collaborative-places.yaml"
PANEL = ("Anna Randle", "Victor Adebowale", "Jean Stretton", "Alice Evans")


def test_the_launch_panel_forms_one_community(api_over):
    client = api_over([LAUNCH_YAML])
    panel = {client.get(f"/entities/{name}").json()["id"] for name in PANEL}
    body = client.get("/analysis/communities").json()
    assert body["network"] == "people"
    holding = [c for c in body["communities"] if panel & set(c["members"])]
    assert len(holding) == 1, [c["members"] for c in holding]
    assert panel <= set(holding[0]["members"])
