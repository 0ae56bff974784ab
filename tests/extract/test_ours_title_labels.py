"""A "we" page's title naming its own body beside a label of the page: the body
before a colon ("Kelby Links: Chair's report to the AGM"), or after a label of the
body's own page ("Meet the team - Fenby Trust", "About us: the Kelby Partnership",
"Annual Report 2031-32: Kelby Links"), or before a label in the page's own voice
("Fenby Food Alliance - who we are"). The page's "our chair" and "our funders"
are then that body's; a case study's subject, an event's name and a title that
is a sentence are no body."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.masthead_lines import titled_body
from tests.extract.reading import pairs


def test_body_before_a_colon_and_a_label():
    rest = ["This was a good year for Kelby Links."]
    assert titled_body("Kelby Links: Chair's report to the AGM", rest) == "Kelby Links"
    assert titled_body("Fenby Food Alliance: autumn update") == "Fenby Food Alliance"


def test_body_after_a_label_of_its_own_page():
    assert titled_body("Meet the team - Fenby Wildlife Trust") == "Fenby Wildlife Trust"
    assert titled_body("About us: the Kelby Advice Partnership") == "Kelby Advice Partnership"
    rest = ["Kelby Links runs a minibus for the villages."]
    assert titled_body("Annual Report 2031-32: Kelby Links", rest) == "Kelby Links"


def test_body_before_a_label_in_the_page_voice():
    rest = ["Fenby Coders meets monthly."]
    assert titled_body("Fenby Coders - who we are", rest) == "Fenby Coders"
    assert titled_body("Kelby Housing Association: our board") == "Kelby Housing Association"


def test_titles_naming_no_page_body():
    assert titled_body("Case study: Kelby Kitchen Trust") is None
    assert titled_body("Club news: Fenby Lions AGM", ["Fenby Lions AGM was held."]) is None
    assert titled_body("Kelby Together: Fenby Summit 2031 - event report") is None
    assert titled_body("Future of Kelby Library: what you told us") is None
    assert titled_body("Fenby Links: a day at the seaside") is None
    # no body word and not said again: a newsletter's own name
    assert titled_body("Kelby Voices: autumn newsletter", ["Hello all."]) is None


def test_funders_thanked_on_a_page_titled_by_its_body():
    seed = extract_text(
        "Kelby Links: Chair's report to the Annual General Meeting\n\n"
        "Good evening, and thank you all for coming.\n\n"
        "This has been a year of change for Kelby Links. Our minibus carried 9,000 "
        "passengers, and our volunteer drivers gave 4,000 hours.\n\n"
        "We are grateful to our funders: the Fenby Community Foundation and "
        "Kelby District Council.\n\n"
        "Ada Foss\nChair of Trustees\n",
        path="page.txt",
    )
    funded = pairs(seed, "FUNDED")
    assert ("Fenby Community Foundation", "Kelby Links") in funded
    assert ("Kelby District Council", "Kelby Links") in funded
