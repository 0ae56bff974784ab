"""A "She" or "He" opening a paragraph refers to a person named in an earlier one,
whose token positions belong to that paragraph's text: rules that read the words
around such a person must not read them in the new paragraph (they had raised
IndexError and lost the whole file)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text

LONG_OPENING = (
    "Kelby news\n\nAt a packed meeting in the village hall last night, the long-serving "
    "treasurer Margaret Doyle was thanked by everyone for her twenty years of service to "
    "the club.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "She was awarded £500 by Fenby Trust.\n",
        "She has been appointed as chair of Fenby Trust.\n",
        "He was awarded £500 by Fenby Trust, where he volunteers.\n",
    ],
)
def test_a_pronoun_for_a_person_named_in_an_earlier_paragraph_reads_without_error(paragraph):
    seed = extract_text(LONG_OPENING + paragraph)
    names = {e["name"] for e in seed["entities"]}
    assert {"Margaret Doyle", "Fenby Trust"} <= names
