"""A masthead's label ("Blog", "News", "Training and events") beside a name makes
the name the page's own body even when it ends in no body word ("Ayton Youth
Project", "Speak Easy Dunholt"), so the page's "our" programmes and staff are its;
a newspaper or a person beside a label is no body. A body a masthead or a title's
label names stays an organisation though its words read as a project's or a
person's elsewhere in the page."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.masthead_lines import body_over_label, masthead_line
from tests.extract.reading import pairs


def test_a_labelled_masthead_names_a_body_with_no_body_word():
    assert masthead_line("Blog | Ayton Youth Project | 3 May 2031") == (
        "Ayton Youth Project",
        "3 May 2031",
    )
    assert masthead_line("Speak Easy Dunholt | Training and events") == ("Speak Easy Dunholt", "")
    assert masthead_line("News | University of Orton | 9 June 2031") == (
        "University of Orton",
        "9 June 2031",
    )


def test_a_paper_or_a_person_beside_a_label_is_no_body():
    assert masthead_line("Orton Weekly | News | 2 June 2031") is None
    assert masthead_line("News | Kelby Gazette | 2 June 2031") is None
    assert masthead_line("Blog | Maria Castell | 2 June 2031") is None


def test_our_programme_under_a_labelled_masthead_is_the_bodys():
    seed = extract_text(
        "Why the evenings matter\n"
        "Blog | Ayton Youth Project | 3 May 2031\n\n"
        "This spring we opened our Late Doors drop-in on Friday nights at the Ayton "
        "Pavilion. Our youth worker, Jo Tern, runs the sessions with two volunteers.\n"
    )
    kinds = {e["name"]: e["type"] for e in seed["entities"]}
    assert kinds.get("Ayton Youth Project") == "Organisation"
    assert ("Jo Tern", "Ayton Youth Project") in pairs(seed, "WORKS_FOR")


def test_a_title_naming_a_body_over_a_label_is_the_pages_body():
    assert body_over_label("Orton Watch Dunholt", "Annual Report 2031-32") == "Orton Watch Dunholt"
    assert body_over_label("Orton Players Trust", "Members' newsletter - May 2031") == (
        "Orton Players Trust"
    )
    assert body_over_label("Orton Folk Festival", "Annual Report 2031") is None  # an event
    assert body_over_label("PRESS RELEASE", "For immediate release: 3 May 2031") is None
    assert body_over_label("Orton Watch Dunholt", "A busy spring for volunteers") is None


def test_staff_of_a_titled_body_are_its():
    seed = extract_text(
        "Orton Watch Dunholt\n"
        "Annual Report 2031-32\n\n"
        "This year our team heard from 900 local people about their care. "
        "Our manager, Jo Tern, led the visits to four care homes.\n"
    )
    kinds = {e["name"]: e["type"] for e in seed["entities"]}
    assert kinds.get("Orton Watch Dunholt") == "Organisation"
    assert ("Jo Tern", "Orton Watch Dunholt") in pairs(seed, "WORKS_FOR")
