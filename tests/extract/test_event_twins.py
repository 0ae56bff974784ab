"""One event the page names twice, read as one (event_twins.py): a headline's name
with its year and the body's longer name with the same event noun; a name cut short
beside the name in full; a named event set beside what the page's event was ("for
'X', our winter conference"; a headline "X 2031 - Kelby Youth Network conference").
The speakers and hosts go to the one event, not to a twin the gold never names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def _names(seed: dict) -> set[str]:
    return {n for e in events(seed) for n in (e["name"], *(e.get("aliases") or ()))}


def _by_any_name(seed: dict, kind: str) -> set[tuple[str, str]]:
    """The (from, to) pairs of `kind`, the event's aliases standing for its name."""
    forms = {e["name"]: (e["name"], *(e.get("aliases") or ())) for e in events(seed)}
    return {(a, n) for a, b in pairs(seed, kind) for n in forms.get(b, (b,))}


def test_a_headline_name_with_its_year_and_the_body_name_are_one_event():
    seed = extract_text(
        "Kelby Anchors Gathering 2031: what we heard\n\n"
        "About eighty people came to the Corn Hall in Ayton on Thursday for the second "
        "annual gathering of the Kelby Community Anchors Network. Ada Foss, chair of "
        "Orton Vale Trust, opened the day.\n"
    )
    assert len(events(seed)) == 1
    assert "Kelby Anchors Gathering 2031" in _names(seed)


def test_a_headline_name_and_the_same_name_with_its_event_noun_are_one_event():
    seed = extract_text(
        "That was Ravelby Songs & Stories 2031\n\n"
        "Over two days more than 3,000 people came to Marsh Park for the sixth "
        "Ravelby Songs & Stories festival. Jo Tern of Fenby Arts Trust read on the "
        "Saturday.\n"
    )
    assert len(events(seed)) == 1
    assert "Ravelby Songs & Stories 2031" in _names(seed)


def test_a_named_event_beside_our_conference_is_the_pages_event():
    seed = extract_text(
        "Standing together: our spring conference\n\n"
        "By Ada Foss, Orton Vale Trust\n\n"
        'On 3 March we welcomed ninety delegates to Kelby Guildhall for "Open Doors", '
        "our spring conference on housing and health.\n\n"
        "Our keynote speaker was Jo Tern, Director of Fenby Homes.\n"
    )
    assert len(events(seed)) == 1
    assert "Open Doors" in _names(seed)


def test_a_headline_name_and_what_the_event_was_after_a_dash_are_one_event():
    seed = extract_text(
        "Care Work Counts 2031 - Wexby Youth Network regional conference\n\n"
        "Date: Friday 7 March 2031\n"
        "Venue: Dale Hall, Ayton\n\n"
        "10.00 Welcome - Ada Foss, Chair, Wexby Youth Network\n"
        "11.00 Keynote - Jo Tern, Fenby Youth Trust\n"
    )
    assert len(events(seed)) == 1
    assert "Care Work Counts 2031" in _names(seed)
    assert ("Jo Tern", "Care Work Counts 2031") in _by_any_name(seed, "PARTICIPATED_IN")


def test_an_event_named_beside_another_kind_of_event_stays_apart():
    seed = extract_text(
        "Kelby Food Summit draws a crowd\n\n"
        "Over 200 people came to the Kelby Food Summit on Friday. The Fenby Housing "
        "Awards, a dinner for tenants, take place at Fenby Hall next month.\n"
    )
    assert len(events(seed)) == 2


def test_a_summit_and_its_planning_meeting_stay_two():
    seed = extract_text(
        "Planning begins for the Ayton Youth Summit\n\n"
        "The Ayton Youth Summit Planning Meeting was held at Dale Hall on Monday. "
        "The Ayton Youth Summit itself takes place in June at Marsh Park.\n"
    )
    assert len(events(seed)) != 1 or "Ayton Youth Summit Planning Meeting" not in _names(seed)
