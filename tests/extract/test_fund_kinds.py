"""A fund that work is part of, done through, or priced in quotes is a grant
programme (Project), not a grant-making body; a sentence the parser would cut after
a possessive ("Foo (FA)’s | Bar Fund") is read whole. Fictional bodies; each test
stands for a kind seen on pages of several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract.nlp_model import load_nlp
from tests.extract.reading import typed


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        (
            "Kelby Trust, as part of the Innovation in Fenby Fund, then announced the Volunteer "
            "Hubs Programme.",
            "Innovation in Fenby Fund",
        ),
        (
            "The Westshire Combined Authority is overseeing delivery of this investment, "
            "through the Fenby Games Legacy Fund, to enable a programme of projects.",
            "Fenby Games Legacy Fund",
        ),
        (
            "Fenby Hospital is looking to get involved in the new £1.5 million \u2018Helping "
            "in Wards Fund\u2019, which is being managed by Kelby Trust.",
            "Helping in Wards Fund",
        ),
    ],
)
def test_a_fund_work_is_part_of_or_done_through_is_a_programme(text, fund):
    assert typed(text, fund) == {"Project"}


def test_a_body_owning_what_follows_is_not_made_a_programme():
    text = (
        "The hub was funded through the Fenby Community Fund's Small Grants scheme. "
        "The Fenby Community Fund is a charity with four staff."
    )
    assert "Project" not in typed(text, "Fenby Community Fund")


@pytest.mark.parametrize(
    "text",
    [
        "Fenby Trust was awarded £50k from the Westshire Academy for Social Prescribing "
        "(WASP)\u2019s Thriving Towns Fund to support its work.",
        "Fenby Trust was awarded £50k from the Westshire Academy for Social Prescribing "
        "(WASP)'s Thriving Towns Fund to support its work.",
    ],
)
def test_a_sentence_is_not_cut_after_a_possessive(text):
    doc = load_nlp()(text)
    assert len(list(doc.sents)) == 1
    assert typed(text, "Thriving Towns Fund") == {"Project"}


@pytest.mark.parametrize(
    "text",
    [
        "Fenby Hospital is a teaching hospital on a journey to outstanding and I am very "
        "much looking forward to being part of it.",
        "Some people have tried the online triage but can\u2019t get my head around it so "
        "I just called the surgery.",
    ],
)
def test_a_sentence_is_not_cut_before_a_word_in_lower_case(text):
    assert len(list(load_nlp()(text).sents)) == 1
