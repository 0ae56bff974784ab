"""Occasions named by what they are and by who holds them: "an Open Iftar hosted by
Kelby Mosque", "a Winter Warmer organised by Fenby Trust", and days named by what is
done on them, "the Kelby Orchard planting day"."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def _names(seed: dict) -> set[str]:
    return {e["name"] for e in events(seed)}


def test_a_named_occasion_a_body_hosts_is_an_event_it_organised():
    seed = extract_text(
        "Kelby news\n\nOver 300 neighbours came to an Open Iftar hosted by Kelby Mosque "
        "at Fenby Hall on 3 March 2027.\n"
    )
    assert "Open Iftar" in _names(seed)
    assert ("Kelby Mosque", "Open Iftar") in pairs(seed, "ORGANISED")


def test_a_name_with_no_kind_word_organised_by_a_body():
    seed = extract_text(
        "Kelby news\n\nFamilies enjoyed a Winter Warmer organised by Fenby Trust "
        "at Kelby Hall on 6 January 2027.\n"
    )
    assert "Winter Warmer" in _names(seed)
    assert ("Fenby Trust", "Winter Warmer") in pairs(seed, "ORGANISED")


def test_a_kind_of_occasion_no_host_holds_is_no_event():
    seed = extract_text(
        "Kelby news\n\nJo Tern of Fenby Trust said the village would like a Summer Fair one day.\n"
    )
    assert "Summer Fair" not in _names(seed)


def test_a_hub_a_body_hosts_is_not_made_an_event():
    seed = extract_text(
        "Kelby news\n\nResidents can drop in to a Warm Welcome Hub hosted by Fenby Library "
        "every Tuesday.\n"
    )
    assert "Warm Welcome Hub" not in _names(seed)


def test_a_day_named_by_what_is_done_on_it():
    seed = extract_text(
        "Mud, soup and smiles: our hedge planting day\n\n"
        "What a morning we had on Saturday 4 March at the Fenby Meadow planting day. "
        "Jo Tern of Kelby Scouts brought twelve cubs.\n"
    )
    assert "Fenby Meadow planting day" in _names(seed)


def test_the_opening_day_of_something_is_no_event():
    seed = extract_text(
        "Kelby Scouts news\n\nOn the opening day of the camp, Jo Tern of Kelby Scouts "
        "spoke to Fenby Radio.\n"
    )
    assert not any("opening day" in n for n in _names(seed))


def test_a_festivity_named_by_its_own_noun_is_an_event():
    seed = extract_text(
        "Five things I loved about the Kelby Mela\n\n"
        "The Kelby Mela filled Fenby Park on Sunday 6 August 2027. "
        "Jo Tern of Kelby Arts Trust ran the main stage.\n"
    )
    assert "Kelby Mela" in _names(seed)


def test_an_occasion_named_for_a_week_and_its_own_noun():
    seed = extract_text(
        "Members' bulletin, June 2027\n\n"
        "CARERS' WEEK PICNIC\n"
        "Thank you to everyone who came to our Carers' Week picnic in Fenby Park on "
        "7 June. The picnic was sponsored by Kelby Stores.\n"
    )
    assert any(n.lower() == "carers' week picnic" for n in _names(seed))
