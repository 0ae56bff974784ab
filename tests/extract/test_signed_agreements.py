"""Bodies that sign one agreement, compact, pact or memorandum together are partners,
each with each, wherever the sentence names them: the signing verb's subjects (in a
clause of its own too), the bodies after "with", the owner of the thing signed. Not a
signing asked for, wished or done by people for their bodies, nor a public covenant
one body signs (rules/signed_agreements.py). Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

NEWS = "# Kelby news\n\n"


def _ties(seed: dict, kind: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(seed, kind)}


def test_two_bodies_signing_a_compact_are_partners_not_collaborators():
    seed = extract_text(
        NEWS + "Kelby Council and Fenby Voluntary Action have signed a three-year compact "
        "committing them to work together on the cost of living.\n"
    )
    assert _ties(seed, "PARTNER_OF") == {frozenset({"Kelby Council", "Fenby Voluntary Action"})}
    assert _ties(seed, "COLLABORATES_WITH") == set()


def test_signatories_in_a_clause_of_their_own_are_partners():
    seed = extract_text(
        NEWS + "The link began in 1998, when Kelby Town Council and Fenby Town Council "
        "signed a friendship agreement, and it has been run as a charity since 2006.\n"
    )
    assert _ties(seed, "PARTNER_OF") == {frozenset({"Kelby Town Council", "Fenby Town Council"})}


def test_a_pact_signed_with_a_list_makes_every_signatory_a_partner():
    seed = extract_text(
        NEWS + "Kelby University has signed a ten-year Civic Pact with Fenby Borough Council, "
        "Ashby College and Voluntary Action Fenby, committing the four organisations to "
        "work together.\n"
    )
    bodies = [
        "Kelby University",
        "Fenby Borough Council",
        "Ashby College",
        "Voluntary Action Fenby",
    ]
    want = {frozenset({a, b}) for i, a in enumerate(bodies) for b in bodies[i + 1 :]}
    assert _ties(seed, "PARTNER_OF") == want


def test_the_owner_of_an_agreement_signed_with_others_is_their_partner():
    seed = extract_text(
        NEWS + "Her first task will be to take forward Kelby University's Civic Agreement, "
        "signed in 2024 with Fenby Borough Council and Ashby College.\n"
    )
    assert frozenset({"Kelby University", "Fenby Borough Council"}) in _ties(seed, "PARTNER_OF")
    assert frozenset({"Kelby University", "Ashby College"}) in _ties(seed, "PARTNER_OF")


def test_a_signing_asked_for_or_wished_makes_no_partners():
    seed = extract_text(
        NEWS + "The report calls on Kelby Council and the Fenby Foundation to sign up to a "
        "Kelby Funding Compact. Kelby Council would sign the Fenby Compact with the Ashby "
        "Foundation.\n"
    )
    assert _ties(seed, "PARTNER_OF") == set()


def test_people_signing_for_their_bodies_make_no_partners_of_themselves():
    seed = extract_text(
        NEWS + "The agreement was signed by the Vice-Chancellor, Professor Jo Tern, and "
        "Fenby Trust's chair, Ada Foss.\n"
    )
    assert _ties(seed, "PARTNER_OF") == set()


def test_one_body_signing_a_public_covenant_has_no_partner_by_it():
    seed = extract_text(
        NEWS + "Fenby Trust signed the Armed Forces Covenant alongside Kelby Homes last year.\n"
    )
    assert _ties(seed, "PARTNER_OF") == set()


def test_bodies_an_unnamed_bodys_agreement_was_signed_with_are_not_partners_of_each_other():
    seed = extract_text(
        NEWS + "Her first task will be to take forward the University's Civic Agreement, "
        "signed in 2024 with Fenby Borough Council, Ashby College and the Kelby Trust.\n"
    )
    assert _ties(seed, "PARTNER_OF") == set()
