"""A place written "the Westfield estate" or "the Abbey ward": the place keeps the
name before the lower-case noun and is called by the fuller form too, an alias
(mentions/lower_tails.alias_tail, vocab/place_alias_tails.txt)."""

from __future__ import annotations

from collabgraph.extract.pipeline import extract_text


def _places(text: str) -> dict[str, list[str]]:
    seed = extract_text(text + "\n", path="page.txt")
    return {e["name"]: e.get("aliases") or [] for e in seed["entities"] if e["type"] == "Place"}


def test_a_place_on_an_estate_is_called_by_the_estate_too():
    places = _places("Kelby Youth Trust runs free football sessions on the Westfield estate.")
    assert "Westfield estate" in places.get("Westfield", [])


def test_a_ward_named_after_the_is_called_by_the_ward_too():
    places = _places("Fenby Food Bank opened a second pantry in the Abbey ward of Kelby.")
    assert "Abbey ward" in places.get("Abbey", [])


def test_no_estate_alias_without_the_before_the_name():
    places = _places("Kelby estate agents gave £500 to Fenby Food Bank.")
    assert not any("estate" in a for aliases in places.values() for a in aliases)


def test_no_estate_alias_for_a_body():
    seed = extract_text(
        "Ada Foss is chair of the Kelby Housing Trust estate committee.\n", path="page.txt"
    )
    bodies = [e for e in seed["entities"] if e["type"] != "Place"]
    assert not any("estate" in a for e in bodies for a in e.get("aliases") or [])
