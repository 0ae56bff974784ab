"""Funders credited in other ways than a grant to a named grantee: money paid for a
part of what the write-up is about ("Foo paid for the new benches", "the refit was
paid for by Foo", "Foo sponsored the medals": rules/paid_things.py); "funded by a
grant from Foo" (rules/agent_ends.grant_from_agents); "Funding came from Foo"
(paid_things.money_came_from); "Thanks to support from Foo, the route ..."
(funding_ends.opening_thing). Made-up bodies and wording."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "FUNDED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orchard saved\n\nKelby Green Trust, a small charity, has replanted the old "
            "orchard behind the church. Volunteers worked over three weekends. Fenby Council "
            "paid for the young trees.",
            {("Fenby Council", "Kelby Green Trust")},
        ),
        (
            "Youth club moves\n\nTarn Youth Club has moved into the old library. Leader Ada "
            "Foss thanked Ridley Round Table, which paid for the new pool table.",
            {("Ridley Round Table", "Tarn Youth Club")},
        ),
        (
            "Club saved\n\nMarsh Lane Lunch Club is to stay open. Ashby Parish Council will "
            "continue to pay for heating and lighting.",
            {("Ashby Parish Council", "Marsh Lane Lunch Club")},
        ),
        (
            "Fun run success\n\nHundreds of runners took part in the Kelby Harbour Fun Run "
            "on Sunday. Local firm Penrose Bakery sponsored the finishers' medals.",
            {("Penrose Bakery", "Kelby Harbour Fun Run")},
        ),
        (
            "Helpline hours\n\nFenby Money Line, a free advice service, now opens on "
            "Saturdays. The extra hours are paid for by Ridley District Council.",
            {("Ridley District Council", "Fenby Money Line")},
        ),
        (
            "Minibus\n\nDale Road Lunch Club has a new minibus. The Orwin Trust covered the "
            "cost of the vehicle.",
            {("Orwin Trust", "Dale Road Lunch Club")},
        ),
    ],
)
def test_money_paid_for_a_part_funded_what_the_page_is_about(text, expected):
    assert _funded(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person paying is no funder
        "Hall saved\n\nMarsh Lane Hall is to stay open. Jo Tern paid for the new curtains.",
        # help that may not be money
        "Clean-up\n\nKelby Anglers cleared the riverbank on Sunday. The clean-up was backed "
        "by Ridley Round Table.",
        # the body spending another's grant pays with that money, not its own
        "Van\n\nDale Road Lunch Club has opened. Separately, Fenby Food Bank is using a grant "
        "from the Orwin Trust to pay for a van.",
        # paying a tribute, or being paid
        "Tribute\n\nKelby Green Trust has closed. Fenby Council paid tribute to its volunteers.",
    ],
)
def test_no_funder_for_near_misses(text):
    got = _funded(text)
    assert ("Jo Tern", "Marsh Lane Hall") not in got
    assert ("Ridley Round Table", "Kelby Anglers") not in got
    assert ("Fenby Food Bank", "Dale Road Lunch Club") not in got
    assert ("Fenby Council", "Kelby Green Trust") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Youth club\n\nTarn Youth Club meets on Fridays in Ridley. The club is funded by "
            "a £4,000 grant from the Orwin Trust.",
            {("Orwin Trust", "Tarn Youth Club")},
        ),
        (
            "Drop-in\n\nFenby Carers Group has started a Monday drop-in. The drop-in is paid "
            "for by a grant to the group from Ashby Borough Council.",
            {("Ashby Borough Council", "Fenby Carers Group")},
        ),
        (
            "Fun day\n\nThe Kelby Summer Fun Day took place in Kelby Park on Saturday. "
            "Funding came from the Pell Foundation.",
            {("Pell Foundation", "Kelby Summer Fun Day")},
        ),
        (
            "Advice hub\n\nRidley Advice Hub opened in March. Most of the money came from "
            "Fenby Council and the Orwin Trust.",
            {("Fenby Council", "Ridley Advice Hub"), ("Orwin Trust", "Ridley Advice Hub")},
        ),
        (
            "Society news\n\nKelby Civic Society has opened a new walk. Kelby Civic "
            "Society's funding comes from Fenby Council.",
            {("Fenby Council", "Kelby Civic Society")},
        ),
        (
            "Fair\n\nThe Kelby Summer Fair took place on the green on Saturday. Thanks to "
            "support from Fenby Town Council, the stalls were free for local groups.",
            {("Fenby Town Council", "Kelby Summer Fair")},
        ),
    ],
)
def test_money_from_a_body_funded_what_the_page_is_about(text, expected):
    assert _funded(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # money for a thing the page does not name: no tie to the page's event
        "Roundtable\n\nFenby Council held a roundtable on housing on Monday. Funding for "
        "the second stage comes from the Orwin Trust.",
        # an idea, not money
        "Roundtable\n\nFenby Council held a roundtable on housing on Monday. The idea came "
        "from the Orwin Trust.",
        # building work is never the event's
        "Fair\n\nThe Kelby Summer Fair took place on Saturday. Fenby Council paid for "
        "repairs to the roof.",
    ],
)
def test_no_funding_of_the_page_event_for_near_misses(text):
    got = _funded(text)
    assert ("Orwin Trust", "Fenby Council") not in got
    assert not {to for _, to in got} & {"Roundtable on housing", "Kelby Summer Fair"}


@pytest.mark.parametrize(
    "label",
    ["Funder: Orwin Trust", "Funded by: Orwin Trust", "Funders: Orwin Trust and Fenby Council"],
)
def test_a_funder_label_line_under_a_project_funded_it(label):
    text = (
        "Ridley Tree Project\n\nThe Ridley Tree Project plants trees along the footpaths of "
        f"Ridley.\n\n{label}\n"
    )
    assert ("Orwin Trust", "Ridley Tree Project") in _funded(text)


def test_a_funder_label_under_a_project_named_only_in_the_title_funded_it():
    # the title's project is the page's first mention: its id (0) is still a target
    text = (
        "Green Lanes Project\n\nThe project plants trees along the footpaths of Ridley."
        "\n\nFunder: Orwin Trust\n"
    )
    assert ("Orwin Trust", "Green Lanes Project") in _funded(text)


def test_a_label_of_another_kind_gives_no_funder():
    text = (
        "Ridley Tree Project\n\nThe Ridley Tree Project plants trees along the footpaths of "
        "Ridley.\n\nContact: Orwin Trust\n"
    )
    assert not _funded(text)


def test_a_body_s_own_budget_named_after_by_is_the_body_s_money():
    text = (
        "Warm homes\n\nAshby Borough Council has chosen Ridley Energy Trust to deliver its "
        "Warm Homes Scheme. The scheme is funded by the council's public health budget."
    )
    assert ("Ashby Borough Council", "Warm Homes Scheme") in _funded(text)


def test_a_body_s_staff_named_after_by_are_no_money():
    text = (
        "Warm homes\n\nAshby Borough Council has launched the Warm Homes Scheme. The scheme "
        "is delivered by the council's energy team."
    )
    assert not _funded(text)


def test_a_grant_to_a_local_branch_goes_to_the_body():
    text = (
        "Grants announced\n\nThe Orwin Trust has awarded grants to four groups in Ridley. "
        "One award went to the Ayton branch of Kelby Carers Trust, which runs a lunch club."
    )
    assert ("Orwin Trust", "Kelby Carers Trust") in _funded(text)


def test_the_project_in_focus_received_the_grant():
    text = (
        "Memories project\n\nThe Dockside Voices Project is led by Ridley Civic Society. The "
        "project has received a grant of £30,000 from the Orwin Trust."
    )
    assert ("Orwin Trust", "Dockside Voices Project") in _funded(text)


def test_grantees_counted_first_are_the_names_the_next_sentences_open_with():
    text = (
        "Youth grants\n\nThree youth groups in Ridley have been awarded a share of £90,000 by "
        "the Orwin Trust. Ridley Young Carers, run by Fenby Voluntary Action, will offer "
        "breaks. Ashby Boxing Club will open on Sundays. The Tarn Street Kitchen initiative "
        "will teach cooking. Jo Tern, who chairs the trust, said the panel met in May."
    )
    got = _funded(text)
    assert ("Orwin Trust", "Ashby Boxing Club") in got
    assert ("Orwin Trust", "Tarn Street Kitchen") in got
    assert ("Orwin Trust", "Fenby Voluntary Action") not in got


def test_a_count_of_other_things_names_no_grantees():
    text = (
        "Youth grants\n\nThree staff at Ridley Young Carers have been given awards by the "
        "Orwin Trust. Ashby Boxing Club will open on Sundays."
    )
    assert ("Orwin Trust", "Ashby Boxing Club") not in _funded(text)


def test_money_for_what_the_opening_body_made_is_not_the_body_s():
    text = (
        "Trail opens\n\nRidley Civic Society has created the Old Mill Trail with two museums. "
        "The trail links six sites. Funding came from Fenby Council."
    )
    assert ("Fenby Council", "Ridley Civic Society") not in _funded(text)


def test_a_body_speaking_after_a_count_of_grantees_is_no_grantee():
    text = (
        "Grants\n\nTwo groups in Ridley have received £5,000 each from the Orwin Trust. "
        "Fenby Council said it was delighted. Ashby Boxing Club will open on Sundays."
    )
    got = _funded(text)
    assert ("Orwin Trust", "Fenby Council") not in got
    assert ("Orwin Trust", "Ashby Boxing Club") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hub grant\n\nKelby Wellbeing Hub has been offered a grant of £12,000 by the Orwin "
            "Trust.",
            {("Orwin Trust", "Kelby Wellbeing Hub")},
        ),
        (
            "Hub grant\n\nThe Orwin Trust has offered Kelby Wellbeing Hub a grant of £12,000.",
            {("Orwin Trust", "Kelby Wellbeing Hub")},
        ),
        (
            "Choir\n\nFenby Choir is supported by the Orwin Trust and Fenby Council.",
            {("Orwin Trust", "Fenby Choir"), ("Fenby Council", "Fenby Choir")},
        ),
        ("Hub\n\nFenby Council offered Kelby Wellbeing Hub the use of its hall.", set()),
        ("Hub\n\nKelby Wellbeing Hub was offered a tour by Fenby Council.", set()),
    ],
)
def test_offers_of_money_and_music_groups(text, expected):
    assert _funded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hub\n\nThe Tarn Hub is a community project funded by Fenby Council.",
            {("Fenby Council", "Tarn Hub")},
        ),
        (
            "Hub\n\nThe Tarn Hub is a partnership project, jointly funded by Fenby Council and "
            "the Orwin Trust.",
            {("Fenby Council", "Tarn Hub"), ("Orwin Trust", "Tarn Hub")},
        ),
        (
            "Hub\n\nMatch funding for the Tarn Hub was provided by Fenby Council.",
            {("Fenby Council", "Tarn Hub")},
        ),
        (
            "Hub\n\nThe Tarn Hub opened in May. The grant was provided by Fenby Council.",
            {("Fenby Council", "Tarn Hub")},
        ),
        (
            "Hub\n\nThe Tarn Hub opened in May. Advice sessions are provided by Fenby Council.",
            set(),
        ),
    ],
)
def test_a_project_described_or_money_provided(text, expected):
    assert _funded(text) == expected


def test_money_through_a_body_s_programme_is_the_body_s_not_the_programme_s():
    text = (
        "Bus service\n\nThe Dalesway bus service returns on Monday. Dalesway is run by Ridley "
        "Community Transport. The service is funded through the Rural Lines Fund, a programme "
        "of the Fenby Combined Authority."
    )
    got = _funded(text)
    assert ("Fenby Combined Authority", "Dalesway") in got
    assert ("Fenby Combined Authority", "Rural Lines Fund") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Society\n\nThe Orwin Trust has renewed its grant to Fenby Civic Society for three "
            "more years.",
            {("Orwin Trust", "Fenby Civic Society")},
        ),
        (
            "Choir\n\nFenby Choir has benefited from the Orwin Trust's small grants scheme.",
            {("Orwin Trust", "Fenby Choir")},
        ),
        ("Society\n\nFenby Council has renewed its lease with Fenby Civic Society.", set()),
        ("Choir\n\nFenby Choir has benefited from the Orwin Trust's advice.", set()),
    ],
)
def test_grants_renewed_and_schemes_benefited_from(text, expected):
    assert _funded(text) == expected
