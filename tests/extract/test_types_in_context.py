"""What type a name is, from the words around it and the rest of the page: small
write-ups, made up. Each test stands for a kind of fault seen on pages the rules
were not written for (issue 11, phase 3).
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, typed, types_of

# ------------------------------------------------------------------ "X, a <job> at <body>"


@pytest.mark.parametrize(
    "text",
    [
        "Tamsin Okafor, a researcher at Harrowgate University, presented findings on damp.",
        "Tamsin Okafor, a lecturer at the Pellham Institute, opened the day.",
        "Tamsin Okafor, an adviser with Brackenfield Housing Association, spoke first.",
        "Tamsin Okafor is a trustee of the Orrin Foundation and lives in Leeds.",
    ],
)
def test_a_person_described_by_a_job_at_a_body_stays_a_person(text):
    """The body after "at"/"of"/"with" says where the job is, not what the
    person named before it is."""
    assert typed(text, "Tamsin Okafor") == {"Person"}


@pytest.mark.parametrize(
    "text",
    [
        "Tamsin Okafor is the Warm Start programme manager and lives in Leeds.",
        "Tamsin Okafor is a project officer with the council.",
    ],
)
def test_a_person_described_by_a_programmes_job_stays_a_person(text):
    """A job named after a programme ("the Foo programme manager") is a person's:
    the programme's noun in it does not make the holder a programme."""
    assert typed(text, "Tamsin Okafor") == {"Person"}


@pytest.mark.parametrize(
    "text",
    [
        "Harrowgate Youth Collective, a charity based in Leeds, runs the club.",
        "Harrowgate Youth Collective is a community interest company which runs the club.",
    ],
)
def test_a_body_described_as_one_is_an_organisation(text):
    assert typed(text, "Harrowgate Youth Collective") == {"Organisation"}


# ------------------------------------------------------------------ one event, named two ways


@pytest.mark.parametrize("noun", ["Forum", "Gathering", "Assembly"])
def test_an_event_named_without_its_year_in_the_title_is_the_dated_event(noun):
    """The page's title names the event without the year the body gives it: one
    event, named in full, not an organisation beside it."""
    text = (
        f"---\ntitle: Autumn Tenants {noun} write-up\n---\n"
        f"Autumn Tenants {noun} 2025\n\n"
        f"The Autumn Tenants {noun} 2025 was organised by Dalbury Council.\n\n"
        f"Ife Adebayo, Director of Norram Homes, spoke at the Autumn Tenants {noun} 2025.\n"
    )
    found = entities(text)
    named = {(t, n) for t, n in found if f"Tenants {noun}" in n}
    assert named == {("Event", f"Autumn Tenants {noun} 2025")}


# ------------------------------------------------------------------ names listed before a noun


@pytest.mark.parametrize(
    ("text", "kind", "listed"),
    [
        (
            "These include the Bright Start, Open Doors and Carers Network programmes.",
            "Project",
            ["Bright Start", "Open Doors", "Carers Network"],
        ),
        (
            "The council funds the Warm Homes and Active Streets schemes.",
            "Project",
            ["Warm Homes", "Active Streets"],
        ),
        (
            "The Healthy Minds and Better Sleep strategies were published in May.",
            "Report",
            ["Healthy Minds", "Better Sleep"],
        ),
    ],
)
def test_names_listed_before_a_plural_noun_are_of_its_kind(text, kind, listed):
    """Each name of the list is one of the things the noun after it names, even
    one whose last word looks like a body's ("Carers Network")."""
    found = entities(text)
    assert {(kind, name) for name in listed} <= found
    assert not any(n in listed for t, n in found if t != kind)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "The partnership is made up of five organisations, including Ayton CVS, "
            "Orrin Advice, Spring Dale and Kelby Aid.",
            ["Ayton CVS", "Orrin Advice", "Spring Dale", "Kelby Aid"],
        ),
        (
            "We will work with charities and organisations throughout the region – such "
            "as Brook Works, Orrin Library and the Kelby Heritage Initiative – to reach people.",
            ["Brook Works", "Orrin Library", "Kelby Heritage Initiative"],
        ),
        ("Partners include Orrin Advice, Spring Dale and Kelby Aid.", ["Spring Dale"]),
    ],
)
def test_names_given_as_examples_of_bodies_are_organisations(text, listed):
    """A list opened by "including" / "such as" after a noun of bodies is a list
    of bodies, though a verb ("including") or a place ("throughout the region")
    stands between the noun and the names, and whatever a name's own last word
    ("Library", "Initiative") or the recogniser would make of it alone."""
    found = types_of(text)
    assert {name: found.get(name) for name in listed} == dict.fromkeys(listed, "Organisation")


