"""A participle of working together set off by a comma at a sentence's or list
line's end: "Kelby Trust, £9,000 — advice sessions, working with B", "Fenby
Support will train volunteers, working alongside B" (collab_subjects.set_off_doer):
the name the line opens with worked with B. When another name stands between, the
subject the parse gives the clause does the work ("Foo staff will be based at Bar,
working alongside B", "we deliver it for Bar, working with B", "Our caseworker, A,
..., working with B": collab_subjects.participle_doers), not the name nearest
before the comma. All names and sentences made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import together


@pytest.mark.parametrize(
    ("text", "doer", "partner"),
    [
        ("Grants awarded:\n\n1. Kelby Tenants' Federation, £38,000 — door-knocking energy "
         "advice on the estate, working with Fenby Housing Association.",
         "Kelby Tenants' Federation", "Fenby Housing Association"),
        ("Awards:\n\nAyton Law Centre - £60,000 for a benefits caseworker based in GP "
         "surgeries, working with the Orton South Primary Care Network.",
         "Ayton Law Centre", "Orton South Primary Care Network"),
        ("Kelby Bereavement Support will use its grant to train 20 new volunteers, "
         "working alongside Fenby Hospice.", "Kelby Bereavement Support", "Fenby Hospice"),
    ],
)  # fmt: skip
def test_the_line_s_opening_name_worked_with_them(text, doer, partner):
    assert (doer, partner) in together(text + "\n")


def test_a_name_between_keeps_the_opening_name_out():
    text = ("Kelby Trust said the grant to Fenby Youth Club pays for two workers, working "
            "with Orton Academy.")  # fmt: skip
    assert ("Kelby Trust", "Orton Academy") not in together(text + "\n")


@pytest.mark.parametrize(
    ("text", "doer", "partner", "not_doer"),
    [
        ("From 1 May, Kelby Links staff will be based on the wards at Fenby General "
         "Hospital, working alongside discharge teams from Fenby Hospitals NHS Foundation "
         "Trust.", "Kelby Links", "Fenby Hospitals NHS Foundation Trust",
         "Fenby General Hospital"),
        ("Orton Recovery is a charity for people in recovery. In Ayton, we deliver the "
         "Ayton Recovery service under contract to Dalby Borough Council, working alongside "
         "Dalby Coast NHS Foundation Trust.", "Orton Recovery",
         "Dalby Coast NHS Foundation Trust", "Dalby Borough Council"),
        ("Kelby Refugee Welcome annual report\n\nOur caseworker, Ada Foss, helps people "
         "with housing and benefits at Orton Library, working closely with Fenby Council.",
         "Ada Foss", "Fenby Council", "Orton Library"),
    ],
)  # fmt: skip
def test_the_clause_s_subject_worked_with_them_not_the_name_before(text, doer, partner, not_doer):
    found = together(text + "\n")
    assert (doer, partner) in found
    assert (not_doer, partner) not in found
