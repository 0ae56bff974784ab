"""A programme set beside "our" and its noun ("our youth volunteering project, the
Power of Ten") is run by the page's own body, as "our Foo project" is; not a body
named so ("our partner project, the Foo Trust") nor a person ("our project manager,
Jane Doe"). Made-up names.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = (
    "---\nurl: https://www.kestrelcarers.org.uk/news/listening\n---\n\n"
    "Kestrel Carers listened to 400 families this spring. {}\n"
)


def _runs(sentence: str) -> set[tuple[str, str]]:
    return pairs(extract_text(_PAGE.format(sentence)), "RUNS")


def test_a_programme_beside_our_and_its_noun_is_the_pages():
    runs = _runs(
        "We were inspired by Zoe, an ambassador for our youth volunteering project, the "
        "Power of Ten, who explained how she got into volunteering."
    )
    assert ("Kestrel Carers", "Power of Ten") in runs


def test_a_quoted_programme_after_a_dash_is_the_pages():
    runs = _runs("Families told us about our new befriending scheme – ‘Tea Together’ – in May.")
    assert ("Kestrel Carers", "Tea Together") in runs


def test_a_body_or_a_person_beside_our_noun_is_run_by_nobody():
    runs = _runs(
        "We thanked our partner project, the Dalby Youth Trust, and our project manager, "
        "Jane Dalby, for their help."
    )
    assert not runs