def test_places_given_as_examples_of_towns_stay_places():
    found = types_of("Towns such as Dalby and Ayton will get new bus routes.")
    assert found.get("Dalby") == "Place" and found.get("Ayton") == "Place"


def test_bodies_listed_before_a_noun_are_its_owners():
    found = entities("The Orrin Trust and Dalby Foundation reports were published today.")
    assert {("Organisation", "Orrin Trust"), ("Organisation", "Dalby Foundation")} <= found


# ------------------------------------------------------------------ heads of a kind


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "The Dalby Mental Health Strategy was published by Orrin Trust.",
            "Dalby Mental Health Strategy",
        ),
        ("The Dalby Strategy 2030 sets out our plans.", "Dalby Strategy 2030"),
        (
            "The Westmoor Crisis Care Concordat was signed by Orrin Trust.",
            "Westmoor Crisis Care Concordat",
        ),
    ],
)
def test_strategies_and_concordats_are_reports(text, report):
    assert typed(text, report) == {"Report"}


def test_an_event_of_a_body_is_two_names():
    found = entities("Jane Doe attended the Annual General Meeting of Orrin Housing Trust.")
    assert ("Organisation", "Orrin Housing Trust") in found
    assert ("Event", "Annual General Meeting") in found


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Trust received the Gold Award for Community Engagement.",
        "Orrin Trust won the Westmoor Prize for Innovation in May.",
        "Jane Doe was given the Dalby Medal last year.",
    ],
)
def test_an_award_is_not_an_entity(text):
    found = entities(text)
    assert not any(w in n for _, n in found for w in ("Award", "Prize", "Medal"))


# ------------------------------------------------------------------ places, bodies after a job


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Grants went to groups across West Cumbria and East Sheffield.",
            {"West Cumbria", "East Sheffield"},
        ),
        ("The service covers north Leeds and South Bradford.", {"North Leeds", "South Bradford"}),
    ],
)
def test_a_compass_word_before_a_place_names_a_place(text, places):
    found = {n.title() for t, n in entities(text) if t == "Place"}
    assert places <= found


@pytest.mark.parametrize(
    ("text", "body", "role"),
    [
        (
            "Jane Doe, Chief Executive of Dorset and West Wiltshire NHS Trust, spoke.",
            "Dorset and West Wiltshire NHS Trust",
            "Chief Executive",
        ),
        (
            "Jane Doe, Director of Public Health for Orrin Borough Council, spoke.",
            "Orrin Borough Council",
            "Director of Public Health",
        ),
        (
            "Jane Doe, Head of Policy for the Westmoor Carers Network, spoke.",
            "Westmoor Carers Network",
            "Head of Policy",
        ),
    ],
)
def test_the_body_after_a_job_title_is_named_whole(text, body, role):
    seed = extract_text(text, path="page.txt")
    assert ("Organisation", body) in {(e["type"], e["name"]) for e in seed["entities"]}
    works = [r for r in seed["relations"] if r["type"] == "WORKS_FOR"]
    assert [(r["from"], r["to"], r["role"]) for r in works] == [("Jane Doe", body, role)]


# ------------------------------------------------------------------ speaker lines


