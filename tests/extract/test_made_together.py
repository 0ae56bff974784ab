"""Working together told by what was made together: a maker after "by" and whom it
made the thing with ("run by A with nurses from B": rules/made_with.py), subjects
who announce a joint thing ("A and B have announced a joint programme":
collaboration.joint_work), founders in the "-ing" form ("Jo Tern is setting up a
school with B": rules/founders.py), and two bodies that wrote one report
(shared_work.py). Near misses must give nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import together


@pytest.mark.parametrize(
    ("text", "maker", "partner"),
    [
        ("The first aid tent was run by Dalby Scouts with medics from Orton Ambulance "
         "Service.", "Dalby Scouts", "Orton Ambulance Service"),
        ("Our new money guide was written by Fenby Advice with Kelby Credit Union.",
         "Fenby Advice", "Kelby Credit Union"),
        ("The sensory garden was designed by Marlby Growers with pupils from Tarn Lane "
         "School.", "Marlby Growers", "Tarn Lane School"),
        ("A weekly chat over tea, led by Hove Carers Circle with nurse Ada Foss of Orton "
         "Medical Group.", "Hove Carers Circle", "Ada Foss"),
    ],
)  # fmt: skip
def test_a_maker_and_who_it_made_the_thing_with_worktogether(text, maker, partner):
    assert (maker, partner) in together(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "The youth club is run by Fenby Advice with funding from Kelby Trust.",
        "The café is run by Fenby Advice with support from Kelby Trust.",
        "The fun run was organised by Fenby Advice with Kelby Trust.",
        "The hall was built by Fenby Builders in 1960 with Kelby Trust's money.",
    ],
)
def test_money_help_and_co_organisers_are_not_read_as_made_with(text):
    assert ("Fenby Advice", "Kelby Trust") not in together(text + "\n")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Kelby Trust and the Orton Foundation have announced a joint £2 million "
         "programme, Green Villages, for parish groups.", "Kelby Trust", "Orton Foundation"),
        ("Dalby Advice and Fenby Food Bank will launch a joint appeal for winter coats.",
         "Dalby Advice", "Fenby Food Bank"),
        ("Fenby Council and Dalby Homes have agreed a joint plan for the Moor estate.",
         "Fenby Council", "Dalby Homes"),
    ],
)  # fmt: skip
def test_subjects_of_a_joint_thing_worktogether(text, a, b):
    assert (a, b) in together(text + "\n")


def test_joint_as_a_body_part_gives_nothing():
    text = "Kelby Trust and Orton Advice both run classes for joint pain in older people.\n"
    assert ("Kelby Trust", "Orton Advice") not in together(text)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Chef Ada Foss is setting up a cookery school with Dalby College.", "Ada Foss",
         "Dalby College"),
        ("Kelby Trust and Orton Advice are setting up a repair café in the old library.",
         "Kelby Trust", "Orton Advice"),
    ],
)  # fmt: skip
def test_founders_told_in_the_ing_form_worktogether(text, a, b):
    assert (a, b) in together(text + "\n")


def test_setting_without_up_gives_nothing():
    text = "Kelby Trust is setting tables in the hall with Dalby College this week.\n"
    assert ("Kelby Trust", "Dalby College") not in together(text)


def test_two_bodies_that_wrote_one_report_worktogether():
    text = (
        "New report: Warm Rooms\n"
        "Today the Kelby Housing Forum published Warm Rooms, a report on damp in rented "
        "homes. The report was written by the Kelby Housing Forum and the University of "
        "Fenby.\n"
    )
    assert ("Kelby Housing Forum", "University of Fenby") in together(text)


def test_a_publisher_and_an_author_alone_are_not_coauthors():
    text = (
        "New report: Warm Rooms\n"
        "Today the Kelby Housing Forum published Warm Rooms, a report on damp in rented "
        "homes. The report was written by the University of Fenby.\n"
    )
    assert ("Kelby Housing Forum", "University of Fenby") not in together(text)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The webinar shares findings from a year-long study by the Kelby Housing Forum "
         "and Dalby University.", "Kelby Housing Forum", "Dalby University"),
        ("Read the new report by Kelby Trust, Fenby Advice and Orton Carers on hidden "
         "poverty.", "Fenby Advice", "Orton Carers"),
    ],
)  # fmt: skip
def test_bodies_listed_as_makers_of_one_written_work_worktogether(text, a, b):
    assert (a, b) in together(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "The talk by Kelby Trust and Fenby Advice was well attended.",
        "A study by Kelby Trust found that Fenby Advice saw more visitors.",
    ],
)
def test_a_talk_by_two_or_a_study_by_one_gives_nothing(text):
    assert ("Kelby Trust", "Fenby Advice") not in together(text + "\n")
