"""Events named in a page's headline as the record of an occasion ("Webinar
recording: X", "Transcript: 'X' - members' webinar", "October talk: 'X'")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


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


def test_a_launched_reports_quoted_title_is_no_event():
    seed = extract_text(
        'Report launch: "Renting with rights" maps private renting in Kelby\n\n'
        "Kelby Voluntary Action launched its report at Fenby Library on Tuesday.\n"
    )
    assert "Renting with rights" not in {e["name"] for e in events(seed)}
