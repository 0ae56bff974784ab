"""A page's title naming a body before a dash or bar, the rest a label of what kind
of page it is ("Kelby Community Association - AGM report"), makes the page that
body's: the officers its text names with no body ("Chair - Ada Foss") sit there;
a newsletter's own name and a title that is a sentence are no body."""

from __future__ import annotations

from collabgraph.extract.masthead_lines import titled_body
from tests.extract.reading import members


def test_title_shapes_naming_the_page_body():
    assert titled_body("Kelby Community Association - AGM report") == "Kelby Community Association"
    assert titled_body("FENBY VOLUNTARY ACTION - MEMBERS' BULLETIN, JULY 2031") == (
        "FENBY VOLUNTARY ACTION"
    )
    assert titled_body("Ayton Village Hall & Community Association - Chair's Report") == (
        "Ayton Village Hall & Community Association"
    )
    assert titled_body("Orton Residents' Forum | notes of meeting") == "Orton Residents' Forum"


def test_titles_naming_no_page_body():
    assert titled_body("KELBY VOICES - Community newsletter, Summer 2031") is None
    assert titled_body("BRIGHT LINES - the Fenby Trust e-bulletin") is None
    assert titled_body("AGM 2031 - report and new committee") is None
    assert titled_body("Ayton Community Association - a lovely day out") is None
    assert titled_body("Team news - Summer bulletin, Kelby Network") is None


def test_officers_under_a_titled_page_sit_on_its_body():
    found = members(
        "Ayton Village Hall & Community Association - Chair's Report to the AGM\n\n"
        "Good evening, and thank you all for coming. Thanks to a grant from the Fenby "
        "Wind Farm Fund we mended the roof, and the Fenby Wind Farm Fund has promised "
        "more next year.\n\n"
        "Finally, a word for our bookings secretary, Jo Tern, who answers the hall "
        "phone at all hours.\n\n"
        "Ada Foss, Chair\n"
    )
    assert ("Ada Foss", "Ayton Village Hall & Community Association") in found
    assert ("Jo Tern", "Ayton Village Hall & Community Association") in found
    assert ("Ada Foss", "Fenby Wind Farm Fund") not in found
