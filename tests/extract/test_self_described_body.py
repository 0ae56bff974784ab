"""A "we" page whose first sentence tells of a name in the present, "we" following
("Kelby Community Kitchen doesn't work alone. Everything we do ..."): that name is
the page's own body, an organisation, and its unplaced posts are held there, however
the name was read before (`page_speaker.self_described`). Near misses: a body told of
in the past ("... opened a new room last year"), and a first sentence with no "we"
after it. Made-up bodies and wording."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PARTNERS = (
    "Our partners\n\n{opening} Everything we do, from the Thursday hot lunch to our "
    "cookery courses for new parents, depends on the organisations below. If you'd like "
    "to partner with us, speak to our partnerships lead, Ada Foss.\n\nFood supply\n"
    "- Fenby Surplus Food – our main supplier of surplus food since 2019.\n"
    "- Kelby Community Allotments – seasonal veg, grown by volunteers for the Kitchen.\n\n"
    "Referral partners\n"
    "- Kelby Medical Practice – social prescribers refer patients to our lunch club.\n"
)


def _seed(opening: str) -> dict:
    return extract_text(_PARTNERS.format(opening=opening), path="page.txt")


def _bodies(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}


def test_a_name_the_we_page_opens_with_in_the_present_is_its_body():
    seed = _seed("Ousby Community Kitchen doesn't work alone.")
    assert "Ousby Community Kitchen" in _bodies(seed)
    assert ("Ada Foss", "Ousby Community Kitchen") in pairs(seed, "WORKS_FOR")


def test_a_body_told_of_in_the_past_is_not_the_page_s():
    seed = _seed("Ousby Community Kitchen opened a new dining room last year.")
    assert ("Ada Foss", "Ousby Community Kitchen") not in pairs(seed, "WORKS_FOR")


def test_a_first_sentence_with_no_we_after_it_names_no_page_body():
    text = (
        "Our partners\n\nOusby Community Kitchen doesn't work alone. Local groups and "
        "firms give food and time. The lunch club is on Thursdays.\n\nIf you'd like to "
        "partner with us, speak to our partnerships lead, Ada Foss."
    )
    seed = extract_text(text, path="page.txt")
    assert ("Ada Foss", "Ousby Community Kitchen") not in pairs(seed, "WORKS_FOR")


def test_a_name_the_page_calls_its_programme_is_not_its_body():
    seed = _seed("Ousby Hot Lunches is our lunch programme for older people.")
    assert "Ousby Hot Lunches" not in _bodies(seed)
    assert ("Ada Foss", "Ousby Hot Lunches") not in pairs(seed, "WORKS_FOR")


def test_a_name_run_by_another_body_is_not_the_page_s():
    seed = _seed("Ousby Lunch Club (run by Fenby Together) meets on Fridays.")
    assert ("Ada Foss", "Ousby Lunch Club") not in pairs(seed, "WORKS_FOR")
