"""Who runs a thing with the bodies after "run (jointly) with" / "delivered in
partnership with": the clause's own subject, the page's body for "our" thing, or the
body a list line leads with (rules/joint_runners.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _rels(seed: dict, kind: str) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == kind}


def _pairs(seed: dict, kind: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in _rels(seed, kind)}


_PAGE = "Kelby Trust review\n\nKelby Trust is a youth charity in Kelby. We help families.\n\n"


def test_the_subject_of_a_relative_clause_runs_the_thing_with_the_body_after_with():
    for sentence in (
        "The chief officer praised the Night Bus service, which the trust runs jointly "
        "with Orton Carers Network, and the new hub.",
        "She thanked staff for the Night Bus service, which the trust ran with Orton "
        "Carers Network last winter.",
    ):
        seed = extract_text(_PAGE + sentence + "\n")
        assert frozenset({"Kelby Trust", "Orton Carers Network"}) in _pairs(
            seed, "COLLABORATES_WITH"
        ), seed["relations"]
        assert ("Kelby Trust", "Night Bus") in _rels(seed, "RUNS")


def test_a_body_running_a_thing_jointly_with_another_runs_it_too():
    seed = extract_text(
        _PAGE + "The chief officer praised the Night Bus service, which the trust runs "
        "jointly with Orton Carers Network.\n"
    )
    assert ("Orton Carers Network", "Night Bus") in _rels(seed, "RUNS")


def test_our_thing_run_jointly_with_a_body_is_the_page_bodys_joint_work():
    for sentence in (
        "Our Fenby club is run jointly with Fenby Parish Council from the old chapel.",
        "There are nine groups now, including a group for new dads that we run with "
        "Fenby Family Hub.",
    ):
        seed = extract_text(_PAGE + sentence + "\n")
        collab = _pairs(seed, "COLLABORATES_WITH")
        assert any("Kelby Trust" in p and len(p) == 2 for p in collab), seed["relations"]


def test_a_grant_line_with_its_work_run_with_another_body():
    seed = extract_text(
        "Fenby Community Foundation announces grants\n\n"
        "Fenby Community Foundation has announced four grants from its Strong Streets Fund.\n\n"
        "- Kelby Arts Collective – £12,000 for dance in primary schools, delivered with "
        "Orton Music Hub\n"
        "- Tern Refugee Welcome – £9,000 for English conversation clubs, run with Fenby "
        "Adult Learning\n"
        "- Orton Stroke Club – £2,500\n"
    )
    collab = _pairs(seed, "COLLABORATES_WITH")
    assert frozenset({"Kelby Arts Collective", "Orton Music Hub"}) in collab
    assert frozenset({"Tern Refugee Welcome", "Fenby Adult Learning"}) in collab
    assert not any("Orton Stroke Club" in p for p in collab)
    assert not any("Fenby Community Foundation" in p for p in collab)


def test_run_in_partnership_with_under_a_bodys_heading_makes_partners():
    seed = extract_text(
        "Where to get help in Kelby\n\nThis page lists local groups that can help.\n\n"
        "Kelby Refugee Action\n"
        "Helps people seeking asylum across Kelby. Drop-in every Monday at St Anne's "
        "Church. Run in partnership with the Orton Red Cross.\n\n"
        "Kelby Foodbank\nOpens three days a week in Kelby.\n"
    )
    assert frozenset({"Kelby Refugee Action", "Orton Red Cross"}) in _pairs(seed, "PARTNER_OF")
    assert not any("Kelby Foodbank" in p for p in _pairs(seed, "PARTNER_OF"))


def test_running_alone_or_with_help_or_money_is_no_joint_work():
    seed = extract_text(
        _PAGE + "Kelby Runners runs with Fenby Rovers on Sundays. Our Fenby club is run "
        "with support from Orton Council. The Night Bus is run with funding from the "
        "Tern Fund.\n"
    )
    collab = _pairs(seed, "COLLABORATES_WITH")
    assert not any("Fenby Rovers" in p for p in collab), seed["relations"]
    assert not any("Orton Council" in p or "Tern Fund" in p for p in collab)
    assert not _pairs(seed, "PARTNER_OF")


def test_a_person_running_a_thing_with_a_body_is_not_read_here():
    seed = extract_text(
        _PAGE + "Ada Foss, who runs the Night Bus service with Orton Carers Network, spoke first.\n"
    )
    assert not any("Kelby Trust" in p for p in _pairs(seed, "COLLABORATES_WITH"))
