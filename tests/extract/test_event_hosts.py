"""Who held the page's event, read from the parse: a speaker "delighted to host"
it, co-hosts after "with", "together with", "in partnership with", "with the
help and support of", a fronted "Hosted by A, the gathering ..."; and what is
not holding it (a reception someone hosted, a meeting held at a place)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_EVENT = "Marlow Tenants Summit 2031"
_HEAD = (
    "Marlow Tenants Summit 2031\n"
    "The Marlow Tenants Summit took place on 4 May at the Lantern Rooms in Fenby.\n"
)


def _organisers(text: str) -> set[str]:
    seed = extract_text(_HEAD + text + "\n")
    return {who for who, to in pairs(seed, "ORGANISED") if to == _EVENT}


@pytest.mark.parametrize(
    ("sentence", "organisers"),
    [
        ("Jane Doe, Director of Programmes and Partnerships at the Fenby Housing Network, said: "
         "“I was delighted to host the Marlow Tenants Summit in Fenby.”", {"Jane Doe"}),
        ("“We were proud to co-host this event with the county council and Keyline Homes.”",
         {"Keyline Homes"}),
        ("Held with the help and support of the Harbour Trust and Fenby Rovers Community Trust, "
         "the summit drew 200 people.", {"Harbour Trust", "Fenby Rovers Community Trust"}),
        ("Hosted by Wynne Garnett, programme lead at the Fenby Alliance, the summit was a "
         "great success.", {"Wynne Garnett"}),
        ("The summit was arranged by Fenby Council together with the Harbour Trust.",
         {"Fenby Council", "Harbour Trust"}),
    ],
)  # fmt: skip
def test_who_held_the_event(sentence, organisers):
    assert _organisers(sentence) == organisers


def test_in_partnership_with_a_body_we_organised_it():
    seed = extract_text(
        "Fenby Social Prescribing Event 2031\n\n"
        "In partnership with Fenby University, Keyline Health organised a social prescribing "
        "event in Fenby on 4 May.\n"
    )
    event = "Fenby Social Prescribing Event 2031"
    assert {("Fenby University", event), ("Keyline Health", event)} <= pairs(seed, "ORGANISED")


def test_a_reception_or_a_venue_is_not_holding_the_event():
    assert not _organisers(
        "Keyline Homes hosted a drinks reception for tenants afterwards. The next summit will "
        "be held at Fenby Town Hall. Fenby Council held talks with the Harbour Trust."
    )


@pytest.mark.parametrize(
    ("text", "host", "event"),
    [
        (
            "Rural isolation was the main topic of a roundtable hosted by Northtown MP "
            "Ada Brook.\n\nOver 20 groups took part.\n",
            "Ada Brook",
            "Roundtable",
        ),
        (
            "The Northtown Spring Fair was hosted by local GP Dr Ada Brook at the "
            "village hall.\n\nStalls raised money for Westshire Hospice.\n",
            "Ada Brook",
            "Northtown Spring Fair",
        ),
    ],
)
def test_a_host_named_after_words_that_say_who_they_are(text, host, event):
    # "hosted by <place> MP <name>", "by local GP Dr <name>": the name "by" governs
    assert (host, event) in pairs(extract_text(text), "ORGANISED")


@pytest.mark.parametrize(
    ("headline", "host", "event"),
    [
        ("Northtown CVS Hosts Our First Volunteer Summit", "Northtown CVS", "Volunteer Summit"),
        ("Westshire Carers Trust Holds Its Second Carers Conference", "Westshire Carers Trust",
         "Carers Conference"),
        ("Dalby Mind Hosts Annual Wellbeing Festival", "Dalby Mind", "Annual Wellbeing Festival"),
    ],
)  # fmt: skip
def test_a_title_case_headline_verb_ends_the_hosts_name(headline, host, event):
    # "Hosts" in a title-case headline is the verb: the body before it held the
    # event after it, named without the headline's "Our First"
    seed = extract_text(
        f"{headline}\n\nOn Thursday the event brought together 60 people from across the"
        " county. Ada Brook spoke about the year ahead.\n"
    )
    assert (host, event) in pairs(seed, "ORGANISED")
    assert {e["name"] for e in seed["entities"] if e["type"] == "Event"} == {event}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Tenants Conference 2031 is a fun little event ran by Alder Trust.",
        "The Kelby Tenants Conference 2031 was ran by Alder Trust in Leeds.",
    ],
)
def test_an_event_ran_by_a_body_was_organised_by_it(sentence):
    seed = extract_text("News\n\n" + sentence + "\n")
    assert ("Alder Trust", "Kelby Tenants Conference 2031") in pairs(seed, "ORGANISED")


def test_a_race_that_ran_by_the_river_has_no_organiser():
    seed = extract_text("News\n\nThe Kelby Fun Run 2031 ran by the River Kell.\n")
    assert not pairs(seed, "ORGANISED")
