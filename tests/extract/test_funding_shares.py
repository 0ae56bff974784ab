"""Funding shared out among groups, and passive verbs joined by "and"
(rules/grants.py, agents.py). Fictional bodies; real places only from the
gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import evidence, pairs

FAIR = "# Summer fair returns\n\nThe Kelby Summer Fair 2031 was held on Saturday in Leeds.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Trust is one of 48 groups to share £1m from the Heron Foundation.",
        "Tern Trust was among 30 charities sharing £400,000 from the Heron Foundation.",
        "Tern Trust and Wren Homes will share £30,000 from the Heron Foundation.",
        "Among the groups sharing £2m from the Heron Foundation are Tern Trust and Wren Homes.",
        "Tern Trust will split £9,000 from the Heron Foundation with two other clubs.",
    ],
)
def test_a_group_sharing_money_from_a_funder_was_funded_by_it(sentence):
    seed = extract_text(sentence + "\n")
    assert ("Heron Foundation", "Tern Trust") in pairs(seed, "FUNDED")
    assert evidence(seed, "Heron Foundation", "Tern Trust") == sentence


def test_every_group_named_as_sharing_is_funded():
    seed = extract_text("Tern Trust and Wren Homes will share £30,000 from the Heron Foundation.\n")
    assert pairs(seed, "FUNDED") == {
        ("Heron Foundation", "Tern Trust"),
        ("Heron Foundation", "Wren Homes"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heron Foundation has shared £2m between 40 groups, including Tern Trust.",
        "The Heron Foundation will split £2m among 40 groups such as Tern Trust.",
        "Tern Trust is sharing its hall with Wren Homes, after £3,000 from the Heron Foundation.",
    ],
)
def test_sharing_without_money_received_from_a_named_funder_is_not_funding(sentence):
    seed = extract_text(sentence + "\n")
    assert ("Heron Foundation", "Tern Trust") not in pairs(seed, "FUNDED")
    assert ("Tern Trust", "Heron Foundation") not in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "The festival is sponsored by Plover Water and supported by the Heron Foundation.",
        "The centre, which is run by Tern Trust and funded by the Heron Foundation, opened in May.",
        "The club is managed by Tern Trust and is also funded by the Heron Foundation.",
        "Our cafe was set up by Tern Trust and backed by the Heron Foundation.",
    ],
)
def test_the_second_of_two_passive_verbs_never_points_at_the_first_agent(sentence):
    seed = extract_text(sentence + "\n")
    funded = pairs(seed, "FUNDED")
    assert ("Heron Foundation", "Plover Water") not in funded
    assert ("Heron Foundation", "Tern Trust") not in funded


@pytest.mark.parametrize(
    ("sentence", "funded"),
    [
        (
            "The Kelby Enterprise Fund was created by Tern Trust in 2018 in partnership with "
            "Wren Homes and funded by Plover Water and the Heron Foundation.",
            "Kelby Enterprise Fund",
        ),
        (
            "Tern Family Centre is one of 107 centres which are located throughout the "
            "country and are funded by the Heron Foundation.",
            "Tern Family Centre",
        ),
        (
            "The Kelby Care Service is commissioned and funded by the Heron Foundation.",
            "Kelby Care Service",
        ),
    ],
)
def test_a_passive_verb_joined_to_one_no_cue_reads_points_at_its_subject(sentence, funded):
    got = pairs(extract_text(sentence + "\n"), "FUNDED")
    assert ("Heron Foundation", funded) in got
    assert ("Heron Foundation", "Wren Homes") not in got
    assert ("Heron Foundation", "Tern Trust") not in got


def test_a_verb_joined_to_an_active_one_takes_no_subject_from_it():
    got = pairs(
        extract_text(
            "Tern Trust thanked Wren Homes and funded by the Heron Foundation, it grew.\n"
        ),
        "FUNDED",
    )
    assert ("Heron Foundation", "Tern Trust") not in got


def test_two_passive_verbs_about_the_page_event_both_point_at_it():
    seed = extract_text(
        FAIR + "The fair was sponsored by Plover Water and supported by the Heron Foundation.\n"
    )
    assert pairs(seed, "FUNDED") >= {
        ("Plover Water", "Kelby Summer Fair 2031"),
        ("Heron Foundation", "Kelby Summer Fair 2031"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tern Trust received £5,000 from the Open Doors Fund, which is run by the Heron "
        "Foundation.",
        "The Heron Foundation has launched the Open Doors Fund. Tern Trust received £5,000 "
        "from the Open Doors Fund.",
        "Tern Trust is one of 20 groups to share £90,000 from the Open Doors Fund, managed by "
        "the Heron Foundation.",
    ],
)
def test_money_from_a_programme_is_funding_from_the_body_that_runs_it(text):
    seed = extract_text(text + "\n")
    assert ("Heron Foundation", "Open Doors Fund") in pairs(seed, "RUNS")
    assert ("Heron Foundation", "Tern Trust") in pairs(seed, "FUNDED")
    assert "Tern Trust received" in evidence(seed, "Heron Foundation", "Tern Trust") or (
        "to share" in evidence(seed, "Heron Foundation", "Tern Trust")
    )


def test_money_from_a_fund_nobody_runs_makes_no_other_body_its_funder():
    seed = extract_text(
        "The Heron Foundation opened a cafe. Tern Trust received £5,000 from the Open Doors "
        "Fund last year.\n"
    )
    assert ("Heron Foundation", "Tern Trust") not in pairs(seed, "FUNDED")


PAGE = "---\nurl: https://ternheritage.org.uk/news/chapel-grant\n---\n\n# Chapel grant\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "We have recently received a £9,000 grant from the Heron Foundation.",
        "We will receive £9,000 from the Heron Foundation over two years.",
        "We have secured £9,000 from the Heron Foundation.",
    ],
)
def test_we_before_the_page_names_its_body_is_the_body_named_later(sentence):
    seed = extract_text(
        PAGE + sentence + " The money will help Tern Heritage Trust restore its chapel.\n"
    )
    assert ("Heron Foundation", "Tern Heritage Trust") in pairs(seed, "FUNDED")
    assert evidence(seed, "Heron Foundation", "Tern Heritage Trust") == sentence


def test_we_on_a_page_that_never_names_its_body_is_nobody():
    seed = extract_text(
        "# Chapel grant\n\nWe have recently received a £9,000 grant from the Heron Foundation. "
        "Tern Heritage Trust and Wren Homes sent their congratulations.\n"
    )
    assert not pairs(seed, "FUNDED")


def test_a_participle_after_another_s_agent_is_about_the_first_thing():
    seed = extract_text(
        "The Open Doors project, run by Tern Trust, funded by the Heron Foundation, opened in "
        "May.\n"
    )
    assert ("Tern Trust", "Open Doors") in pairs(seed, "RUNS")
    assert pairs(seed, "FUNDED") == {("Heron Foundation", "Open Doors")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Open Doors project is a partnership between Tern Trust and Wren Homes, funded by "
        "the Heron Foundation.",
        "Staff from Tern Trust and Wren Homes, supported by the Heron Foundation, met in Leeds.",
    ],
)
def test_a_participle_after_a_list_of_bodies_names_nobody_funded(sentence):
    funded = pairs(extract_text(sentence + "\n"), "FUNDED")
    assert ("Heron Foundation", "Wren Homes") not in funded
    assert ("Heron Foundation", "Tern Trust") not in funded
