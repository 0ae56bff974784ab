"""The page's own body read from its text when no author, byline or address says
whose page it is (page_voice.py): a headline labelling the page with a body ("News
from Foo", "Foo Trust: our team", a headline in capitals), "we"/"our work" said to
be at a body ("all of us at Foo"), else the body the first sentences open with; so
"our funders", "which we deliver", "our X" find their body. Near misses: a "we"
only inside a quotation, a headline naming a body as the subject of its news, "our
sessions at" a venue. Made-up bodies and wording."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, rows


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "News from X" closing the headline
            "Spring News from Ashby Homes\n\nOur Ready Steps job club, run with Fenby "
            "College, has moved to the library.",
            ("Ashby Homes", "RUNS", "Ready Steps", ""),
        ),
        (  # the body's name and a word naming its news
            "Ashby Homes Newsletter - Summer\n\nOur Next Steps job club, run with Fenby "
            "College, has moved to the library.",
            ("Ashby Homes", "RUNS", "Next Steps", ""),
        ),
        (  # "The Newsletter of X"
            "Residents' Voice: The Newsletter of the Ashby Tenants Federation\n\nOur Next "
            "Steps job club, run with Fenby College, has moved to the library.",
            ("Ashby Tenants Federation", "RUNS", "Next Steps", ""),
        ),
        (  # the headline in capitals, labelling the page before a dash
            "KELBY CARE NETWORK - MEMBERS' NEWSLETTER, AUTUMN\n\nWe are delighted to "
            "welcome Ada Foss as our new Finance Manager.",
            ("Ada Foss", "WORKS_FOR", "Kelby Care Network", "finance manager"),
        ),
        (  # "our work at X"
            "A year of thanks\n\nNone of our work at Wold Street Advice Hub could happen "
            "without our supporters.\n\nOur main funders this year were Fenby Borough "
            "Council and the Orwin Trust.",
            ("Orwin Trust", "FUNDED", "Wold Street Advice Hub", ""),
        ),
        (  # "all of us at X"
            "Thank you\n\nFrom all of us at Marl Lane Food Club, thank you. Our core "
            "funders were Ridley Town Council and the Tarn Foundation.",
            ("Tarn Foundation", "FUNDED", "Marl Lane Food Club", ""),
        ),
    ],
)
def test_the_page_s_we_is_the_body_its_text_names(text, expected):
    assert expected in rows(_seed(text))


def test_a_headline_naming_a_body_as_its_news_subject_is_no_label():
    text = (
        "Fenby Trust awards grants to six groups\n\nOur core funders were Ridley Town "
        "Council and the Tarn Foundation."
    )
    assert ("Tarn Foundation", "Fenby Trust") not in pairs(_seed(text), "FUNDED")


def test_our_sessions_at_a_venue_do_not_make_it_the_page_s_body():
    text = (
        "Outreach update\n\nOur advice sessions at Kelby General Hospital have doubled. "
        "Our core funders were Ridley Town Council and the Tarn Foundation."
    )
    assert ("Tarn Foundation", "Kelby General Hospital") not in pairs(_seed(text), "FUNDED")


def test_a_we_inside_a_quotation_does_not_voice_the_headline_s_body():
    text = (
        "Update from Ashby Homes\n\nTenants met on Monday. “Our core funders were "
        "Ridley Town Council and the Tarn Foundation,” said a visitor."
    )
    assert ("Tarn Foundation", "Ashby Homes") not in pairs(_seed(text), "FUNDED")


def _types(text: str) -> dict[str, str]:
    return {e["name"]: e["type"] for e in _seed(text)["entities"]}


def test_a_body_run_by_its_own_board_is_a_body_not_a_programme():
    text = (
        "About us\n\nFenby Vale Community Buses is run by a volunteer board of trustees "
        "who meet at our depot in Fenby. Ada Foss (Chair) joined the board in 2019."
    )
    assert _types(text).get("Fenby Vale Community Buses") == "Organisation"
    assert ("Ada Foss", "Fenby Vale Community Buses") in pairs(_seed(text), "MEMBER_OF")


def test_a_scheme_run_by_a_named_board_is_still_a_programme():
    text = (
        "Warm homes\n\nThe Kelby Warm Homes Scheme is run by Fenby Housing Board. "
        "Ada Foss said the scheme has helped forty families."
    )
    assert _types(text).get("Kelby Warm Homes Scheme") == "Project"


def test_an_about_line_names_the_page_s_body():
    text = (
        "A busy year\n\nWe helped three hundred people into work this year. Our core "
        "funders were the Tarn Foundation and Ridley Town Council.\n\nAbout Fenby Works\n\nFenby "
        "Works is a charity helping people into jobs."
    )
    assert ("Tarn Foundation", "Fenby Works") in pairs(_seed(text), "FUNDED")


def test_about_lines_on_two_bodies_name_no_page_body():
    text = (
        "A busy year\n\nWe helped three hundred people into work this year. Our core "
        "funders were the Tarn Foundation and Ridley Town Council.\n\nAbout Fenby Works\n\nA "
        "charity.\n\nAbout Kelby Homes\n\nA housing association."
    )
    got = pairs(_seed(text), "FUNDED")
    assert ("Tarn Foundation", "Fenby Works") not in got
    assert ("Tarn Foundation", "Kelby Youth Trust") not in got
    assert ("Tarn Foundation", "Kelby Homes") not in got


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("At Marl Lane Food Club, we believe nobody should go hungry.", "Marl Lane Food Club"),
        ("Here at Fenby Youth Trust, our doors are open to all.", "Fenby Youth Trust"),
        ("We are Kelby Carers Link, a small charity in Kelby.", "Kelby Carers Link"),
        ("At Fenby Lane Youth Project, we believe in young people.", "Fenby Lane Youth Project"),
        ("Here at Fenby Works, our doors are open to all.", "Fenby Works"),
        ("Welcome to the Ashby Homes winter newsletter.", "Ashby Homes"),
    ],
)
def test_the_page_says_which_body_we_are(opening, body):
    text = (
        f"A busy year\n\n{opening} We helped three hundred people this year.\n\n"
        "Our core funders were the Tarn Foundation and Ridley Town Council."
    )
    assert ("Tarn Foundation", body) in pairs(_seed(text), "FUNDED")


def test_a_visit_to_a_body_does_not_make_it_the_page_s():
    text = (
        "A busy year\n\nAt Kelby Youth Trust, we met the mayor. Later we visited Fenby "
        "Works.\n\n"
        "Our core funders were the Tarn Foundation and Ridley Town Council."
    )
    got = pairs(_seed(text), "FUNDED")
    assert ("Tarn Foundation", "Fenby Works") not in got
    assert ("Tarn Foundation", "Kelby Youth Trust") not in got


def test_a_quotation_running_over_sentences_is_the_speaker_s_we():
    from types import SimpleNamespace

    from collabgraph.extract.page_speaker import speaks_as_we

    quoted = SimpleNamespace(
        sentences=[
            'Ada Foss said: "This is a big day for our club.',
            'It means we can open on Sundays."',
            "Fenby Youth Trust will open a second hall.",
        ]
    )
    assert not speaks_as_we(quoted)
    own = SimpleNamespace(sentences=[*quoted.sentences, "Our thanks go to all who helped."])
    assert speaks_as_we(own)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our work is funded by the Tarn Foundation.",
        "Our new minibus was paid for by the Tarn Foundation.",
    ],
)
def test_our_things_paid_for_by_a_funder_are_the_page_s_body_s(sentence):
    text = f"Who we are\n\nWe are Kelby Carers Link, a small charity.\n\n{sentence}"
    assert ("Tarn Foundation", "Kelby Carers Link") in pairs(_seed(text), "FUNDED")


def test_our_named_project_funded_by_a_funder_is_the_project_s():
    text = (
        "Who we are\n\nWe are Kelby Carers Link, a small charity.\n\nOur Sitting Service "
        "project is funded by the Tarn Foundation."
    )
    got = pairs(_seed(text), "FUNDED")
    assert ("Tarn Foundation", "Kelby Carers Link") not in got


@pytest.mark.parametrize(
    "sign_off", ["The team at Fenby Works", "Everyone at Fenby Works", "The Fenby Works team"]
)
def test_a_sign_off_names_the_page_s_body(sign_off):
    text = (
        "A busy year\n\nWe helped three hundred people into work with Kelby Jobcentre "
        "this year. We opened a second office. We trained twenty volunteers. Our core "
        "funders were the Tarn "
        "Foundation and Ridley Town Council. Fenby Works thanks them both.\n\nWith best "
        f"wishes,\n\n{sign_off}"
    )
    assert ("Tarn Foundation", "Fenby Works") in pairs(_seed(text), "FUNDED")


def test_a_team_named_mid_page_is_no_sign_off():
    text = (
        "A busy year\n\nThe team at Fenby Works\n\nWe met the team at Fenby Works in May. "
        "Our core funders were the Tarn Foundation and Ridley Town Council.\n\nMore news "
        "soon.\n\nSee you in spring."
    )
    assert ("Tarn Foundation", "Fenby Works") not in pairs(_seed(text), "FUNDED")


def test_we_worked_with_a_body_on_a_page_whose_voice_is_read_later():
    text = (
        "Season's greetings\n\nFrom all of us at Marl Lane Food Club, thank you. We also "
        "worked with Ridley Credit Union to offer money advice."
    )
    assert ("Marl Lane Food Club", "Ridley Credit Union") in pairs(_seed(text), "COLLABORATES_WITH")


def test_we_worked_with_a_body_on_a_page_with_no_voice_gives_nothing():
    text = "A good year\n\nWe also worked with Ridley Credit Union to offer money advice."
    assert not pairs(_seed(text), "COLLABORATES_WITH")
