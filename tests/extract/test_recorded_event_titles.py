"""Events named in a page's headline as the record of an occasion ("Webinar
recording: X", "Transcript: 'X' - members' webinar", "October talk: 'X'"), and
occasions whose names end in a time of day or week or in what is held ("Quiz Night",
"Folk Weekend", "Summer Ball")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def _event_names(seed: dict) -> set[str]:
    return {n for e in events(seed) for n in [e["name"], *(e.get("aliases") or ())]}


def test_a_webinar_recording_headline_names_the_webinar():
    seed = extract_text(
        "Webinar recording: Sharing buildings between small charities\n\n"
        "Our speakers were Ada Foss, chief executive of Kelby Community Action, and Jo Tern "
        "of Fenby Housing Trust.\n"
    )
    assert "Sharing buildings between small charities" in _event_names(seed)


def test_a_transcript_headline_with_a_quoted_title_names_the_event():
    seed = extract_text(
        'Transcript: "Renting with rights" - Kelby Voluntary Action members\' webinar\n\n'
        "Ada Foss of Fenby Tenants Union spoke first, followed by Jo Tern.\n"
    )
    names = _event_names(seed)
    assert "Renting with rights" in names
    assert "Renting with rights webinar" in names


def test_a_talk_headline_with_a_quoted_title_names_the_talk():
    seed = extract_text(
        'October talk: "Mills and markets of old Kelby"\n\n'
        "Local historian Jo Tern spoke to 40 members of Kelby Heritage Society at the "
        "Fenby Institute.\n"
    )
    assert "Mills and markets of old Kelby" in _event_names(seed)


def test_a_quoted_report_title_is_no_event():
    seed = extract_text(
        'Report: "Renting with rights"\n\n'
        "Kelby Voluntary Action has published a report on private renting, written by "
        "Ada Foss.\n"
    )
    assert "Renting with rights" not in _event_names(seed)


def test_an_occasion_named_for_a_time_of_day_or_week_is_an_event():
    seed = extract_text(
        "Club news\n\n"
        "The Kelby Presentation Evening was organised by Fenby Cricket Club. Jo Tern "
        "spoke at the Marlow Folk Weekend in June. The Starlight Ball "
        "raised £8,000 for Fenby Hospice.\n"
    )
    names = _event_names(seed)
    assert {"Kelby Presentation Evening", "Marlow Folk Weekend", "Starlight Ball"} <= names
    assert ("Fenby Cricket Club", "Kelby Presentation Evening") in pairs(seed, "ORGANISED")


def test_parties_and_working_parties_are_no_events():
    seed = extract_text(
        "Council news\n\n"
        "Cllr Ada Foss of the Labour Party joined the Kelby Working Party on Saturday "
        "morning.\n"
    )
    names = _event_names(seed)
    assert "Labour Party" not in names
    assert "Kelby Working Party" not in names


def test_a_launched_reports_quoted_title_is_no_event():
    seed = extract_text(
        'Report launch: "Renting with rights" maps private renting in Kelby\n\n'
        "Kelby Voluntary Action launched its report at Fenby Library on Tuesday.\n"
    )
    assert "Renting with rights" not in {e["name"] for e in events(seed)}
