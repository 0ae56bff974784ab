"""A "we" page signed at its foot by its writer with their post and body, no
"Yours," before ("Jo Tern" / "Chief Executive, Kelby Links"; "- Ada Foss,
coordinator, Fenby Community Garden"): the writer works there, and the page's
"our chair" is that body's. A joint letter's two signers sign for no one body; a
chair "of Trustees" names no body."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.foot_signers import closing_signer
from collabgraph.extract.layout import Block
from tests.extract.reading import pairs


def _blocks(*lines: str) -> list[Block]:
    return [Block(line, "para", 0) for line in lines]


def test_name_then_post_and_body():
    blocks = _blocks(
        "Our year", "We worked with 900 people.", "Jo Tern", "Chief Executive, Kelby Links"
    )
    assert closing_signer(blocks) == "Jo Tern, Chief Executive, Kelby Links"


def test_one_line_signature_after_a_dash_and_before_hashtags():
    blocks = _blocks(
        "A good day",
        "I came away with plenty to think about for our garden.",
        "- Ada Foss, coordinator, Fenby Community Garden",
        "#GrowTogether #Fenby",
    )
    assert closing_signer(blocks) == "Ada Foss, coordinator, Fenby Community Garden"


def test_post_of_a_body_on_one_line():
    blocks = _blocks(
        "Two winters in",
        "We opened the hall in 2031.",
        "The Revd Jo Tern, Vicar of St Mary's Kelby",
    )
    assert closing_signer(blocks) == "The Revd Jo Tern, Vicar, St Mary's Kelby"


def test_no_body_from_two_signers_or_a_board():
    two = _blocks(
        "A letter to supporters",
        "Our charities are joining together.",
        "Jo Tern, Chair, Kelby Trust",
        "Ada Foss, Chair, Fenby Mind",
    )
    assert closing_signer(two) is None
    board = _blocks("Chair's report", "We had a good year.", "Jo Tern", "Chair of Trustees")
    assert closing_signer(board) is None


def test_signed_page_gives_the_writer_and_the_chair_their_body():
    seed = extract_text(
        "Impact report 2031\n\n"
        "This year we worked with 1,100 young people. Our detached youth workers were "
        "out four nights a week.\n\n"
        "Finally, thanks to Ada Foss, who stepped down as our chair after seven years.\n\n"
        "Jo Tern\n"
        "Chief Executive, Fenby Youth Links\n",
        path="page.txt",
    )
    assert ("Jo Tern", "Fenby Youth Links") in pairs(seed, "WORKS_FOR")
    assert ("Ada Foss", "Fenby Youth Links") in pairs(seed, "MEMBER_OF")
