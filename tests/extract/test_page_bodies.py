"""The page's own organisation and the hubs around it, named as the page names
them: the body its address is named after, read whole and as a body."""

from __future__ import annotations

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
