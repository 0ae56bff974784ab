"""The holder named after "is" in "Our chief executive is Jane Doe" is a person even
when nothing else on the page says so (`post_holders.given_to`)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = (
    "About Kelby Carers Trust\n\n"
    "Kelby Carers Trust supports carers in Kelby and runs a helpline for them.\n\n"
    "{sentence}\n"
)


def test_an_unfamiliar_name_after_is_holds_the_post():
    text = _PAGE.format(
        sentence="Our chief executive is Tobenna Okwuosa and our chair of trustees is Ada Foss."
    )
    seed = extract_text(text)
    assert ("Tobenna Okwuosa", "Kelby Carers Trust") in pairs(seed, "WORKS_FOR")
    assert {"type": "Person", "name": "Tobenna Okwuosa"} in [
        {"type": e["type"], "name": e["name"]} for e in seed["entities"]
    ]


def test_a_body_after_is_holds_no_post():
    text = _PAGE.format(sentence="Our lead partner is Fenby Borough Council.")
    assert not pairs(extract_text(text), "WORKS_FOR")
