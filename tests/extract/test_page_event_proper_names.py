"""The page's event by its proper name: a headline or first sentence that only
describes the event ("Panel debate on village buses", "Foo held a networking
breakfast") gives way to the name the first sentences give it ("the Dale Road
Safety Debate"); paired names ("Lunch and Learn") kept whole; races, rides and
walks named as events ("the Dalby 5k", "the Hollin Fun Run"). And near misses:
another or a coming event's name, a lower-case pair, "run" as a verb."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import pairs as _pairs
from tests.extract.reading import types_in as _types_in
from tests.extract.reading import with_roles as _rels


def test_a_described_headline_gives_way_to_the_proper_name_in_the_text():
    seed = extract_text(
        "Evening debate on road safety near schools\n\n"
        "The Dale Road Safety Debate took place at Marsh Lane Hall on Thursday.\n\n"
        "It was organised by Dale Parents Forum, and the panel was chaired by Nia Cole.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Dale Road Safety Debate"
    assert "Dale Road Safety Debate" not in _types_in(seed, "Dale Road Safety Debate") - {"Event"}
    assert ("Dale Parents Forum", "Dale Road Safety Debate") in _pairs(seed, "ORGANISED")


def test_a_described_event_then_named_in_the_next_sentence():
    seed = extract_text(
        "Morning for local traders\n\n"
        "Trade Dalby held a networking breakfast at the Corn Hall on 4 March 2026.\n\n"
        "The Dalby Traders Breakfast is held every two months.\n\n"
        "Guests heard from Ivo Marsh, owner of Marsh Bikes.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Dalby Traders Breakfast"
    assert _types_in(seed, "Dalby Traders Breakfast") == {"Event"}
    assert ("Trade Dalby", "Dalby Traders Breakfast") in _pairs(seed, "ORGANISED")
    assert ("Ivo Marsh", "Dalby Traders Breakfast", "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_the_name_of_a_coming_event_does_not_rename_the_page_event():
    seed = extract_text(
        "Workshop on river clean-ups\n\n"
        "A workshop on river clean-ups was held by Fenby Rivers Trust on Monday.\n\n"
        "Next spring the Fenby River Clean-Up Workshop will tour the county.\n"
    )
    names = {e["name"] for e in _events(seed)}
    assert "Workshop on river clean-ups" in names
    assert not any(
        r["to"] == "Fenby River Clean-Up Workshop" and r["type"] == "ORGANISED"
        for r in seed["relations"]
    )


def test_a_paired_event_name_is_kept_whole():
    seed = extract_text(
        "Crafts at the library\n\n"
        "Kelby Craft Club hosted its Winter Stitch and Natter on 9 January 2026.\n\n"
        "The Stitch and Natter drew twenty people.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Winter Stitch and Natter"
    assert ("Kelby Craft Club", "Winter Stitch and Natter") in _pairs(seed, "ORGANISED")


def test_a_lower_case_pair_is_no_name():
    seed = extract_text(
        "Volunteers' lunch\n\n"
        "Dalby Volunteer Centre held a Volunteers Lunch and learn more about the new hub.\n"
    )
    names = {e["name"] for e in _events(seed)}
    assert not any(n.endswith("and learn") or n.endswith("and Learn") for n in names)


def test_a_run_and_a_5k_are_the_page_events():
    run = extract_text(
        "Families fill the park\n\n"
        "Hundreds took part in the Hollin Fun Run at Hollin Park on Sunday.\n\n"
        "The run was organised by Hollin Lions.\n"
    )
    (event,) = _events(run)
    assert event["name"] == "Hollin Fun Run"
    assert ("Hollin Lions", "Hollin Fun Run") in _pairs(run, "ORGANISED")
    five = extract_text(
        "Early start for runners\n\n"
        "The Dalby 5k set off from Dalby Quay on Saturday morning.\n\n"
        "The race is put on by Dalby Road Runners.\n"
    )
    (event,) = _events(five)
    assert event["name"] == "Dalby 5k"
    assert ("Dalby Road Runners", "Dalby 5k") in _pairs(five, "ORGANISED")


def test_someone_who_will_run_a_race_did_not_organise_it():
    seed = extract_text(
        "Nurse takes on a challenge\n\n"
        "Lia Penn will run the Kelby Run in May for Kelby Hospice.\n\n"
        "The Kelby Run is organised by Kelby Athletic Club.\n"
    )
    assert not any(r["from"] == "Lia Penn" and r["type"] == "ORGANISED" for r in seed["relations"])
    assert ("Kelby Athletic Club", "Kelby Run") in _pairs(seed, "ORGANISED")
    assert ("Lia Penn", "Kelby Run", "runner") in _rels(seed, "PARTICIPATED_IN")


def test_run_as_a_verb_names_no_event():
    seed = extract_text(
        "Cafe reopens\n\n"
        "Volunteers run the Kelby Community Cafe, and they race to get the tables ready.\n"
    )
    assert not any(e["name"].lower().endswith((" run", " race")) for e in _events(seed))


def test_a_body_that_runs_a_race_organises_it():
    seed = extract_text(
        "Summer fun run\n\nKelby Rotary Club run the Kelby Fun Run every summer on Kelby Common.\n"
    )
    assert ("Kelby Rotary Club", "Kelby Fun Run") in _pairs(seed, "ORGANISED")
    assert not any(r["type"] == "PARTICIPATED_IN" for r in seed["relations"])


def test_a_place_before_the_event_did_not_organise_it():
    seed = extract_text(
        "Summit on empty homes\n\n"
        "Hollin's second Empty Homes Summit was held at Hollin Library on 2 May 2026.\n\n"
        "It was convened by Hollin Housing Forum, and officers from Hollin Borough Council "
        "took part.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Empty Homes Summit"
    assert not any(r["from"] == "Hollin" and r["type"] == "ORGANISED" for r in seed["relations"])
    assert "Organisation" not in _types_in(seed, "Hollin")


def test_a_body_before_the_event_still_organised_it():
    seed = extract_text(
        "Members gather\n\n"
        "Fenby Carers Trust's annual conference was held at Dale Hall on 3 June 2026.\n"
    )
    assert any(
        r["from"] == "Fenby Carers Trust" and r["type"] == "ORGANISED" for r in seed["relations"]
    )


def test_the_headline_in_sentence_case_is_the_same_event():
    seed = extract_text(
        "Youth conference round-up\n\n"
        "The 2026 Dalby Youth Conference took place at Dalby College on 8 May 2026.\n\n"
        "It was organised by Dalby Youth Council.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["2026 Dalby Youth Conference"]


def test_a_two_word_event_noun_names_the_event():
    seed = extract_text(
        "A cold night for a good cause\n\n"
        "Sixty people took part in the Dalby Sleep Out on Friday.\n\n"
        "The Dalby Sleep Out is organised by Dalby Night Shelter.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Dalby Sleep Out"
    assert ("Dalby Night Shelter", "Dalby Sleep Out") in _pairs(seed, "ORGANISED")


def test_a_lower_case_sleep_out_names_no_event():
    seed = extract_text(
        "Shelter appeal\n\n"
        "Too many people in Dalby still sleep out in winter, Dalby Night Shelter said.\n"
    )
    assert not any("sleep out" in e["name"].lower() for e in _events(seed))


def test_lower_case_awards_after_a_capitalised_name_are_the_event():
    seed = extract_text(
        "Carers honoured\n\n"
        "The Dalby Carers awards, which took place at Dalby Town Hall on 1 July, were "
        "hosted by Dalby Carers Centre.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Dalby Carers awards"
    assert ("Dalby Carers Centre", "Dalby Carers awards") in _pairs(seed, "ORGANISED")
    assert "Organisation" not in _types_in(seed, "Dalby Carers")


def test_a_trust_that_awards_grants_holds_no_awards_event():
    seed = extract_text(
        "New grants\n\nThe Dalby Community Trust awards grants of up to £500 to local groups.\n"
    )
    assert not any("awards" in e["name"].lower() for e in _events(seed))


def test_runners_who_completed_the_race_name_the_page_event():
    seed = extract_text(
        "Sunshine for the runners\n\n"
        "Over 150 runners completed this year's Hollin Half Marathon on Sunday.\n\n"
        "The race was organised by Hollin Harriers.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Hollin Half Marathon"
    assert ("Hollin Harriers", "Hollin Half Marathon") in _pairs(seed, "ORGANISED")
