"""A launch told with "It was launched at ...": "it" is the report (or project) the
page is about, and the launch is an event, held where the sentence says. A launch
is named as running text writes what was launched: "the" before a name ending in
a common noun of a kind ("Launch of the Volunteer Strategy"), none before a title
("Launch of Brighter Days"). Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_STRATEGY = (
    "---\nurl: https://www.kelbytrust.org.uk/news/kelby-trust-launches-volunteer-strategy\n---\n\n"
    "Kelby Hospital Trust has launched its first ever Volunteer Involvement Strategy.\n\n"
    "Ada Brook, Head of Volunteering, said: “Our volunteers are amazing.”\n\n"
    "Many volunteers and staff helped to write the strategy. It was launched at a "
    "celebration event in Dalby on Friday 9 June.\n"
)


def test_it_was_launched_at_an_event_the_report_in_focus_was_launched():
    seed = extract_text(_STRATEGY, path="page.txt")
    launch = "Launch of the Volunteer Involvement Strategy"
    assert launch in [e["name"] for e in events(seed)], seed["entities"]
    assert (launch, "Volunteer Involvement Strategy") in pairs(seed, "ABOUT")
    assert (launch, "Dalby") in pairs(seed, "LOCATED_IN")


def test_a_launch_of_a_title_takes_no_article():
    seed = extract_text(
        "Kelby Trust report launch\n\n"
        "The launch of Brighter Days, a report by Kelby Trust, took place in Dalby on "
        "Monday.\n",
        path="page.txt",
    )
    names = [e["name"] for e in events(seed) if e["name"].startswith("Launch of")]
    assert names and not names[0].startswith("Launch of the"), seed["entities"]
