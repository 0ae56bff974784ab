"""A newsletter's own name beside the body it is the newsletter of: "SPARK - the
Kelby Voluntary Action e-bulletin" and "Newsletter of Ayton Hill Residents'
Association - Issue 31, Autumn 2031" under the title make the page that body's,
so "our chair" and a chair's sign-off sit there, not at a body the page names more."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.masthead_lines import masthead_line
from tests.extract.reading import pairs


def _posts(text: str) -> set[tuple[str, str]]:
    seed = extract_text(text + "\n", path="page.txt")
    return pairs(seed, "MEMBER_OF") | pairs(seed, "WORKS_FOR")


def test_newsletter_of_a_body_with_an_issue_number_is_a_masthead():
    line = "Newsletter of Ayton Hill Residents' Association - Issue 31, Autumn 2031"
    assert masthead_line(line) == ("Ayton Hill Residents' Association", "Autumn 2031")
    assert masthead_line("Issue 31, Autumn 2031") is None  # no body named


def test_the_body_the_label_follows_is_the_page_body():
    found = _posts(
        "SPARK - the Kelby Voluntary Action e-bulletin\n\nIssue 12, June 2031\n\n"
        "Welcome to our summer bulletin. We have had a busy spring.\n\n"
        "Our chair, Ada Foss, thanked the Fenby Trust and the Fenby Trust's volunteers "
        "for the new minibus.\n"
    )
    assert ("Ada Foss", "Kelby Voluntary Action") in found
    assert ("Ada Foss", "Fenby Trust") not in found


def test_a_chair_signing_a_residents_newsletter_sits_on_its_body():
    found = _posts(
        "The Ayton Courier\n"
        "Newsletter of Ayton Hill Residents' Association - Issue 31, Autumn 2031\n\n"
        "FROM THE CHAIR\nWhat a summer! We raised £640 for the party fund. - Ada Foss, Chair\n\n"
        "DAMP: WHERE WE ARE\nWe met Fenby Homes in August. Fenby Homes says 29 flats have "
        "been done, and Fenby Homes will write to everyone.\n"
    )
    assert ("Ada Foss", "Ayton Hill Residents' Association") in found


def test_a_headline_ending_in_the_body_reads_without_error():
    found = _posts(
        "Welcome to the Fenby Trust\n\nWe help people in Kelby. Our chair, Ada Foss, "
        "said hello to everyone.\n"
    )
    assert ("Ada Foss", "Fenby Trust") in found
