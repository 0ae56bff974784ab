"""A bare member list ("The founding members are:", "Member organisations include
A and B") after a sentence on the alliance's funder, an integrated care board:
the members are the alliance's, not the board's."""

from __future__ import annotations

from tests.extract.reading import members

_LAUNCH = (
    "New alliance launched in Kelby\n\n"
    "The Kelby Wellbeing Alliance is led by Fenby Mind and works alongside the "
    "Kelby NHS Foundation Trust. It is funded for three years through a grant "
    "from the Kelby Integrated Care Board.\n\n"
)


def test_bulleted_founding_members_join_the_alliance():
    found = members(
        _LAUNCH + "The founding members are:\n- Fenby Mind\n- Kelby Carers Centre\n"
        "- Kelby Recovery College\n"
    )
    assert ("Kelby Carers Centre", "Kelby Wellbeing Alliance") in found
    assert ("Kelby Recovery College", "Kelby Wellbeing Alliance") in found
    assert not {m for m, b in found if b == "Kelby Integrated Care Board"}


def test_member_organisations_include_join_the_alliance():
    found = members(
        _LAUNCH + "Member organisations include Kelby Carers Centre, Kelby Recovery "
        "College and Fenby Food Bank.\n"
    )
    assert ("Kelby Carers Centre", "Kelby Wellbeing Alliance") in found
    assert ("Fenby Food Bank", "Kelby Wellbeing Alliance") in found
    assert not {m for m, b in found if b == "Kelby Integrated Care Board"}


def test_members_of_a_named_board_stay_the_boards():
    found = members(
        "The Kelby Youth Board met on Monday.\n\nIts members include Fenby Scouts "
        "and Kelby Youth Theatre.\n"
    )
    assert ("Fenby Scouts", "Kelby Youth Board") in found
