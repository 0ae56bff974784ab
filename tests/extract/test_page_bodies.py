"""The page's own organisation and the hubs around it, named as the page names
them: the body its address is named after, read whole and as a body."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _page(url: str, body: str) -> dict:
    return extract_text(f"---\nurl: {url}\n---\n\n{body}\n", path="page.txt")


def _types(seed: dict, name: str) -> set[str]:
    return {e["type"] for e in seed["entities"] if e["name"] == name}


def test_short_name_ending_in_a_small_word_is_the_address_body():
    seed = _page(
        "https://www.switchedoncharity.org.uk/news/grant",
        "Brightwell Fund has awarded Switched On £30,000 to support young carers "
        "across Kelby.\nSwitched On were chosen as lead charity for the county.",
    )
    assert _types(seed, "Switched On") == {"Organisation"}
    assert ("Brightwell Fund", "Switched On") in pairs(seed, "FUNDED")


def test_letters_and_digits_name_of_the_address_is_a_body():
    seed = _page(
        "https://k12.example/news/panel",
        "The K12 were at the Northtown Housing Conference 2031 last week "
        "advocating for social housing. Our Chair, Ada Crisp, spoke on the panel.",
    )
    assert _types(seed, "K12") == {"Organisation"}
    assert ("K12", "Northtown Housing Conference 2031") in pairs(seed, "PARTICIPATED_IN")


def test_a_place_the_address_is_named_after_stays_a_place():
    seed = _page(
        "https://www.kettering.gov.uk/news/summit",
        "A summit on loneliness in Kettering is being held this week at the Corn Hall.",
    )
    assert "Organisation" not in _types(seed, "Kettering")


def test_a_name_listed_with_hospices_is_a_body():
    text = (
        "Within Kelbyshire, work is underway with hospice providers (including Ayton "
        "Hospice, Beeford Hospice, The Cowton Hospice and Dunmere Home Nursing) to "
        "develop a shared approach.\n\n"
        "The partnership, which includes Ayton Hospice, Fenwold Hospices and Beeford "
        "Hospice, has been shortlisted for an award."
    )
    seed = extract_text(text, path="page.txt")
    assert _types(seed, "Dunmere Home Nursing") == {"Organisation"}
    assert _types(seed, "Fenwold Hospices") == {"Organisation"}


def test_a_saints_name_the_page_always_writes_with_its_possessive_keeps_it():
    text = (
        "St Ebba’s held its annual reception in parliament yesterday.\n\n"
        "Guests heard from St Ebba’s clients and staff. Ada Crisp, who now manages "
        "St Ebba’s outreach service in Kelby, said: “It was a pleasure.”"
    )
    seed = extract_text(text, path="page.txt")
    assert _types(seed, "St Ebba's") == {"Organisation"}
    assert not _types(seed, "St Ebba")


def test_a_name_closing_on_a_capitalised_small_word_keeps_it():
    seed = extract_text(
        "The event was attended by the client group Looking Out, and by Plugged In, "
        "who talked about their work with Kelby Youth Trust.",
        path="page.txt",
    )
    names = {e["name"] for e in seed["entities"]}
    assert "Plugged In" in names
    assert "Plugged" not in names


def test_a_places_council_written_in_lower_case_is_the_council():
    seed = extract_text(
        "Kettering council is donating £10,000 to the town’s food bank.\n\n"
        "Councillor Ada Crisp, the council’s cabinet member for resources, said: "
        "“This will help.”\n\nKettering council tax will not rise.",
        path="page.txt",
    )
    assert _types(seed, "Kettering council") == {"Organisation"}
    assert ("Ada Crisp", "Kettering council") in pairs(seed, "WORKS_FOR")
    assert ("Kettering council", "Kettering") in pairs(seed, "LOCATED_IN")


def test_a_local_body_named_only_by_its_kind_letters_is_listed():
    seed = extract_text(
        "The agreement was signed by ICB chair Ada Crisp and Kelby Alliance chair "
        "Ivo Marsh.\n\nIvo Marsh said: “Our partnership with the ICB is essential.”",
        path="page.txt",
    )
    assert _types(seed, "ICB") == {"Organisation"}
    assert ("Ada Crisp", "ICB") in pairs(seed, "MEMBER_OF")


def test_kind_letters_join_the_body_the_page_names_in_full():
    seed = extract_text(
        "Westshire Inclusive Care Board has signed an agreement with Kelby Alliance."
        "\n\nIvo Marsh said: “Our partnership with the ICB is essential.”",
        path="page.txt",
    )
    bodies = {e["name"]: e.get("aliases", []) for e in seed["entities"]}
    assert "ICB" not in bodies
    assert "ICB" in bodies["Westshire Inclusive Care Board"]


@pytest.mark.parametrize(
    ("full", "letters"),
    [
        ("the Westshire Integrated Care System", "ICS"),
        ("Westshire ICS", "ICS"),
        ("NHS Westshire CCG", "CCG"),
    ],
)
def test_a_care_systems_letters_join_the_system_the_page_names(full, letters):
    seed = extract_text(
        f"Kelby Alliance has joined {full}.\n\n"
        f"Ivo Marsh said: “Our place in the {letters} is essential.”",
        path="page.txt",
    )
    bodies = {e["name"]: e.get("aliases", []) for e in seed["entities"]}
    assert letters not in bodies


def test_a_care_systems_short_name_joins_its_full_name():
    seed = extract_text(
        "Kelby Alliance has joined the Westshire Integrated Care System.\n\n"
        "Ivo Marsh, chair of Westshire ICS, said the ICS would fund Kelby Alliance.",
        path="page.txt",
    )
    bodies = {e["name"]: e.get("aliases", []) for e in seed["entities"]}
    assert "Westshire ICS" in bodies["Westshire Integrated Care System"]
    assert "ICS" not in bodies


def test_letters_opening_many_bodies_names_stand_for_none():
    seed = extract_text(
        "Our partnership with the NHS is essential, said Ivo Marsh of Kelby Alliance.",
        path="page.txt",
    )
    assert not _types(seed, "NHS")


def test_kind_letters_on_a_page_about_many_such_bodies_stand_for_none():
    seed = extract_text(
        "Leaders appointed in four more ICBs.\n\n"
        "In Westshire, Ada Crisp has been appointed chair designate of the ICB. "
        "Ivo Marsh has been confirmed as chair of the Kelby and Dale ICB.",
        path="page.txt",
    )
    assert not _types(seed, "ICB")


def test_a_programme_named_with_its_letters_before_its_noun():
    seed = extract_text(
        "Four new partners have been appointed to the Kelby Homes Ahead (KHA) "
        "pilot following a selection stage.\n\n"
        "The existing KHA partners are:\n- Ayton Homes\n- Beeford Trust\n",
        path="page.txt",
    )
    assert _types(seed, "Kelby Homes Ahead") == {"Project"}
    taking_part = pairs(seed, "PARTICIPATED_IN")
    assert ("Ayton Homes", "Kelby Homes Ahead") in taking_part
    assert ("Beeford Trust", "Kelby Homes Ahead") in taking_part


def test_a_name_after_a_lower_case_kind_of_body_is_a_body():
    seed = extract_text(
        "Kelby Borough Council has connected local charity the Friars with surplus "
        "food boxes. The Friars will hand them out.",
        path="page.txt",
    )
    assert _types(seed, "Friars") == {"Organisation"}


def test_a_housing_associations_short_name_at_its_homes_address_speaks_for_the_page():
    seed = _page(
        "https://www.brightwellhomes.co.uk/news/forum",
        "Brightwell held its housing forum in Kelby.\n"
        "Our partnership with Northtown Borough Council is delivering 240 homes.\n"
        "Our Chief Executive, Ada Crisp, said: “The message is clear.”",
    )
    assert ("Brightwell", "Northtown Borough Council") in pairs(seed, "PARTNER_OF")
    assert ("Ada Crisp", "Brightwell") in pairs(seed, "WORKS_FOR")