@pytest.mark.parametrize(
    "line",
    [
        "• Tamsin Okafor Deputy Director, Equality and Health Inequalities, Westmoor Health Trust",
        "• Tamsin Okafor Head of Policy, Public Health, Westmoor Health Trust",
        "• Tamsin Okafor Programme Manager (Westmoor Health Trust)",
    ],
)
def test_a_speaker_line_with_the_title_after_the_name(line):
    """'Name Title, Field, Body': the name is a person's, the field of the job is no
    body of its own, the body is an organisation."""
    found = entities(f"Speakers included:\n\n{line}\n\n• Ife Adebayo, Director, Norram Homes\n")
    assert ("Person", "Tamsin Okafor") in found
    assert ("Organisation", "Westmoor Health Trust") in found
    assert not any("Director" in n or "Health Inequalities" in n for _, n in found)
    assert not any(n == "Public Health" for _, n in found)


def test_a_council_named_for_what_it_does_is_in_no_place_of_that_name():
    found = entities(
        "Westmoor Rural Community Council and Dalby Youth Council met Kettering Borough "
        "Council in Kettering."
    )
    places = {n for t, n in found if t == "Place"}
    assert places == {"Kettering"}


# ------------------------------------------------------------------ a kind of body is not a body


@pytest.mark.parametrize(
    "text",
    [
        "She opened homes built by an Irish Housing Association, Orrin Homes, last May.",
        "The café is run by a Community Interest Company, Orrin Homes, in Leeds.",
    ],
)
def test_a_kind_of_body_before_its_name_is_not_a_body(text):
    """'an Irish Housing Association, Orrin Homes,': the kind, then the name; the name
    after the comma is the organisation."""
    found = entities(text)
    assert ("Organisation", "Orrin Homes") in found
    assert not any(n.endswith(("Association", "Company")) for _, n in found)


@pytest.mark.parametrize(
    "text",
    [
        "I was impressed by this Housing Association and its staff in Leeds.",
        "Only 300 homes were built by Housing Associations in Leeds last year.",
        "We work with the VCS and VCSE partners across Leeds.",
    ],
)
def test_bodies_of_a_kind_or_a_sector_are_not_a_body(text):
    assert {t for t, _ in entities(text)} == {"Place"}


def test_places_after_organisations_across_are_places():
    found = entities(
        "The pledge was signed by organisations across Warwickshire and Worcestershire."
    )
    assert {("Place", "Warwickshire"), ("Place", "Worcestershire")} <= found
    assert not any(t == "Organisation" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Her office is above the Red Lion Pub in Hornsey.", "Red Lion Pub"),
        ("The stall was on Westmoor High Street in Leeds.", "Westmoor High Street"),
    ],
)
def test_a_pub_or_a_street_is_a_place(text, venue):
    assert typed(text, venue) == {"Place"}


def test_a_year_alone_is_no_event():
    text = (
        "Orrin Trust at the annual public health conference and exhibition 2019\n\n"
        "Orrin Trust attended the annual public health conference and exhibition 2019 in Leeds.\n"
    )
    assert not any(n.isdigit() for _, n in entities(text))


# ------------------------------------------------------------------ programmes, plans and meetings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Healthy Lives Fund, run by Orrin Council, opened for applications.",
            "Healthy Lives Fund",
        ),
        ("The Dalby Youth Fund is administered by Orrin Community Foundation.", "Dalby Youth Fund"),
        ("Warm Spaces, delivered by Orrin Trust, opened ten hubs in Leeds.", "Warm Spaces"),
    ],
)
def test_a_fund_or_scheme_someone_runs_is_a_project(text, name):
    assert typed(text, name) == {"Project"}


@pytest.mark.parametrize(
    "said",
    [
        "The Kelby Futures Fund has been made available by the Westshire Combined Authority.",
        "The Kelby Futures Fund (KFF) is provided by Westshire Council.",
        "The Kelby Futures Fund, which is managed by Northtown Trust, opens again in May.",
    ],
)
def test_a_fund_a_body_provides_is_a_project_however_often_it_is_named(said):
    """One phrase saying a named body runs, gives or provides the fund outweighs
    the votes its head word and the recogniser give each other mention."""
    text = (
        "The Kelby Futures Fund has received over 300 bids from groups across Westshire. "
        f"{said} Grants from the Kelby Futures Fund range from £500 to £5,000. "
        "The Kelby Futures Fund was launched in 2023."
    )
    assert typed(text, "Kelby Futures Fund") == {"Project"}


