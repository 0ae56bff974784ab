"""Who was at a launch the launch's own sentence tells: "The report was launched at
a round-table at Fenby Hall, chaired by A, with speakers from B and C", "attended by
D", "hosted by E", "was launched on 3 May at Fenby Hall by F and G"
(rules/launch_crews.py). A named event the launch was held at keeps its own hosts.
All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_OPENING = (
    "Kelby Trust news\n\n"
    "Kelby Trust has published Alone Together, a new report on loneliness in Kelby.\n\n"
)
_LAUNCH = "Launch of Alone Together"


def _launch_pairs(seed: dict, kind: str) -> set[str]:
    return {a for a, b in pairs(seed, kind) if b.replace("of the ", "of ") == _LAUNCH}


def _launch_roles(seed: dict) -> set[tuple[str, str | None]]:
    return {
        (a, role)
        for a, b, role in with_roles(seed, "PARTICIPATED_IN")
        if b.replace("of the ", "of ") == _LAUNCH
    }


def test_a_chair_and_speakers_from_bodies_at_a_launch_to_come():
    seed = extract_text(
        _OPENING + "The report will be launched at a round-table at Fenby Hall on 5 March, "
        "chaired by broadcaster Ada Foss, with speakers from Kelby Council, Orton Care and "
        "Fenby Housing.\n"
    )
    roles = _launch_roles(seed)
    assert ("Ada Foss", "chair") in roles
    assert {("Kelby Council", "speaker"), ("Orton Care", "speaker")} <= roles
    assert ("Fenby Housing", "speaker") in roles


def test_the_people_who_launched_it_spoke():
    seed = extract_text(
        _OPENING + "The report was launched on 3 May at Fenby Hall by Kelby Trust's founder, "
        "Ada Foss, and Kelby Council's Director of Public Health, Dr Jo Tern.\n"
    )
    assert {("Ada Foss", "speaker"), ("Jo Tern", "speaker")} <= _launch_roles(seed)


def test_a_host_and_an_attendee_of_the_event_it_was_launched_at():
    seed = extract_text(
        _OPENING + "The report was launched at a reception at Fenby Hall hosted by the "
        "trust's patron, Lord Kelby Orton, and attended by Jo Tern.\n"
    )
    assert "Kelby Orton" in _launch_pairs(seed, "ORGANISED")
    assert ("Jo Tern", "attendee") in _launch_roles(seed)


def test_a_named_event_keeps_its_host():
    seed = extract_text(
        _OPENING + "The report was launched at the Kelby Conference, hosted by Jo Tern.\n"
    )
    assert ("Jo Tern", "Kelby Conference") in pairs(seed, "ORGANISED")
    assert "Jo Tern" not in _launch_pairs(seed, "ORGANISED")
    assert "Jo Tern" not in _launch_pairs(seed, "PARTICIPATED_IN")


def test_a_funder_of_the_launch_is_no_host():
    seed = extract_text(
        _OPENING + "The report was launched at a reception at Fenby Hall sponsored by Orton Care.\n"
    )
    assert "Orton Care" not in _launch_pairs(seed, "ORGANISED")
    assert "Orton Care" not in _launch_pairs(seed, "PARTICIPATED_IN")


def test_the_authors_of_what_was_launched_are_not_its_crew():
    seed = extract_text(
        _OPENING + "The report was launched at a reception at Fenby Hall, written by Jo Tern "
        "and published by Orton Care.\n"
    )
    assert not _launch_pairs(seed, "PARTICIPATED_IN")
    assert not _launch_pairs(seed, "ORGANISED") - {"Kelby Trust"}
