"""A report a page calls "our report, X" (outside a quotation) was PUBLISHED by
the body the page speaks for; inside a quotation "our" is the speaker's, and
gives nothing here. Made-up bodies and people; the case stands for a kind seen on
several writers' pages.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = (
    "Fenby Larder Alliance news\n\n"
    "Fenby Larder Alliance brings together food banks across Kelby.\n\n"
)


def test_our_report_is_published_by_the_page_body():
    seed = extract_text(
        _PAGE + 'We also launched our short report, "Eating Well in Kelby", at the meeting.\n',
        path="page.txt",
    )
    assert ("Fenby Larder Alliance", "Eating Well in Kelby") in pairs(seed, "PUBLISHED")


def test_our_report_inside_a_quotation_is_not_the_page_body():
    seed = extract_text(
        _PAGE + '"Our report, \u2018Fuller Larders\u2019, shows the need," said Ada Foss of the '
        "Fenby Trust.\n",
        path="page.txt",
    )
    assert ("Fenby Larder Alliance", "Fuller Larders") not in pairs(seed, "PUBLISHED")