def test_a_fund_that_gives_grants_stays_an_organisation():
    text = "The Orrin Community Fund awarded grants to ten groups in Leeds."
    assert typed(text, "Orrin Community Fund") == {"Organisation"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The NHS Long Term Plan sets out new priorities.", "NHS Long Term Plan", "Report"),
        ("The Westmoor Local Plan was adopted in June.", "Westmoor Local Plan", "Report"),
        ("The Orrin Covenant was signed by five councils.", "Orrin Covenant", "Report"),
        ("Jane Doe spoke at the NHS Dalby Expo in Leeds.", "NHS Dalby Expo", "Event"),
        ("She presented at the Orrin Trust AGM in Leeds.", "Orrin Trust AGM", "Event"),
    ],
)
def test_what_a_body_writes_or_holds_is_not_the_body(text, name, kind):
    """A public body's letters ("NHS") or a body's name first do not make a plan,
    an expo or a meeting an organisation."""
    assert typed(text, name) == {kind}


def test_a_bodys_annual_general_meeting_is_an_event():
    """'its Annual General Meeting': the recogniser's date word "Annual" opens the
    event's name (was read as "General Meeting")."""
    seed = extract_text("The Orrin Trust hosted its Annual General Meeting in Leeds.", path="p.txt")
    events = [e for e in seed["entities"] if e["type"] == "Event"]
    assert any(e["name"].endswith("Annual General Meeting") for e in events)
    assert not any(e["type"] != "Event" and "Meeting" in e["name"] for e in seed["entities"])


# ------------------------------------------------------------------ a name after an opening phrase


@pytest.mark.parametrize(
    "text",
    [
        "In advance of the conference, Ruth Marsh from the team had already made props.",
        "During the festival, Ruth Marsh ran a stall for the charity.",
    ],
)
def test_a_person_after_an_opening_phrase_is_no_name_of_its_noun(text):
    """'During the festival, Jane Doe ran ...': the comma closes a phrase that
    opens the sentence; the name after it is the clause's subject, not the name
    of the festival."""
    assert typed(text, "Ruth Marsh") == {"Person"}


def test_a_name_set_off_by_commas_after_an_opening_phrase_still_names_its_noun():
    text = "At our annual gathering, Summer Makers Day, we heard from tenants."
    assert typed(text, "Summer Makers Day") == {"Event"}


@pytest.mark.parametrize(
    "text",
    [
        "At the event, Ada Brook (columnist at the Westshire Times) chaired our "
        "discussion of the report.",
        "During the conference, Ada Brook (chief executive of Northtown Mind) spoke "
        "about loneliness.",
    ],
)
def test_a_person_described_in_brackets_after_an_opening_phrase_is_no_event(text):
    # the bracketed post runs on into the clause: the name is its subject, a person
    assert typed(text, "Ada Brook") == {"Person"}


# ------------------------------------------------------------------ a funder named after a person


@pytest.mark.parametrize(
    "text",
    [
        "The work was funded by significant grants from The Orrin Charitable Trust, "
        "The Dalby Foundation and Ada Brook.",
        "We are grateful for funding from the Kelby Trust, Westshire Council and Ada Brook.",
    ],
)
def test_a_persons_name_listed_among_funding_bodies_is_a_body(text):
    """A trust named after its founder, listed with other bodies as the givers of
    money, is one of the bodies, not a person."""
    assert typed(text, "Ada Brook") == {"Organisation"}


def test_a_titled_person_listed_among_funding_bodies_stays_a_person():
    text = "The event was supported by the Kelby Trust, Westshire Council and Ada Brook MBE."
    assert typed(text, "Ada Brook") == {"Person"}


