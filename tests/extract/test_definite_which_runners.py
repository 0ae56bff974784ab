"""A programme or event told in a relative clause whose doer is named again only by
its kind of body: "the Kelby Lights, which the club organised last winter with Fenby
Town Council", "the Foo service, which the trust runs jointly with Bar"
(`rules/definite_runners.py`): the body last named with that word runs or organised
it; nothing when no body was named with that word. Made-up names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def test_the_club_organised_the_event_named_before_which():
    seed = extract_text(
        "Kelby Lions Club met on Tuesday.\n\n"
        "Jo Tern gave an update on the Kelby Winter Lantern Parade, which the club "
        "organised last winter with Fenby Town Council.\n"
    )
    assert ("Kelby Lions Club", "Kelby Winter Lantern Parade") in pairs(seed, "ORGANISED")


def test_the_trust_runs_the_service_named_before_which():
    seed = extract_text(
        "Fenby Community Health NHS Trust published its annual report.\n\n"
        "Ada Foss highlighted the growth of the Home Steps service, which the trust "
        "runs jointly with Kelby General Hospital.\n"
    )
    assert ("Fenby Community Health NHS Trust", "Home Steps") in pairs(seed, "RUNS")


def test_a_definite_noun_for_no_named_body_runs_nothing():
    seed = extract_text(
        "Fenby Library reopened on Monday.\n\n"
        "Ada Foss spoke about the Home Steps service, which the trust runs with Kelby "
        "General Hospital.\n"
    )
    assert not any(to == "Home Steps" and src == "Fenby Library" for src, to in pairs(seed, "RUNS"))
