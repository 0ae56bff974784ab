"""Grant lists whose lines close with their sum in brackets ("Home Again – Age UK
Kelby will visit patients after discharge (£52,000)."): the funder in view FUNDED
the name the line opens with (rules/grant_lists.grant_lines). Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_LINES = (
    "1. Home Again – Age UK Kelby will support older patients after discharge (£52,000).\n"
    "2. Bump Buddies – Kelby Maternity Voices Partnership will train peer supporters for "
    "new mothers (£38,000).\n"
    "3. Fit for Surgery – Kelby Leisure Trust will offer free exercise classes to patients "
    "waiting for operations (£45,000).\n"
)


def test_lines_closing_with_their_sum_are_grants():
    text = (
        "Hospital charity funds three community projects\n\n"
        "Kelby Hospitals Charity has awarded £135,000 to three community projects through "
        "its Healthier Kelby grants.\n\nThe projects are:\n\n" + _LINES
    )
    seed = extract_text(text, path="page.txt")
    found = pairs(seed, "FUNDED")
    for project in ("Home Again", "Bump Buddies", "Fit for Surgery"):
        assert ("Kelby Hospitals Charity", project) in found
    assert ("Age UK Kelby", "Home Again") in pairs(seed, "RUNS")


def test_bulleted_lines_with_a_closing_sum():
    text = (
        "Small grants round\n\nThe Heron Trust has made four awards this spring.\n\n"
        "- Kelby Lunch Club – a weekly lunch for older people in Fenby (£2,500)\n"
        "- Ashby Youth Forum – a summer programme for teenagers (£4,000)\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Heron Trust", "Kelby Lunch Club") in found
    assert ("Heron Trust", "Ashby Youth Forum") in found


def test_priced_lines_with_no_funder_are_no_grants():
    text = (
        "Kelby Food Festival\n\nThe Kelby Food Festival returns to Fenby Park on 3 June.\n\n"
        "What's on:\n\n"
        "- Kelby Bakery Ltd – bread-making for children, book ahead (£5)\n"
        "- Ashby Cookery School – a knife skills class (£12)\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert not any(dst in {"Kelby Bakery Ltd", "Ashby Cookery School"} for _, dst in found)
