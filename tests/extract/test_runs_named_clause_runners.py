"""A thing a named body runs with another, said in a relative clause after the
thing: "the Home Check pilot that Fenby Council runs with Kelby Housing Association"
(rules/joint_runners.py, rules/joint_runs.py): both bodies run it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "Kelby Trust news\n\nKelby Trust is a charity in Kelby.\n\n"


def test_the_named_subject_and_the_body_after_with_both_run_the_thing():
    for sentence, thing in (
        (
            "Ada Foss described the Home Check pilot that Fenby Council runs with "
            "Orton Housing Association.",
            "Home Check",
        ),
        (
            "He came to us through the Steps to Work scheme that Fenby Jobcentre runs "
            "with Orton Adult Learning.",
            "Steps to Work",
        ),
    ):
        seed = extract_text(_PAGE + sentence + "\n")
        runs = pairs(seed, "RUNS")
        runner = "Fenby Council" if thing == "Home Check" else "Fenby Jobcentre"
        partner = "Orton Housing Association" if thing == "Home Check" else "Orton Adult Learning"
        assert (runner, thing) in runs, seed["relations"]
        assert (partner, thing) in runs, seed["relations"]


def test_the_subject_is_not_read_as_the_thing_run():
    seed = extract_text(
        _PAGE + "Ada Foss described the Home Check pilot that Fenby Council runs with "
        "Orton Housing Association.\n"
    )
    assert ("Orton Housing Association", "Fenby Council") not in pairs(seed, "RUNS")
    assert "Kelby Trust" not in {a for a, b in pairs(seed, "RUNS") if b == "Home Check"}
