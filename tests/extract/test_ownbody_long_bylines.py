"""A long byline naming the page's own body: "Posted by Kelby Fire and Rescue
Service, 3 May 2025" or "Written by Jo Tern, Youth Worker, Fenby Youth Trust -
3 May 2025" is a byline (not a heading), however many words its lead and its
date add; the body it names is the page's own, where posts named alone are held."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.byline_lines import looks_like_sentence_by
from tests.extract.reading import pairs


def _works_for(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "WORKS_FOR")


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Kelby Fire and Rescue Service, 3 May 2025",
        "Posted by Kelby Council of Faiths, 3 May 2025",
        "Posted by Fenby Voluntary Sector Alliance, 14 November 2025",
        "Written by Jo Tern, Youth Participation Worker, Fenby Youth Trust - 12 March 2024",
        "Posted by Jo Tern, Partnerships Officer, Kelby Local Nature Partnership – 2 May 2024",
    ],
)
def test_a_long_byline_is_no_sentence(line):
    assert not looks_like_sentence_by(line)


def test_prose_opening_with_by_is_still_a_sentence():
    assert looks_like_sentence_by("By the end of the year, all of us will be done with this work")


def test_a_body_posting_the_page_holds_the_posts_it_names():
    text = (
        "Safe and Well visits reach 500 homes\n\n"
        "Posted by Kelby Fire and Rescue Service, 3 May 2025\n\n"
        "Our volunteers have now made their 500th home visit across the district.\n\n"
        "Chief Fire Officer Ada Foss thanked the volunteers for their work.\n"
    )
    assert ("Ada Foss", "Kelby Fire and Rescue Service") in _works_for(text)


def test_a_body_with_of_in_its_name_posting_the_page():
    text = (
        "A week of shared meals\n\n"
        "Posted by Kelby Council of Faiths, 22 November 2024\n\n"
        "Our week of events ended on Sunday with a lunch for 200 people.\n\n"
        "Our coordinator, Ada Foss, said the week had brought the town together.\n"
    )
    assert ("Ada Foss", "Kelby Council of Faiths") in _works_for(text)


def test_the_writer_of_a_long_dated_byline_works_at_its_body():
    text = (
        "What the young people told us\n\n"
        "Written by Jo Tern, Youth Participation Worker, Fenby Youth Trust - 12 March 2024\n\n"
        "When the council said it would move the youth centre, we asked the young people.\n"
    )
    assert ("Jo Tern", "Fenby Youth Trust") in _works_for(text)
