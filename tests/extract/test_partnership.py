"""Partnership and collaboration: formal partners (PARTNER_OF) and organisations
or people that work together (COLLABORATES_WITH), as GOLD.md tells them apart."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _pairs(seed: dict, kind: str) -> set[frozenset[str]]:
    return {frozenset((r["from"], r["to"])) for r in seed["relations"] if r["type"] == kind}


def test_a_partnership_opening_a_sentence_is_the_last_named_organisations():
    seed = extract_text(
        "Westvale Hospitals NHS Trust has joined up with two charities.\n\n"
        "In a partnership with Rowan Trust and Birch Trust, the new service will offer "
        "respite.\n"
    )
    partners = _pairs(seed, "PARTNER_OF")
    assert frozenset({"Westvale Hospitals NHS Trust", "Rowan Trust"}) in partners
    assert frozenset({"Westvale Hospitals NHS Trust", "Birch Trust"}) in partners
    assert frozenset({"Rowan Trust", "Birch Trust"}) in partners


def test_working_with_is_collaboration_unless_the_page_calls_it_a_partnership():
    seed = extract_text(
        "The Kelby Trust is liaising with the Health Agency and the Westshire Council.\n"
    )
    assert _pairs(seed, "COLLABORATES_WITH") == {
        frozenset({"Kelby Trust", "Health Agency"}),
        frozenset({"Kelby Trust", "Westshire Council"}),
    }
    assert not _pairs(seed, "PARTNER_OF")
    seed = extract_text(
        "The Dale Coalition will be working with the Chief Nurse of Westvale NHS Trust on a "
        "training programme. The partnership will run for three years.\n"
    )
    assert _pairs(seed, "PARTNER_OF") == {frozenset({"Dale Coalition", "Westvale NHS Trust"})}


def test_in_association_with_and_a_merger_between():
    seed = extract_text(
        "The Kelby Warm Homes Programme, run in association with the Dale Foundation, "
        "opens today.\n\n"
        "The merger between Oak Homes and Ash Housing will complete in spring.\n"
    )
    took_part = {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "PARTICIPATED_IN"}
    assert ("Dale Foundation", "Kelby Warm Homes Programme") in took_part
    assert frozenset({"Oak Homes", "Ash Housing"}) in _pairs(seed, "PARTNER_OF")


def test_i_have_worked_with_in_a_quotation_is_the_speaker():
    seed = extract_text(
        "CEO of the trust, Clara Penn said: “I have worked with Nils Aldo for 18 months.”\n"
    )
    assert frozenset({"Clara Penn", "Nils Aldo"}) in _pairs(seed, "COLLABORATES_WITH")


def test_a_merger_between_short_names_of_bodies_named_in_full_elsewhere():
    seed = extract_text(
        "The chief executive of Oakfield Housing Association, Dr Lee Marr, will retire. "
        "His retirement will coincide with the completion of the proposed merger between "
        "Oakfield and BrightHomes. Jo Penn, chief executive of BrightHomes Group, will lead "
        "the new body.\n\n"
        "The partnership between Leeds and Bradford will grow.\n"
    )
    assert _pairs(seed, "PARTNER_OF") == {
        frozenset({"Oakfield Housing Association", "BrightHomes Group"})
    }  # merging bodies are partners; Leeds and Bradford are places
    assert not _pairs(seed, "COLLABORATES_WITH")


def test_two_bodies_that_joined_forces_are_partners():
    seed = extract_text(
        "Rowan Trust and Birch Housing have joined forces to open a night shelter.\n\n"
        "Ada Quill and Ben Ortiz joined forces on a mural.\n"
    )
    assert frozenset({"Rowan Trust", "Birch Housing"}) in _pairs(seed, "PARTNER_OF")
    assert frozenset({"Ada Quill", "Ben Ortiz"}) in _pairs(seed, "COLLABORATES_WITH")
    assert frozenset({"Ada Quill", "Ben Ortiz"}) not in _pairs(seed, "PARTNER_OF")


def test_he_will_work_closely_with_a_colleague():
    seed = extract_text(
        "Wexley Borough Council has appointed Osei Mbatha as its new chief executive.\n\n"
        "He will work closely with Tomas Barrow, the council's finance director.\n"
    )
    assert frozenset({"Osei Mbatha", "Tomas Barrow"}) in _pairs(seed, "COLLABORATES_WITH")
