"""A new body launched at a place, named in the next sentence: "A new partnership
to ... was launched on Monday at Fenby Town Hall. The Kelby Food Partnership brings
together ..." gives the event "Launch of the Kelby Food Partnership" located at the
hall (rules/body_launches.py). All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def _names(seed: dict) -> set[str]:
    return {e["name"] for e in events(seed)}


def test_a_partnership_launched_at_a_hall_and_named_next():
    seed = extract_text(
        "Councils and charities join up on hunger in Kelby\n\n"
        "A new partnership to end holiday hunger in Kelby was launched on Tuesday at "
        "Fenby Town Hall.\n\n"
        "The Kelby Food Partnership brings together Kelby Council, Fenby Foodbank and "
        "the Orton Trust.\n\n"
        "Around 80 guests attended the launch, including Jo Tern of Fenby Foodbank.\n"
    )
    assert "Launch of the Kelby Food Partnership" in _names(seed)
    located = pairs(seed, "LOCATED_IN")
    assert ("Launch of the Kelby Food Partnership", "Fenby Town Hall") in located
    assert ("Jo Tern", "Launch of the Kelby Food Partnership") in pairs(seed, "PARTICIPATED_IN")
    assert not any(a == "Launch of the Kelby Food Partnership" for a, _ in pairs(seed, "ABOUT"))


def test_an_alliance_launched_with_the_place_right_after_the_verb():
    seed = extract_text(
        "New alliance for older people in Dale\n\n"
        "An alliance of six charities working with older people was launched at the "
        "Dale Library on 3 March.\n\n"
        "Dale Age Alliance will share training and referrals between its members.\n"
    )
    assert "Launch of the Dale Age Alliance" in _names(seed)
    assert ("Launch of the Dale Age Alliance", "Dale Library") in pairs(seed, "LOCATED_IN")


def test_a_body_launched_in_a_year_is_when_it_began():
    seed = extract_text(
        "Kelby research centre\n\n"
        "A new research centre was launched in 2019.\n\n"
        "The Centre for Civic Research works with charities across Kelby.\n"
    )
    assert not any(n.startswith("Launch of") for n in _names(seed))


def test_a_fund_named_for_a_partnership_is_no_body_launched():
    seed = extract_text(
        "Grants news\n\n"
        "A new partnership fund was launched at the Kelby Hub on Monday.\n\n"
        "Fenby Council says applications open in May.\n"
    )
    assert "Launch of the Fenby Council" not in _names(seed)
    assert "Launch of Fenby Council" not in _names(seed)


def test_a_person_opening_the_next_sentence_is_no_body_launched():
    seed = extract_text(
        "Orton network\n\n"
        "A new network for carers was launched at Orton Library on Friday.\n\n"
        "Ada Foss, who chairs it, said carers had asked for it for years.\n"
    )
    assert not any(n.startswith("Launch of") for n in _names(seed))


def test_it_after_the_naming_sentence_is_the_body_not_its_launch():
    seed = extract_text(
        "New centre for rural action\n\n"
        "A new centre to study village life was launched at Orton University on "
        "Wednesday.\n\n"
        "The Centre for Village Studies works with three charities. It is funded by a "
        "£90,000 grant from the Kelby Trust.\n\n"
        "Ada Foss spoke at the launch in the Fenby Room.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Kelby Trust", "Centre for Village Studies") in funded
    assert ("Kelby Trust", "Launch of Centre for Village Studies") not in funded
    assert ("Ada Foss", "Launch of Centre for Village Studies") in pairs(seed, "PARTICIPATED_IN")
