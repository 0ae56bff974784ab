"""A body the page names only inside its event's name ("the recent Carers
Wellbeing UK conference", "our Kelby & Dalby Community Hospice Annual Carol
Concert") is an organisation of the page, and held the event. A name before an
event noun that is a topic, not a body ("Kelby Housing Conference"), makes no body.
Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def _orgs(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}


def _events(seed: dict) -> set[str]:
    return {
        n
        for e in seed["entities"]
        if e["type"] == "Event"
        for n in (e["name"], *e.get("aliases", ()))
    }


def test_a_national_body_named_only_in_its_conference():
    seed = _seed(
        "Our week at the conference\n\n"
        "Ada Brook and Tom Reed spoke at the recent Carers Wellbeing UK conference in Kelby, "
        "where hundreds of us gathered. Ada Brook said it was a wonderful day.\n"
    )
    assert "Carers Wellbeing UK" in _orgs(seed)
    organised = {a for a, b in pairs(seed, "ORGANISED") if b in _events(seed)}
    assert "Carers Wellbeing UK" in organised


def test_an_institute_of_something_named_only_in_its_conference():
    seed = _seed(
        "Awards news\n\n"
        "Kelby Homes won two awards this week at the Chartered Institute of Gardening "
        "Conference in Dalby. Tom Reed, chief executive of Kelby Homes, said he was proud.\n"
    )
    assert "Chartered Institute of Gardening" in _orgs(seed)
    assert any(a == "Chartered Institute of Gardening" for a, _ in pairs(seed, "ORGANISED"))


def test_a_body_with_an_ampersand_named_only_in_its_concert():
    seed = _seed(
        "Carol concert\n\n"
        "Thank you so much for joining us this evening at our Northtown & Fenby Community "
        "Hospice Annual Carol Concert. Ada Brook, the hospice's chief executive, thanked "
        "the choir.\n"
    )
    assert "Northtown & Fenby Community Hospice" in _orgs(seed)
    assert any(a == "Northtown & Fenby Community Hospice" for a, _ in pairs(seed, "ORGANISED"))


def test_a_topic_before_the_event_noun_is_no_body():
    seed = _seed(
        "Conference news\n\n"
        "Ada Brook spoke at the Westshire Housing Conference in Kelby on Monday. "
        "She said homes in Kelby were needed.\n"
    )
    assert "Westshire Housing" not in _orgs(seed)


def test_a_body_set_apart_before_its_meeting_in_the_headline():
    seed = _seed(
        "Quillby Reading Room — Annual General Meeting\n\n"
        "Minutes of the AGM held in the upstairs room on Tuesday 3 March 2026 at 7pm.\n\n"
        "Present: Ada Brook (chair), Tom Reed (treasurer), Lena Frost.\n\n"
        "1. The chair welcomed everyone and thanked the volunteers for a busy year.\n"
    )
    assert "Quillby Reading Room" in _orgs(seed)
    assert any(a == "Quillby Reading Room" for a, _ in pairs(seed, "ORGANISED"))


def test_a_body_named_only_as_part_of_a_longer_name_is_not_set_apart():
    seed = _seed(
        "Fenby Green Meadow Open Day\n\n"
        "Families came to the Fenby Green Meadow Open Day on Saturday 4 April 2026. "
        "Ada Brook led a walk round the ponds.\n"
    )
    assert "Fenby Green Meadow" not in _orgs(seed)


def test_a_committee_heading_its_minutes_is_a_body():
    seed = _seed(
        "QUILLBY PARISH COUNCIL\n\n"
        "ALLOTMENTS AND OPEN SPACES COMMITTEE\n\n"
        "Minutes of the meeting held on Monday 2 March 2026 at 7pm in the Pavilion\n\n"
        "Present: Cllr Ada Brook (chair), Cllr Tom Reed, Cllr Lena Frost.\n\n"
        "1. Apologies were received from Cllr Sam Hale.\n"
    )
    assert "Allotments and Open Spaces Committee" in _orgs(seed)


def test_a_two_word_name_set_apart_is_taken_for_a_place():
    seed = _seed(
        "Friends of Wrenby Brook\n\n"
        "Wrenby Green\n\n"
        "Our Wrenby Green Fun Run is on Sunday 5 April 2026. Ada Brook will start the race.\n"
    )
    assert "Wrenby Green" not in _orgs(seed)
