"""People named with their organisation alone: a "Name, Organisation" line, or
pairs a semicolon sets apart, are people working there; a name and bodies side
by side in a plain list are not."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles


def _works_for(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "WORKS_FOR")


def test_a_line_of_a_name_and_an_organisation_is_a_post_there():
    text = "Panel\n\nSpeakers:\n\n- Ann Bell, Tollgate Trust\n- Tom Gray, Wrenfield Housing\n"
    assert {("Ann Bell", "Tollgate Trust"), ("Tom Gray", "Wrenfield Housing")} <= _works_for(text)


def test_pairs_cut_by_semicolons_are_posts_each_at_its_own_body():
    text = (
        "The panel included Ann Bell, Tollgate Trust; Tom Gray, Wrenfield Housing; and "
        "Liz Ward, Ripon City Council.\n"
    )
    assert _works_for(text) == {
        ("Ann Bell", "Tollgate Trust"),
        ("Tom Gray", "Wrenfield Housing"),
        ("Liz Ward", "Ripon City Council"),
    }


def test_a_name_beside_bodies_in_a_plain_list_is_no_post():
    for text in (
        "Ann Bell, Tollgate Trust and Wrenfield Housing signed the pledge.\n",
        "Thanks to Ann Bell, Tollgate Trust, for her help.\n",
    ):
        assert not _works_for(text), text


def test_a_note_after_a_dash_leaves_the_pair_alone_on_its_line():
    text = (
        "Kelby Futures Day\n\nSpeakers:\n\n"
        "  • Ann Bell, Tollgate Trust – see presentation here;\n"
        "  • Tom Gray, Wrenfield Housing – see presentation here;\n"
        "  • Liz Ward, Kelby Carers Centre - slides.\n"
    )
    assert {
        ("Ann Bell", "Tollgate Trust"),
        ("Tom Gray", "Wrenfield Housing"),
        ("Liz Ward", "Kelby Carers Centre"),
    } <= _works_for(text)


def test_a_dash_for_the_comma_on_a_line_of_the_pair_alone():
    text = (
        "Kelby Futures Day\n\nSpeakers:\n\n"
        "  • Sol Adair – Wrenfield Housing – see presentation here.\n"
        "  • Ann Bell – Tollgate Trust\n"
    )
    assert {("Sol Adair", "Wrenfield Housing"), ("Ann Bell", "Tollgate Trust")} <= _works_for(text)


def test_a_note_naming_another_body_or_a_dash_mid_sentence_is_no_pair():
    for text in (
        "Speakers:\n\n  • Ann Bell, Tollgate Trust – with Wrenfield Housing.\n",
        "We thanked Ann Bell – Tollgate Trust gave the prizes.\n",
    ):
        assert not _works_for(text), text


def test_a_styled_name_on_a_line_with_its_body_is_a_post_there():
    text = (
        "Marlow Green Residents' Forum\nNotes of meeting, 3 March\n\nAttendees\n"
        "Ann Bell (AB), Tollgate Trust\n"
        "Cllr Tom Gray (TG), Wrenfield Borough Council\n"
        "Sgt Liz Ward, Kelby Police\n"
    )
    found = with_roles(extract_text(text, path="page.txt"), "WORKS_FOR")
    assert ("Tom Gray", "Wrenfield Borough Council", "Councillor") in found
    assert {("Ann Bell", "Tollgate Trust"), ("Liz Ward", "Kelby Police")} <= _works_for(text)


def test_a_minister_on_a_line_with_a_forum_is_no_post_there():
    text = (
        "Marlow Green Faith Forum\nNotes of meeting, 3 March\n\nAttendees\n"
        "Rabbi Ann Bell, Marlow Green Faith Forum\n"
        "Revd Tom Gray, Marlow Green Faith Forum\n"
    )
    assert not _works_for(text)
