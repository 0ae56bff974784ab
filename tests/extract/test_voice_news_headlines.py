"""A news headline opening with a body and its verb ("Foo Trust announces ...") names
the page's own body when the page speaks as "we" and nothing else says whose voice it
is: "our" programmes are that body's. A headline naming a body after its verb gives
the page no voice of it. Made-up names and wording.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _runs(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "RUNS")


def test_the_body_a_news_headline_opens_with_runs_our_programme():
    runs = _runs(
        "Orrindale Community Foundation announces £90,000 in new grants\n\n"
        "We are pleased to share the results of the spring round of Small Roots, our "
        "grants programme for village groups across the dales.\n"
    )
    assert ("Orrindale Community Foundation", "Small Roots") in runs


def test_a_body_named_after_the_headline_verb_is_not_the_pages():
    runs = _runs(
        "Council awards Orrindale Community Foundation £90,000\n\n"
        "We are pleased to share the results of the spring round of Small Roots, our "
        "grants programme for village groups across the dales.\n"
    )
    assert ("Orrindale Community Foundation", "Small Roots") not in runs
