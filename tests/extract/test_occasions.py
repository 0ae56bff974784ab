"""The occasion a page is about when no event noun names it: a visit, an opening,
reopening or relaunch, a signing. Named from the page's own words for what was
visited, opened or signed; who visited and who signed took part in it; the
page's other forms of it are aliases. Each kind worded several ways, and what
is not an occasion ("Visit the Foo Centre this summer", "opened applications")."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import with_roles as _rels


def _event(text: str) -> tuple[dict, dict]:
    seed = extract_text(text)
    (event,) = _events(seed)
    return seed, event


@pytest.mark.parametrize(
    ("text", "visitor", "name"),
    [
        (
            "Health Minister visits Kelby Community Hub\n\n"
            "The minister spent an hour with volunteers on Friday.\n",
            None,
            "Visit to Kelby Community Hub",
        ),
        (
            "Minister meets volunteers\n\n"
            "Health Minister Jane Doe visited the Kelby Community Hub on Friday to meet "
            "volunteers and hear about its work.\n",
            "Jane Doe",
            "Visit to the Kelby Community Hub",
        ),
        (
            "A busy week for volunteers\n\n"
            "Jane Doe MP paid a visit to Kelby Community Hub last week, where she met "
            "volunteers.\n",
            "Jane Doe",
            "Visit to Kelby Community Hub",
        ),
        (
            "A busy week for volunteers\n\n"
            "During a visit to the Kelby Community Hub, Jane Doe MP met growers and cooks.\n",
            "Jane Doe",
            "Visit to the Kelby Community Hub",
        ),
        (
            "Kelby Community Hub welcomes minister\n\n"
            "Kelby Community Hub was visited by Jane Doe MP on Friday.\n",
            "Jane Doe",
            "Visit to Kelby Community Hub",
        ),
    ],
)
def test_a_visit_is_named_after_the_place_visited_as_the_page_writes_it(text, visitor, name):
    seed, event = _event(text)
    if visitor:  # named with who visited, the place's form an alias
        assert event["name"] == f"{visitor}'s v{name[1:]}"
        assert name in event["aliases"]
    else:
        assert event["name"] == name
    visitors = {w for w, e, role in _rels(seed, "PARTICIPATED_IN") if role == "visitor"}
    assert visitors == ({visitor} if visitor else set())


def test_the_visitor_takes_part_and_the_sentence_is_the_evidence():
    seed, event = _event(
        "Minister sees new pantry\n\n"
        "Cllr Omar Reeve and Jane Doe MP visited Dunmore Food Pantry on Monday morning.\n"
    )
    assert event["name"] == "Omar Reeve and Jane Doe's visit to Dunmore Food Pantry"
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {("Omar Reeve", event["name"], "visitor"), ("Jane Doe", event["name"], "visitor")} <= (
        took_part
    )
    (ev,) = [r["evidence"] for r in seed["relations"] if r["from"] == "Omar Reeve"]
    assert ev.startswith("Cllr Omar Reeve and Jane Doe MP visited")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Westfield Family Centre reopens its doors\n\n"
            "Families were welcomed back on Saturday after a long refurbishment.\n",
            "Reopening of Westfield Family Centre",
        ),
        (
            "Good news for families\n\n"
            "Westfield Family Centre has reopened after a £2m refurbishment.\n",
            "Reopening of Westfield Family Centre",
        ),
        (
            "Good news for families\n\n"
            "The Mayor officially reopened Westfield Family Centre on Saturday.\n",
            "Reopening of Westfield Family Centre",
        ),
        (
            "Westfield Family Centre relaunch\n\nFamilies came back on Saturday.\n",
            "Relaunch of Westfield Family Centre",
        ),
        (
            "Good news for families\n\n"
            "The official re-launch of the Westfield Family Centre took place on 3 May.\n",
            "Relaunch of the Westfield Family Centre",
        ),
        (
            "Youth club has a new home\n\n"
            "Jane Doe MP officially opened the new Brackwell Youth Centre on Friday.\n",
            "Official opening of the new Brackwell Youth Centre",
        ),
    ],
)
def test_an_opening_reopening_or_relaunch_is_named_after_the_place(text, name):
    _, event = _event(text)
    assert event["name"] == name


def test_a_relaunch_told_again_as_a_reopening_is_one_event_with_both_names():
    _, event = _event(
        "Westfield Family Centre relaunch\n\n"
        "Westfield Family Centre reopened its doors on Saturday with a fun day for families.\n"
    )
    assert event["name"] == "Relaunch of Westfield Family Centre"
    assert "Reopening of Westfield Family Centre" in event["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "Partners sign up\n\n"
        "Kelby University and Northtown NHS Trust have signed a memorandum of understanding "
        "at Dalby House to work more closely together.\n",
        "Partners sign up\n\n"
        "A memorandum of understanding was signed by Kelby University and Northtown NHS Trust "
        "at Kelby Town Hall on Monday.\n",
        "Partners sign up\n\n"
        "At a ceremony on Monday, Kelby University and Northtown NHS Trust "
        "signed a Memorandum of Understanding (MoU) to share training.\n",
    ],
)
def test_a_signing_is_named_after_what_was_signed_and_the_bodies_that_signed_are_its_parties(
    text,
):
    seed, event = _event(text)
    assert event["name"].lower() == "signing of the memorandum of understanding"
    # the bodies are the agreement's parties, not participants of the signing
    took_part = {(who, where) for who, where, _ in _rels(seed, "PARTICIPATED_IN")}
    assert (
        not {
            ("Kelby University", event["name"]),
            ("Northtown NHS Trust", event["name"]),
        }
        & took_part
    )


def test_a_signing_in_a_headline_and_a_ceremony_to_sign_in_the_first_sentences():
    seed, event = _event(
        "Kelby University and Northtown NHS Trust sign partnership agreement\n\n"
        "Leaders from Northtown NHS Trust attended a ceremony at the Kelby campus to sign a "
        "Memorandum of Understanding.\n\n"
        "Those attending the ceremony included Kelby University’s Vice Chancellor Professor "
        "Jane Doe, and Amy Hart, Dean of the university’s School of Health.\n"
    )
    assert event["name"] == "Signing of the partnership agreement"
    assert "Signing of the Memorandum of Understanding" in event["aliases"]
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {
        ("Northtown NHS Trust", event["name"], "participant"),  # attended the ceremony
        ("Amy Hart", event["name"], "attendee"),
        ("Jane Doe", event["name"], "attendee"),
    } <= took_part
    # a body the headline says signed is a party to the agreement, not a participant
    assert not any(who == "Kelby University" for who, _, _ in took_part)


@pytest.mark.parametrize(
    "text",
    [
        "Summer at the centre\n\nVisit the Kelby Community Hub this summer for free activities.\n",
        "Pledge news\n\nKelby Council has signed up to the pledge on fair work.\n",
        "Fund news\n\nThe Dunmore Fund opened for applications on Monday.\n",
        "Our news\n\nMore than 400 people visited our website last month.\n",
        "Pantry news\n\nThe minister visited volunteers on Friday.\n",
    ],
)
def test_no_occasion_where_none_is_told(text):
    assert _events(extract_text(text)) == []


def test_who_reopened_a_place_already_named_takes_part_in_its_relaunch():
    seed, event = _event(
        "Westgate Community Centre relaunched\n\n"
        "Westgate Community Centre has been relaunched after a refurbishment.\n\n"
        "The centre was officially reopened by the Lord Mayor, Cllr Jane Doe, on Saturday.\n"
    )
    assert event["name"] == "Relaunch of Westgate Community Centre"
    assert ("Jane Doe", event["name"], "opened") in _rels(seed, "PARTICIPATED_IN")
    assert "Reopening of the centre" not in event.get("aliases", [])


def test_a_day_centre_opened_by_a_guest_is_not_an_event_itself():
    seed, event = _event(
        "Hospice news\n\n"
        "Jane Doe officially opened the new Sunbury Day Centre at Kelby Hospice on Tuesday.\n"
    )
    assert event["name"] == "Official opening of the new Sunbury Day Centre"
    assert "Sunbury Day Centre" not in {e["name"] for e in _events(seed)}
    assert ("Jane Doe", event["name"], "opened") in _rels(seed, "PARTICIPATED_IN")


def test_a_titled_sponsor_of_an_event_stays_a_person():
    seed = extract_text(
        "Kelby Food Summit 2031\n\n"
        "The Kelby Food Summit 2031 took place at Kelby Town Hall on 3 May 2031.\n\n"
        "The summit was sponsored by Jane Doe MP, who spoke about food.\n"
    )
    assert ("Person", "Jane Doe") in {(e["type"], e["name"]) for e in seed["entities"]}
    assert ("Jane Doe", "Kelby Food Summit 2031", None) not in _rels(seed, "FUNDED")


def test_an_award_category_is_no_funder_and_a_presenter_is_a_post():
    seed = extract_text(
        "Ward Stars Awards 2031\n\n"
        "Staff gathered at the Dunmore Hotel on Friday for the Ward Stars Awards 2031.\n\n"
        "The ceremony was hosted by BBC presenter Jane Doe.\n\n"
        "The Team of the Year award went to the Kelby Children's Ward.\n"
    )
    assert not [r for r in seed["relations"] if r["type"] == "FUNDED"]
    assert ("Jane Doe", "BBC", "presenter") in {
        (f, t, (role or "").lower()) for f, t, role in _rels(seed, "WORKS_FOR")
    }
    assert ("BBC", "Ward Stars Awards 2031", None) not in _rels(seed, "ORGANISED")


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Communities Minister visits Orrinbrook Food Bank", "Visit to Orrinbrook Food Bank"),
        ("Minister Visits Kelby Food Bank", "Visit to Kelby Food Bank"),
        ("MINISTER VISITS KELBY FOOD BANK", "Visit to Kelby Food Bank"),
        ("Kelsworth Youth Centre relaunches", "Relaunch of Kelsworth Youth Centre"),
        ("Princess Royal opens new Sunbury Day Centre", "Opening of new Sunbury Day Centre"),
    ],
)
def test_a_headline_in_title_case_or_capitals_still_tells_the_occasion(headline, name):
    _, event = _event(f"{headline}\n\nThe day was a great success for everyone.\n")
    assert event["name"] == name


def test_bodies_signing_in_a_headline_name_the_signing_and_are_its_parties():
    seed, event = _event(
        "Kelby University and Dunmore NHS Trust sign MoU\n\n"
        "The MoU was signed at Dunmore Hospital on Monday.\n"
    )
    assert event["name"] == "Signing of the MoU"
    took_part = {who for who, _, _ in _rels(seed, "PARTICIPATED_IN")}
    assert not {"Kelby University", "Dunmore NHS Trust"} & took_part


@pytest.mark.parametrize(
    "text",
    [
        "Partners sign up\n\n"
        "Kelby University and Northtown NHS Trust have signed a memorandum of understanding "
        "to work more closely together.\n",
        "Partners sign up\n\n"
        "A memorandum of understanding was signed by Kelby University and Northtown NHS Trust "
        "on Monday.\n",
        "Kelby University and Dunmore NHS Trust sign MoU\n\n"
        "Vice Chancellor Jane Doe and Chief Executive Tom Reed signed a Memorandum of "
        "Understanding in March committing both to shared aims.\n\n"
        "Following the signing of the memorandum, a joint steering group was set up.\n",
    ],
)
def test_an_agreement_signed_with_no_place_or_ceremony_is_no_occasion(text):
    """A signing is an event only when the page tells it as one: where it was signed,
    a ceremony, "at the signing"; else the page reports an agreement made."""
    assert _events(extract_text(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Partners sign up\n\n"
        "Leaders from Kelby University and Northtown NHS Trust gathered in Dalby to sign "
        "a memorandum of understanding.\n",
        "Kelby Hospice signs research partnership with Fenby University\n\n"
        "Kelby Hospice has signed a Memorandum of Understanding with Fenby University. "
        "At the partnership signing, representatives of both bodies spoke of their hopes.\n",
    ],
)
def test_a_signing_told_with_its_place_or_as_a_time_is_an_occasion(text):
    _, event = _event(text)
    assert event["name"].lower() == "signing of the memorandum of understanding"


@pytest.mark.parametrize(
    "headline",
    [
        "Visit Kelby announces new chief executive",
        # "open" inside a body's name; (a village's "Open Gardens" is an occasion, test_races)
        "Kelby Open Spaces Society grows",
        "Signs of Safety training for staff",
    ],
)
def test_a_name_with_an_occasion_word_in_it_is_no_occasion(headline):
    assert _events(extract_text(f"{headline}\n\nThe day was a great success.\n")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Minister meets volunteers\n\nWe were delighted to welcome the Minister for Communities, "
        "Jane Doe MLA, to Kelby Food Bank on Monday.\n",
        "Minister meets volunteers\n\nKelby Trust welcomed Cllr Jane Doe to Kelby Food Bank on "
        "Friday.\n",
    ],
)
def test_a_visitor_welcomed_to_a_body_is_a_visit(text):
    seed, event = _event(text)
    assert event["name"] == "Jane Doe's visit to Kelby Food Bank"
    assert ("Jane Doe", event["name"], "visitor") in _rels(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "text",
    [
        "Team news\n\nWe welcomed Jane Doe to the Kelby Trust team last month.\n",
        "Board news\n\nKelby Trust welcomed Jane Doe to the Board of Trustees.\n",
        "Staff news\n\nKelby Trust welcomed Jane Doe to Kelby Food Bank as its new manager.\n",
    ],
)
def test_a_newcomer_welcomed_to_a_team_or_board_is_no_visit(text):
    assert _events(extract_text(text)) == []


def test_who_opened_it_is_the_person_named_before_the_post_not_the_body():
    seed, event = _event(
        "Youth hub opens\n\nAda Brook chair of Dalby Youth Trust opened the Kelby Youth Hub "
        "on Friday.\n"
    )
    takers = {w for w, e, _ in _rels(seed, "PARTICIPATED_IN") if e == event["name"]}
    assert "Ada Brook" in takers and "Dalby Youth Trust" not in takers, takers


@pytest.mark.parametrize(
    "text, opener",
    [
        ("Dalby Youth Hub opens\n\nJane Doe cut the ribbon to officially open the Dalby Youth "
         "Hub on Friday.\nResidents came to look round.\n", "Jane Doe"),
        ("Centre reopens\n\nThe Mayor of Kelby Lady Ada Brook MBE cuts the ribbon to reopen "
         "the Fenby Living Well Centre.\nVolunteers served tea.\n", "Ada Brook"),
        ("The Kelby Youth Hub was officially opened on Saturday, with Kelby MP Ada Brook "
         "cutting the ribbon on the building.\nResidents came to see it.\n", "Ada Brook"),
    ],
)  # fmt: skip
def test_who_cut_the_ribbon_to_open_it_took_part_as_the_page_says(text, opener):
    seed, event = _event(text)
    assert (opener, event["name"], "cut the ribbon") in _rels(seed, "PARTICIPATED_IN")


def test_who_opened_it_with_no_ribbon_still_opened_it():
    seed, event = _event("Hub opens\n\nJane Doe opened the Dalby Community Centre on Friday.\n")
    assert ("Jane Doe", event["name"], "opened") in _rels(seed, "PARTICIPATED_IN")
