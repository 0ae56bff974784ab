"""Events themselves: an event's name not run on from a headline that is a
sentence, and one event written two ways read as one."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events


def _names(seed) -> list[str]:
    return sorted(e["name"] for e in _events(seed))


def test_a_headline_whose_verb_reads_as_a_noun_does_not_name_the_event():
    # "returns" after a name and before "to" is the headline's verb
    seed = extract_text(
        "Lantern Walk returns to Fenby\n\n"
        "The walk sets off from Fenby Green at dusk on 3 November. The parade is run by "
        "Fenby Arts Society with help from volunteers.\n"
    )
    assert not any("returns" in name for name in _names(seed))


def test_a_headline_naming_the_event_still_names_it():
    # near miss: no verb in the headline, so the headline is the title
    seed = extract_text(
        "Kelby Carers Reception\n\n"
        "The reception was held at Kelby Town Hall and was chaired by Jo Tern.\n"
    )
    assert _names(seed) == ["Kelby Carers Reception"]


def test_an_event_named_in_full_and_by_its_two_last_words_is_one_event():
    seed = extract_text(
        "Open Studios weekend on the coast\n\n"
        "Painters across Tarnby Bay welcomed visitors for the Tarnby Bay Open Studios on "
        "5 and 6 September 2026. Ada Foss showed her prints at the Quay Gallery.\n"
    )
    assert _names(seed) == ["Tarnby Bay Open Studios"]


def test_a_shorter_body_name_is_not_merged_into_an_event():
    # near miss: "Open Gardens" is an event name's tail only for events
    seed = extract_text("Fenby Open Gardens Trust opened the Fenby Open Gardens on 4 June 2026.\n")
    names = {e["name"] for e in seed["entities"]}
    assert "Fenby Open Gardens Trust" in names


def test_a_dated_sitting_of_a_quarterly_meeting_is_the_page_event():
    seed = extract_text(
        "Four groups join Fenby Food Partnership\n\n"
        "The Fenby Food Partnership welcomed four new members at its quarterly meeting on "
        "9 March 2026. The partnership now has 30 members across the district.\n"
    )
    assert _names(seed) == ["Fenby Food Partnership quarterly meeting"]
    assert (
        "Fenby Food Partnership",
        "ORGANISED",
        "Fenby Food Partnership quarterly meeting",
    ) in {(r["from"], r["type"], r["to"]) for r in seed["relations"]}


def test_a_quarterly_meeting_without_a_day_is_an_activity_not_an_event():
    # near miss: no date, so "its quarterly meeting" is what the body does
    seed = extract_text(
        "About Fenby Food Partnership\n\n"
        "The Fenby Food Partnership brings growers and cafes together at its quarterly "
        "meeting in Fenby Library. Membership is free.\n"
    )
    assert _names(seed) == []


def test_a_named_meeting_dated_in_the_first_sentence_is_an_event():
    seed = extract_text(
        "Leader names her cabinet\n\n"
        "Fenby Borough Council's Leader, Cllr Ada Foss, has named her cabinet following the "
        "Annual Council meeting on 21 May 2026 at Fenby Town Hall.\n"
    )
    assert "Annual Council meeting" in _names(seed)
    assert ("Annual Council meeting", "LOCATED_IN", "Fenby Town Hall") in {
        (r["from"], r["type"], r["to"]) for r in seed["relations"]
    }
    # "Annual" says the kind of sitting: no body called "Annual Council"
    assert "Annual Council" not in {e["name"] for e in seed["entities"]}


def test_a_named_meeting_neither_dated_nor_attended_is_not_the_page_event():
    # near miss: "before the Annual Council meeting" with no day
    seed = extract_text(
        "Budget plans published\n\n"
        "Fenby Borough Council has published its budget plans before the Annual Council "
        "meeting. Residents can comment until the end of the month.\n"
    )
    assert "Annual Council meeting" not in _names(seed)


def _triples(seed) -> set[tuple[str, str, str]]:
    return {(r["from"], r["type"], r["to"]) for r in seed["relations"]}


def test_a_body_that_meets_on_a_day_holds_a_meeting_there():
    seed = extract_text(
        "Village notes - March\n\n"
        "Dates for your diary\n"
        "The Fenby Rural Transport Group meets at Kelby Village Hall on 14 March at 7pm. "
        "Everyone is welcome.\n"
    )
    name = "Fenby Rural Transport Group meeting"
    assert name in _names(seed)
    assert ("Fenby Rural Transport Group", "ORGANISED", name) in _triples(seed)
    assert (name, "LOCATED_IN", "Kelby Village Hall") in _triples(seed)


def test_a_body_meeting_weekly_or_meeting_people_holds_no_meeting():
    # near misses: no day with its number; a body meeting someone
    for text in (
        "The Tarnby Walkers meets every Sunday at Tarnby Town Hall.",
        "The Fenby Housing Trust met councillors on 4 June 2026 at Fenby Town Hall.",
        "Jo Tern met the Fenby Housing Trust on 4 June 2026.",
    ):
        seed = extract_text(f"News\n\n{text}\n")
        assert not [n for n in _names(seed) if n.endswith(" meeting")], text


def test_a_body_meeting_at_another_event_holds_no_meeting_of_its_own():
    # near miss: "met at the Fenby Housing Summit": the summit is the event
    seed = extract_text(
        "News\n\nThe Fenby Tenants Group met at the Fenby Housing Summit on 4 May 2026, "
        "where Ada Foss spoke.\n"
    )
    assert "Fenby Tenants Group meeting" not in _names(seed)


def _types(seed) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


def test_a_name_set_off_after_an_event_noun_is_an_event():
    # not the page's event (a study's launch, told a paragraph on)
    seed = extract_text(
        "Study of young carers published\n\n"
        "Fenby Young Carers and Tarnby College have published a joint study of how schools "
        "support young carers.\n\n"
        "The study was written by Ada Foss with pupils from three schools. It was paid for "
        "by the Kelby Trust.\n\n"
        "The report was launched on 3 March 2026 at the Fenby Young Carers conference, Open "
        "Doors, at the college's Mill Building.\n"
    )
    assert _types(seed).get("Open Doors") == "Event"


def test_a_body_named_beside_an_event_noun_stays_a_body():
    # near miss: a strong body word ends the name set off after "summit"
    seed = extract_text(
        "News\n\nAt the housing summit, Fenby Housing Trust, which owns 900 homes, set out "
        "its plans. Jo Tern spoke for Kelby Homes.\n"
    )
    assert _types(seed).get("Fenby Housing Trust") == "Organisation"
