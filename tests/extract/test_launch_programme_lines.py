"""A launch on an event's programme: a line opening (after the time of day or not)
with "Launch:" or "Launch of" and a report's or project's title, in quotation marks
or not ("14.15 Launch: “The Fenby Ledger”", "15.00 Launch of “Kelby Counts 2031”"),
is the launch of it: an event ABOUT it, named with the title's own "The". Not a
line whose "Launch:" follows other words ("Report launch: ..." is read elsewhere),
nor a "Launch:" before no named report or project. Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_PROGRAMME = (
    "Kelby Voluntary Sector Conference 2031\n\n"
    "Programme\n\n"
    "10.00 Welcome from Ada Foss, chief executive of Kelby Community Action\n\n"
    "11.30 Panel: Who pays for the voluntary sector?\n\n"
    "{line}\n\n"
    "Kelby Community Action's new report, “{title}”, was written with the "
    "University of Fenby.\n"
)


def _seed(line: str, title: str) -> dict:
    return extract_text(_PROGRAMME.format(line=line, title=title), path="page.txt")


def test_a_launch_line_with_a_quoted_title_is_the_launch_of_the_report():
    seed = _seed("14.15 Launch: “The Fenby Ledger”", "The Fenby Ledger")
    launches = [e for e in events(seed) if e["name"].startswith("Launch of")]
    assert launches, seed["entities"]
    names = {launches[0]["name"], *launches[0].get("aliases", [])}
    assert "Launch of The Fenby Ledger" in names, launches
    assert (launches[0]["name"], "Fenby Ledger") in pairs(seed, "ABOUT")


def test_a_launch_of_line_with_a_quoted_title_is_the_launch_of_the_report():
    seed = _seed("15.00 Launch of “Kelby Counts 2031”", "Kelby Counts 2031")
    assert ("Launch of Kelby Counts 2031", "Kelby Counts 2031") in pairs(seed, "ABOUT")


def test_launch_after_other_words_on_the_line_is_no_programme_launch():
    seed = _seed("14.15 Our report launch: coffee and cake", "Kelby Counts 2031")
    assert not [e for e in events(seed) if e["name"].startswith("Launch of")], seed["entities"]


def test_a_launch_line_naming_no_report_makes_no_launch():
    seed = _seed("14.15 Launch: drinks in the foyer", "Kelby Counts 2031")
    assert not [e for e in events(seed) if e["name"].startswith("Launch of")], seed["entities"]
