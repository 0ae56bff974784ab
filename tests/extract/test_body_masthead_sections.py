"""A masthead line under a page's title naming the body beside its site's sections
("Dunholt Care Trust | Our impact | Stories", "Orton City Council · Staff
networks"), beside a label closing a longer part ("Grants blog", "Orton Borough
Council newsroom") or a "Posted:" date, and a "Posted <date> by the Foo Trust
communications team" line, name the page's own body, so its "our" programmes
are the body's. A second body, a person or a byline beside the first leaves the
line unread."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.masthead_lines import masthead_line
from collabgraph.extract.voice_lines import voice_line
from tests.extract.reading import pairs


def test_a_body_first_beside_its_sites_sections_is_the_pages():
    assert masthead_line("Dunholt Care Trust | Our impact | Stories") == ("Dunholt Care Trust", "")
    assert masthead_line("Orton City Council · Staff networks") == ("Orton City Council", "")
    assert masthead_line("The Ayton Trust | Annual Review 2031/32") == ("Ayton Trust", "")


def test_a_label_closing_a_part_or_a_posted_date_is_read_past():
    assert masthead_line("Grants blog | The Orton Foundation | 3 May 2031") == (
        "Orton Foundation",
        "3 May 2031",
    )
    assert masthead_line("Posted: 3 May 2031 | Orton Borough Council newsroom") == (
        "Orton Borough Council",
        "3 May 2031",
    )


def test_a_dated_posted_by_line_names_the_team_body():
    assert voice_line("Posted 3 May 2031 by the Orton Growth Board communications team") == (
        "Orton Growth Board",
        "",
    )


def test_a_second_body_a_person_or_a_byline_leaves_the_line():
    assert masthead_line("Dunholt Care Trust | Orton City Council") is None
    assert masthead_line("Dunholt Care Trust | Maria Castell") is None
    assert masthead_line("Dunholt Care Trust | by Maria Castell") is None
    assert masthead_line("1. Dunholt Care Trust | Small grants") is None


def test_our_service_under_a_sections_masthead_is_run_by_the_body():
    seed = extract_text(
        'Case study: "They came the next day"\n'
        "Dunholt Care Trust | Our impact | Stories\n\n"
        "When Mr K first called our helpline his heating had been off for a week. "
        "Our Cosy Homes service sent an adviser the next morning.\n\n"
        "We set up the Cosy Homes service in 2029 with funding from the Orton Foundation.\n"
    )
    assert ("Dunholt Care Trust", "Cosy Homes") in pairs(seed, "RUNS")
