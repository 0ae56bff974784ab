""" "A, together with B, organised ...": bodies said to work together, not to be
partners, collaborate (COLLABORATES_WITH); on a page that calls their work "the
partnership" they are partners (corpus/GOLD.md). Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

SENTENCE = (
    "The Dalby Seniors Trust, together with Kelby College, recently organised a four-week "
    "course on local history."
)
PAIR = ("Dalby Seniors Trust", "Kelby College")


def test_together_with_is_collaboration():
    seed = extract_text("# News\n\n" + SENTENCE + "\n", path="page.txt")
    assert PAIR in pairs(seed, "COLLABORATES_WITH")
    assert PAIR not in pairs(seed, "PARTNER_OF")


def test_together_with_on_a_page_calling_it_a_partnership():
    text = "# News\n\n" + SENTENCE + " The partnership will run the course again next year.\n"
    seed = extract_text(text, path="page.txt")
    assert PAIR in pairs(seed, "PARTNER_OF")
