"""The page's own partners named with "our partner" around them: "our partners at the
Fenby Trust", "Fenby Homes - our largest partner", "A and B, our partner schools"
(rules/partner_lists.py). Not "their partner", nor "our" before another word than a
partner ("Jo Tern - our longest-serving volunteer")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "Kelby Trust review\n\nKelby Trust is a youth charity in Kelby. We help families.\n\n"


def _partners(sentence: str) -> set[frozenset[str]]:
    seed = extract_text(_PAGE + sentence + "\n", path="page.txt")
    return {frozenset(p) for p in pairs(seed, "PARTNER_OF")}


def test_our_partners_at_a_body_are_the_page_bodys_partners():
    for sentence, body in (
        ("Our partners at Fenby Community Church let us use their hall.", "Fenby Community Church"),
        ("We thank our partners at the Orton Trust for the loan of a van.", "Orton Trust"),
    ):
        assert frozenset({"Kelby Trust", body}) in _partners(sentence), sentence


def test_a_body_set_off_before_our_partner_is_the_page_bodys_partner():
    for sentence, bodies in (
        ("Tern Fishing Association - our longest-standing partner.", ["Tern Fishing Association"]),
        (
            "Fenby Primary School and Orton Academy, our partner schools for the outreach work, "
            "sent 40 pupils.",
            ["Fenby Primary School", "Orton Academy"],
        ),
    ):
        partners = _partners(sentence)
        for body in bodies:
            assert frozenset({"Kelby Trust", body}) in partners, (sentence, partners)


def test_their_partner_or_another_word_after_our_is_no_partner_of_ours():
    for sentence, body in (
        ("Orton Voice, their long-standing partner, closed in May.", "Orton Voice"),
        ("Fenby Rovers - our longest-serving volunteers' club.", "Fenby Rovers"),
    ):
        assert frozenset({"Kelby Trust", body}) not in _partners(sentence), sentence
