"""Hosts on stage: "The event was hosted by Westshire Radio presenters Tom Reed
and Ada Brook" says who led the evening (PARTICIPATED_IN, role host), not who held
it; "hosted by Kelby Sports Trust" still says who held it. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_PAGE = (
    "Kelby Sports Trust celebrates 30 years\n\n"
    "Kelby Sports Trust held its 30th anniversary celebration at the Fenby Arts Centre "
    "this week.\n\n"
    "Guests from Kelby Football Club were in attendance on Tuesday. {hosted}\n"
)
_EVENT = "30th anniversary celebration"


def test_presenters_after_hosted_by_took_part_as_hosts():
    seed = extract_text(
        _PAGE.format(
            hosted="The event was hosted by Westshire Radio presenters Tom Reed and Ada Brook."
        )
    )
    organisers = {who for who, _ in pairs(seed, "ORGANISED")}
    assert not organisers & {"Tom Reed", "Ada Brook", "Westshire Radio"}
    hosts = {(who, role) for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == _EVENT}
    assert {("Tom Reed", "chair"), ("Ada Brook", "chair")} <= hosts


def test_a_body_after_hosted_by_held_the_event():
    seed = extract_text(_PAGE.format(hosted="The event was hosted by the Dalby Rotary Club."))
    assert ("Dalby Rotary Club", _EVENT) in pairs(seed, "ORGANISED")
