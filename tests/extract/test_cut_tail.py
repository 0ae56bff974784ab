"""A text that stops mid-name: the name the cut runs through is left out."""

from __future__ import annotations

from collabgraph.extract.cut_tail import drop_cut_name
from tests.extract.reading import types_of


def test_a_name_cut_at_the_end_of_the_text_is_not_listed():
    types = types_of(
        "Ada Brook opened the new centre in Northtown on Monday.\n\n"
        "Tom Ridley, chief executive of Westmoor Community Actio"
    )
    assert "Ada Brook" in types and "Tom Ridley" in types
    assert not any(n.startswith("Westmoor") for n in types)

    types = types_of(
        "The hall was opened by Ada Brook. We are grateful to all our volunteers and Tom Ridlo"
    )
    assert "Ada Brook" in types
    assert not any(n.startswith("Tom") for n in types)


def test_a_text_ending_in_a_whole_name_keeps_it():
    types = types_of("The hall was opened by Ada Brook of Northtown Trust.\n\nAda Brook")
    assert types.get("Ada Brook") == "Person"
    # a word of English or a given name ends the text whole
    assert drop_cut_name("Thanks to Westmoor Community Action") == (
        "Thanks to Westmoor Community Action"
    )
    assert drop_cut_name("Awards went to Ada Brook for Volunteeri") == "Awards went to Ada Brook"
    assert drop_cut_name("She thanked Ada Brook.") == "She thanked Ada Brook."
    # a list's last line is whole
    listed = "The project is funded by:\n\nKelby Trust\nLanternwick"
    assert drop_cut_name(listed) == listed
    assert drop_cut_name("Members include:\n\n* Lanternwick") == "Members include:\n\n* Lanternwick"


def test_a_byline_or_a_thank_you_ending_the_text_keeps_its_name():
    # a surname nobody knows as a word or a given name, ending the text without a
    # full stop after a byline, a credit or a thank-you: whole, not cut
    opening = "Westshire Carers held its annual meeting in Kelby on Tuesday."
    for last in (
        "\n\nReport by Tomasz Wojciechowski",
        "\n\nWith thanks to our chair, Tomasz Wojciechowski",
    ):
        assert types_of(opening + last).get("Tomasz Wojciechowski") == "Person", last
    # after anything else the same words read as a name the text was cut through
    assert "Tomasz Wojciechowski" not in types_of(
        opening + " The meeting thanked Tomasz Wojciechowski"
    )


def test_a_field_label_ending_the_text_keeps_its_name():
    # officers or contacts on the page's last line, no full stop: each value whole
    opening = "Westshire Carers held its annual meeting in Kelby on Tuesday.\n\n"
    for last in (
        "Chair: Tomasz Wojciechowski",
        "Chair: Ada Brook | Secretary: Tomasz Wojciechowski",
        "Chair of Trustees: Tomasz Wojciechowski",
    ):
        assert types_of(opening + last).get("Tomasz Wojciechowski") == "Person", last
    # a sentence running into the name is still read as cut
    assert "Tomasz Wojciechowski" not in types_of(
        opening + "The meeting was chaired by Tomasz Wojciechowski"
    )
