"""What a sponsor or supporter of a page's event paid for, when the sentence names
something else on the way: "Headline sponsor for the third year running was A, with
support from B" (rules/sponsors.py: a phrase of years before "was"), "The free fair
is organised by volunteers from A, with funding from B" (passive_bys.by_lists and
grant_subjects.focus_opening), "The conference was sponsored by A" after a plan read
as another event (focus_targets: the event named with the noun)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_FAIR = "Kelby Harbour Fair 2031"
_HEAD = (
    "Kelby Harbour Fair 2031\nThe Kelby Harbour Fair took place on 9 August on the quay at Kelby.\n"
)


@pytest.mark.parametrize(
    ("sentence", "funders"),
    [
        ("Headline sponsor for the third year running was Quill Homes, with support from "
         "Orton Bakery and Fenby Radio.", {"Quill Homes", "Orton Bakery", "Fenby Radio"}),
        ("Main sponsor for the second time was Tarn Motors, with further support from "
         "the Foss Trust.", {"Tarn Motors", "Foss Trust"}),
        ("Our sponsor for the 4th year was Tarn Motors.", {"Tarn Motors"}),
    ],
)  # fmt: skip
def test_a_sponsor_named_after_a_phrase_of_years_funded_the_event(sentence, funders):
    seed = extract_text(_HEAD + sentence + "\n")
    assert {who for who, to in pairs(seed, "FUNDED") if to == _FAIR} == funders
    assert not {(a, b) for a, b in pairs(seed, "FUNDED") if b in funders}  # not one another


def test_a_sponsor_for_the_third_year_of_another_thing_is_not_read():
    seed = extract_text(_HEAD + "Headline sponsor for the third year of the Orton Games was "
                        "Quill Homes.\n")  # fmt: skip
    assert ("Quill Homes", _FAIR) not in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "The free fair is organised by volunteers from Kelby Quay Association, with funding "
        "from Fenby District Council.",
        "The annual fair is run by staff at Kelby Quay Association with support from Fenby "
        "District Council.",
    ],
)
def test_support_after_people_of_a_body_funded_the_event_not_the_body(sentence):
    seed = extract_text(_HEAD + sentence + "\n")
    funded = pairs(seed, "FUNDED")
    assert ("Fenby District Council", _FAIR) in funded
    assert ("Fenby District Council", "Kelby Quay Association") not in funded


def test_a_body_run_by_volunteers_with_support_is_the_one_funded():
    seed = extract_text(
        "Kelby Quay Association\n"
        "Kelby Quay Association is a charity that looks after the old quay at Kelby.\n"
        "The association is run by volunteers from Orton Rowing Club, with support from "
        "Fenby District Council.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Fenby District Council", "Orton Rowing Club") not in funded


_CONFERENCE = "Fenby Housing Conference 2031"
_REPORT = (
    "Report from the Fenby Housing Conference 2031\n\n"
    "Over 100 delegates gathered at the Lantern Rooms, Fenby, on 3 March for the county's "
    "annual housing conference, organised by Fenby Housing Network.\n\n"
    "Keynote\n"
    "Ada Foss, Chair of the Fenby Care Partnership, set out the partnership's new ten-year "
    "plan, Healthy Homes 2040, and promised more money for repairs.\n\n"
)


def test_the_conference_sponsored_is_the_pages_conference_not_a_plan_named_since():
    seed = extract_text(
        _REPORT + "The conference was sponsored by Quill Homes and the Kelby Building Society.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert {w for w, to in funded if to == _CONFERENCE} == {"Quill Homes", "Kelby Building Society"}
    assert not {w for w, to in funded if to == "Healthy Homes 2040"}


def test_the_event_in_focus_stays_when_its_name_is_the_titles_shorter_one():
    seed = extract_text(
        'Conference report: "Warm Homes" - Fenby Housing Network annual conference\n\n'
        "Fenby Housing Network held its annual conference, Warm Homes, at the Lantern Rooms "
        "in Fenby on 3 March 2031.\n\n"
        "The conference was sponsored by Quill Homes.\n"
    )
    assert ("Quill Homes", "Warm Homes") in pairs(seed, "FUNDED")
