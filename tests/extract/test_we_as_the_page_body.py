""" "We" and "us" outside quotes are the page's own body, read wherever a rule
looks for a subject, object or list member as that body's name would be
(`SentenceReader.we_mentions`): "we work across A and B", "A and we have joined
forces", "we are working with A and have been awarded £5,000 by B", "Foo has
funded us". Inside a quotation run on from an earlier sentence, "we" is the
speaker's body. Not "us" a person does something to ("Jane Doe led us
through"), not the page's body inside a quote, nor a day "we had" somewhere.
All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_HEAD = (
    "---\nurl: https://www.kelbytrust.org.uk/news/our-year\n---\n\n"
    "Kelby Trust looks back on its year\n\n"
    "Kelby Trust is a charity supporting carers.\n\n"
)


def _rows(text: str) -> set[tuple[str, str, str, str]]:
    return rows(extract_text(_HEAD + text + "\n"))


def test_we_awarded_after_a_clause_of_partnership():
    got = _rows(
        "We are working in partnership with Bar Council and have been awarded "
        "£20,000 by the Qux Foundation."
    )
    assert ("Qux Foundation", "FUNDED", "Kelby Trust", "") in got
    assert ("Kelby Trust", "PARTNER_OF", "Bar Council", "") in got


def test_we_work_across_places():
    got = _rows("We work across Dalby and Fenby.")
    assert ("Kelby Trust", "LOCATED_IN", "Dalby", "") in got
    assert ("Kelby Trust", "LOCATED_IN", "Fenby", "") in got


def test_a_body_and_we_joined_forces():
    got = _rows("Foo Housing Association and we have joined forces to build ten homes.")
    assert ("Foo Housing Association", "PARTNER_OF", "Kelby Trust", "") in got


def test_a_funder_funded_us():
    got = _rows("The Qux Foundation has funded us for three years.")
    assert ("Qux Foundation", "FUNDED", "Kelby Trust", "") in got


def test_we_in_a_quotation_run_on_is_the_speakers_body():
    said = 'Tom Smith, chief executive of Bar Council, said: "We are delighted with the news.'
    one = _rows(said + ' We have been awarded £5,000 by the Qux Foundation."')
    assert ("Qux Foundation", "FUNDED", "Bar Council", "") in one
    assert ("Qux Foundation", "FUNDED", "Kelby Trust", "") not in one
    two = _rows(said + '\n\n"We work across Fenby."')  # the next paragraph opens with the mark
    assert ("Bar Council", "LOCATED_IN", "Fenby", "") in two
    assert ("Kelby Trust", "LOCATED_IN", "Fenby", "") not in two


def test_we_spoke_at_an_event():
    got = _rows("We spoke at the Kelby Housing Summit.")
    assert ("Kelby Trust", "PARTICIPATED_IN", "Kelby Housing Summit", "speaker") in got


def test_not_us_led_through_nor_a_quoted_we_nor_a_day_we_had():
    got = _rows(
        "Jane Doe led us through the plans for the year.\n\n"
        '"We work across Fenby," said Tom Smith, chief executive of Bar Council.\n\n'
        "What a day we had at Dalby Hall on Monday."
    )
    assert not any(r[0] == "Jane Doe" and r[2] == "Kelby Trust" for r in got)
    assert ("Kelby Trust", "LOCATED_IN", "Fenby", "") not in got
    assert ("Kelby Trust", "LOCATED_IN", "Dalby Hall", "") not in got


@pytest.mark.parametrize(
    ("said", "row"),
    [
        ("We launched the Dalby Pantry Scheme in May.",
         ("Foo Housing", "RUNS", "Dalby Pantry Scheme", "")),
        ("We are delighted to host the Dalby Food Summit.",
         ("Foo Housing", "ORGANISED", "Dalby Food Summit", "")),
        ("We’re delighted to have been awarded this funding from the Qux Foundation.",
         ("Qux Foundation", "FUNDED", "Foo Housing", "")),
        ("We would like to thank the Qux Foundation for its grant of £5,000.",
         ("Qux Foundation", "FUNDED", "Foo Housing", "")),
        ("In the coming year we will work closely with Bar Council.",
         ("Foo Housing", "COLLABORATES_WITH", "Bar Council", "")),
        ("By working in partnership with Bar Council and Baz Trust, we will reach more carers.",
         ("Foo Housing", "PARTNER_OF", "Baz Trust", "")),
    ],
)  # fmt: skip
def test_we_in_a_quotation_opened_in_the_same_sentence_is_the_speakers_body(said, row):
    # the sentence reader leaves this "we" to the quote's speaker; the rules of
    # launching, hosting, funding, thanks, working with and partnership read it
    # themselves (their docstrings say so)
    got = _rows(f"Jane Doe, chief executive of Foo Housing, said: “{said}”")
    assert row in got
    assert not any(r[0] == "Kelby Trust" or r[2] == "Kelby Trust" for r in got)
