"""Capitalised phrases that are no body: a care service or a hospital's field named
as a post's field, ... Small made-up write-ups, one kind each (round 13)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def orgs(text: str) -> set[str]:
    return {name for kind, name in entities(text) if kind == "Organisation"}


def no_body_beside(text: str, name: str, body: str = "Orley Aid") -> None:
    """On a short news page of `text`, `name` is no organisation and `body`, the
    real one beside it, still is."""
    found = orgs("News from Westmoor\n\n" + text)
    assert name not in found
    assert body in found


# ------------------------------------------- a field of care after a post


@pytest.mark.parametrize(
    ("text", "field", "body"),
    [
        ("Tom Reed, Director of Patient Services, welcomed the guests at Orley Hospice.",
         "Patient Services", "Orley Hospice"),
        ('Sam Hill, Clinical Lead for End of Life Care, Orley CCG, said: "We are glad."',
         "End of Life Care", "Orley CCG"),
        ("Ada Brook, Head of Maternity and Early Years, Westmoor Hospital, opened the ward.",
         "Maternity and Early Years", "Westmoor Hospital"),
        ("Amy Lyle, Head of Culture and Creative Industries, Westmoor Council, spoke first.",
         "Culture and Creative Industries", "Westmoor Council"),
    ],
)  # fmt: skip
def test_a_field_of_care_after_a_post_is_no_body(text, field, body):
    found = orgs(text)
    assert field not in found
    assert body in found


# ------------------------------------------- a part of a body named by its field


@pytest.mark.parametrize(
    ("text", "unit", "body"),
    [
        ("Patients were seen in the Emergency Department at Westmoor Hospital.",
         "Emergency Department", "Westmoor Hospital"),
        ("Nurses in the Women and Children's Division at Westmoor Hospitals NHS Trust agreed.",
         "Women and Children's Division", "Westmoor Hospitals NHS Trust"),
        ("It could mean joining up with the University's Economics Department. "
         "Orley University agreed.", "Economics Department", "Orley University"),
        ("Patients were seen in the Emergency Department and Critical Care at Westmoor Hospital.",
         "Critical Care", "Westmoor Hospital"),
    ],
)  # fmt: skip
def test_a_part_of_a_body_named_by_its_field_is_no_body(text, unit, body):
    found = orgs(text)
    assert unit not in found
    assert body in found


def test_a_body_named_after_its_field_head_first_is_kept():
    text = "Orley Aid met the Department for Westshire Affairs and the Care Services Directorate."
    assert "Department for Westshire Affairs" in orgs(text)


# ------------------------------------------- a talk's title in quotes


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Orley Aid ran a workshop on ‘Tenant Voice in a Small Housing Association’ in May.",
         "Tenant Voice in a Small Housing Association"),
        ("Ada Brook led a session on ‘Building a Better Housing Association’ for Orley Aid.",
         "Building a Better Housing Association"),
        ("Tom Reed of Orley Aid gave a talk, 'Growing the Westmoor Community Trust', at noon.",
         "Growing the Westmoor Community Trust"),
    ],
)  # fmt: skip
def test_a_talk_s_quoted_title_is_no_body(text, title):
    no_body_beside(text, title)


# ------------------------------------------- a clause opened by a verb before a name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ada Brook said: “Joining the Westmoor and Orley University Hospitals is an honour.”",
         "Westmoor and Orley University Hospitals"),
        ("“Leading the Kelby Hospice Trust was a privilege,” said Tom Reed.",
         "Kelby Hospice Trust"),
    ],
)  # fmt: skip
def test_a_verb_opening_a_quoted_clause_is_not_the_body_s_first_word(text, body):
    found = orgs("News from Westmoor\n\n" + text)
    assert found == {body}


# ------------------------------------------- a preposition opening a sentence before a place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Across Rutland, £20,000 has been awarded to 48 groups by Orley Aid.", "Rutland"),
        ("Across Kendal, Orley Aid gave grants to 20 groups.", "Kendal"),
    ],
)
def test_a_preposition_opening_a_sentence_is_no_part_of_the_place(text, place):
    found = entities("News from Orley Aid\n\n" + text)
    assert ("Place", place) in found
    assert {n for _, n in found} == {"Orley Aid", place}


# ------------------------------------------- the people of a body, named in title case


@pytest.mark.parametrize(
    ("text", "group", "body"),
    [
        ("Carers met the Trustees of Orley Aid in May.", "Trustees of Orley Aid", "Orley Aid"),
        ("The Governors of Kelby Academy thanked Orley Aid.", "Governors of Kelby Academy",
         "Kelby Academy"),
        ("Ada Brook is one of the Fellows of the Royal Society of Westmoor.",
         "Fellows of the Royal Society of Westmoor", "Royal Society of Westmoor"),
    ],
)  # fmt: skip
def test_the_people_of_a_body_are_no_body_the_body_is(text, group, body):
    no_body_beside(text, group, body)


def test_members_of_a_generic_body_are_no_body():
    text = "The Trustees for the Charity thanked Orley Aid and Members of Parliament."
    assert orgs("News from Westmoor\n\n" + text) == {"Orley Aid"}


# ------------------------------------------- the letters of a term in lower case


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Tackling anti-social behaviour (ASB) is hard. To help tackle ASB, Orley Homes "
         "and Kelby Police signed an agreement.", "ASB"),
        ("Adverse childhood experiences (ACEs) harm children. Orley Homes trains staff "
         "on ACEs with Kelby Police.", "ACEs"),
        ("Orley Homes works with local authorities (LAs) and Kelby Police. LAs fund it.", "LAs"),
    ],
)  # fmt: skip
def test_the_letters_of_a_term_are_no_entity(text, letters):
    found = {n for _, n in entities("News from Westmoor\n\n" + text)}
    assert letters not in found
    assert {"Orley Homes", "Kelby Police"} <= found


def test_the_letters_of_a_capitalised_name_are_the_body_s():
    text = "Orley Housing Trust (OHT) and Kelby Police met. OHT said it was glad."
    found = {n for _, n in entities("News from Westmoor\n\n" + text)}
    assert "Orley Housing Trust" in found


# ------------------------------------------- a body's name without its place, later


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        ("The awards were hosted by the Volunteer Centre Kendal at the Orley Hotel. Ada Brook, "
         "Co-ordinator at the Volunteer Centre, said it went well.",
         "Volunteer Centre Kendal", "Volunteer Centre"),
        ("Orley Aid works with the Carers Centre Kendal on the scheme. Ada Brook, Manager at "
         "the Carers Centre, said it went well.", "Carers Centre Kendal", "Carers Centre"),
        ("Orley Aid works with the Youth Hub Kendal on the scheme. Ada Brook, Manager at "
         "the Youth Hub, said it went well.", "Youth Hub Kendal", "Youth Hub"),
    ],
)  # fmt: skip
def test_a_body_named_later_without_its_place_is_the_same_body(text, body, short):
    found = orgs("News from Westmoor\n\n" + text)
    assert body in found
    assert short not in found


# ------------------------------------------- a plural group after a body's letters


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Guests included OHT Trustees; OHT Research Fellows; staff of Orley Aid.",
         "OHT Research Fellows"),
        ("Community Foundations across the UK have given £1bn. Orley Aid gave £2m.",
         "Community Foundations"),
    ],
)  # fmt: skip
def test_a_plural_group_is_no_body(text, group):
    no_body_beside(text, group)


# ------------------------------------------- a team of a body, named in title case


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Please contact the CVS Team. Orley Aid supports local groups.", "CVS Team"),
        ("Officers who are part of the OHT Executive Team met Orley Aid.", "OHT Executive Team"),
        ("The Trust Communications Team thanked Orley Aid for the photos.",
         "Trust Communications Team"),
    ],
)  # fmt: skip
def test_a_team_of_a_body_is_no_body(text, team):
    no_body_beside(text, team)


# ------------------------------------------- the area of an office


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brook, Labour Councillor for the Castle Ward, joined Orley Aid.",
        "Tom Reed, Councillor for Kendal, opened the hub of Orley Aid.",
    ],
)
def test_the_area_of_a_councillor_is_no_entity(text):
    found = {n for _, n in entities("News from Westmoor\n\n" + text)}
    assert not found & {"Castle Ward", "Kendal"}
    assert "Orley Aid" in found


# ------------------------------------------- a kind of thing after "a"/"an"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Orley Homes turned the old bank into an Urban Care Centre as part of a scheme.",
         "Urban Care Centre"),
        ("The hall will become a Community Wellbeing Hub, said Orley Homes.",
         "Community Wellbeing Hub"),
        ("Last year Orley Homes became a Community Interest Company.",
         "Community Interest Company"),
    ],
)  # fmt: skip
def test_a_kind_of_thing_after_a_is_no_name(text, kind):
    found = {n for _, n in entities("News from Westmoor\n\n" + text)}
    assert kind not in found
    assert "Orley Homes" in found


def test_a_name_before_a_noun_after_a_is_still_a_name():
    found = orgs("News from Westmoor\n\nAda Brook is a Kelby Carers Trust volunteer.")
    assert "Kelby Carers Trust" in found
