"""Grantees named as examples of a plural noun of grantees: "Groups funded by Foo
this year include A and B" (rules/listed_after_by.py), "Many groups have benefited
from Foo grants, including A and B" (rules/grants.py); the nouns are data
(vocab/grantee_group_nouns.txt). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_LEAD = (
    "Heron Foundation awards grants\n\n"
    "The Heron Foundation has awarded £50,000 to local groups.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Groups funded by the Heron Foundation include Tern Trust and the Dalby Youth Club.",
        "Charities supported by the Heron Foundation this year include Tern Trust and the "
        "Dalby Youth Club.",
        "Many groups have benefited from Heron Foundation grants, including Tern Trust and "
        "the Dalby Youth Club.",
        "Many groups across Kelby have benefited from Heron Foundation grants, such as Tern "
        "Trust and the Dalby Youth Club.",
    ],
)
def test_each_example_of_the_grantees_was_funded(sentence):
    seed = extract_text(_LEAD + sentence + "\n")
    found = pairs(seed, "FUNDED")
    assert ("Heron Foundation", "Tern Trust") in found
    assert ("Heron Foundation", "Dalby Youth Club") in found


def test_the_first_recipient_described_before_its_name():
    seed = extract_text(
        _LEAD + "Many groups have benefited from Heron Foundation grants including the very "
        "first recipient Tern Trust.\n"
    )
    assert ("Heron Foundation", "Tern Trust") in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Trust has benefited from Heron Foundation grants, including one for a minibus "
        "from the Dalby Youth Club.",
        "People helped by the Heron Foundation include Tern Trust and the Dalby Youth Club.",
    ],
)
def test_a_named_grantee_or_people_helped_list_no_examples(sentence):
    seed = extract_text(_LEAD + sentence + "\n")
    assert ("Heron Foundation", "Dalby Youth Club") not in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks to lottery players, £30 million a week is raised for good causes across "
        "Westshire, including the Dalby Youth Club in Kelby.",
        "The fund provides £30,000 a year for local groups such as the Dalby Youth Club.",
    ],
)
def test_money_for_grantees_exemplified_came_from_the_funder_in_view(sentence):
    seed = extract_text(_LEAD + sentence + "\n")
    assert ("Heron Foundation", "Dalby Youth Club") in pairs(seed, "FUNDED")


def test_money_for_a_thing_exemplified_funds_no_example():
    seed = extract_text(
        _LEAD + "Tern Trust has spent £3,000 for new kit, including a tent from the "
        "Dalby Youth Club.\n"
    )
    assert ("Heron Foundation", "Dalby Youth Club") not in pairs(seed, "FUNDED")
