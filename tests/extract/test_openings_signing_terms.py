"""A signing the first sentences name: a term before what was signed ("a
five-year civic partnership agreement") is dropped from the name a reader uses,
and the signers a later paragraph names ("Jo Tern and Ada Foss signed the
agreement") take part in it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import with_roles as _rels


def _names(event: dict) -> set[str]:
    return {n.lower() for n in [event["name"], *event.get("aliases", [])]}


def test_a_term_before_what_was_signed_is_dropped_from_the_signing_name():
    seed = extract_text(
        "University and charities sign civic agreement\n\n"
        "Kelby University and Fenby Voluntary Action have signed a five-year civic "
        "partnership agreement, the first of its kind in the county.\n\n"
        "The agreement was signed at Kelby Town Hall on Monday.\n"
    )
    (event,) = _events(seed)
    assert "signing of the civic partnership agreement" in _names(event)


def test_signers_named_in_a_later_paragraph_take_part_in_the_signing():
    seed = extract_text(
        "Hospital trust and charity sector sign partnership agreement\n\n"
        "Kelby Hospitals NHS Trust has signed a formal partnership agreement with Fenby "
        "Voluntary Action (FVA), the support body for the area's charities and community "
        "groups.\n\n"
        "The agreement, signed at Kelby General Hospital on 3 March 2024, commits the two "
        "organisations to joint planning on discharge and volunteering. It follows a year "
        "of joint work on a hospital discharge service, which FVA runs.\n\n"
        "The Trust's Chief Executive, Jo Tern, and FVA's Chief Officer, Ada Foss, signed the "
        "agreement in front of staff and volunteers.\n"
    )
    (event,) = _events(seed)
    takers = {who for who, where, _ in _rels(seed, "PARTICIPATED_IN") if where == event["name"]}
    assert {"Jo Tern", "Ada Foss"} <= takers


def test_a_term_alone_before_an_undescribed_agreement_gives_no_second_name():
    seed = extract_text(
        "Partners sign agreement\n\n"
        "Kelby University and Fenby Voluntary Action have signed an agreement to share "
        "training.\n\n"
        "The agreement was signed at Kelby Town Hall on Monday.\n"
    )
    (event,) = _events(seed)
    assert event["name"].lower() == "signing of the agreement"
