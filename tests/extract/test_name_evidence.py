"""What a name is, from the whole page's evidence about it: honorifics, pronouns,
given names, what the name does. Small write-ups, made up; each test stands for
a kind of fault seen on pages the rules were not written for (issue 11, phase 5).
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.name_evidence import is_given_name
from tests.extract.reading import entities, typed, types_of

# ------------------------------------------------------------------ a person's name


@pytest.mark.parametrize(
    "text",
    [
        "Harbourside Trust has announced the appointment of its new chair, Imogen Tarrant. "
        "She will succeed Tom Hale in May.",
        "Imogen Tarrant joins Harbourside Trust from Westmoor Community Services, where she "
        "has been director of housing since 2019.",
        "Imogen Tarrant joins Harbourside Trust in May. Ms Tarrant said the trust had "
        "a proud history.",
        "The new treasurer of Harbourside Trust is Imogen Tarrant. Speaking after the "
        "meeting, Mrs Tarrant thanked the members.",
        "Harbourside Trust named Imogen Tarrant as its chair. Imogen is also a governor "
        "of Westmoor College and Tarrant said that her first task is to listen.",
    ],
)
def test_a_persons_name_the_page_treats_as_a_person_is_a_person(text):
    """A given name, with an honorific, a pronoun or a post that goes with the
    name elsewhere on the page, makes a person, whatever the recogniser said of
    one mention."""
    assert typed(text, "Imogen Tarrant") == {"Person"}


def test_the_short_forms_of_the_persons_name_are_the_same_person():
    text = (
        "Harbourside Trust has appointed Imogen Tarrant as chair. Imogen Tarrant joins "
        "from Westmoor Community Services. Ms Tarrant said: \u201cI am delighted.\u201d "
        "Imogen is also a governor of Westmoor College."
    )
    names = entities(text)
    assert ("Person", "Imogen Tarrant") in names
    assert not {n for _, n in names} & {"Imogen", "Tarrant", "Ms Tarrant"}


@pytest.mark.parametrize(
    "text",
    [
        "The grant went to Hope Lane, a charity in Dalby. Hope Lane said it would fund two "
        "posts, and her trustees agreed.",
    ],
)
def test_a_body_named_with_a_given_name_is_not_made_a_person_without_evidence(text):
    """A given name alone is one vote: bodies whose names begin with one stay
    what the page makes them."""
    assert "Person" not in typed(text, "Hope Lane")


# ------------------------------------------------------------------ not a person


@pytest.mark.parametrize(
    "text",
    [
        "The keynote came from Tom Hale, Vice-Chair of Westmoor Forum and Labour Councillor "
        "for Dalby.",
        "Speakers included Tom Hale, a Green Councillor in Dalby.",
    ],
)
def test_a_party_and_a_job_are_not_a_name(text):
    assert not {n for _, n in entities(text)} & {"Labour Councillor", "Green Councillor"}


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Champion spoke about the bill in Parliament.",
        "The keynote was given by Amy Weaver, who founded the network.",
    ],
)
def test_a_person_whose_surname_is_a_job_word_is_kept(text):
    names = {n for _, n in entities(text)}
    assert names & {"Sarah Champion", "Amy Weaver"}


def test_a_job_is_not_an_organisation():
    text = "Questions about your data go to our Data Protection Officer at Westmoor Council."
    assert "Data Protection Officer" not in {n for _, n in entities(text)}


# ------------------------------------------------------------------ a body, not a place


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, the chief executive of Threshold, the umbrella body for tenants' groups, "
        "has announced he will step down. The Threshold board will recruit a successor.",
        "Tom Hale was formerly director of Threshold, which merged with another charity in "
        "2011. He said Threshold had been a joy to lead.",
    ],
)
def test_a_one_word_body_that_is_also_a_word_is_an_organisation(text):
    assert typed(text, "Threshold") == {"Organisation"}


# ------------------------------------------------------------------ the given names


def test_given_names_are_known_with_or_without_accents():
    assert is_given_name("Gráinne") and is_given_name("Grainne") and is_given_name("Dafydd")
    assert not is_given_name("Threshold") and not is_given_name("Councillor")


# ------------------------------------------------------------------ a programme, not a body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Groups will get awards from the Bright Bridges Fund. Westmoor Trust is partnering "
            "with the government on the youth strand of the Bright Bridges Fund.",
            "Bright Bridges Fund",
        ),
        (
            "Westmoor Building Society has opened a savings account and will pay 0.1% of all "
            "balances into its Community Fund.",
            "Community Fund",
        ),
        (
            "The second round of the Warm Rooms Fund opens in May for groups in Dalby.",
            "Warm Rooms Fund",
        ),
        (
            "The network will design a framework to scale up and integrate Homes Ahead across "
            "the region.",
            "Homes Ahead",
        ),
        ("Westmoor Council will roll out Homes Ahead in three towns next year.", "Homes Ahead"),
        (
            "The club was funded through Bright Horizons, with £5,000 for new kit.",
            "Bright Horizons",
        ),
        ("Harbourside Trust launched Homes Ahead last spring.", "Homes Ahead"),
    ],
)
def test_a_fund_or_service_the_page_makes_a_programme_is_a_project(text, name):
    assert typed(text, name) == {"Project"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kelby Pathways, a three-year programme for young carers, began in May. "
            "Kelby Pathways is funded by Westmoor Trust. Kelby Pathways will run in Dalby.",
            "Kelby Pathways",
        ),
        (
            "Dalby Hearth opened last week. Dalby Hearth, the falls-prevention programme run "
            "under Westmoor Council, has now reached 900 homes.",
            "Dalby Hearth",
        ),
        (
            "Jo Tern leads Lantern Stories, our two-year community heritage project with Fenby "
            "Museum. Lantern Stories ends in June.",
            "Lantern Stories",
        ),
        (
            "The walk is part of Silver Kelby, the Trust's programme for older adults. "
            "Silver Kelby meets on Fridays.",
            "Silver Kelby",
        ),
        (
            "Fenby Connect, the council's new befriending service, starts in April. "
            "Fenby Connect replaces two older services.",
            "Fenby Connect",
        ),
    ],
)
def test_a_name_the_page_says_is_a_programme_is_a_project(text, name):
    """A name with no body's head word (or a weak one, "Connect") that a phrase set off
    after it says is a programme is one, however often the recogniser calls it a body
    elsewhere on the page."""
    assert typed(text, name) == {"Project"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tide Lines is a twelve-week programme commissioned by Fenby Arts. Tide Lines "
            "ends in June.",
            "Tide Lines",
        ),
        (
            "Kelby Links is Dalby's social prescribing service for adults. Kelby Links "
            "started in May.",
            "Kelby Links",
        ),
    ],
)
def test_a_name_said_to_be_a_programme_is_a_project(text, name):
    """ "X is a ... programme": the name is the subject, a noun of something run its
    complement."""
    assert typed(text, name) == {"Project"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jo Tern is the project lead at Fenby Arts.", "Jo Tern"),
        ("Kelby Trust is the scheme's funder this year.", "Kelby Trust"),
    ],
)
def test_a_post_or_a_part_said_of_a_name_makes_no_programme(text, name):
    assert "Project" not in typed(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ada Foss, the charity's chief executive, opened the Kelby Hearth hub.",
            "Ada Foss",
        ),
        (
            "Jo Tern, the Trust's project manager, spoke at Fenby Hall.",
            "Jo Tern",
        ),
    ],
)
def test_a_post_after_an_owner_names_no_programme(text, name):
    assert "Project" not in typed(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Fenby Lantern Company, our two-year community heritage project, opened in May. "
        "Fenby Lantern Company employs nine people.",
    ],
)
def test_a_name_ending_in_a_body_word_stays_a_body(text):
    assert "Project" not in typed(text, "Fenby Lantern Company")


def test_a_name_with_a_body_word_inside_stays_a_body():
    text = (
        "Fenby Museum & Art Gallery, our three-year heritage programme partner, opened in "
        "May. Fenby Museum & Art Gallery is run by Kelby Council."
    )
    assert "Project" not in typed(text, "Fenby Museum & Art Gallery")


@pytest.mark.parametrize(
    "text",
    [
        "The Bright Bridges Fund has awarded £20,000 to Dalby Youth Club. The second round "
        "of the Bright Bridges Fund opens in May.",
        "Tom Hale, chief executive of the Bright Bridges Fund, said the round of grants "
        "would open in May.",
    ],
)
def test_a_fund_that_acts_stays_an_organisation(text):
    """A fund that awards grants or has a chief executive is a body, whatever else
    the page says of it."""
    assert typed(text, "Bright Bridges Fund") == {"Organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "Imogen Tarrant joins Harbourside Trust as chief executive in May. Ms Tarrant said the "
        "trust had a proud history.",
        "Helena Marsh, the chief executive of Harbourside Trust, will step down in May. "
        "Dr Marsh has led the trust since 2015.",
        "Harbourside Trust has appointed Helena Marsh as chief executive. Mrs Marsh was "
        "previously a director at Westmoor Council.",
    ],
)
def test_a_post_held_by_a_person_the_page_names_with_an_honorific_is_read(text):
    """The honorific further down makes the name a person's while the post is
    read, so the post is not lost to a wrong type."""
    seed = extract_text(text, path="page.txt")
    works = {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "WORKS_FOR"}
    assert works & {("Imogen Tarrant", "Harbourside Trust"), ("Helena Marsh", "Harbourside Trust")}


@pytest.mark.parametrize(
    "text",
    [
        "She was interim chief executive of East Wealdmoor-based Harbourside Housing Trust.",
        "Tom Hale was director at East Wealdmoor-based Harbourside Trust until 2019.",
    ],
)
def test_a_place_that_qualifies_a_body_after_a_job_stays_a_place(text):
    assert "Organisation" not in typed(text, "East Wealdmoor")


@pytest.mark.parametrize(
    "text",
    [
        "The project officer will work throughout the district of Mardlow with local groups.",
        "The museum offers a better service to the population of Mardlow.",
        "Harbourside Trust asked residents of Mardlow what they need.",
    ],
)
def test_the_place_after_a_noun_for_a_place_or_its_people_is_a_place(text):
    assert typed(text, "Mardlow") == {"Place"}


def test_a_translation_widget_and_a_cookie_notice_are_not_names():
    text = (
        "Harbourside Trust opens a new hub\n\nLanguage Translation\n\n"
        "Language Translation requires Additional Cookies enabled\n\n"
        "Select Language\n\nHarbourside Trust has opened a hub in Dalby.\n"
    )
    names = {n for _, n in entities(text)}
    assert "Harbourside Trust" in names
    assert not names & {"Language Translation", "Additional Cookies", "Select Language"}


def test_a_body_named_after_a_person_with_its_head_word_is_no_person():
    for name in ("Ada Quill Hospice Northtown", "Nia Brook Hospice Westshire"):
        text = f"The {name} has opened a new garden. {name} thanked the volunteers.\n"
        assert types_of(text).get(name) == "Organisation"
