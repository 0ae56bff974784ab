"""An event a body held, told a paragraph or two after the first ones: a news
report that opens on what followed ("Foo will be replaced by Bar ...") and then
says "Foo held a public meeting in Kelby on Saturday" is about the Foo public
meeting. Only a held event, in the past, with its holder named. Every name below
is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_OPENING = (
    "---\nurl: https://www.westshirenews.co.uk/news/concern-over-new-watchdog\n---\n\n"
    "THE independence of the new care watchdog has been questioned after it was "
    "announced that its chair is a former council manager.\n\n"
    "Kelby Involvement Network (KIN) will be closed in April and replaced by Care Voice "
    "Westshire as part of the reforms.\n\n"
)


def test_a_meeting_a_body_held_in_the_third_paragraph_is_the_pages_event():
    seed = extract_text(
        _OPENING + "KIN held a public meeting in Dalby Corn Exchange on Saturday, where "
        "speakers talked about the changes.\n\n"
        "The meeting was told the new chair of Care Voice Westshire is Ada Brook.\n",
        path="page.txt",
    )
    names = [e["name"] for e in events(seed)]
    assert names == ["KIN public meeting"], seed["entities"]
    assert ("Kelby Involvement Network", "KIN public meeting") in pairs(seed, "ORGANISED")


def test_a_meeting_still_to_be_held_a_paragraph_on_is_not_the_pages_event():
    # a body's planned meeting is an event it holds (tests/extract/test_meetings_told.py),
    # but not what the page is about: the people of the page's story are not tied to it
    opening = _OPENING.replace("its chair is", "its chair, Ada Brook, is")
    seed = extract_text(
        opening + "KIN will hold a public meeting in Dalby Corn Exchange next month, where "
        "speakers will talk about the changes.\n",
        path="page.txt",
    )
    assert [e["name"] for e in events(seed)] == ["KIN public meeting"]
    assert ("Kelby Involvement Network", "KIN public meeting") in pairs(seed, "ORGANISED")
    assert not any(who == "Ada Brook" for who, _ in pairs(seed, "PARTICIPATED_IN"))
