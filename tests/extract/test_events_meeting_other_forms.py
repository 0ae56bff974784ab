"""A body's meeting on a page of minutes or notes goes by the forms a reader writes
it in: with the holder's short form the page gives ("Kelby Surgery PPG meeting"),
as the "Meeting of the ..." a reader says of a board or committee, and under a
title whose record words are a note or summary of the meeting ("meeting note",
"Summary of discussion", "summary of proceedings") (meeting_forms.py,
page_event/body_records.py, vocab/body_record_words.txt)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _names(seed: dict) -> set[str]:
    return {n for e in events(seed) for n in (e["name"], *e.get("aliases", []))}


def _keys(seed: dict) -> set[str]:
    return {n.lower().replace(",", "") for n in _names(seed)}


def test_a_short_form_spelling_the_holder_s_last_words_names_its_meeting():
    seed = extract_text(
        "Kelby Surgery Patient Participation Group (PPG)\n"
        "Minutes – Tuesday 14 January 2031, 6.30pm, Kelby Surgery waiting room\n\n"
        "Present: Jo Tern (Chair), Ada Foss (Secretary), Sam Reed\n\n"
        "1. Welcome. Jo Tern welcomed members to the meeting.\n"
    )
    assert "kelby surgery ppg meeting 14 january 2031" in _keys(seed)


def test_a_short_form_of_the_whole_name_names_its_meeting():
    seed = extract_text(
        "FENBY PLACE BOARD\n"
        "Minutes of meeting held 5 February 2031, 2pm, Committee Room 2, Fenby Town Hall\n\n"
        "Present: Jo Tern (chair), Ada Foss, Sam Reed\n\n"
        "1. The Fenby Place Board (FPB) agreed the minutes of the last meeting.\n"
    )
    keys = _keys(seed)
    assert "fpb meeting" in keys
    assert "meeting of the fenby place board" in keys


def test_a_committee_s_meeting_is_the_meeting_of_the_committee():
    seed = extract_text(
        "KELBY TOWN COUNCIL\n"
        "MINUTES OF THE GRANTS AND AMENITIES COMMITTEE, 3 FEBRUARY 2031\n"
        "Held in the Council Chamber, Kelby Town Hall, at 6.30pm\n\n"
        "PRESENT: Cllrs J Tern (Chair), A Foss, S Reed\n\n"
        "1. Apologies were received from Cllr B Hale.\n"
    )
    assert "meeting of the grants and amenities committee" in _keys(seed)


def test_a_meeting_note_under_a_forum_s_name_is_the_forum_s_meeting():
    seed = extract_text(
        "Fenby Carers Forum - meeting note, May 2031\n\n"
        "Purpose: to agree what members will do for Carers Week.\n\n"
        "Attendees\nJo Tern (chair), Ada Foss, Sam Reed\n"
    )
    assert "fenby carers forum meeting" in _keys(seed)


def test_a_summary_of_discussion_under_a_forum_s_name_is_the_forum_s_meeting():
    seed = extract_text(
        "Kelby Sight Loss Forum\n"
        "Summary of discussion, 3 March 2031\n"
        "Held online and at the Kelby Resource Centre.\n\n"
        "Jo Tern chaired. Ada Foss gave an update on the new bus stops.\n"
    )
    assert "kelby sight loss forum meeting" in _keys(seed)


def test_no_short_form_of_a_body_that_did_not_hold_the_meeting():
    seed = extract_text(
        "FENBY PLACE BOARD\n"
        "Minutes of meeting held 5 February 2031, 2pm, Fenby Town Hall\n\n"
        "Present: Jo Tern (chair), Ada Foss\n\n"
        "1. Sam Reed of Kelby Housing Trust (KHT) gave an update on repairs.\n"
    )
    assert not any(k.startswith("kht ") for k in _keys(seed))


def test_a_round_up_of_a_network_s_meeting_is_not_read_as_its_record():
    seed = extract_text(
        "Kelby Youth Workers' Network - meeting round-up\n\n"
        "Our spring network meeting took place on 19 March 2031 at the Kiln Youth"
        " Centre, hosted by Kelby Youth Project.\n"
    )
    assert "kelby youth workers' network meeting" not in {n.lower() for n in _names(seed)}
