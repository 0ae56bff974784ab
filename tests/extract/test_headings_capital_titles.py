"""A page titled with a body's name alone in capitals over a line labelling the page
("ORTON HOSPICE" over "QUALITY ACCOUNT 2031/32", "FENBY YOUTH" over "Annual Report
2031-32") is that body's page: the body is an organisation though no other line
names it, and the page's "our" staff are the body's. A title in capitals naming a
report, a newsletter, a label, an event or a person is no body; nor is one over a
line that labels nothing, opens with an article or names another body. A title's
body may end in a legal form written in lower case ("Orton Energy plc -
Sustainability Report 2031")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.masthead_lines import body_over_label, titled_body
from tests.extract.reading import pairs


def test_a_name_in_capitals_over_a_label_is_the_pages_body():
    assert body_over_label("ORTON HOSPICE", "QUALITY ACCOUNT 2031/32") == "ORTON HOSPICE"
    assert body_over_label("CHURCHES TOGETHER IN FENBY", "Spring Newsletter") == (
        "CHURCHES TOGETHER IN FENBY"
    )


def test_a_name_in_capitals_is_read_as_the_page_spells_it():
    rest = ["Chair's foreword", "This was a year of growing up for Fenby Youth."]
    assert body_over_label("FENBY YOUTH", "Annual Report 2031-32", rest) == "Fenby Youth"


def test_a_title_in_capitals_naming_no_body_is_none():
    assert body_over_label("ORTON TOWN CENTRE FRAMEWORK", "Stage 1 Engagement Report") is None
    assert body_over_label("ORTON HEALTHY LIVES BULLETIN", "Issue 27, June 2031") is None
    assert body_over_label("ORTON FOLK FESTIVAL", "Annual Report 2031") is None
    assert body_over_label("PRESS RELEASE", "For immediate release: 3 May 2031") is None
    assert body_over_label("ADA FOSS", "Annual Report 2031") is None
    assert body_over_label("FENBY YOUTH", "A busy spring for volunteers") is None


def test_a_newsletters_name_in_capitals_is_no_body():
    assert body_over_label("HOME FRONT", "The newsletter for Orton Homes tenants") is None
    assert (
        body_over_label(
            "GIVING MATTERS", "News for donors | Orton Community Foundation | Winter 2031"
        )
        is None
    )
    assert body_over_label("MEET THE TRUSTEE", "Our new series on the people of our board") is None


def test_staff_of_a_body_titled_in_capitals_are_its():
    seed = extract_text(
        "FENBY YOUTH\n"
        "Annual Report 2031-32\n\n"
        "This has been a year of growing up for Fenby Youth. Our youth work manager, "
        "Jo Tern, and his team kept the clubs open.\n"
    )
    kinds = {e["name"]: e["type"] for e in seed["entities"]}
    assert kinds.get("Fenby Youth") == "Organisation"
    assert ("Jo Tern", "Fenby Youth") in pairs(seed, "WORKS_FOR")


def test_a_titled_body_may_end_in_a_lower_case_legal_form():
    assert titled_body("Orton Energy plc - Sustainability Report 2031") == "Orton Energy plc"
    assert titled_body("Orton Energy pilot - Sustainability Report 2031") is None
