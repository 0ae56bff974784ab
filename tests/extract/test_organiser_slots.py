"""Who organises is no event, whatever event noun ends its name; an event's name runs
on through "of" and a gerund ("Festival of Belonging")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs, typed


def test_a_body_listed_after_organised_by_is_no_event():
    text = (
        "Kelby Festival of Light returns\n\n"
        "The Kelby Festival of Light returns from 4 to 12 July 2027 across Kelby.\n\n"
        "The festival is organised by Kelby Arts Trust and Tern Dialogue, with funding "
        "from Fenby Council.\n"
    )
    seed = extract_text(text)
    assert [e["name"] for e in events(seed)] == ["Kelby Festival of Light"]
    organisers = pairs(seed, "ORGANISED")
    assert ("Tern Dialogue", "Kelby Festival of Light") in organisers
    assert ("Kelby Arts Trust", "Kelby Festival of Light") in organisers
    assert ("Fenby Council", "Kelby Festival of Light") in pairs(seed, "FUNDED")


def test_hosted_jointly_by_a_forum_makes_the_forum_a_body():
    text = (
        "A summer fair was held at Dale Park, Kelby on 3 June 2027. The fair was hosted "
        "jointly by Ada Foss and the Kelby Tenants Assembly.\n"
    )
    assert typed(text, "Kelby Tenants Assembly") == {"Organisation"}


def test_an_event_after_another_by_stays_an_event():
    text = (
        "Our lantern walk, inspired by the Fenby Winter Festival, set off from Kelby Green "
        "on 5 December 2027.\n"
    )
    assert "Organisation" not in typed(text, "Fenby Winter Festival")


def test_a_festival_of_a_gerund_is_named_whole():
    seed = extract_text(
        "Kelby Festival of Sharing is back\n\n"
        "The Kelby Festival of Sharing returns on 6 June 2027 with stalls across Kelby. "
        "The festival is organised by Fenby Food Network.\n"
    )
    assert "Kelby Festival of Sharing" in {e["name"] for e in events(seed)}
    assert ("Fenby Food Network", "Kelby Festival of Sharing") in pairs(seed, "ORGANISED")


def test_a_headline_verb_after_of_still_ends_the_name():
    seed = extract_text(
        "Annual Meeting of Kelby Growers Held at Fenby Hall\n\n"
        "Kelby Growers held its annual meeting at Fenby Hall on 2 March 2027.\n"
    )
    assert not any("Held" in e["name"] for e in events(seed))
