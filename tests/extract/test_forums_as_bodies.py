"""A forum the page tells as a body (a seat on it, "is an umbrella body", "with the
Foo Forum, who ...") is an organisation, not the page's event; a forum told only as
held is an event still."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.page_event.told_bodies import bodies_told, is_told


def _types(seed):
    return {e["name"]: e["type"] for e in seed["entities"]}


def test_ways_a_page_tells_a_forum_as_a_body():
    assert bodies_told("Jo Tern was elected chair of the Kelby Tenants' Forum.") == {
        "kelby tenants' forum": "Kelby Tenants' Forum"
    }
    assert bodies_told("The Fenby Carers Forum is an umbrella body for 20 groups.")
    assert bodies_told("We ran the day with Orton Access Forum, who chose the themes.")
    assert bodies_told("Members of the Ayton Climate Assembly voted on the plan.")


def test_a_forum_told_only_as_held_is_no_body():
    assert not bodies_told("The Kelby Tenants Forum 2031 brought 200 people together.")
    assert not bodies_told("The Fenby Carers Forum is an annual event at the Corn Exchange.")
    assert not bodies_told("Jo Tern spoke at the Orton Access Forum on Tuesday.")


def test_a_shorter_form_of_a_told_body():
    assert is_told(["Residents", "'", "Forum"], {"kelby residents' forum"})
    assert is_told(["Kelby", "Residents", "'s", "Forum"], {"kelby residents's forum"})
    assert not is_told(["Forum"], {"kelby residents' forum"})


def test_the_forum_whose_chair_is_elected_is_an_organisation():
    seed = extract_text(
        "New chair for the Tenants' Forum\n\n"
        "Ada Foss has been elected chair of the Kelby Tenants' Forum, taking over from "
        "Jo Tern. Ada says her priorities are repairs and the bus service.\n"
    )
    assert _types(seed).get("Kelby Tenants' Forum") == "Organisation"
