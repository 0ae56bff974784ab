"""A grantee named again only by its kind of body, inside the sentence rather than at
its start: "Rent is up, and the association received £5,000 from Foo", "When the club
got money from Foo", "Last year the trust won £9,000 from Foo"
(`collab_subjects.definite_noun_subject`, read by `grant_receivers.receivers`): the body
last named with that word; nothing when no body was named with it. Made-up names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def test_the_association_after_and_received_money_from_a_trust():
    seed = extract_text(
        "Kelby Hill Community Association met for its annual meeting.\n\n"
        "Income from room hire is back above last year's level, and the Association "
        "received £8,500 from the Ada Foss Trust towards the new kitchen.\n"
    )
    assert ("Ada Foss Trust", "Kelby Hill Community Association") in pairs(seed, "FUNDED")


def test_the_club_that_got_money_in_a_fronted_clause():
    seed = extract_text(
        "I have played for Fenby Cricket Club for ten years.\n\n"
        "When the club got money from the Tern Foundation in 2021 to employ a coach, "
        "our chairman asked me to apply.\n"
    )
    assert ("Tern Foundation", "Fenby Cricket Club") in pairs(seed, "FUNDED")


def test_a_definite_noun_for_no_named_body_funds_nobody():
    seed = extract_text(
        "Kelby Library reopened on Monday after repairs.\n\n"
        "Income is back up, and the charity received £3,000 from the Tern Foundation.\n"
    )
    assert not any(to == "Kelby Library" for _, to in pairs(seed, "FUNDED"))
