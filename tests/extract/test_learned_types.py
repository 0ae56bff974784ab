"""The entity type model (collabgraph.extract.learned.types): every entity the
rules found is read whole, and where the model is confident and disagrees it takes
the model's type before relations are settled. A user sees a name typed by what
the page says around it and the kind of word it ends in, not by one vote."""

from __future__ import annotations

from collections import Counter

from collabgraph.extract import extract_text
from collabgraph.extract.coref import Entity
from collabgraph.extract.learned.model import LinearModel
from collabgraph.extract.learned.types import name_features, retype
from collabgraph.extract.mentions import Mention

CLASSES = ("Event", "Organisation", "Place", "none")


def _entity(name: str, kind: str, votes: dict[str, int]) -> Entity:
    m = Mention(id=0, text=name, title=None, block=0, section=0, sent=0, start=0, end=0)
    m.votes = Counter(votes)
    return Entity([m], votes=Counter(votes), type=kind, name=name)


def _model(weights: dict[str, tuple[float, ...]], threshold: float = 0.7) -> LinearModel:
    return LinearModel(CLASSES, (0.0, 0.0, 0.0, 0.0), weights, threshold)


def test_a_name_shaped_like_an_occasion_is_retyped_when_the_model_is_sure():
    festival = _entity("Dalby Lantern Festival", "Organisation", {"Organisation": 2})
    model = _model({"lastkind=Event3": (6.0, 0.0, 0.0, 0.0)})
    changed = retype([festival], [], [], model=model, acted_on=frozenset({"Event"}))
    assert festival.type == "Event"
    assert changed == [(festival, "Organisation")]


def test_an_unsure_or_agreeing_model_and_a_known_name_leave_the_type():
    hall = _entity("Kelby Corn Hall", "Place", {"Place": 2})
    trust = _entity("Marsh Lane Trust", "Organisation", {"Organisation": 3})
    known = _entity("Dalby Lantern Festival", "Organisation", {"Organisation": 1})
    known.known_name = "Dalby Lantern Festival"
    model = _model({"lastkind=Event3": (6.0, 0.0, 0.0, 0.0), "n=3-5": (0.0, 0.5, 0.4, 0.0)})
    everything = frozenset(CLASSES)
    assert retype([hall, trust, known], [], [], model=model, acted_on=everything) == []
    assert (hall.type, trust.type, known.type) == ("Place", "Organisation", "Organisation")


def test_a_confident_none_leaves_the_name_out_and_other_readings_wait_for_their_turn():
    hall = _entity("Kelby Corn Hall", "Place", {"Place": 2})
    fair = _entity("Dalby Lantern Fair", "Organisation", {"Organisation": 2})
    none, event = (0.0, 0.0, 0.0, 9.0), (9.0, 0.0, 0.0, 0.0)
    model = _model({"lastkind=Place2": none, "lastkind=Event1": event})
    assert retype([hall, fair], [], [], model=model) == [(hall, "Place")]
    assert (hall.type, fair.type) == (None, "Organisation")  # only "none" is acted on


def test_an_everyday_word_read_as_a_place_once_is_left_out():
    page = (
        "Kelby Food Bank handed out 300 parcels in Harvest week. Ada Brook, the food "
        "bank's manager, thanked the volunteers."
    )
    names = {e["name"] for e in extract_text(page, path="page.txt")["entities"]}
    assert "Harvest" not in names
    assert {"Kelby Food Bank", "Ada Brook"} <= names


def test_a_name_listed_with_other_names_is_never_left_out():
    # "Shelter and Kelby Council ran the scheme": the list says it is a name
    shelter = _entity("Shelter", "Organisation", {"Organisation": 2})
    council = _entity("Kelby Council", "Organisation", {"Organisation": 3})
    shelter.mentions[0].listed_with = [council.mentions[0]]
    model = _model({"n=1": (0.0, 0.0, 0.0, 9.0)})
    assert retype([shelter], [], [], model=model) == []
    assert shelter.type == "Organisation"


def test_a_name_written_more_than_once_is_never_left_out():
    hall = _entity("Kelby Corn Hall", "Place", {"Place": 2})
    hall.mentions.append(Mention(1, "Kelby Corn Hall", None, 1, 0, 1, 0, 0))
    assert retype([hall], [], [], model=_model({"n=3-5": (0.0, 0.0, 0.0, 9.0)})) == []
    assert hall.type == "Place"


def test_places_bodies_and_people_a_page_writes_about_keep_their_types():
    page = (
        "Kelby Food Bank opened a second hub in Leeds this week. Ada Brook, the food "
        "bank's manager, said Leeds families had waited a long time for it."
    )
    typed = {e["name"]: e["type"] for e in extract_text(page, path="page.txt")["entities"]}
    assert typed["Leeds"] == "Place"
    assert typed["Kelby Food Bank"] == "Organisation"
    assert typed["Ada Brook"] == "Person"


def test_name_features_read_shape_and_kind_words_never_the_name():
    feats = name_features("Kelby Arts Festival 2024")
    assert {"year", "last=festival", "lastkind=Event3", "n=3-5"} <= feats
    assert not any("kelby" in f.lower() or "arts" in f.lower() for f in feats)
    assert "caps" in name_features("KCVS")
    assert "has=of" in name_features("Friends of Dalby Park")
