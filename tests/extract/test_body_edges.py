"""Where an organisation's name starts and ends, and when a word is no body at
all: small made-up write-ups, one kind of fault each (phase 10)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def orgs(text: str) -> set[str]:
    return {name for kind, name in entities(text) if kind == "Organisation"}


# ------------------------------------------- a body's head word alone, after "the"


def test_the_head_word_alone_is_the_body_named_with_it():
    text = (
        "The plan answers the Brindle Volunteering Taskforce, which brought together "
        "charities and clinicians. The Taskforce published its findings in May."
    )
    assert orgs(text) == {"Brindle Volunteering Taskforce"}


def test_the_head_word_alone_with_no_body_named_with_it_is_no_body():
    text = "Orley Care opened a garden. Ann Vole was met at the Hospice by its chair, Bo Reed."
    assert "Hospice" not in orgs(text)


# ------------------------------------------- a body's publication, a kind of body


def test_a_body_s_newsletter_names_the_body():
    text = "Healthwatch Orley Newsletter – 16 May 2021\n\nWe asked our members what they think."
    assert orgs(text) == {"Healthwatch Orley"}


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "KCLT Update\n\nKCLT Update\nI am delighted to report that Kelby College has "
            "agreed to take part in the competition set by the trust.",
            "KCLT",
        ),
        (
            "Spring news\n\nWhat is inside: DVT News - Project Updates & Events. "
            "Kelby Hall receives award.",
            "DVT",
        ),
        ("The latest FVA Bulletin is out now, with news of our members.", "FVA"),
        ("Foo Trust Gazette\n\nWe thank our volunteers for a busy year.", "Foo Trust"),
    ],
)
def test_a_newsletter_under_a_body_s_letters_names_the_body(text, body):
    # "KCLT Update", "DVT News": a short form in capitals before a word for a
    # newsletter is the body whose newsletter it is, not a body "KCLT Update"
    assert body in orgs(text)
    assert not any(name.startswith(body + " ") for name in orgs(text))


def test_an_update_under_a_kind_of_body_names_no_body():
    # an update is cut off only after a body's letters: "Kelby Sports Partnership
    # Update" is a kind of body's update, which names no body "Kelby Sports Partnership"
    text = (
        "Kelby Sports Partnership Update – 11th April 2031\n\n"
        "Staffing update from KSP Board Chair, Jane Doe\n\n"
        "We thank our Director, Ann Vole, for her work."
    )
    assert "Kelby Sports Partnership" not in orgs(text)


def test_a_council_for_voluntary_service_unnamed_is_a_kind_not_a_body():
    text = "The minister chaired a round table at the local Council for Voluntary Services."
    assert orgs(text) == set()


# ------------------------------------------- a possessive between a body and its part


def test_a_body_s_council_of_governors_is_no_body_of_its_own():
    text = "The Brindle Valley Trust’s Council of Governors made the appointment on Monday."
    assert orgs(text) == {"Brindle Valley Trust"}


def test_an_opening_quote_typed_for_an_apostrophe_is_read_as_one():
    text = "The Brindle Valley Trust‘s Council of Governors made the appointment on Monday."
    assert orgs(text) == {"Brindle Valley Trust"}


# ------------------------------------------- an award, a count, a possessive, a number


def test_an_award_of_the_year_with_its_head_word_is_no_body():
    text = (
        "The team has been shortlisted at the Orley Journal Awards, "
        "for KNJ Partnership of the Year Award."
    )
    assert orgs(text) == set()


def test_a_number_word_counting_a_plural_noun_opens_no_name():
    text = "Two Kelby Advice workers are now based at the food bank on Mill Lane."
    assert orgs(text) == {"Kelby Advice"}


def test_a_possessive_owning_no_noun_belongs_to_the_name():
    text = "Grants went to Thornleigh’s, Orley Aid and Kelby Scouts Trust this year."
    assert "Thornleigh's" in orgs(text)


def test_a_word_a_number_opens_starts_a_name():
    text = "The grants went to:\n- 7Stars Sight Support\n- Orley Hospice Care\n"
    assert "7Stars Sight Support" in orgs(text)


# ------------------------------------------- names joined by "and"


def test_a_body_named_for_a_place_then_and_then_a_second_body_are_two():
    text = (
        "It marks a new chapter in the relationship between the University of Malton "
        "and Thirsk County Council."
    )
    assert {"University of Malton", "Thirsk County Council"} <= orgs(text)
    assert not any(" and " in name for name in orgs(text))


def test_two_places_then_a_foundation_trust_by_its_letters_are_one_body():
    text = "Sue Lane, chair of Selby and Malton Teaching Hospitals FT, will chair the board."
    assert "Selby and Malton Teaching Hospitals FT" in orgs(text)


# ------------------------------------------- words of a job title, an honour, a style


def test_the_last_word_of_a_title_is_no_body():
    text = (
        "The reception was sponsored by Jo Bell MP, former Secretary of State for Health. "
        "Orley Aid welcomed Tom Reed as Guest of Honour."
    )
    assert orgs(text) == {"Orley Aid"}


def test_the_field_of_a_job_title_is_no_body():
    text = "Orley Borough Council's leader met Ben and Resources Manager Amy Lyle at the depot."
    assert "Resources" not in orgs(text)


def test_a_style_cut_at_its_full_stops_is_no_body():
    text = "The event was hosted by Jo Bell MP and The Rt. Hon. Tom Reed MP at the hall."
    assert orgs(text) == set()


def test_a_compass_word_then_and_then_a_compass_word_and_place_are_one_area():
    text = "The partnership includes Orley Hospice as well as NHS Mid and South Malton."
    assert "NHS Mid and South Malton" in orgs(text)


def test_a_body_of_a_nation_after_its_own_head_word_is_one_name():
    text = "He is a member of the Royal College of Dentists of Ireland, and of Orley Aid."
    assert orgs(text) == {"Royal College of Dentists of Ireland", "Orley Aid"}


def test_a_body_s_name_without_the_place_it_serves_is_the_body():
    text = (
        "Orley Museum is celebrating after Heritage Board Kendal agreed to support it. "
        "The Heritage Board said it was pleased."
    )
    assert orgs(text) == {"Orley Museum", "Heritage Board Kendal"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("All Party Parliamentary Group for Unpaid Carers: spring update\n\nLast week the All"
         " Party Parliamentary Group (APPG) for Unpaid Carers met ministers. Ada Brook MP, chair"
         " of the APPG, spoke.", "All Party Parliamentary Group for Unpaid Carers"),
        ("Westshire Partnership Board for Older People: annual review\n\nThe Westshire"
         " Partnership Board (WPB) for Older People met in May. Sam Keel, vice chair of the WPB,"
         " opened the meeting.", "Westshire Partnership Board for Older People"),
    ],
)  # fmt: skip
def test_a_name_with_its_letters_in_brackets_inside_it_is_one_body(text, body):
    # "Foo Group (FG) for Bar" is cut at the brackets; it is "Foo Group for Bar"
    orgs = {name for kind, name in entities(text) if kind == "Organisation"}
    assert orgs == {body}
