"""Verbs of giving are funding only when money or a grant is given ("gave £5,000
to", not "gave a talk to"); "with the support of" a funder (rules/organising.py).
Fictional bodies; real places only from the gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import evidence, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heron Foundation gave £5,000 to Tern Housing Trust.",
        "The Heron Foundation has provided £40,000 to Tern Housing Trust.",
        "The Heron Foundation is investing £2m in Tern Housing Trust.",
        "The Heron Foundation contributed a grant of £9,000 to Tern Housing Trust.",
        "The Heron Foundation will give £5,000 to Tern Housing Trust.",
        "The Heron Foundation is donating £2,000 to Tern Housing Trust.",
        "The Heron Foundation is awarding a £9,000 grant to Tern Housing Trust.",
    ],
)
def test_money_given_is_funding(sentence):
    seed = extract_text(sentence + "\n")
    assert pairs(seed, "FUNDED") == {("Heron Foundation", "Tern Housing Trust")}
    assert evidence(seed, "Heron Foundation", "Tern Housing Trust") == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heron Foundation gave a presentation to Tern Housing Trust staff.",
        "The Heron Foundation gave evidence to the Tern Housing Trust inquiry.",
        "The Heron Foundation has committed to Tern Housing Trust's vision.",
        "The Heron Foundation gives advice to Tern Housing Trust every year.",
        "The Heron Foundation has given a warm welcome to Tern Housing Trust.",
        "The Heron Foundation invested time in Tern Housing Trust.",
        "The Heron Foundation has provided advice to Tern Housing Trust.",
        "The Heron Foundation will give a talk to Tern Housing Trust staff.",
        "The Heron Foundation is giving advice to Tern Housing Trust.",
        "The Heron Foundation spoke in support of Tern Housing Trust.",
    ],
)
def test_giving_no_money_is_no_funding(sentence):
    assert not pairs(extract_text(sentence + "\n"), "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Open Doors project was launched in Leeds with the support of the Heron Foundation.",
        "Tern Housing Trust runs the Open Doors project with the backing of the Heron Foundation.",
        "The Open Doors project continues with the generous sponsorship of the Heron Foundation.",
    ],
)
def test_with_the_support_of_a_funder_is_funding(sentence):
    seed = extract_text(sentence + "\n")
    assert ("Heron Foundation", "Open Doors") in pairs(seed, "FUNDED")
