"""A one-word name written as a town ("into Kelby and Fenby") on a page that also
names a body opening with it ("Kelby Family Hub") is the town, not the body's short
form, whatever the recogniser alone read it as (body_merges._towns_opening_bodies)."""

from __future__ import annotations

from collabgraph.extract.pipeline import extract_text

TEXT = (
    "Talking Matters opens two new bases\n\n"
    "Talking Matters, the counselling charity, is extending its service into Pocklow and "
    "Selbury for the first time. It will run sessions from Pocklow Family Hub and from a "
    "room at Selbury Youth Trust.\n"
)


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def test_towns_written_after_into_stay_places():
    seed = _seed(TEXT)
    places = {e["name"] for e in seed["entities"] if e["type"] == "Place"}
    assert {"Pocklow", "Selbury"} <= places
    bodies = {e["name"]: e.get("aliases") or [] for e in seed["entities"]}
    assert "Pocklow" not in bodies.get("Pocklow Family Hub", [])


def test_a_short_form_that_acts_stays_the_bodys():
    seed = _seed("Brindle Cancer Support opened a shop. Brindle said the shop would fund nurses.\n")
    assert not any(e["type"] == "Place" and e["name"] == "Brindle" for e in seed["entities"])
