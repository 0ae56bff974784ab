"""A page thanking its funders in a list ("We thank our funders: A; B; C", "grateful
to the organisations that fund our work, including A and B"): each body listed
FUNDED the page's own body; a programme a funder gives through is no funder
(rules/thanked_funders.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_ANNUAL = (
    "Fenby FoodShare\n\n"
    "Fenby FoodShare gives out food parcels to families across Fenby every week.\n\n"
    "We thank our funders: Kelby Town Council; the Dalby Heritage Fund (£4,000); the "
    "Tern Valley Foundation, through its Kelby Kites programme (£8,500); and the "
    "Marlow Trust.\n"
)


def test_each_funder_after_the_colon_funded_the_page_body():
    funded = pairs(extract_text(_ANNUAL), "FUNDED")
    for funder in ("Kelby Town Council", "Dalby Heritage Fund", "Tern Valley Foundation"):
        assert (funder, "Fenby FoodShare") in funded, funder
    assert ("Marlow Trust", "Fenby FoodShare") in funded


def test_a_programme_given_through_is_no_funder():
    funded = pairs(extract_text(_ANNUAL), "FUNDED")
    assert ("Kelby Kites", "Fenby FoodShare") not in funded


def test_the_bodies_that_fund_our_work_including():
    text = (
        "Fenby Bereavement Support\n\n"
        "We help children across Fenby after a death in the family.\n\n"
        "We are hugely grateful to the organisations that fund our work, including the "
        "Kelby Lottery Fund, the Dalby Community Foundation and Marlow Town Council.\n"
    )
    funded = pairs(extract_text(text), "FUNDED")
    for funder in ("Kelby Lottery Fund", "Dalby Community Foundation", "Marlow Town Council"):
        assert (funder, "Fenby Bereavement Support") in funded, funder


def test_thanks_to_a_named_body_before_the_funders_word_are_not_read_so():
    text = (
        "Fenby Arts Club\n\n"
        "We run weekly art classes in Fenby.\n\n"
        "Thank you to Kelby Library, which hosts our funders' evening: Ada Foss Trust "
        "spoke about its grants.\n"
    )
    funded = pairs(extract_text(text), "FUNDED")
    assert ("Ada Foss Trust", "Fenby Arts Club") not in funded


def test_bodies_thanked_under_a_heading_of_funders_funded_the_page_body():
    text = (
        "Fenby Youth Collective\n\n"
        "Fenby Youth Collective runs youth clubs in Fenby.\n\n"
        "Thank you to our funders\n\n"
        "None of this happens without the people who pay for it. Thank you to the Kelby "
        "Trust, Dalby Rotary Club and Tern Builders, and to everyone who baked for us.\n"
    )
    funded = pairs(extract_text(text), "FUNDED")
    for funder in ("Kelby Trust", "Dalby Rotary Club", "Tern Builders"):
        assert (funder, "Fenby Youth Collective") in funded, funder


def test_bodies_thanked_under_another_heading_are_not_read_as_funders():
    text = (
        "Fenby Youth Collective\n\n"
        "Fenby Youth Collective runs youth clubs in Fenby.\n\n"
        "Our summer fair\n\n"
        "Thank you to Kelby Library and Dalby Rotary Club, who lent us tables.\n"
    )
    funded = pairs(extract_text(text), "FUNDED")
    assert ("Kelby Library", "Fenby Youth Collective") not in funded
