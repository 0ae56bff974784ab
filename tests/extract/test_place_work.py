"""Where a body works, read from the parse: the body caring for people, running
sessions or opening its own sites in a place is LOCATED_IN it (corpus/GOLD.md:
"based in, held at or in, covering a place"); a place said of something else
does not place it."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text + "\n", path="page.txt"), "LOCATED_IN")


@pytest.mark.parametrize(
    ("sentence", "body", "places"),
    [
        ("Tern Hospice cares for patients across North Yorkshire.", "Tern Hospice",
         {"North Yorkshire"}),
        ("Heron Arts delivers projects in Leeds and Bradford.", "Heron Arts",
         {"Leeds", "Bradford"}),
        ("With the money, Quay Trust will run sessions for young people in Goole.", "Quay Trust",
         {"Goole"}),
        ("Alder Care, which has been caring for older people in Whitby since 1990, is hiring.",
         "Alder Care", {"Whitby"}),
    ],
)  # fmt: skip
def test_a_body_caring_for_people_or_running_its_work_in_a_place_is_there(sentence, body, places):
    assert {(body, p) for p in places} <= _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Trust, which will use the grant to expand its food bank in Selby, was delighted.",
        "Tern Trust has opened its second shop in Selby.",
        "Thanks to the award, Tern Trust can now expand its advice service into Selby.",
        "Tern Trust said the money would help it to expand its work in Selby.",
    ],
)
def test_a_body_opening_or_expanding_its_own_work_in_a_place_is_there(sentence):
    assert ("Tern Trust", "Selby") in _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Heron Project, a Selby-based social enterprise, won the award.",
        "The award went to Heron Project, a Selby-based charity.",
    ],
)
def test_a_body_described_as_based_in_a_place_is_there_whatever_its_name_ends_with(sentence):
    assert ("Heron Project", "Selby") in _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Trust launched its report in London.",
        "Tern Trust expanded on its plans at a meeting in London.",
        "Jane Doe, who cares for her mother in London, thanked Tern Trust.",
        "Tern Trust will expand its work with partners from London.",
    ],
)
def test_a_place_said_of_a_launch_a_meeting_or_a_person_does_not_place_the_body(sentence):
    assert ("Tern Trust", "London") not in _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Trust, serving Selby since 1990, won the award.",
        "Tern Trust was set up in Selby in 1990.",
        "Set up in Selby in 1990, Tern Trust now has 40 staff.",
    ],
)
def test_a_body_serving_or_set_up_in_a_place_is_there(sentence):
    assert ("Tern Trust", "Selby") in _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Trust set up a stall at the show in Selby.",
        "Tern Trust set out its plans in Selby.",
    ],
)
def test_a_body_setting_something_up_in_a_place_is_not_placed_by_it(sentence):
    assert ("Tern Trust", "Selby") not in _located(sentence)


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Ashby Hope Trust is based in the heart of Kelby. It was given £500 by the Westshire "
         "Foundation.", "Ashby Hope Trust", "Kelby"),
        ("Tern Arts Club is a group located in Little Ashby, a very rural area of North "
         "Westshire. It was given £500 by the Westshire Foundation.", "Tern Arts Club",
         "North Westshire"),
    ],
)  # fmt: skip
def test_a_body_in_a_part_of_a_place_is_in_the_place(text, body, place):
    assert (body, place) in _located(text)


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("The grant from the Westshire Foundation will help Tern Arts Trust. The trust offers "
         "a better service to the population of Kelby.", "Tern Arts Trust", "Kelby"),
        ("Heron Museum & Gallery was given a grant by the Westshire Foundation. The museum will "
         "offer more sessions to the people of Kelby.", "Heron Museum & Gallery", "Kelby"),
    ],
)  # fmt: skip
def test_a_body_serving_the_people_of_a_place_is_there(text, body, place):
    assert (body, place) in _located(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Alder Trust works in areas of highest need across Warwickshire and works with families.",
        "Alder Trust now works in eight districts across Warwickshire.",
        "Alder Trust operates in towns and villages across Warwickshire.",
    ],
)
def test_a_body_working_in_areas_across_a_place_is_there(sentence):
    assert ("Alder Trust", "Warwickshire") in _located(sentence)


def test_people_from_areas_across_a_place_do_not_place_the_body():
    located = _located("People from areas across Warwickshire came to the Alder Trust fair.")
    assert ("Alder Trust", "Warwickshire") not in located


@pytest.mark.parametrize(
    "sentence",
    [
        "The Alder Museum is situated on the edge of Warwickshire.",
        "The Alder Museum is located on the outskirts of Warwickshire.",
        "The Alder Museum runs a food bank on the outskirts of Warwickshire.",
    ],
)
def test_a_body_on_the_edge_of_a_place_is_there(sentence):
    assert ("Alder Museum", "Warwickshire") in _located(sentence)


def test_someone_speaking_on_the_edge_of_a_place_does_not_place_the_body():
    located = _located("Ada Brook spoke on the edge of Warwickshire about the Alder Museum.")
    assert ("Alder Museum", "Warwickshire") not in located


def test_a_funder_distributing_money_to_groups_across_a_county_is_in_it():
    located = _located(
        "Kelby Foundation marks 20 years\n\n"
        "Since 2004, the Kelby Foundation has distributed over £20 million to more than "
        "8,000 groups across Fenshire.\n"
    )
    assert ("Kelby Foundation", "Fenshire") in located


@pytest.mark.parametrize(
    "place", ["Kingston upon Hull", "Burton upon Trent", "Newcastle upon Tyne"]
)
def test_a_place_whose_name_holds_a_small_word_is_read_from_its_first_word(place):
    # the parser may hang "upon Hull" from the verb: the name's arc leaves from "Kingston"
    assert ("Tern Trust", place) in _located(f"Tern Trust runs a service in {place}.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Among those at the fair were Heron Arts, Quay Trust, Welfare Advice, Alder "
        "Resource Centre, Birch Centre, plus volunteers.",
        "Exhibitors included Tern Advice, Fenshire Police, Welfare Rights, Westbrook Family "
        "Centre, Alder Hall, plus others.",
    ],
)
def test_a_venue_named_item_of_a_bare_list_of_names_does_not_place_the_item_before(sentence):
    located = _located(sentence)
    assert not any(place.endswith(("Centre", "Hall")) for _, place in located)


def test_a_venue_set_off_after_a_body_alone_still_places_it():
    assert ("Tern Trust", "Kelby Village Hall") in _located(
        "Tern Trust, Kelby Village Hall, received £5,000."
    )


@pytest.mark.parametrize(
    ("sentence", "body", "place"),
    [
        ("Heron Care Trust, a charity which supports carers in Whitby, won the award.",
         "Heron Care Trust", "Whitby"),
        ("The keynote speaker was Ola Brisk, Chief Executive of Tern Hospice, an organisation "
         "which works with young people in Goole.", "Tern Hospice", "Goole"),
        ("The Tern Hospice, a charity that runs day centres across North Yorkshire, has a new "
         "chair.", "Tern Hospice", "North Yorkshire"),
        ("Heron Care Trust is a charity which supports carers in Whitby.", "Heron Care Trust",
         "Whitby"),
    ],
)  # fmt: skip
def test_a_body_described_by_a_noun_whose_clause_works_in_a_place_is_there(sentence, body, place):
    # "Foo, a charity which works in A": the clause's "which" is the charity, the body
    assert (body, place) in _located(sentence)


def test_the_body_a_sentence_opens_on_by_its_noun_keeps_its_clause():
    located = _located(
        "Tern Hospice has a new chief executive.\n\n"
        "The charity, which cares for families across Whitby and Selby, will welcome her in May."
    )
    assert {("Tern Hospice", "Whitby"), ("Tern Hospice", "Selby")} <= located


@pytest.mark.parametrize(
    ("sentence", "body", "place"),
    [
        ("1st Wrenfield Scout Group, Selby were awarded £780 for new tents.",
         "1st Wrenfield Scout Group", "Selby"),
        ("Wrenfield Youth Club, Goole has been awarded £500.", "Wrenfield Youth Club", "Goole"),
    ],
)  # fmt: skip
def test_a_place_set_off_after_a_body_before_their_verb_places_it(sentence, body, place):
    # the parser reads "A, Kelby were awarded" as two subjects with no "and" between them
    assert (body, place) in _located(sentence)


def test_a_body_and_a_place_joined_as_two_subjects_are_not_one_set_off():
    located = _located("Tern Trust and Selby were both named in the report.")
    assert ("Tern Trust", "Selby") not in located


@pytest.mark.parametrize(
    "sentence",
    [
        "My volunteering shift took place during Yorkshire's Dementia Awareness Week.",
        "We were delighted to be joined by Jane Doe during Yorkshire's Carers Week.",
    ],
)
def test_an_event_owned_by_a_place_is_held_there(sentence):
    # "Kelby's Foo Week": the place's possessive before an event's name
    located = _located("Volunteering news\n\n" + sentence)
    assert any(where == "Yorkshire" and what.endswith("Week") for what, where in located)


@pytest.mark.parametrize(
    ("sentence", "body", "place"),
    [
        ("Jane Doe visited Heron Care Trust's new Selby distribution centre on Mill Street.",
         "Heron Care Trust", "Selby"),
        ("Jane Doe opened Tern Hospice's Goole shop last week.", "Tern Hospice", "Goole"),
        ("The grant will help Heron Care Trust's new Whitby office.", "Heron Care Trust",
         "Whitby"),
    ],
)  # fmt: skip
def test_a_body_whose_site_is_named_for_a_place_is_there(sentence, body, place):
    # "Foo Trust's Kelby office": a site of the body's (vocab/site_nouns.txt) in the place
    assert (body, place) in _located("Latest news\n\n" + sentence)