# ------------------------------------------------------------------ a title of rank, a territory


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One patient said he was thrilled to meet the Duchess of Westshire.",
            "Duchess of Westshire",
        ),
        ("The Earl of Dalby opened the new wing of Kelby Hospice on Friday.", "Earl of Dalby"),
    ],
)
def test_a_title_of_rank_and_its_territory_is_a_person(text, name):
    """The one name a page gives a royal or a peer is a person's, though its
    words are everyday words and a place and the recogniser reads a body."""
    assert typed(text, name) == {"Person"}


# ------------------------------------------------------------------ a name after another in a list


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Stalls were run by the Kelby Festival, Orrin Advice and Westshire Mind.", "Orrin Advice"),
        ("Partners included the Kelby Festival, Brook Lane and the Dalby Trust.", "Brook Lane"),
    ],
)
def test_a_name_after_a_listed_name_is_not_of_its_last_words_kind(text, name):
    """'the Kelby Festival, Orrin Advice': "Festival" is the last word of the name
    before the comma, not a noun that Orrin Advice is the name of."""
    assert typed(text, name) == {"Organisation"}


# ------------------------------------------------------------------ a person who speaks


@pytest.mark.parametrize(
    "text",
    [
        "Tamsin Brackley said: “There is no one cause of loneliness.”",
        "Tamsin Brackley, Food Strategy Lead at KVA, said: “We are pleased.”",
    ],
)
def test_a_given_name_and_surname_that_speaks_is_a_person(text):
    """The recogniser reads "Tamsin Brackley" as a body; a given name opening a
    name that says something ("X said", "X, <what she is>, said") is a person's."""
    assert typed(text, "Tamsin Brackley") == {"Person"}


def test_a_body_that_speaks_stays_a_body():
    assert typed("Kelby Youth Trust said it would reopen.", "Kelby Youth Trust") == {"Organisation"}


# ------------------------------------------------------------------ a name with an age


@pytest.mark.parametrize(
    "text",
    [
        "Tamsin Brackley (34) from Dalby won the award.",
        "Tamsin Brackley, 34, of Dalby, joined the team last year.",
    ],
)
def test_a_name_given_an_age_is_a_person(text):
    """Only people have ages: a name with a number of years set off after it."""
    assert typed(text, "Tamsin Brackley") == {"Person"}


# ------------------------------------------------------------------ where someone lives or is from


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dr Amy Roe, who lives near Dalby, became a director of the trust.", "Dalby"),
        ("Dr Amy Roe, who lives near Ashby, became a director of the trust.", "Ashby"),
        ("Tamsin Brackley (34) from Orrinby won the award.", "Orrinby"),
    ],
)
def test_where_a_person_lives_or_is_from_is_a_place(text, place):
    """One word after "near", or after "from" / "of" following a person's age, is
    a place, whatever the recogniser reads (a person, a body)."""
    assert typed(text, place) == {"Place"}


# ------------------------------------------------------------------ a foodbank


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dalby Bay Foodbank is working with Citizens Advice on two new projects.",
            "Dalby Bay Foodbank",
        ),
        ("Kelby Foodbank opened a new centre.", "Kelby Foodbank"),
    ],
)
def test_a_foodbank_is_an_organisation(text, name):
    """A foodbank is a charity, though the recogniser reads a person or a place."""
    assert typed(text, name) == {"Organisation"}


# ------------------------------------------------------------------ letters


@pytest.mark.parametrize("text", ["Thanks go to KRTH for hosting.", "We thank KRTH for the venue."])
def test_letters_the_recogniser_reads_as_a_person_are_a_body(text):
    """Capital letters are a body's short name, never a person's name."""
    assert typed(text, "KRTH") == {"Organisation"}


# ------------------------------------------------------------------ an opening


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hundreds came to the Kelby Wheel Opening on Saturday.", "Kelby Wheel Opening"),
        ("Tickets for the Dalby Lido Opening sold out.", "Dalby Lido Opening"),
    ],
)
def test_a_name_ending_in_opening_is_an_event(text, name):
    assert typed(text, name) == {"Event"}
