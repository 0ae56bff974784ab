"""Who worked with someone when another name stands between the subject and the
verb of working together: the parse's subject of the verb, climbing from a verb
joined by "and" ("Foo is a member of Bar and works closely with B": Foo), past an
appositive ("Foo, the charity of Bar, has teamed up with B": Foo), not the name
nearest the verb (rules/collab_subjects.parse_subjects). Fictional bodies and people."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _collaborators(sentence: str) -> set:
    seed = extract_text("# News\n\n" + sentence + "\n", path="page.txt")
    return {frozenset(p) for p in pairs(seed, "COLLABORATES_WITH")}


@pytest.mark.parametrize(
    ("sentence", "subject", "other", "partner"),
    [
        (
            "Dunmore Community Transport belongs to the Ashby Transport Network and works closely "
            "with Corve Lane Surgery, which books trips for its patients.",
            "Dunmore Community Transport",
            "Ashby Transport Network",
            "Corve Lane Surgery",
        ),
        (
            "Orla Venn is a nurse with Halden Health Board and co-founded the Quiet Minds "
            "group with Tomas Reyes in 2019.",
            "Orla Venn",
            "Halden Health Board",
            "Tomas Reyes",
        ),
        (
            "Marlow Children's Charity, the fundraising arm of Marlow General Hospital Trust, "
            "has teamed up with Halden Town Foundation to send players onto the wards.",
            "Marlow Children's Charity",
            "Marlow General Hospital Trust",
            "Halden Town Foundation",
        ),
        (
            "Kelby Tenants Voice, a member of the Fenby Housing Forum, has worked with Larch "
            "Homes on the new repairs plan.",
            "Kelby Tenants Voice",
            "Fenby Housing Forum",
            "Larch Homes",
        ),
    ],
)
def test_subject_past_another_name(sentence, subject, other, partner):
    found = _collaborators(sentence)
    assert frozenset({subject, partner}) in found
    assert frozenset({other, partner}) not in found


def test_listed_subjects_still_both():
    found = _collaborators("Fenby Rotary and Ashby Lions have worked with Larch Homes.")
    assert frozenset({"Fenby Rotary", "Larch Homes"}) in found
    assert frozenset({"Ashby Lions", "Larch Homes"}) in found


def test_person_of_a_body_is_the_subject():
    found = _collaborators("Jo Tern of Kelby Trust has worked with Larch Homes on the plan.")
    assert frozenset({"Jo Tern", "Larch Homes"}) in found
    assert frozenset({"Kelby Trust", "Larch Homes"}) not in found


def test_no_subject_name_keeps_the_reading_back():
    """ "The café, which opened in Dunmore, works with B": no name is the subject; the
    café's own name before the verb still is, as before."""
    found = _collaborators(
        "The Dunmore Repair Cafe, which opened last year, works with Ashby Men's Shed."
    )
    assert frozenset({"Dunmore Repair Cafe", "Ashby Men's Shed"}) in found


def test_i_is_not_the_body_named_before():
    """ "I sit on Foo, and I work closely with B": "I" worked with B, not Foo."""
    text = (
        "# Staff spotlight\n\nBy Jo Tern, Kelby Mind\n\n"
        "I sit on the Fenby Prevention Partnership, and I work closely with Ada Foss, "
        "the link worker at Fenby Surgery.\n"
    )
    found = {frozenset(p) for p in pairs(extract_text(text, path="page.txt"), "COLLABORATES_WITH")}
    assert frozenset({"Fenby Prevention Partnership", "Ada Foss"}) not in found
    assert frozenset({"Jo Tern", "Ada Foss"}) in found


def test_the_bodys_work_with():
    """ "the trust's work with A and B": the trust named before, not the body named
    nearest the noun."""
    text = (
        "# Annual meeting\n\nKelby Hospitals NHS Trust held its annual meeting.\n\n"
        "The chief executive highlighted the opening of a clinic in partnership with "
        "Larch Scans Ltd, and the trust's work with Fenby Borough Council on the "
        "discharge service.\n"
    )
    found = {frozenset(p) for p in pairs(extract_text(text, path="page.txt"), "COLLABORATES_WITH")}
    assert frozenset({"Kelby Hospitals NHS Trust", "Fenby Borough Council"}) in found
    assert frozenset({"Larch Scans Ltd", "Fenby Borough Council"}) not in found


def test_the_trusts_work_is_not_a_trust_named_after():
    """ "the trust's work with Fenby NHS Trust": not Fenby NHS Trust with itself, nor
    with a trust the page never named before."""
    found = _collaborators("The report praised the trust's work with Fenby NHS Trust.")
    assert not any("Fenby NHS Trust" in pair and len(pair) == 1 for pair in found)
    assert found == set()
