"""People at events, read from who replied at the page's event: "responded on
behalf of", "who responded for", "Responding for Foo, A said", "a response from
B", "Responses came from C and D" (speakers); near misses that must give no
speaker (a reply to a consultation, a response promised, a quotation)."""

from __future__ import annotations

import pytest

from tests.extract.reading import at_summit


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Cllr Dana Lowe, cabinet member for housing at Fenby Council, responded on behalf of "
         "the council.", {"Dana Lowe"}),
        ("The findings were welcomed by Jo Tern, who responded for Kelby Trust.", {"Jo Tern"}),
        ("The tenants' panel presented first, followed by a response from Ada Foss, director "
         "of housing at Fenby Council.", {"Ada Foss"}),
        ("Responses came from Ben Ruskin, chair of Kelby Trust, and Dana Lowe.",
         {"Ben Ruskin", "Dana Lowe"}),
    ],
)  # fmt: skip
def test_who_responded_at_the_event_spoke_at_it(sentence, speakers):
    # "Responses came from" keeps the list's own word (vocab/list_roles.txt)
    spoke = {who for who, role in at_summit(sentence) if role in {"speaker", "respondent"}}
    assert spoke >= speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year Ada Foss responded to the consultation on behalf of Fenby Council.",
        "Jo Tern promised a response within six months.",
        "'We will respond in writing,' said the chair.",
    ],
)
def test_a_reply_elsewhere_or_promised_is_no_speaker(sentence):
    assert not {who for who, role in at_summit(sentence) if role == "speaker"}
