"""More ways a page tells its occasion: a visit made to open something is the
opening; an opening the page calls official is named so, after the owner's
full name; "the centre's relaunch" is the relaunch of the centre the sentence
names; an opening or signing told a few paragraphs into the page, outside a
quotation, is the page's occasion."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import with_roles as _rels


def _event(text: str) -> tuple[dict, dict]:
    seed = extract_text(text)
    (event,) = _events(seed)
    return seed, event


def test_a_visit_to_open_a_centre_is_the_official_opening_the_host_organised():
    seed, event = _event(
        "Good news from the hospice\n\n"
        "Jane Doe MP visited Kelby Hospice to officially open its new Day Centre.\n"
    )
    assert event["name"] == "Official opening of the new Day Centre"
    assert ("Jane Doe", event["name"], "opened") in _rels(seed, "PARTICIPATED_IN")
    assert ("Kelby Hospice", event["name"], None) in _rels(seed, "ORGANISED")


def test_an_unnamed_hospital_opened_on_a_visit_is_named_by_the_next_sentence():
    seed, event = _event(
        "Royal day out\n\n"
        "Jane Doe visited the North Riding yesterday to open a new hospital. "
        "She was in Kelby to perform the official opening of Dunmore General Hospital.\n"
    )
    assert event["name"] == "Official opening of Dunmore General Hospital"
    assert "Opening of Dunmore General Hospital" in event["aliases"]
    assert ("Jane Doe", event["name"], "opened") in _rels(seed, "PARTICIPATED_IN")
    assert not [r for r in seed["relations"] if r["type"] == "ORGANISED"]


def test_a_headline_owner_takes_the_full_name_the_first_sentence_gives():
    _, event = _event(
        "Royal officially opens Hospice’s Day Centre\n\n"
        "Jane Doe visited Kelby Vale Hospice to officially open their newly refurbished "
        "Day Centre.\n"
    )
    assert event["name"] == "Official opening of Kelby Vale Hospice’s Day Centre"


def test_the_centres_relaunch_is_named_after_the_centre_and_the_host_organised():
    seed, event = _event(
        "Busy weekend\n\n"
        "Local charity Kelby Able, which manages Dunmore Community Centre, welcomed guests "
        "to celebrate the centre’s relaunch following a refurbishment.\n"
    )
    assert event["name"] == "Relaunch of Dunmore Community Centre"
    assert ("Kelby Able", event["name"], None) in _rels(seed, "ORGANISED")


def test_a_signing_told_a_few_paragraphs_on_is_the_pages_occasion():
    seed, event = _event(
        "Health at the heart of a new partnership\n\n"
        "Kelby University has agreed a new partnership with one of the region’s largest "
        "healthcare providers.\n\n"
        "The partnership will open doors for students.\n\n"
        "The Memorandum of Understanding was signed at Kelby University by Jane Doe and "
        "Amy Hart on Monday.\n"
    )
    assert event["name"] == "Signing of the Memorandum of Understanding"
    assert {
        ("Jane Doe", event["name"], "participant"),
        ("Amy Hart", event["name"], "participant"),
    } <= (_rels(seed, "PARTICIPATED_IN"))


def test_a_signing_in_a_later_quotation_is_no_occasion():
    seed = extract_text(
        "Health at the heart of a new partnership\n\n"
        "Kelby University has agreed a new partnership with one of the region’s largest "
        "healthcare providers.\n\n"
        "The partnership will open doors for students.\n\n"
        "“I’m very pleased to sign this Agreement with Dunmore Council,” said Jane Doe.\n"
    )
    assert _events(seed) == []


def test_who_met_the_guest_watched_the_opening_or_was_pictured_attended_it():
    seed, event = _event(
        "Royal officially opens Kelby Hospice’s Day Centre\n\n"
        "When she arrived at the hospice, she was met by the Chairman, Tom Reed, and the "
        "Director of Care, Amy Hart.\n\n"
        "There to witness the ribbon-cutting were Rob Lyle and Ann Moss, who raised the funds "
        "for the first centre.\n\n"
        "Pictured: Sam Ode MP and Councillor Kit Vance.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    attended = {p for p, e, role in took_part if role == "attendee" and e == event["name"]}
    assert {"Tom Reed", "Amy Hart", "Rob Lyle", "Ann Moss", "Sam Ode", "Kit Vance"} <= attended


def test_a_headline_visit_from_a_title_is_named_so_and_the_titled_visitor_took_part():
    seed, event = _event(
        "Visit from Minister for Housing\n\n"
        "The Kelby Trust was delighted to meet with Minister for Housing Jane Doe MLA on "
        "10 July at Dunmore House to discuss its work.\n"
    )
    assert event["name"] == "Visit from Minister for Housing"
    assert ("Jane Doe", event["name"], "visitor") in _rels(seed, "PARTICIPATED_IN")
    assert ("Kelby Trust", event["name"], None) in _rels(seed, "ORGANISED")


def test_a_visit_to_see_the_work_of_a_project_is_a_visit_to_the_project():
    seed, event = _event(
        "Minister sees work in action\n\n"
        "The Minister for Communities, Tom Reed, visited clubs in the area on Friday to see "
        "the work of the Kelby Project.\n"
    )
    assert event["name"] == "Tom Reed's visit to the Kelby Project"
    assert "Minister's visit to the Kelby Project" in event["aliases"]
    assert ("Tom Reed", event["name"], "visitor") in _rels(seed, "PARTICIPATED_IN")
    assert ("Kelby Project", event["name"], None) in _rels(seed, "ORGANISED")


def test_a_titled_guest_named_after_the_office_cut_the_ribbon_to_reopen_the_centre():
    seed, event = _event(
        "Good news for patients\n\n"
        "The Lord-Lieutenant of Kelbyshire Lady Amy Hart MBE cuts the ribbon to reopen the "
        "Dunmore Living Well Centre.\n"
    )
    assert event["name"] == "Reopening of the Dunmore Living Well Centre"
    # the ribbon cut to reopen it is the guest's part (vocab/occasion_acts.txt)
    assert ("Amy Hart", event["name"], "cut the ribbon") in _rels(seed, "PARTICIPATED_IN")
